"""reviewdog's rdjson (DiagnosticResult), so reviewdog can post findings and suggested changes.

rdjson columns count UTF-8 bytes (not characters) and ranges end exclusively. A fix becomes one suggestion
covering all its edits (reviewdog offers each suggestion on its own, so a two-edit fix must not be split).
"""

from __future__ import annotations

import json

from ..document import LineIndex

SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}
SOURCE = {"name": "newslint"}


class BytePositions:
    """Offset -> rdjson position (line, 1-based UTF-8 byte column) for the offsets asked, in one sweep.

    Columns are counted from the previous offset asked on the same line, not from the line start, so that
    many findings on one very long line stay linear.
    """

    def __init__(self, text: str, offsets):
        index = LineIndex(text)
        self.at: dict[int, dict] = {}
        prev_line, prev_offset, col = 0, 0, 1
        for offset in sorted(set(offsets)):
            line, _ = index.position(offset)
            if line != prev_line:
                prev_line, prev_offset, col = line, index.starts[line - 1], 1
            col += len(text[prev_offset:offset].encode("utf-8"))
            prev_offset = offset
            self.at[offset] = {"line": line, "column": col}

    def range(self, start: int, end: int) -> dict:
        return {"start": self.at[start], "end": self.at[end]}


def suggestion(text: str, positions: BytePositions, fix) -> dict:
    """The fix as one replacement of text[fix.start:fix.end]."""
    parts, at = [], fix.start
    for e in fix.edits:
        parts += [text[at:e.start], e.text]
        at = e.end
    return {"range": positions.range(fix.start, fix.end), "text": "".join(parts)}


def render(results, ctx) -> str:
    diagnostics = []
    for result in sorted(results, key=lambda r: r.path):
        text = result.text
        offsets = [o for d in result.diagnostics for o in (d.start, d.end)]
        offsets += [o for d in result.diagnostics if d.fix and d.fix.edits for o in (d.fix.start, d.fix.end)]
        positions = BytePositions(text, offsets)
        for d in result.diagnostics:
            item = {"message": d.message,
                    "location": {"path": result.path, "range": positions.range(d.start, d.end)},
                    "severity": SEVERITY[d.severity], "source": SOURCE, "code": {"value": d.code}}
            if d.fix and d.fix.edits:
                item["suggestions"] = [suggestion(text, positions, d.fix)]
            diagnostics.append(item)
    return json.dumps({"source": SOURCE, "diagnostics": diagnostics}, ensure_ascii=False, indent=2) + "\n"
