"""GitHub Actions workflow commands, ordered by severity, within GitHub's display limits.

GitHub shows 10 errors and 10 warnings per step (50 annotations per job) and drops the rest
silently: we say how many were not shown, and write the full list to the step summary.
"""

from __future__ import annotations

import os
from collections import Counter

from ..document import LineIndex

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
LIMITS = {"error": 10, "warning": 10, "notice": 10}
JOB_LIMIT = 50


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotations(results):
    """(level, command line, result path, diagnostic) for every finding, most severe first."""
    out = []
    for result in sorted(results, key=lambda r: r.path):
        index = LineIndex(result.text)
        for d in result.diagnostics:
            line, col = index.position(d.start)
            end_line, end_col = index.position(d.end)
            level = LEVEL[d.severity]
            props = [f"file={escape_property(result.path)}", f"line={line}", f"endLine={end_line}"]
            if line == end_line:  # GitHub ignores columns on multi-line annotations
                props += [f"col={col}", f"endColumn={end_col}"]
            props.append(f"title={escape_property(f'{d.code} {d.name}')}")
            out.append((level, f"::{level} {','.join(props)}::{escape_data(d.message)}", result.path, d, line))
    order = {"error": 0, "warning": 1, "notice": 2}
    return sorted(out, key=lambda a: order[a[0]])


def render(results, ctx) -> str:
    shown, hidden, used = [], 0, Counter()
    for level, command, *_ in annotations(results):
        if used[level] < LIMITS[level] and len(shown) < JOB_LIMIT - 1:
            shown.append(command)
            used[level] += 1
        else:
            hidden += 1
    if hidden:
        shown.append(f"::notice title=newslint::{hidden} more finding{'s' if hidden != 1 else ''} not shown as "
                     "annotations (GitHub's limit); see the step summary or run newslint locally")
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as f:
            f.write(step_summary(results))
    return "".join(line + "\n" for line in shown)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def step_summary(results) -> str:
    rows = annotations(results)
    out = ["## newslint", "", f"{len(rows)} finding{'s' if len(rows) != 1 else ''}.", ""]
    counts = Counter((d.code, d.name) for *_, d, _ in rows)
    if counts:
        out += ["| rule | name | count |", "|---|---|---|"]
        out += [f"| {code} | {name} | {n} |" for (code, name), n in sorted(counts.items())]
        out.append("")
    for path in sorted({r[2] for r in rows}):
        out += [f"### {_cell(path)}", "", "| line | rule | severity | message |", "|---|---|---|---|"]
        for _, _, _, d, line in sorted((r for r in rows if r[2] == path), key=lambda r: r[4]):
            out.append(f"| {line} | {d.code} | {d.severity} | {_cell(d.message)} |")
        out.append("")
    return "\n".join(out) + "\n"
