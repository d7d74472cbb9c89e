"""Apply fixes: non-overlapping edits per pass, re-check, repeat until stable (10 passes at most)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..diagnostics import Diagnostic, Edit, applicability_rank

MAX_PASSES = 10


def applicable(diagnostics: Iterable[Diagnostic], level: str) -> list[Diagnostic]:
    rank = applicability_rank(level)
    return [d for d in diagnostics if d.fix and d.fix.edits and applicability_rank(d.fix.applicability) >= rank]


def apply_edits(text: str, diagnostics: Iterable[Diagnostic]) -> tuple[str, int]:
    """Apply whole fixes whose edits overlap no fix already taken; returns (text, fixes applied)."""
    taken: list[Edit] = []
    applied = 0
    for d in sorted(diagnostics, key=lambda d: (d.fix.start, d.fix.end, d.code)):
        if any(_overlap(e, t) for e in d.fix.edits for t in taken):
            continue
        taken.extend(d.fix.edits)
        applied += 1
    for e in sorted(taken, key=lambda e: (e.start, e.end), reverse=True):
        text = text[: e.start] + e.text + text[e.end :]
    return text, applied


def _overlap(a: Edit, b: Edit) -> bool:
    # Two insertions at one point, or an edit touching another's span, would fight: keep one.
    if a.start == a.end or b.start == b.end:
        return a.start <= b.end and b.start <= a.end
    return a.start < b.end and b.start < a.end


def fix_until_stable(text: str, check: Callable[[str], list[Diagnostic]], level: str = "safe"):
    """Return (fixed text, diagnostics that remain, number of fixes applied)."""
    total = 0
    diagnostics = check(text)
    for _ in range(MAX_PASSES):
        todo = applicable(diagnostics, level)
        if not todo:
            break
        new_text, applied = apply_edits(text, todo)
        if new_text == text:
            break
        text, total = new_text, total + applied
        diagnostics = check(text)
    return text, diagnostics, total
