"""Finding fingerprints that survive edits elsewhere in a story (SARIF, GitLab, `--baseline`).

A fingerprint hashes what the finding is about, never where it is: the rule code, the flagged text, the
sentence around it (whitespace folded; case folded in the sentence only) and, for findings that share all three, their rank in
the story. Adding a paragraph above a finding keeps its fingerprint; editing the flagged words or their
sentence gives a new one. The definition is deliberately self-contained (it does not use the Document's
sentence splitter) so that fingerprints stay stable across newslint versions: a baseline written today must
still match after the tokenizer improves.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from .lazy_regex import lazy

VERSION = "1"  # bump only when the definition below changes; baselines record it
CONTEXT_LIMIT = 200  # characters of sentence kept on each side of the finding (bounds the cost per finding)

_WS = lazy(r"\s+")
# Where a sentence ends for fingerprinting: . ! ? (possibly followed by closing quotes or brackets) then
# whitespace, or a blank line.
_END_BEFORE = lazy(r"(?:[.!?][\"'”’»)\]]*\s|\n[ \t]*\r?\n)")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of text from the sentence start before `start` to the sentence end after `end`."""
    lo = max(0, start - CONTEXT_LIMIT)
    left = text[lo:start]
    ends = [m.end() for m in _END_BEFORE.finditer(left)]
    a = lo + ends[-1] if ends else lo
    hi = min(len(text), end + CONTEXT_LIMIT)
    m = _END_BEFORE.search(text, end, hi)
    b = m.start() + 1 if m else hi
    return a, max(b, end)


def _folded(s: str) -> str:
    return _WS.sub(" ", s).strip()


def finding_key(text: str, d) -> tuple[str, str, str]:
    """(rule code, flagged text, sentence context); `d` has code, start and end.

    Whitespace is folded in both (re-wrapping changes nothing); the context is also case-folded, while a change
    of case in the flagged text itself (which a capitalisation rule flags) makes a new finding.
    """
    a, b = _sentence_bounds(text, d.start, d.end)
    return d.code, _folded(text[d.start:d.end]), _folded(text[a:b]).casefold()


def fingerprint(key: tuple[str, str, str], occurrence: int) -> str:
    """The hash of a finding key and its rank (0, 1, ...) among the findings with the same key."""
    raw = "\x1f".join((VERSION, *key, str(occurrence)))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def fingerprints(text: str, diagnostics) -> list[str]:
    """One fingerprint per diagnostic of `text`, aligned with `diagnostics`; identical keys ranked by offset."""
    keys = [finding_key(text, d) for d in diagnostics]
    order = sorted(range(len(keys)), key=lambda i: (diagnostics[i].start, diagnostics[i].end, i))
    seen: Counter = Counter()
    out = [""] * len(keys)
    for i in order:
        out[i] = fingerprint(keys[i], seen[keys[i]])
        seen[keys[i]] += 1
    return out

