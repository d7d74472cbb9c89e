"""GitLab Code Quality report: a JSON array of issues (the Code Climate subset GitLab reads).

Each fingerprint is newslint's stable finding fingerprint combined with the path, so that it is unique in
the report (GitLab drops issues that share one) and GitLab can tell new findings from old in a merge request.
"""

from __future__ import annotations

import hashlib
import json

from ..document import LineIndex
from ..fingerprint import fingerprints

# error: the copy is wrong; warning: likely wrong; info: worth a look. "critical" and "blocker" are left to
# tools whose findings break a build or a release, which no wording finding does.
SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def last_line(index: LineIndex, d) -> int:
    """The line of the last flagged character (a span that takes its line break ends on that line)."""
    return index.position(max(d.start, d.end - 1))[0]


def render(results, ctx) -> str:
    issues = []
    for result in sorted(results, key=lambda r: r.path):
        index = LineIndex(result.text)
        for d, fp in zip(result.diagnostics, fingerprints(result.text, result.diagnostics), strict=True):
            unique = hashlib.sha256(f"{result.path}\x1f{fp}".encode()).hexdigest()[:32]
            issues.append({"type": "issue", "check_name": d.code, "description": f"{d.message} ({d.code} {d.name})",
                           "categories": ["Style"], "fingerprint": unique, "severity": SEVERITY[d.severity],
                           "location": {"path": result.path, "lines": {"begin": index.position(d.start)[0],
                                                                        "end": last_line(index, d)}}})
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
