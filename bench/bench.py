#!/usr/bin/env python3
"""Speed and memory of newslint, measured (never asserted in unit tests).

    python3 bench/bench.py [--corpus ../shared/corpus] [--quick] [--skip-others]

Prints: throughput on one core (MB/s, articles/s) over the corpus; start-up time of
`newslint check short.txt`; --jobs 1 vs 2; the cache's second run; time and peak RSS on 1, 5
and 20 MB files; hostile inputs at two sizes (the ratio shows linear or not); and the same text
through proselint and, when installed, harper-py.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NEWSLINT = [sys.executable, "-m", "newslint.cli"]


def newslint_exe() -> list[str]:
    """The console script installed beside this Python (a version manager's shim on PATH, such as
    pyenv's, adds its own 50-70 ms to every call)."""
    beside = Path(sys.executable).with_name("newslint")
    exe = str(beside) if beside.is_file() else shutil.which("newslint")
    return [exe] if exe else NEWSLINT


def corpus_files(root: Path, folders=("bbc", "reuters21578")) -> list[Path]:
    return sorted(p for f in folders for p in (root / f).rglob("*.txt"))


def timed(fn, *args):
    t = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - t, out


def throughput(files: list[Path]) -> None:
    from newslint import check_text

    texts = [p.read_text(encoding="utf-8") for p in files]
    size = sum(len(t.encode()) for t in texts) / 1e6
    check_text(texts[0])  # warm the rule registry
    seconds, found = timed(lambda: sum(len(check_text(t)) for t in texts))
    print(f"throughput, one core, every default rule: {size:.1f} MB in {seconds:.2f} s = {size / seconds:.2f} MB/s, "
          f"{len(texts) / seconds:.0f} articles/s ({found} findings)")


SHORT_STORIES = {
    "one sentence": "The minister arrived in Paris on Friday for talks.\n",
    "a short story": (
        "PARIS, March 3 (Reuters) - The minister arrived in Paris on Friday for two days of talks, "
        "officials said.\n\n"
        "\u201cWe hope to agree on a $4 billion aid package,\u201d he told reporters, adding that "
        "talks would resume on Monday.\n\nAbout 40% of the money would go to schools, according to "
        "the ministry.\n"),
}


def median_ms(command: list[str], cwd, runs: int, env=None) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(command, capture_output=True, cwd=cwd, env=env)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000, min(times) * 1000


def startup(runs: int = 15) -> None:
    """Wall time of one `newslint check` on a short file with no results cached, as pre-commit runs it: with
    the start-up cache of compiled patterns and parsed packs (in a fresh folder, filled by the first run, as
    on any machine after its first check), and with that cache turned off."""
    with tempfile.TemporaryDirectory() as tmp:
        floor, _ = median_ms([sys.executable, "-c", "pass"], tmp, runs)
        short = Path(tmp) / "short.txt"
        for label, text in SHORT_STORIES.items():
            short.write_text(text, encoding="utf-8")
            for cache, folder in (("start-up cache", str(Path(tmp) / "startup-cache")), ("no start-up cache", "")):
                env = {**os.environ, "NEWSLINT_STARTUP_CACHE": folder}
                median, best = median_ms(newslint_exe() + ["check", "--no-cache", str(short)], tmp, runs, env)
                print(f"start-up, `newslint check short.txt` ({label}, {cache}): median {median:.0f} ms, "
                      f"best {best:.0f} ms over {runs} runs")
    print(f"  (Python alone, `python -c pass`, takes {floor:.0f} ms here)")


def run_cli(args, cwd) -> float:
    t = time.perf_counter()
    subprocess.run(newslint_exe() + ["check", "--format", "json", "--exit-zero", *args], capture_output=True, cwd=cwd)
    return time.perf_counter() - t


def jobs_and_cache(root: Path) -> None:
    paths = [str(root / "bbc"), str(root / "reuters21578")]
    with tempfile.TemporaryDirectory() as tmp:
        one = run_cli(["--no-cache", "-j", "1", *paths], tmp)
        two = run_cli(["--no-cache", "-j", "2", *paths], tmp)
        print(f"--jobs: 1 process {one:.2f} s, 2 processes {two:.2f} s, speed-up {one / two:.2f}x "
              f"(on {os.cpu_count()} CPUs)")
        first = run_cli(paths, tmp)
        second = run_cli(paths, tmp)
        print(f"cache: first run {first:.2f} s, second run {second:.2f} s = {100 * second / first:.1f}% of the first")


def big_file(files: list[Path], megabytes: float, folder: Path) -> Path:
    path = folder / f"big-{megabytes:g}mb.txt"
    target = int(megabytes * 1e6)
    with path.open("w", encoding="utf-8") as out:
        written = 0
        while written < target:
            for p in files:
                chunk = p.read_text(encoding="utf-8") + "\n\n"
                out.write(chunk)
                written += len(chunk.encode())
                if written >= target:
                    break
    return path


def measure_file(path: Path) -> tuple[float, float]:
    """Wall time and peak RSS (MB) of `newslint check` on one file, in a child process."""
    code = ("import resource, sys, time; from newslint.cli import main; sys.argv = ['newslint', 'check', '--no-cache', "
            "'--format', 'json', '--exit-zero', sys.argv[1]]; t = time.perf_counter()\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write(f'{time.perf_counter() - t} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}')")
    proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    seconds, rss_kb = proc.stderr.strip().split()[-2:]
    return float(seconds), int(rss_kb) / 1024


def scaling(files: list[Path]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for mb in (1, 5, 20):
            seconds, rss = measure_file(big_file(files, mb, Path(tmp)))
            rows.append((mb, seconds, rss))
            print(f"one {mb:>2} MB file: {seconds:.2f} s ({mb / seconds:.2f} MB/s), peak RSS {rss:.0f} MB")
        print(f"time ratio 20 MB / 1 MB = {rows[2][1] / rows[0][1]:.1f} (linear would be 20)")


HOSTILE = {
    "long line, no punctuation": lambda n: ("word " * (n // 5)),
    "quotation marks only": lambda n: ('" “ ” « » ' * (n // 10)),
    "nested brackets": lambda n: ("(" * (n // 2) + ")" * (n // 2)),
    "one huge paragraph": lambda n: ("The minister said, we will go. " * (n // 31)),
    "digits and dates": lambda n: ("$95 billion, 12% on Friday, April 26, 2024; " * (n // 45)),
}


def cpu_seconds(fn, *args) -> float:
    t = time.process_time()
    fn(*args)
    return time.process_time() - t


def hostile() -> None:
    """CPU time (less disturbed by other processes than wall time): the best of three runs at 0.5 MB, where
    noise weighs most, against one run at 5 MB; the ratio errs on the high side."""
    from newslint import check_text

    for name, make in HOSTILE.items():
        small, large = make(500_000), make(5_000_000)
        t1 = min(cpu_seconds(check_text, small) for _ in range(3))
        t2 = cpu_seconds(check_text, large)
        print(f"hostile, {name}: 0.5 MB {t1:.2f} s, 5 MB {t2:.2f} s, ratio {t2 / max(t1, 1e-9):.1f} (linear: 10)")


def others(files: list[Path]) -> None:
    """The same text through newslint and the general prose linters, each as its own command."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in files[:150])
    size = len(text.encode()) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.txt"
        sample.write_text(text, encoding="utf-8")
        ours = run_cli(["--no-cache", "-j", "1", str(sample)], tmp)
        print(f"same text ({size:.2f} MB, one process): newslint {ours:.2f} s ({size / ours:.2f} MB/s)")
        if shutil.which("proselint"):
            t = time.perf_counter()
            subprocess.run(["proselint", "check", str(sample)], capture_output=True, cwd=tmp)
            seconds = time.perf_counter() - t
            print(f"proselint: {seconds:.2f} s ({size / seconds:.2f} MB/s); newslint is {seconds / ours:.1f}x faster")
        else:
            print("proselint: not installed (pip install proselint)")
    try:
        import harper  # noqa: F401  (harper-py)

        from newslint.grammar.offline import linter
    except ImportError:
        print("harper-py: not installed (pip install 'newslint[grammar]')")
        return
    lint = linter("american")
    seconds, _ = timed(lambda: lint.lint(text))
    print(f"harper-py: {seconds:.2f} s ({size / seconds:.2f} MB/s); newslint is {seconds / ours:.1f}x faster")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--quick", action="store_true", help="skip the 20 MB file and the hostile inputs")
    ap.add_argument("--skip-others", action="store_true", help="skip proselint and harper-py")
    args = ap.parse_args()
    files = corpus_files(args.corpus)
    if not files:
        sys.exit(f"no corpus at {args.corpus}")
    throughput(files)
    startup()
    jobs_and_cache(args.corpus)
    if not args.quick:
        scaling(files)
        hostile()
    if not args.skip_others:
        others(files)


if __name__ == "__main__":
    main()
