"""One line per finding: `path:line:col: CODE [severity] message`."""

from __future__ import annotations

from ..document import LineIndex


def render(results, ctx) -> str:
    lines = []
    for result in sorted(results, key=lambda r: r.path):
        index = LineIndex(result.text)
        for d in result.diagnostics:
            line, col = index.position(d.start)
            lines.append(f"{result.path}:{line}:{col}: {d.code} [{d.severity}] {d.message}")
    return "".join(line + "\n" for line in lines)
