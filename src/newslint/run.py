"""One `newslint check` run: gather files, find each one's configuration, lint, fix, collect results."""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path

from . import config as cfg
from .api import check_document
from .cache import Cache
from .diagnostics import Diagnostic
from .engine.fixer import fix_until_stable
from .errors import ConfigError, InputError, NewslintError
from .markup import looks_like_news
from .sources import BinaryFile, Source, decode, read_source_bytes, write_atomic

EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".nitf", ".xml", ".json")
SNIFFED = (".xml", ".json")  # picked up in a directory only when they are news (NITF, NewsML-G2, ninjs)
SKIP_DIRS = {".git", ".hg", ".svn", ".newslint_cache", "__pycache__", "node_modules", ".venv", "venv", ".tox"}


@dataclass
class FileResult:
    path: str
    text: str  # the text the diagnostics point into (after fixes, when fixing)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    fixes_applied: int = 0
    original: str | None = None  # the text before fixes, when fixing or diffing
    source: Source | None = None

    def diff(self) -> str:
        if self.original is None or self.original == self.text:
            return ""
        import difflib  # only --diff needs it

        return "".join(difflib.unified_diff(self.original.splitlines(True), self.text.splitlines(True),
                                            f"a/{self.path}", f"b/{self.path}"))


@dataclass
class RunOptions:
    config_path: str | None = None
    no_config: bool = False
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    grammar: str | None = None  # overrides the configuration's backend ("none" turns it off)
    languagetool_url: str | None = None
    jobs: int = 1
    cache: bool = False
    dask_scheduler: str | None = None  # spread files over a Dask cluster instead of local processes
    packs: tuple[str, ...] = ()  # given on the command line: trusted wherever they are


@dataclass
class RunReport:
    results: list[FileResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one line each; make the exit code 2
    warnings: list[str] = field(default_factory=list)  # skipped files and such


def collect_files(paths, report: RunReport) -> list[str]:
    """Expand directories into the story files under them; report missing paths and empty folders."""
    files: list[str] = []
    for given in paths:
        if given == "-":
            files.append(given)
            continue
        p = Path(given)
        if p.is_dir():
            found = []
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for name in sorted(names):
                    path = os.path.join(root, name)
                    if name.lower().endswith(EXTENSIONS) and (not name.lower().endswith(SNIFFED) or looks_like_news(path)):
                        found.append(path)
            if not found:
                report.errors.append(f"{given}: no files to check (looked for {', '.join(EXTENSIONS)})")
            files.extend(found)
        elif p.exists():
            files.append(given)
        else:
            report.errors.append(f"{given}: no such file or directory")
    return files


class ConfigResolver:
    """The configuration for each file: --config, --no-config, or discovery; then the CLI overrides."""

    def __init__(self, options: RunOptions):
        self.options = options
        self.memo: dict = {}  # folder -> discovered configuration, for this run only
        self.fixed: cfg.Config | None = None
        if options.no_config:
            self.fixed = cfg.DEFAULT
        elif options.config_path:
            path = Path(options.config_path)
            if not path.is_file():
                raise ConfigError(f"{path}: configuration file not found")
            self.fixed = cfg.load_file(path.resolve()) or cfg.DEFAULT

    def for_path(self, path: str) -> cfg.Config:
        base = self.fixed
        if base is None:
            folder = Path.cwd() if path == "-" else Path(path).resolve().parent
            base = cfg.discover(folder, self.memo)
        o = self.options
        return base.with_overrides(
            packs=base.packs + tuple(Path(p).resolve() for p in o.packs) if o.packs else None,
            grammar=o.grammar if o.grammar != "none" else "",
            languagetool_url=o.languagetool_url,
            select=tuple(o.select) if o.select is not None else None,
            ignore=base.ignore + tuple(o.ignore),
            extend_select=base.extend_select + tuple(o.extend_select),
        )


def excluded(path: str, config: cfg.Config) -> bool:
    if not config.exclude:
        return False
    rel = cfg._relative(path, config)
    return any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(Path(path).name, g) for g in config.exclude)


def lint_source(source: Source, config: cfg.Config, options: RunOptions) -> FileResult:
    path = source.path
    if options.fix or options.diff:
        level = "unsafe" if options.unsafe_fixes else "safe"
        text, diags, applied = fix_until_stable(source.text, lambda t: check_document(t, config, path, grammar=False),
                                                level)
        if config.grammar:
            diags = check_document(text, config, path)
        return FileResult(path, text, diags, applied, source.text, source)
    return FileResult(path, source.text, check_document(source.text, config, path), source=source)


_resolvers: dict = {}


def check_path(path: str, options: RunOptions):
    """Check one file; returns ("result", FileResult) | ("error", line) | ("warning", line) | ("skip", None).

    Runs in worker processes too, so it only takes picklable arguments and keeps its caches per process.
    """
    key = repr(options)
    resolver = _resolvers.get(key)
    if resolver is None:
        resolver = _resolvers[key] = ConfigResolver(options)
    try:
        config = resolver.for_path(path)
        if excluded(path, config):
            return "skip", None
        result = lint_source(decode(read_source_bytes(path), path), config, options)
        if options.fix and result.original != result.text:
            try:
                write_atomic(path, result.source.encode(result.text))
            except OSError as e:
                raise InputError(f"{path}: cannot write the fixed file: {e.strerror or e}") from None
        result.source = None  # not needed any more; keeps what crosses process boundaries small
        return "result", result
    except BinaryFile as e:
        return "warning", str(e)
    except NewslintError as e:
        return "error", str(e)


def run(paths, options: RunOptions, stdin_bytes: bytes | None = None, stdin_filename: str | None = None) -> RunReport:
    report = RunReport()
    _resolvers.clear()  # configuration files may have changed since an earlier run in this process
    resolver = ConfigResolver(options)  # fails early, once, on a broken --config
    files = collect_files(paths, report)
    if "-" in files:
        files.remove("-")
        try:
            name = stdin_filename or "-"
            source = decode(stdin_bytes or b"", name)
            report.results.append(lint_source(source, resolver.for_path(name), options))
        except BinaryFile as e:
            report.warnings.append(str(e))
        except NewslintError as e:
            report.errors.append(str(e))
    cache = Cache() if options.cache and not (options.fix or options.diff) else None
    outcomes: dict[str, tuple] = {}
    keys: dict[str, str] = {}
    if cache is not None:
        for path in files:
            hit = cached_result(path, resolver, cache, keys)
            if hit is not None:
                outcomes[path] = ("result", hit)
    misses = [f for f in files if f not in outcomes]
    mapped = map_files_dask(misses, options, resolver) if options.dask_scheduler else map_files(misses, options)
    for path, outcome in zip(misses, mapped, strict=True):
        outcomes[path] = outcome
        if cache is not None and outcome[0] == "result" and path in keys:
            cache.put(keys[path], outcome[1].diagnostics)
    if cache is not None:
        cache.save()
    for path in files:
        kind, value = outcomes[path]
        if kind == "result":
            report.results.append(value)
        elif kind == "error" and value not in report.errors:  # a broken shared config: say it once
            report.errors.append(value)
        elif kind == "warning":
            report.warnings.append(value)
    return report


def cached_result(path: str, resolver: ConfigResolver, cache: Cache, keys: dict) -> FileResult | None:
    """The cached findings for this file's exact bytes and configuration; records its key for a miss."""
    try:
        config = resolver.for_path(path)
        if config.grammar or excluded(path, config):
            return None
        data = read_source_bytes(path)
        key = keys[path] = cache.key(data, path, config)
        diagnostics = cache.get(key)
        return None if diagnostics is None else FileResult(path, decode(data, path).text, diagnostics)
    except NewslintError:
        return None  # check_path reports it


def map_files(files: list[str], options: RunOptions):
    """check_path over the files, in order; in a process pool when there are enough files to pay for it."""
    jobs = min(options.jobs, len(files) // 4) if options.jobs > 1 else 1
    if jobs <= 1:
        return [check_path(f, options) for f in files]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        chunk = max(1, min(64, len(files) // (jobs * 8)))
        return list(pool.map(partial(check_path, options=options), files, chunksize=chunk))


DASK_BATCH = 64  # files per Dask task: large enough to amortise scheduling, small enough to balance


def check_blobs(batch, options: RunOptions) -> list[tuple]:
    """Worker side of a Dask run: the file's bytes and configuration travel with the task (no shared disk needed)."""
    out = []
    for path, data, config in batch:
        try:
            result = lint_source(decode(data, path), config, options)
            result.source = None
            out.append(("result", result))
        except BinaryFile as e:
            out.append(("warning", str(e)))
        except NewslintError as e:
            out.append(("error", str(e)))
    return out


def map_files_dask(files: list[str], options: RunOptions, resolver: ConfigResolver) -> list[tuple]:
    """check the files on a Dask cluster; outcomes come back in the order of `files`, as from a local run."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise ConfigError("--dask-scheduler needs Dask: pip install 'newslint[dask]'") from None
    if options.fix or options.diff:
        raise ConfigError("--dask-scheduler checks only; apply fixes with a local run")
    outcomes: list[tuple | None] = [None] * len(files)
    jobs = []  # (index, path, bytes, config)
    for i, path in enumerate(files):
        try:
            config = resolver.for_path(path)
            if excluded(path, config):
                outcomes[i] = ("skip", None)
                continue
            jobs.append((i, path, read_source_bytes(path), config))
        except NewslintError as e:
            outcomes[i] = ("error", str(e))
    try:
        client = Client(options.dask_scheduler, timeout="10s")
    except (OSError, TimeoutError) as e:
        raise ConfigError(f"cannot reach the Dask scheduler at {options.dask_scheduler}: {e}") from None
    try:
        batches = [jobs[k:k + DASK_BATCH] for k in range(0, len(jobs), DASK_BATCH)]
        futures = [client.submit(check_blobs, [(p, d, c) for _, p, d, c in b], options, pure=False) for b in batches]
        for batch, results in zip(batches, client.gather(futures), strict=True):
            for (i, *_), outcome in zip(batch, results, strict=True):
                outcomes[i] = outcome
    finally:
        client.close()
    return outcomes
