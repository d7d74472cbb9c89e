"""GitLab Code Quality report (a JSON array of issues)."""

from __future__ import annotations

import json

from ..document import LineIndex
from ..fingerprint import fingerprints

SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def render(results, ctx) -> str:
    issues = []
    for result in sorted(results, key=lambda r: r.path):
        index = LineIndex(result.text)
        for d, fp in zip(result.diagnostics, fingerprints(result.text, result.diagnostics), strict=True):
            begin, end = index.position(d.start)[0], index.position(d.end)[0]
            issues.append({"type": "issue", "description": f"{d.code} {d.message}", "check_name": d.code,
                           "categories": ["Style"], "fingerprint": fp, "severity": SEVERITY[d.severity],
                           "location": {"path": result.path, "lines": {"begin": begin, "end": end}}})
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
