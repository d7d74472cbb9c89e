"""The command line: parse options, call run/formatters, choose the exit code. No rule logic here."""

from __future__ import annotations

import os
import sys

import click

from . import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _split(values) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def _use_color(stream) -> bool:
    return "NO_COLOR" not in os.environ and hasattr(stream, "isatty") and stream.isatty()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslint")
@click.option("--debug", is_flag=True, help="Show the full traceback of an internal error.")
def main(debug):
    """Lint translated news copy: quotations, attribution, pronouns, numbers, dates, residue."""
    if debug:
        os.environ["NEWSLINT_DEBUG"] = "1"  # read by the runner and worker processes


def entry():
    """The console script: an unexpected error is one line (and exit code 2) unless --debug asks for more."""
    try:
        main.main(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        click.echo("newslint: interrupted", err=True)
        sys.exit(130)
    except Exception as e:  # noqa: BLE001 - the last line of defence
        if "--debug" in sys.argv:
            raise
        click.echo(f"newslint: internal error: {type(e).__name__}: {e} (run with --debug for the traceback, "
                   "and please report it)", err=True)
        sys.exit(EXIT_ERROR)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", default="auto", show_default=True,
              help="text, json, concise, github, sarif, gitlab, junit, rdjson; auto: github under GitHub Actions, else text.")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False), help="Write the report to this file.")
@click.option("--select", multiple=True, help="Only these rules: codes, prefixes (AT), names or categories; comma-separated.")
@click.option("--ignore", multiple=True, help="Skip these rules (same forms as --select).")
@click.option("--extend-select", multiple=True, help="Add rules to the configured selection.")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place (atomically).")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, apply unsafe fixes too.")
@click.option("--diff", is_flag=True, help="Print the diff --fix would write; change nothing.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this configuration file.")
@click.option("--no-config", is_flag=True, help="Ignore every configuration file.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings remain.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only, no summary.")
@click.option("--statistics", is_flag=True, help="Print a count per rule instead of the findings.")
@click.option("--stdin-filename", help="The name to report for standard input (`-`).")
@click.option("--grammar", type=click.Choice(["languagetool", "offline", "none"]),
              help="Add a grammar and spelling backend (see the README).")
@click.option("--languagetool-url", help="A LanguageTool server, e.g. http://localhost:8081.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Parallel processes (default: the number of CPUs).")
@click.option("--no-cache", is_flag=True, help="Do not read or write .newslint_cache/.")
@click.option("--dask-scheduler", metavar="ADDRESS", help="Check on a Dask cluster (e.g. tcp://10.0.0.5:8786).")
@click.option("--baseline", "baseline", type=click.Path(dir_okay=False),
              help="Show only findings that are not in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="Record today's findings in this file.")
@click.option("--pack", "packs", multiple=True, type=click.Path(dir_okay=False),
              help="Load this YAML rule pack too (repeatable).")
def check(paths, fmt, output_file, select, ignore, extend_select, fix, unsafe_fixes, diff, config_path, no_config,
          exit_zero, quiet, statistics, stdin_filename, grammar, languagetool_url, jobs, no_cache, dask_scheduler,
          baseline, write_baseline, packs):
    """Check stories (files, directories, or - for standard input)."""
    from .errors import NewslintError
    from .formatters import FORMATS, Context, render
    from .run import RunOptions, run

    if fmt == "auto":
        fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if not paths:
        _fail("no paths given: newslint check PATH... (use - for standard input)")
    options = RunOptions(config_path, no_config, _split(select) if select else None, _split(ignore),
                         _split(extend_select), fix and not diff, unsafe_fixes, diff, grammar, languagetool_url,
                         jobs or os.cpu_count() or 1, not no_cache, dask_scheduler, packs)
    stdin_bytes = sys.stdin.buffer.read() if "-" in paths else None
    try:
        report = run(paths, options, stdin_bytes, stdin_filename)
    except NewslintError as e:
        _fail(str(e))
    if write_baseline or baseline:
        from .baseline import drop_known, load_baseline
        from .baseline import write_baseline as record

        try:
            if baseline:
                drop_known(report.results, load_baseline(baseline))
            if write_baseline:
                record(write_baseline, report.results)
        except NewslintError as e:
            _fail(str(e))
        except OSError as e:
            _fail(f"{write_baseline}: cannot write the baseline: {e.strerror or e}")
    for line in report.warnings:
        click.echo(f"newslint: warning: {line}", err=True)
    for line in report.errors:
        click.echo(f"newslint: error: {line}", err=True)

    results = report.results
    out = sys.stdout
    stdin_result = next((r for r in results if r.source is not None and "-" in paths and r.path == (stdin_filename or "-")), None)
    if fix and not diff and stdin_result is not None:
        # Cleaning filter: the fixed text on stdout, the findings that remain on stderr.
        sys.stdout.write(stdin_result.text)
        sys.stdout.flush()
        out = sys.stderr
    if output_file:
        out = _ReportFile(output_file)
    ctx = Context(color=_use_color(out), quiet=quiet, unsafe_fixes=unsafe_fixes, input_errors=len(report.errors))
    if diff:
        text = "".join(r.diff() for r in sorted(results, key=lambda r: r.path))
        out.write(text)
        code = EXIT_FINDINGS if text else EXIT_CLEAN
    else:
        if statistics:
            text = _statistics(results, fmt)
        else:
            text = render(fmt, results, ctx)
        out.write(text)
        blocking = any(d.severity in ("error", "warning") for r in results for d in r.diagnostics)
        code = EXIT_FINDINGS if blocking and not exit_zero else EXIT_CLEAN
    out.flush()
    if output_file:
        try:
            out.save()
        except OSError as e:
            _fail(f"{output_file}: cannot write the report: {e.strerror or e}")
    sys.exit(EXIT_ERROR if report.errors else code)


class _ReportFile:
    """Collects the report and writes it in one go (atomically) to --output-file."""

    def __init__(self, path: str):
        self.path, self.parts = path, []

    def write(self, text: str) -> None:
        self.parts.append(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def save(self) -> None:
        import tempfile
        from pathlib import Path

        target = Path(self.path)
        fd, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", suffix=".newslint-tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write("".join(self.parts))
        os.replace(tmp, target)


def _statistics(results, fmt: str) -> str:
    import json
    from collections import Counter

    counts = Counter((d.code, d.name) for r in results for d in r.diagnostics)
    fixable = Counter(d.code for r in results for d in r.diagnostics if d.fix and d.fix.applicability == "safe")
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if fmt == "json":
        return json.dumps([{"rule": c, "name": n, "count": k, "fixable": fixable[c]} for (c, n), k in rows], indent=2) + "\n"
    return "".join(f"{k:6} {c:6} {n}{' [*]' if fixable[c] else ''}\n" for (c, n), k in rows)


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def rules_cmd(fmt):
    """List every rule: code, name, category, severity, fixable."""
    from .engine.registry import all_rules

    rules = sorted(all_rules().values(), key=lambda c: c.code)
    if fmt == "json":
        import json

        click.echo(json.dumps([{"code": c.code, "name": c.name, "category": c.category, "severity": c.severity,
                                "fixable": c.fixable, "enabled": c.default_enabled, "summary": c.doc().summary}
                               for c in rules], indent=2))
        return
    for c in rules:
        flag = "fix" if c.fixable else "   "
        off = "" if c.default_enabled else " (off by default)"
        click.echo(f"{c.code}  {c.name:38} {c.category:12} {c.severity:8} {flag}  {c.doc().summary}{off}")


@main.command("rule")
@click.argument("code")
def rule_cmd(code):
    """Explain one rule (by code or name)."""
    from .docs import rule_page
    from .engine.registry import lookup

    cls = lookup(code)
    if cls is None:
        _fail(f"unknown rule {code!r} (see `newslint rules`)")
    click.echo(rule_page(cls))


@main.command("facts")
@click.argument("path", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def facts_cmd(path, fmt):
    """Print a story's amounts (the part-whole ledger) and dated events."""
    from .errors import NewslintError
    from .facts import render_facts
    from .sources import read_source

    try:
        source = read_source(path)
    except NewslintError as e:
        _fail(str(e))
    click.echo(render_facts(source.text, path, fmt), nl=False)


def _fail(message: str):
    click.echo(f"newslint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


if __name__ == "__main__":
    entry()
