"""GitHub Actions workflow commands: one annotation per finding, most severe first, within GitHub's limits.

GitHub shows 10 error, 10 warning and 10 notice annotations per step (and 50 per job) and drops the rest
without a word. So: errors first, then warnings, then notices; the findings beyond the limits go to the log
(with workflow commands switched off, since messages quote the story); one notice says how many were not
shown; and when GITHUB_STEP_SUMMARY is set, the full list is appended to the job summary.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from typing import NamedTuple

from ..document import LineIndex
from ..lazy_regex import lazy
from .concise import line_for

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
ORDER = ("error", "warning", "notice")
PER_STEP = 10  # annotations of each level GitHub shows per step
PER_JOB = 50  # annotations GitHub shows per job, all steps together
SUMMARY_LIMIT = 1024 * 1024  # bytes GitHub accepts in one step's summary


class Finding(NamedTuple):
    rank: int  # position in the severity order
    level: str
    path: str
    line: int
    col: int
    end_line: int
    end_col: int
    concise: str  # the finding as a `concise` line, for the log
    d: object


def escape_data(text: str) -> str:
    """A workflow command's message, escaped as the runner unescapes it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value (also `:` and `,`, which delimit properties)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation_path(path: str) -> str | None:
    """The path as GitHub wants it: relative to the workspace, with forward slashes; None for standard input."""
    if path == "-":
        return None
    workspace = os.environ.get("GITHUB_WORKSPACE")
    if workspace and os.path.isabs(path):
        rel = os.path.relpath(path, workspace)
        if not rel.startswith(".."):
            path = rel
    if os.sep == "\\":
        path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path


def findings(results) -> list[Finding]:
    """Every finding, errors first, then warnings, then notices; by path and offset within a level."""
    out = []
    for result in sorted(results, key=lambda r: r.path):
        index = LineIndex(result.text)
        for d in result.diagnostics:
            line, col = index.position(d.start)
            # A span that takes its line break ends on that line, before the break.
            takes_break = d.end > d.start and result.text[d.end - 1] == "\n"
            end_line, end_col = index.position(d.end - 1 if takes_break else d.end)
            out.append(Finding(0, LEVEL[d.severity], result.path, line, col, end_line, end_col,
                               line_for(result.path, index, d), d))
    out.sort(key=lambda f: ORDER.index(f.level))  # stable: path and offset order within a level
    return [f._replace(rank=i) for i, f in enumerate(out)]


def split(found: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """(annotated, not annotated): the first findings of each level that GitHub will show."""
    shown, hidden, used = [], [], Counter()
    for f in found:
        if used[f.level] < PER_STEP and len(shown) < PER_JOB:
            shown.append(f)
            used[f.level] += 1
        else:
            hidden.append(f)
    if hidden and (used["notice"] == PER_STEP or len(shown) == PER_JOB):
        hidden.append(shown.pop())  # the notice about the others needs a slot: take the least severe
        hidden.sort(key=lambda f: f.rank)
    return shown, hidden


def command(f: Finding, ctx) -> str:
    d = f.d
    props = []
    path = annotation_path(f.path)
    if path is not None:
        props += [f"file={escape_property(path)}", f"line={f.line}", f"endLine={f.end_line}"]
        if f.line == f.end_line:  # GitHub reads columns only on one-line annotations
            props += [f"col={f.col}", f"endColumn={f.end_col}"]
    props.append(f"title={escape_property(f'{d.code} {d.name}')}")
    message = d.message
    if d.fix and ctx.show_fixes:
        kind = "" if d.fix.applicability == "safe" else f" ({d.fix.applicability})"
        message += f"\nFix{kind}: {d.fix.title}"
    return f"::{f.level} {','.join(props)}::{escape_data(message)}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render(results, ctx) -> str:
    found = findings(results)
    shown, hidden = split(found)
    out = [command(f, ctx) for f in shown]
    summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
    summary_error = None
    if summary_path:
        summary_error = append_summary(summary_path, results, found, len(shown))
        if summary_error:
            out.append(f"newslint: cannot write the step summary: {summary_error}")
    if hidden:
        lines = [f.concise for f in hidden]
        # The lines quote the story: switch workflow commands off around them, with a token they cannot contain.
        token = "newslint-" + hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:20]
        out += [f"::group::newslint: {_plural(len(hidden), 'finding')} not shown as annotations",
                f"::stop-commands::{token}", *lines, f"::{token}::", "::endgroup::"]
        counts = Counter(f.level for f in hidden)
        where = "in the job summary and the log" if summary_path and not summary_error else "in the log"
        note = (f"{_plural(len(hidden), 'more finding')} not shown as annotations "
                f"({', '.join(_plural(counts[lv], lv) for lv in ORDER if counts[lv])}): GitHub shows "
                f"{PER_STEP} errors, {PER_STEP} warnings and {PER_STEP} notices per step. The full list is {where}.")
        out.append(f"::notice title=newslint::{escape_data(note)}")
    return "".join(line + "\n" for line in out)


# ---------------------------------------------------------------------------------------------
# Step summary

_MARKDOWN = lazy(r"([\\`*_\[\]<>|~&])")
_BREAK = lazy(r"\r\n|\r|\n")


def md(text: str) -> str:
    """Literal text in a Markdown table cell: on one line, punctuation that Markdown reads escaped."""
    return _MARKDOWN.sub(r"\\\1", _BREAK.sub(" ", text))


def append_summary(path: str, results, found: list[Finding], annotated: int) -> str | None:
    """Append the full list to the step summary; returns why it could not, or None."""
    try:
        used = os.path.getsize(path) if os.path.exists(path) else 0
        text = step_summary(len(results), found, annotated, SUMMARY_LIMIT - used)
        if not text:
            return f"{path}: already at GitHub's limit of 1 MiB"
        with open(path, "ab+") as f:  # appending: writes go to the end whatever was read
            if used:  # start on a line of our own after what earlier commands wrote
                f.seek(used - 1)
                if f.read(1) != b"\n":
                    text = "\n" + text
            f.write(text.encode("utf-8"))
    except OSError as e:
        return f"{path}: {e.strerror or e}"
    return None


def step_summary(files: int, found: list[Finding], annotated: int, budget: int = SUMMARY_LIMIT) -> str:
    """Markdown: totals, a count per rule, then a table per file; rows stop before `budget` bytes."""
    head = ["## newslint", ""]
    if not found:
        head += [f"No findings in {_plural(files, 'file')}.", ""]
    else:
        by_severity = Counter(f.d.severity for f in found)
        parts = ", ".join(f"{by_severity[s]} {s}" + ("s" if by_severity[s] != 1 and s != "info" else "")
                          for s in ("error", "warning", "info") if by_severity[s])
        with_findings = len({f.path for f in found})
        head += [f"{_plural(len(found), 'finding')} ({parts}) in {with_findings} of {_plural(files, 'file')}; "
                 f"{annotated} shown as annotations.", "",
                 "| rule | name | findings |", "|---|---|--:|"]
        per_rule = Counter((f.d.code, f.d.name) for f in found)
        head += [f"| {md(code)} | {md(name)} | {n} |" for (code, name), n in sorted(per_rule.items())]
        head.append("")
    text = "\n".join(head) + "\n"
    size = len(text.encode("utf-8"))
    if size > budget:
        return ""
    by_path: dict[str, list[Finding]] = {}
    for f in found:
        by_path.setdefault(f.path, []).append(f)
    body: list[str] = []
    listed, full = 0, False
    reserve = 300  # room for the closing note
    for path in sorted(by_path):
        prefix = [f"### {md(path) if path != '-' else 'standard input'} ({len(by_path[path])})", "",
                  "| line | column | severity | rule | message | fix |", "|--:|--:|---|---|---|---|"]
        for f in sorted(by_path[path], key=lambda f: (f.d.start, f.d.end, f.rank)):
            fix = md(f.d.fix.title) if f.d.fix else ""
            row = f"| {f.line} | {f.col} | {f.d.severity} | {md(f.d.code)} {md(f.d.name)} | {md(f.d.message)} | {fix} |"
            piece = "\n".join([*prefix, row]) + "\n"
            cost = len(piece.encode("utf-8"))
            if size + cost + reserve > budget:
                full = True
                break
            body.append(piece)
            size, listed, prefix = size + cost, listed + 1, []
        if full:
            break
        body.append("\n")
        size += 1
    if listed < len(found):
        body.append(f"\n_{_plural(len(found) - listed, 'more finding')} not listed: GitHub limits a step summary "
                    "to 1 MiB. Run `newslint check --format json` for the full list._\n")
    return text + "".join(body)
