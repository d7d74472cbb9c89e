"""Prose views of marked-up sources: same length, same offsets, non-prose blanked out."""

from __future__ import annotations


def prose_view(text: str, path: str) -> str | None:
    """None when the whole text is prose (plain text)."""
    return None
