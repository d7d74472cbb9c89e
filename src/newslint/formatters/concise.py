"""One line per finding, for people who grep: `path:line:col: CODE [severity] message`."""

from __future__ import annotations

from ..document import LineIndex


def one_line(text: str) -> str:
    """`text` on one line: a message quoting a line break shows it as \\n."""
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r")


def line_for(path: str, index: LineIndex, d) -> str:
    line, col = index.position(d.start)
    return one_line(f"{path}:{line}:{col}: {d.code} [{d.severity}] {d.message}")


def render(results, ctx) -> str:
    out = []
    for result in sorted(results, key=lambda r: r.path):
        index = LineIndex(result.text)
        out.extend(line_for(result.path, index, d) + "\n" for d in result.diagnostics)
    return "".join(out)
