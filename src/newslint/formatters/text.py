"""Human output: `path:line:col: CODE message`, the line with the span underlined, the fix as before/after."""

from __future__ import annotations

from collections import Counter

from ..diagnostics import applicability_rank
from ..document import LineIndex

WINDOW = 100  # characters of a long line shown around the span
COLORS = {"error": "red", "warning": "yellow", "info": "blue"}


def _style(text, ctx, **kw):
    if not ctx.color:
        return text
    import click

    return click.style(text, **kw)


def _window(line: str, col0: int, col1: int) -> tuple[str, int, int]:
    """Cut a long line down to a window around [col0, col1); returns (shown, new col0, new col1)."""
    if len(line) <= WINDOW:
        return line, col0, col1
    left = max(0, min(col0 - 30, len(line) - WINDOW))
    right = min(len(line), max(left + WINDOW, col1 + 10))
    shown = line[left:right]
    prefix = "…" if left else ""
    suffix = "…" if right < len(line) else ""
    return prefix + shown + suffix, col0 - left + len(prefix), col1 - left + len(prefix)


def render_one(path, text, lines: LineIndex, d, ctx) -> list[str]:
    line, col = lines.position(d.start)
    end_line, end_col = lines.position(d.end)
    head = f"{_style(f'{path}:{line}:{col}:', ctx, bold=True)} {_style(d.code, ctx, fg=COLORS[d.severity], bold=True)} {d.message} [{d.severity}]"
    out = [head]
    start = lines.starts[line - 1]
    stop = text.find("\n", start)
    src = text[start: stop if stop >= 0 else len(text)].rstrip("\r")
    span_end = end_col - 1 if end_line == line else len(src)
    shown, c0, c1 = _window(src.replace("\t", " "), col - 1, max(span_end, col))
    gutter = f"{line:>5} | "
    out.append(gutter + shown)
    out.append(" " * (len(gutter) - 2) + "| " + " " * c0 + _style("^" * max(1, c1 - c0), ctx, fg=COLORS[d.severity]))
    if d.fix and ctx.show_fixes:
        fixable = "" if applicability_rank(d.fix.applicability) >= applicability_rank("safe") else f" ({d.fix.applicability})"
        out.append(f"      = fix{fixable}: {d.fix.title}")
        if d.fix.edits:
            a, b = d.fix.start, d.fix.end
            ls = text.rfind("\n", 0, a) + 1
            le = text.find("\n", b)
            le = len(text) if le < 0 else le
            before = text[ls:le].rstrip("\r")
            after = before
            for e in sorted(d.fix.edits, key=lambda e: e.start, reverse=True):
                after = after[: e.start - ls] + e.text + after[e.end - ls:]
            if len(before) > WINDOW:
                before, _, _ = _window(before, a - ls, b - ls)
                after, _, _ = _window(after, a - ls, b - ls)
            out.append("        " + _style("- " + before, ctx, fg="red"))
            out.append("        " + _style("+ " + after, ctx, fg="green"))
    return out


def render(results, ctx) -> str:
    out: list[str] = []
    counts: Counter = Counter()
    fixable = 0
    for result in sorted(results, key=lambda r: r.path):
        lines = LineIndex(result.text)
        for d in result.diagnostics:
            out.extend(render_one(result.path, result.text, lines, d, ctx))
            out.append("")
            counts[d.severity] += 1
            if d.fix and d.fix.applicability == "safe":
                fixable += 1
    if not ctx.quiet:
        total = sum(counts.values())
        fixed = sum(r.fixes_applied for r in results)
        if total:
            parts = ", ".join(f"{counts[s]} {s}{'s' if counts[s] != 1 and s != 'info' else ''}"
                              for s in ("error", "warning", "info") if counts[s])
            out.append(f"Found {total} problem{'s' if total != 1 else ''} ({parts}) in {len(results)} file{'s' if len(results) != 1 else ''}.")
            if fixable:
                out.append(f"{fixable} fixable with `newslint check --fix`.")
        elif not ctx.input_errors:
            out.append(f"All checks passed ({len(results)} file{'s' if len(results) != 1 else ''}).")
        if ctx.input_errors:
            out.append(f"{ctx.input_errors} input{'s' if ctx.input_errors != 1 else ''} could not be checked (see the errors above).")
        if fixed:
            out.append(f"Fixed {fixed} problem{'s' if fixed != 1 else ''}.")
    return "\n".join(out) + ("\n" if out else "")
