"""The builder every input format uses: prose characters with their source offsets, blocks as paragraphs."""

from __future__ import annotations

import re

from ..lazy_regex import lazy
from ..markup import Directive, Extract, find_directives

PLACEHOLDER = "\ufffc"  # stands for skipped inline content (code, a URL): keeps "at <url>." from reading "at ."
HTML_FOLD = lazy(r"[ \t\n\r\f]{2,}|[\t\n\r\f]")  # whitespace that is not one plain space
NEWLINES = lazy(r"[\r\n]+")


class Prose:
    """Appends prose in reading order. Blocks are separated by a blank line ("\\n\\n", inserted: source width 0,
    at the end of the block before it), so paragraphs survive; `collapse` mode folds markup whitespace to one space.
    """

    def __init__(self, fmt: str, source: str):
        self.format, self.source = fmt, source
        self.parts: list[str] = []
        self.offsets: list[int] = []
        self.widths: dict[int, int] = {}  # prose index -> source width, where it is not 1
        self.directives: list[Directive] = []
        self.size = 0
        self.end = 0  # source offset just after the last prose character
        self.want_break = False
        self.space: tuple[int, int] | None = None  # a collapsed run of whitespace owed before the next text

    def _lead(self) -> None:
        if self.want_break:
            if self.size:
                self._put("\n\n", self.end, 0)
            self.want_break, self.space = False, None
        elif self.space is not None:
            offset, width = self.space
            self.space = None
            if self.size:
                self._put(" ", offset, width)

    def _put(self, text: str, offset: int, width: int) -> None:
        for _ in text:
            if width != 1:
                self.widths[self.size] = width
            self.offsets.append(offset)
            self.size += 1
        self.parts.append(text)
        self.end = max(self.end, offset + width)

    def verbatim(self, start: int, end: int) -> None:
        """source[start:end], character for character."""
        if start >= end:
            return
        self._lead()
        self.parts.append(self.source[start:end])
        self.offsets.extend(range(start, end))
        self.size += end - start
        self.end = end

    def decoded(self, text: str, offset: int, width: int) -> None:
        """Text that stands for source[offset:offset + width] (an entity, an escape, a placeholder)."""
        if text:
            self._lead()
            self._put(text, offset, width)

    def collapsed(self, start: int, end: int) -> None:
        """source[start:end] as HTML renders it: each whitespace run one space, none at a block's edges."""
        pos = start
        for m in HTML_FOLD.finditer(self.source, start, end):
            self._words(pos, m.start())
            self.whitespace(m.start(), m.end() - m.start())
            pos = m.end()
        self._words(pos, end)

    def _words(self, start: int, end: int) -> None:
        """Words with single spaces between them, copied as they are (a space at either end may fold away)."""
        if start < end and self.source[start] == " ":
            self.whitespace(start, 1)
            start += 1
        trailing = end > start and self.source[end - 1] == " "
        self.verbatim(start, end - trailing)
        if trailing:
            self.whitespace(end - 1, 1)

    def lines(self, start: int, end: int) -> None:
        """Plain text (a JSON body_text, a NewsML-G2 inlineData): each line is a paragraph."""
        pos = start
        for m in NEWLINES.finditer(self.source, start, end):
            self.verbatim(pos, m.start())
            self.block()
            pos = m.end()
        self.verbatim(pos, end)

    def whitespace(self, offset: int, width: int) -> None:
        if self.space is None and not self.want_break:
            self.space = (offset, width)

    def block(self) -> None:
        """A block boundary: the next prose starts a new paragraph."""
        self.want_break = True

    def comment(self, text: str, offset: int) -> None:
        """An HTML/XML comment at `offset` (its text including `<!--` and `-->`): inline control directives."""
        for d in find_directives(text):
            self.directives.append(Directive(d.kind, d.codes, offset + d.offset))

    def extract(self) -> Extract:
        self.offsets.append(self.end)
        return Extract("".join(self.parts), self.offsets, self.directives, self.format, self.widths, self.source)


def escape_markup(offset: int, text: str) -> str | None:
    """A fix's text as HTML or XML text content: one holding '&', '<' or '>' is shown, not applied."""
    return None if "&" in text or "<" in text or ">" in text else text


def line_starts(source: str) -> list[int]:
    """Offsets of line starts as XML parsers count lines (\\r\\n, \\r and \\n each end one)."""
    return [0] + [m.end() for m in re.finditer(r"\r\n?|\n", source)]
