"""reviewdog's rdjson (DiagnosticResult), so reviewdog can post findings and suggested changes.

rdjson columns count UTF-8 bytes (not characters) and ranges end exclusively. A fix becomes one suggestion
covering all its edits (reviewdog offers each suggestion on its own, so a two-edit fix must not be split).
"""

from __future__ import annotations

import json

from ..document import LineIndex

SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}
SOURCE = {"name": "newslint"}


def position(text: str, index: LineIndex, offset: int) -> dict:
    line, col = index.position(offset)
    line_start = index.starts[line - 1]
    return {"line": line, "column": len(text[line_start:offset].encode("utf-8")) + 1}


def text_range(text: str, index: LineIndex, start: int, end: int) -> dict:
    return {"start": position(text, index, start), "end": position(text, index, end)}


def suggestion(text: str, index: LineIndex, fix) -> dict:
    """The fix as one replacement of text[fix.start:fix.end]."""
    parts, at = [], fix.start
    for e in fix.edits:
        parts += [text[at:e.start], e.text]
        at = e.end
    return {"range": text_range(text, index, fix.start, fix.end), "text": "".join(parts)}


def render(results, ctx) -> str:
    diagnostics = []
    for result in sorted(results, key=lambda r: r.path):
        text, index = result.text, LineIndex(result.text)
        for d in result.diagnostics:
            item = {"message": d.message,
                    "location": {"path": result.path, "range": text_range(text, index, d.start, d.end)},
                    "severity": SEVERITY[d.severity], "source": SOURCE, "code": {"value": d.code}}
            if d.fix and d.fix.edits:
                item["suggestions"] = [suggestion(text, index, d.fix)]
            diagnostics.append(item)
    return json.dumps({"source": SOURCE, "diagnostics": diagnostics}, ensure_ascii=False, indent=2) + "\n"
