"""Markdown (CommonMark, with GFM tables, footnotes and bare URLs): the prose, with every character's offset.

Kept: paragraph, heading, list item, blockquote and table cell text; link text, image alt text and emphasis text.
Skipped: front matter (YAML --- and TOML +++), fenced and indented code, code spans (a placeholder stands in the
sentence), URLs and autolinks (a placeholder), link and image targets, reference definitions, footnote marks,
HTML comments (read for inline control directives) and raw HTML tags (an HTML block's text is read as HTML).
Each block is its own paragraph in the prose (blank line between), so paragraph logic works as on plain text.

A line-based block parser and a left-to-right inline scanner of our own, both linear: every offset is exact.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..lazy_regex import lazy
from ..markup import Extract
from .html import HtmlText, decode_entity
from .prose import PLACEHOLDER, Prose

_NEWLINE = lazy(r"\r\n|\r|\n")
_FRONT_MATTER = {"---": re.compile(r"(?m)^(?:---|\.\.\.)[ \t]*$"), "+++": re.compile(r"(?m)^\+\+\+[ \t]*$")}
_LIST_MARKER = lazy(r"([-+*]|([0-9]{1,9})[.)])(?=[ \t]|$)")
_THEMATIC = lazy(r"([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = lazy(r"(`{3,}|~{3,})(.*)$")
_ATX = lazy(r"#{1,6}(?=[ \t]|$)")
_ATX_CLOSE = lazy(r"(?:^|[ \t]+)#+[ \t]*$")
_SETEXT = lazy(r"(?:=+|-+)[ \t]*$")
_TABLE_DELIMITER = lazy(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_REFERENCE = lazy(r"\[((?:[^\]\\\n]|\\.){1,999})\]:")
_LABELS = lazy(r"(?m)^[ \t>]*\[((?:[^\]\\\n]|\\.){1,999})\]:")
_ATTRS = r"""(?:\s++[A-Za-z_:][\w.:-]*+(?:\s*+=\s*+(?:[^\s"'=<>`]++|'[^'\n]{0,1024}+'|"[^"\n]{0,1024}+"))?+)*+"""
_INLINE_TAG = lazy(rf"<[A-Za-z][A-Za-z0-9-]*+{_ATTRS}\s*+/?>|</[A-Za-z][A-Za-z0-9-]*+\s*+>")
_HTML_BLOCK_7 = lazy(rf"(?:<[A-Za-z][A-Za-z0-9-]*+{_ATTRS}\s*+/?>|</[A-Za-z][A-Za-z0-9-]*+\s*+>)[ \t]*$")
_BLOCK_TAGS = """address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|
    dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|
    link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|
    thead|title|tr|track|ul""".replace("\n", "").replace(" ", "")
# CommonMark's HTML block kinds 1-6: (start, end); end None: the block ends at a blank line.
_HTML_BLOCKS = [
    (re.compile(r"<(?:script|pre|style|textarea)(?:[\s>]|$)", re.I), re.compile(r"</(?:script|pre|style|textarea)>", re.I)),
    (re.compile(r"<!--"), re.compile(r"-->")),
    (re.compile(r"<\?"), re.compile(r"\?>")),
    (re.compile(r"<!\[CDATA\["), re.compile(r"\]\]>")),
    (re.compile(r"<![A-Za-z]"), re.compile(r">")),
    (re.compile(rf"</?(?:{_BLOCK_TAGS})(?:[\s>]|/>|$)", re.I), None),
]
_AUTOLINK = lazy(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+)>")
_MD_ENTITY = lazy(r"&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});")
_SPECIAL = lazy(r"!\[|[\\`<&\[\]*_~]|(?<![\w/.@-])(?:https?://|www\.)")
_URL_BODY = lazy(r"[^\s<]*")
_BACKTICKS = lazy(r"`+")
_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_LINK_SCAN_LIMIT = 4096  # a link destination longer than this is not a link (keeps the scan linear)


@dataclass
class _Container:
    quote: bool  # a blockquote; else a list item
    indent: int = 0  # list item: columns its content is indented by


@dataclass
class _Paragraph:
    segments: list[tuple[int, int]] = field(default_factory=list)  # each line's text, source offsets


@dataclass
class _Fence:
    char: str
    length: int


@dataclass
class _HtmlBlock:
    end: re.Pattern | None
    ranges: list[tuple[int, int]] = field(default_factory=list)


class _IndentedCode:
    pass


class _Table:
    pass


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _label(text: str) -> str:
    return " ".join(text.split()).casefold()


class MarkdownText:
    def __init__(self, source: str):
        self.src = source
        self.prose = Prose("markdown", source)
        self.containers: list[_Container] = []
        self.leaf = None
        self.labels = {_label(m.group(1)) for m in _LABELS.finditer(source)} if "]:" in source else set()

    # -- blocks ---------------------------------------------------------------------------------

    def run(self) -> Extract:
        src, pos, n = self.src, self.front_matter(), len(self.src)
        while pos < n:
            m = _NEWLINE.search(src, pos)
            end, nxt = (m.start(), m.end()) if m else (n, n)
            self.line(pos, end, nxt)
            pos = nxt
        self.close_leaf()
        return self.prose.extract()

    def front_matter(self) -> int:
        first = _NEWLINE.search(self.src)
        for fence, closing in _FRONT_MATTER.items():
            if first and self.src[: first.start()].rstrip(" \t") == fence:
                m = closing.search(self.src, first.end())
                if m:
                    after = _NEWLINE.search(self.src, m.end())
                    return after.end() if after else len(self.src)
        return 0

    def indent(self, pos: int, end: int) -> tuple[int, int]:
        """(columns of leading whitespace, offset of the first other character)."""
        cols, k, src = 0, pos, self.src
        while k < end:
            c = src[k]
            if c == " ":
                cols += 1
            elif c == "\t":
                cols += 4 - cols % 4
            else:
                break
            k += 1
        return cols, k

    def skip_columns(self, pos: int, end: int, wanted: int) -> int:
        cols, src = 0, self.src
        while pos < end and cols < wanted and src[pos] in " \t":
            cols += 1 if src[pos] == " " else 4 - cols % 4
            pos += 1
        return pos

    def line(self, start: int, end: int, nxt: int) -> None:
        src, pos, matched = self.src, start, 0
        for c in self.containers:
            cols, k = self.indent(pos, end)
            if c.quote:
                if cols > 3 or k >= end or src[k] != ">":
                    break
                pos = k + 1 + (k + 1 < end and src[k + 1] in " \t")
            elif k < end:
                if cols < c.indent:
                    break
                pos = self.skip_columns(pos, end, c.indent)
            matched += 1
        blank = self.indent(pos, end)[1] == end
        if matched < len(self.containers):
            if isinstance(self.leaf, _Paragraph) and not blank and not self.interrupts(pos, end):
                self.add_text(pos, end)  # a lazy continuation line
                return
            self.close_leaf()
            del self.containers[matched:]
        leaf = self.leaf
        if isinstance(leaf, _Fence):
            cols, k = self.indent(pos, end)
            m = _FENCE.match(src, k, end)
            if cols < 4 and m and m.group(1)[0] == leaf.char and len(m.group(1)) >= leaf.length and not m.group(2).strip():
                self.close_leaf()
            return
        if isinstance(leaf, _HtmlBlock):
            if leaf.end is None and blank:
                self.close_leaf()
            else:
                leaf.ranges.append((pos, nxt))
                if leaf.end is not None and leaf.end.search(src, pos, end):
                    self.close_leaf()
            return
        if isinstance(leaf, _IndentedCode):
            if blank or self.indent(pos, end)[0] >= 4:
                return
            self.close_leaf()
        pos = self.open_containers(pos, end)
        self.leaf_line(pos, end, nxt)

    def open_containers(self, pos: int, end: int) -> int:
        src = self.src
        while True:
            cols, k = self.indent(pos, end)
            if cols >= 4 or k >= end:
                return pos
            if src[k] == ">":
                self.close_leaf()
                self.containers.append(_Container(True))
                pos = k + 1 + (k + 1 < end and src[k + 1] in " \t")
                continue
            m = _LIST_MARKER.match(src, k, end)
            if m is None or _THEMATIC.match(src, k, end):
                return pos
            after_cols, content = self.indent(m.end(), end)
            if isinstance(self.leaf, _Paragraph) and (content == end or m.group(2) not in (None, "1")):
                return pos  # only a non-empty bullet or "1." item may interrupt a paragraph
            spaces = 1 if content == end or after_cols > 4 else after_cols
            self.close_leaf()
            self.containers.append(_Container(False, cols + len(m.group(1)) + spaces))
            pos = m.end() if content == end else self.skip_columns(m.end(), end, spaces)

    def interrupts(self, pos: int, end: int) -> bool:
        """Does this line start a block (so it cannot continue a paragraph lazily)?"""
        cols, k = self.indent(pos, end)
        if cols >= 4:
            return False
        src = self.src
        if src[k] == ">" or _FENCE.match(src, k, end) or _ATX.match(src, k, end) or _THEMATIC.match(src, k, end):
            return True
        m = _LIST_MARKER.match(src, k, end)
        if m and self.indent(m.end(), end)[1] < end:  # a next item ("2.") of a list being left
            return True
        return src[k] == "<" and any(start.match(src, k, end) for start, _ in _HTML_BLOCKS)

    def leaf_line(self, pos: int, end: int, nxt: int) -> None:
        src, leaf = self.src, self.leaf
        cols, k = self.indent(pos, end)
        if k == end:
            self.close_leaf()
            return
        if cols >= 4 and not isinstance(leaf, _Paragraph):
            self.close_leaf()
            self.leaf = _IndentedCode()
            return
        m = _FENCE.match(src, k, end)
        if m and not (m.group(1)[0] == "`" and "`" in m.group(2)):
            self.close_leaf()
            self.leaf = _Fence(m.group(1)[0], len(m.group(1)))
            return
        m = _ATX.match(src, k, end)
        if m:
            self.close_leaf()
            s, e = self.indent(m.end(), end)[1], self.trim(m.end(), end)
            close = _ATX_CLOSE.search(src, s, e)
            self.emit_inline([(s, close.start() if close else e)])
            return
        if isinstance(leaf, _Paragraph) and len(leaf.segments) == 1 and "|" in src[k:end]:
            first = leaf.segments[0]
            if "|" in src[first[0] : first[1]] and _TABLE_DELIMITER.match(src, k, end):
                self.leaf = None
                self.emit_row(*first)
                self.leaf = _Table()
                return
        if isinstance(leaf, _Paragraph) and _SETEXT.match(src, k, end):
            self.close_leaf()  # the paragraph was a heading; the underline is not prose
            return
        if _THEMATIC.match(src, k, end):
            self.close_leaf()
            return
        if src[k] == "<":
            started, stop = self.html_block_start(k, end)
            if started:
                self.close_leaf()
                self.leaf = _HtmlBlock(stop, [(k, nxt)])
                if stop is not None and stop.search(src, k, end):
                    self.close_leaf()
                return
        if isinstance(leaf, _Table):
            self.emit_row(k, self.trim(k, end))
            return
        if leaf is None and src[k] == "[":
            m = _REFERENCE.match(src, k, end)
            if m and not m.group(1).startswith("^"):
                return  # a link reference definition
            if m:
                k = self.indent(m.end(), end)[1]  # a footnote definition: its text is prose
        self.add_text(k, end)

    def html_block_start(self, k: int, end: int) -> tuple[bool, re.Pattern | None]:
        """Does an HTML block start at k? With the pattern that ends it (None: a blank line ends it)."""
        for start, stop in _HTML_BLOCKS:
            if start.match(self.src, k, end):
                return True, stop
        return bool(_HTML_BLOCK_7.match(self.src, k, end)) and not isinstance(self.leaf, _Paragraph), None

    def trim(self, start: int, end: int) -> int:
        while end > start and self.src[end - 1] in " \t":
            end -= 1
        return end

    def add_text(self, pos: int, end: int) -> None:
        start = self.indent(pos, end)[1]
        if not isinstance(self.leaf, _Paragraph):
            self.close_leaf()
            self.leaf = _Paragraph()
        self.leaf.segments.append((start, self.trim(start, end)))

    def close_leaf(self) -> None:
        leaf, self.leaf = self.leaf, None
        if isinstance(leaf, _Paragraph):
            self.emit_inline(leaf.segments)
        elif isinstance(leaf, _HtmlBlock):
            self.prose.block()
            html = HtmlText(self.prose)
            ranges = leaf.ranges
            start, stop = ranges[0]
            for s, e in ranges[1:]:  # feed contiguous lines at once, so a tag may span lines
                if s != stop:
                    html.feed(start, stop)
                    start = s
                stop = e
            html.feed(start, stop)
            self.prose.block()
        elif leaf is not None:
            self.prose.block()

    def emit_row(self, start: int, end: int) -> None:
        """A table row: each cell is a paragraph of its own."""
        src, cells, cell = self.src, [], start
        if src.startswith("|", start):
            cell = start + 1
        i = cell
        while i < end:
            if src[i] == "\\":
                i += 2
                continue
            if src[i] == "|":
                cells.append((cell, i))
                cell = i + 1
            i += 1
        if cell < end:
            cells.append((cell, end))
        for s, e in cells:
            s = self.indent(s, e)[1]
            e = self.trim(s, e)
            if s < e:
                self.emit_inline([(s, e)])

    # -- inlines --------------------------------------------------------------------------------

    def emit_inline(self, segments: list[tuple[int, int]]) -> None:
        """A block's lines (source spans) as one paragraph of prose, inline markup resolved."""
        src, parts, roff = self.src, [], []
        for n, (s, e) in enumerate(segments):
            if n:
                parts.append("\n")  # a soft line break, standing for the line end and the next line's indent
                roff.append(segments[n - 1][1])
            parts.append(src[s:e])
            roff.extend(range(s, e))
        if not roff:
            return
        roff.append(segments[-1][1])
        raw = "".join(parts)
        self.prose.block()
        pos = 0
        for a, b, text in sorted(_Inline(self, raw, roff).replacements(), key=lambda r: (r[0], -r[1])):
            if a < pos:
                continue  # inside a larger replacement (a footnote mark)
            self.emit_raw(raw, roff, pos, a)
            if text:
                self.prose.decoded(text, roff[a], roff[b] - roff[a])
            pos = b
        self.emit_raw(raw, roff, pos, len(raw))
        self.prose.block()

    def emit_raw(self, raw: str, roff: list[int], a: int, b: int) -> None:
        while a < b:
            nl = raw.find("\n", a, b)
            stop = b if nl < 0 else nl
            self.prose.verbatim(roff[a], roff[a] + stop - a)
            if nl < 0:
                return
            self.prose.decoded("\n", roff[nl], roff[nl + 1] - roff[nl])  # a soft line break
            a = nl + 1


class _Inline:
    """One block's inline markup, scanned left to right: the (start, end, replacement) spans of its raw text."""

    def __init__(self, parser: MarkdownText, raw: str, roff: list[int]):
        self.parser, self.raw, self.roff = parser, raw, roff
        self.reps: list[tuple[int, int, str]] = []
        self.brackets: list[list] = []  # [offset, is_image, active]
        self.delimiters: dict[str, list[tuple[int, int]]] = {"*": [], "_": [], "~": []}
        self.no_closer: dict[int, int] = {}  # backtick run length -> offset after which none exists
        self.comment_closed = True

    def replacements(self) -> list[tuple[int, int, str]]:
        raw, i, n = self.raw, 0, len(self.raw)
        while True:
            m = _SPECIAL.search(raw, i)
            if m is None:
                return self.reps
            j, c = m.start(), raw[m.start()]
            if c == "\\":
                i = self.escape(j)
            elif c == "`":
                i = self.code_span(j)
            elif c == "<":
                i = self.angle(j)
            elif c == "&":
                e = _MD_ENTITY.match(raw, j)
                value = decode_entity(e.group()) if e else None
                if value:
                    self.reps.append((j, e.end(), value))
                i = e.end() if value else j + 1
            elif c in "*_~":
                i = self.delimiter_run(j)
            elif c == "]":
                i = self.close_bracket(j)
            elif c in "[!":
                self.brackets.append([j, c == "!", True])
                i = m.end()
            else:
                i = self.bare_url(j, n)

    def escape(self, j: int) -> int:
        nxt = self.raw[j + 1 : j + 2]
        if nxt and nxt in _PUNCTUATION:
            self.reps.append((j, j + 2, nxt))
            return j + 2
        if nxt == "\n":
            self.reps.append((j, j + 1, ""))  # a hard line break
        return j + 1

    def code_span(self, j: int) -> int:
        raw, k = self.raw, j
        while k < len(raw) and raw[k] == "`":
            k += 1
        length = k - j
        if self.no_closer.get(length, len(raw) + 1) <= k:
            return k
        for m in _BACKTICKS.finditer(raw, k):
            if m.end() - m.start() == length:
                self.reps.append((j, m.end(), PLACEHOLDER))
                return m.end()
        self.no_closer[length] = k
        return k

    def angle(self, j: int) -> int:
        raw = self.raw
        if raw.startswith("<!--", j):
            close = raw.find("-->", j + 4) if self.comment_closed else -1
            if close < 0:
                self.comment_closed = False  # no later comment can close either
                return j + 1
            self.parser.prose.comment(raw[j : close + 3], self.roff[j])
            return self.drop(j, close + 3)
        m = _AUTOLINK.match(raw, j)
        if m:
            self.reps.append((j, m.end(), PLACEHOLDER))
            return m.end()
        m = _INLINE_TAG.match(raw, j)
        if m and re.match(r"<br\b", m.group(), re.I):
            self.reps.append((j, m.end(), "\n"))
            return m.end()
        return self.drop(j, m.end()) if m else j + 1

    def drop(self, start: int, end: int) -> int:
        """Remove raw HTML; with a space on both sides, one space goes too ("a <!-- x --> b" reads "a b")."""
        if self.raw[start - 1 : start] == " " and self.raw[end : end + 1] == " ":
            end += 1
        self.reps.append((start, end, ""))
        return end

    def delimiter_run(self, j: int) -> int:
        raw, c, k = self.raw, self.raw[j], j
        while k < len(raw) and raw[k] == c:
            k += 1
        before = raw[j - 1] if j else " "
        after = raw[k] if k < len(raw) else " "
        left = not after.isspace() and (not _is_punct(after) or before.isspace() or _is_punct(before))
        right = not before.isspace() and (not _is_punct(before) or after.isspace() or _is_punct(after))
        if c == "_":
            can_open, can_close = left and (not right or _is_punct(before)), right and (not left or _is_punct(after))
        else:
            can_open, can_close = left, right
        openers = self.delimiters[c]
        if can_close and openers:
            start, end = openers.pop()
            self.reps.append((start, end, ""))
            self.reps.append((j, k, ""))
        elif can_open:
            openers.append((j, k))
        return k

    def close_bracket(self, j: int) -> int:
        raw = self.raw
        if not self.brackets:
            return j + 1
        start, image, active = self.brackets.pop()
        if not active:
            return j + 1
        text = raw[start + 1 + image : j] if j - start <= 1000 else ""  # a longer text is no reference label
        end = None
        if raw.startswith("(", j + 1):
            end = _link_destination(raw, j + 1)
        elif raw.startswith("[", j + 1):
            close = raw.find("]", j + 2, j + 2 + 1000)
            if close > 0 and _label(raw[j + 2 : close] or text) in self.parser.labels:
                end = close + 1
        if end is None and text and _label(text) in self.parser.labels:
            if text.startswith("^"):  # a footnote mark: drop it whole
                self.reps.append((start, j + 1, ""))
                return j + 1
            end = j + 1
        if end is None:
            return j + 1
        self.reps.append((start, start + 1 + image, ""))
        self.reps.append((j, end, ""))
        if not image:
            for b in self.brackets:  # no link inside a link
                if not b[1]:
                    b[2] = False
        return end

    def bare_url(self, j: int, n: int) -> int:
        raw = self.raw
        end = _URL_BODY.match(raw, j).end()
        while end > j:
            last = raw[end - 1]
            if last in "?!.,:*_~'\";":
                end -= 1
            elif last == ")" and raw.count("(", j, end) < raw.count(")", j, end):
                end -= 1
            else:
                break
        if end - j <= len("www."):
            return j + 1
        self.reps.append((j, end, PLACEHOLDER))
        return end


def _link_destination(raw: str, k: int) -> int | None:
    """raw[k] == "(": the offset after an inline link's "(destination "title")", or None if there is none."""
    n = min(len(raw), k + _LINK_SCAN_LIMIT)
    i = _skip_space(raw, k + 1, n)
    if i < n and raw[i] == "<":
        close = raw.find(">", i + 1, n)
        if close < 0 or "\n" in raw[i:close] or "<" in raw[i + 1 : close]:
            return None
        i = close + 1
    else:
        depth = 0
        while i < n:
            c = raw[i]
            if c == "\\":
                i += 2
                continue
            if c.isspace() or ord(c) < 32:
                break
            if c == "(":
                depth += 1
                if depth > 32:  # as cmark: deeper nesting is no destination (and the scan stays short)
                    return None
            elif c == ")":
                if depth == 0:
                    break
                depth -= 1
            i += 1
        if depth:
            return None
    j = _skip_space(raw, i, n)
    if j < n and raw[j] in "\"'(" and j > i:
        close_char = ")" if raw[j] == "(" else raw[j]
        j += 1
        while j < n and raw[j] != close_char:
            j += 2 if raw[j] == "\\" else 1
        j = _skip_space(raw, j + 1, n)
    return j + 1 if j < n and raw[j] == ")" else None


def _skip_space(raw: str, i: int, n: int) -> int:
    while i < n and raw[i] in " \t\n":
        i += 1
    return i


def extract(source: str, path: str) -> Extract:
    return MarkdownText(source).run()
