"""The JSON contract (stable): one array, one object per finding, sorted by path then offset."""

from __future__ import annotations

import json

from ..document import LineIndex


def records(results):
    out = []
    for result in sorted(results, key=lambda r: r.path):
        lines = LineIndex(result.text)
        for d in result.diagnostics:
            line, col = lines.position(d.start)
            end_line, end_col = lines.position(d.end)
            fix = None
            if d.fix:
                fix = {"message": d.fix.title, "applicability": d.fix.applicability,
                       "edits": [{"offset": e.start, "end_offset": e.end, "replacement": e.text} for e in d.fix.edits]}
            out.append({"path": result.path, "rule": d.code, "name": d.name, "category": d.category,
                        "severity": d.severity, "message": d.message, "line": line, "column": col,
                        "end_line": end_line, "end_column": end_col, "offset": d.start, "end_offset": d.end,
                        "fix": fix})
    return out


def render(results, ctx) -> str:
    return json.dumps(records(results), ensure_ascii=False, indent=2) + "\n"
