"""reviewdog's rdjson: diagnostics with suggestions built from the fixes."""

from __future__ import annotations

import json

from ..document import LineIndex

SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def _range(index: LineIndex, start: int, end: int) -> dict:
    (l1, c1), (l2, c2) = index.position(start), index.position(end)
    return {"start": {"line": l1, "column": c1}, "end": {"line": l2, "column": c2}}


def render(results, ctx) -> str:
    diagnostics = []
    for result in sorted(results, key=lambda r: r.path):
        index = LineIndex(result.text)
        for d in result.diagnostics:
            item = {"message": d.message, "location": {"path": result.path, "range": _range(index, d.start, d.end)},
                    "severity": SEVERITY[d.severity], "code": {"value": d.code}}
            if d.fix and d.fix.edits and d.fix.applicability != "display":
                item["suggestions"] = [{"range": _range(index, e.start, e.end), "text": e.text} for e in d.fix.edits]
            diagnostics.append(item)
    return json.dumps({"source": {"name": "newslint"}, "severity": "WARNING", "diagnostics": diagnostics},
                      ensure_ascii=False, indent=2) + "\n"
