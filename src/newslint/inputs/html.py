"""HTML: the text a reader sees, with every character's offset in the source.

Scripts, styles, code, the head, attributes and comments are skipped (comments are read for inline control
directives); block elements (p, div, h1-h6, li, blockquote, br, tr, ...) end a paragraph; character references
(&amp; &#8220; &nbsp;) are decoded; whitespace runs fold to one space, as a browser shows them.
A small tokenizer of our own (not html.parser) so that every offset is exact and the scan stays linear.
"""

from __future__ import annotations

import html
import re
from html.entities import html5

from ..lazy_regex import lazy
from ..markup import Extract
from .prose import PLACEHOLDER, Prose, escape_markup

# Elements that end a paragraph (their start and end tags are block boundaries).
BLOCKS = frozenset("""address article aside blockquote body br caption center dd details dialog dir div dl dt
    fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu
    ol optgroup option p section summary table tbody td tfoot th thead tr ul""".split())
# Raw text: the content is not markup and is never prose.
RAW = frozenset("script style textarea title xmp iframe noembed noframes noscript plaintext".split())
_RAW_END = {name: re.compile(rf"</{name}[\s/>]", re.IGNORECASE) for name in RAW}
# Parsed but not prose: skipped up to the matching end tag.
SKIPPED = frozenset("head pre svg math template select button object audio video canvas nav".split())
# Inline code: skipped, with a placeholder standing in the sentence.
CODE = frozenset("code kbd samp".split())

ENTITY = lazy(r"&(?:#[xX][0-9a-fA-F]{1,8};?|#[0-9]{1,10};?|[A-Za-z][A-Za-z0-9]{0,31};?)")
_NAME = lazy(r"[^\s/>]+")
_TAG_STOP = lazy(r"[>=]")
_SPACE_CHARS = " \t\n\r\f"


def decode_entity(ref: str) -> str | None:
    """The text a character reference stands for in prose, or None when `ref` is no reference (a literal '&').

    A no-break space written as a reference (&nbsp; &#160;) is deliberate typesetting, visible in the source:
    it reads as a plain space (the unusual-space rule is for the invisible ones pasted into text)."""
    if ref[1] == "#":
        value = html.unescape(ref if ref.endswith(";") else ref + ";")
    else:
        value = html5.get(ref[1:])  # "amp;" and the legacy "amp" are both keys; unknown names stay literal
    return " " if value == "\u00a0" else value


def tag_end(src: str, i: int, end: int) -> int:
    """The offset after the '>' closing the tag at i; quoted attribute values may hold '>'. A tag that never
    closes runs to the end (as in HTML5), which also keeps the scan linear."""
    k = i + 1
    while True:
        m = _TAG_STOP.search(src, k, end)
        if m is None:
            return end
        if m.group() == ">":
            return m.end()
        k = m.end()
        while k < end and src[k] in _SPACE_CHARS:
            k += 1
        if k < end and src[k] in "\"'":
            close = src.find(src[k], k + 1, end)
            if close < 0:
                return end
            k = close + 1


class HtmlText:
    """Feeds source ranges of HTML into a Prose builder; keeps its state (open skipped element) between feeds."""

    def __init__(self, prose: Prose):
        self.prose = prose
        self.src = prose.source
        self.skip_name: str | None = None  # the outermost element being skipped
        self.skip_depth = 0
        self.skip_start = 0

    def feed(self, start: int, end: int) -> None:
        src, pos = self.src, start
        while pos < end:
            lt = src.find("<", pos, end)
            if lt < 0:
                lt = end
            if pos < lt and self.skip_name is None:
                self.text(pos, lt)
            if lt >= end:
                return
            pos = self.markup(lt, end)

    def markup(self, i: int, end: int) -> int:
        """Handle the construct at src[i] == '<'; returns where scanning resumes."""
        src = self.src
        if src.startswith("<!--", i):
            if src.startswith((">", "->"), i + 4):  # "<!-->", "<!--->": empty comments
                stop = src.index(">", i + 4) + 1
            else:
                close = src.find("-->", i + 4, end)
                stop = end if close < 0 else close + 3
            self.prose.comment(src[i:stop], i)
            return stop
        nxt = src[i + 1 : i + 2]
        if nxt in ("!", "?"):  # doctype, CDATA in HTML, processing instruction: bogus comments up to '>'
            close = src.find(">", i + 2, end)
            return end if close < 0 else close + 1
        closing = nxt == "/"
        m = _NAME.match(src, i + 1 + closing, end)
        if m is None or not src[m.start()].isalpha():
            if self.skip_name is None:
                self.text(i, i + 1)  # a literal '<', as in "a < b"
            return i + 1
        name = m.group().lower()
        stop = tag_end(src, i, end)
        self_closing = src[stop - 2 : stop] == "/>"
        if closing:
            self.end_tag(name, stop)
        else:
            self.start_tag(name, i, self_closing)
            if name in RAW and not self_closing:
                close = _RAW_END[name].search(src, stop, end)
                if close is None:
                    return end
                return tag_end(src, close.start(), end)
        return stop

    def start_tag(self, name: str, i: int, self_closing: bool) -> None:
        if self.skip_name is not None:
            if name == self.skip_name and not self_closing:
                self.skip_depth += 1
            elif name == "body" and self.skip_name == "head":  # a head with no end tag
                self.skip_name = None
            return
        if name in BLOCKS:
            self.prose.block()
        if (name in SKIPPED or name in CODE) and not self_closing:
            self.skip_name, self.skip_depth, self.skip_start = name, 1, i
            if name == "pre":
                self.prose.block()

    def end_tag(self, name: str, stop: int) -> None:
        if self.skip_name is not None:
            if name == self.skip_name:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    if name in CODE:
                        self.prose.decoded(PLACEHOLDER, self.skip_start, stop - self.skip_start)
                    elif name == "pre":
                        self.prose.block()
                    self.skip_name = None
            return
        if name in BLOCKS:
            self.prose.block()

    def text(self, start: int, end: int) -> None:
        """Character data: references decoded, whitespace folded."""
        prose, pos = self.prose, start
        if "&" not in self.src[start:end]:
            prose.collapsed(start, end)
            return
        for m in ENTITY.finditer(self.src, start, end):
            value = decode_entity(m.group())
            if value is None:
                continue
            prose.collapsed(pos, m.start())
            if value in _SPACE_CHARS:  # &nbsp; and &#32; fold like any space (<p>&nbsp;</p> is empty)
                prose.whitespace(m.start(), m.end() - m.start())
            else:
                prose.decoded(value, m.start(), m.end() - m.start())
            pos = m.end()
        prose.collapsed(pos, end)


def extract(source: str, path: str) -> Extract:
    prose = Prose("html", source)
    HtmlText(prose).feed(0, len(source))
    ext = prose.extract()
    ext.escape = escape_markup
    return ext
