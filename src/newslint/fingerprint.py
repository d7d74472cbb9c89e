"""Fingerprints that identify a finding across edits elsewhere in the story (SARIF, GitLab, baselines).

Built from the rule, the flagged text and a little of its context (whitespace folded), plus a counter
among identical keys, never from line numbers: a paragraph added above leaves them unchanged.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

CONTEXT = 30
_SPACE = re.compile(r"\s+")


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def fingerprints(text: str, diagnostics) -> list[str]:
    """One fingerprint per diagnostic, in order."""
    seen: Counter = Counter()
    out = []
    for d in diagnostics:
        # Context stops at the line's edges, so a paragraph added or edited nearby does not move it.
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line_end = len(text) if line_end < 0 else line_end
        before = text[max(line_start, d.start - CONTEXT):d.start]
        after = text[d.end:min(line_end, d.end + CONTEXT)]
        key = "\0".join((d.code, _fold(text[d.start:d.end]), _fold(before), _fold(after)))
        seen[key] += 1
        out.append(hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()[:32])
    return out
