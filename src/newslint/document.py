"""The document model: built once per file, read by every rule, never re-tokenised by a rule.

Offsets are indices into `Document.text` (code points), half-open; lines and columns are
derived only at output time through `LineIndex`.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from typing import NamedTuple

from .lazy_regex import lazy

# ---------------------------------------------------------------------------------------------
# Lines


class LineIndex:
    """Offset <-> 1-based (line, column) in characters; a line ends after "\\n"."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.length = len(text)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        return self.starts[line - 1] + column - 1


# ---------------------------------------------------------------------------------------------
# Units


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


# Quotation-mark roles
OPENING, CLOSING, AMBIGUOUS = "opening", "closing", "ambiguous"

DOUBLE_MARKS = '"“”„‟«»「」〝〞＂'
SINGLE_MARKS = "'‘’‚‛‹›『』"
QUOTE_CHARS = DOUBLE_MARKS + SINGLE_MARKS
ENGLISH_MARKS = "\"'“”‘’"
FOREIGN_MARKS = "„‚«»‹›「」『』〝〞＂‟‛"
INTRINSIC_OPENING = "“‘„‚«‹「『〝‟‛"
INTRINSIC_CLOSING = "”’»›」』〞"
# Which closing marks may end a quotation opened by a given mark (German „…“ and »…« included).
CLOSERS = {
    "“": "”\"“", "„": "“”\"", "«": "»", "»": "«", "「": "」", "『": "』", '"': '"”“', "〝": "〞＂",
    "‘": "’'‘", "‚": "‘’'", "‹": "›", "›": "‹", "'": "'’", "‟": "”\"", "‛": "’'", "＂": "＂",
    "”": "”\"", "’": "’'",  # a quotation opened (wrongly, or in Swedish style) with a closing glyph
}


@dataclass(slots=True)
class QuoteMark:
    offset: int
    char: str
    role: str  # opening | closing | ambiguous (as read from its context)
    level: str  # "double" or "single"
    paired: bool = False
    maybe_apostrophe: bool = False  # "countries’ " : a quotation mark only if a single quotation is open


class Quotation(NamedTuple):
    """A quoted span from its opening mark to its closing mark (inclusive), in one paragraph.

    A quotation that runs on into the next paragraph under the wire convention has
    `close` None and `continues` True; its span ends with the paragraph. Its piece in a later
    paragraph that has no opening mark of its own starts at that paragraph's start (`open` still
    names the mark that opened it).

    A named tuple: quicker to make than a frozen dataclass, and the garbage collector stops
    tracking it (it holds only numbers), which matters on text with 100,000s of quotations.
    """

    open: int
    close: int | None
    start: int
    end: int
    paragraph: int
    depth: int
    continues: bool = False

    @property
    def inner(self) -> tuple[int, int]:
        """The quoted words, marks excluded."""
        return self.start + (self.start == self.open), (self.end - 1 if self.close is not None else self.end)


# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen sen rep gov lt col sgt capt maj cmdr adm st jr sr prof rev hon pres
    supt insp det cpl pvt messrs mme mlle sra no nos vs v fig approx dept est ft mt ave blvd
    jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e u.s u.k u.n e.u u.s.s.r ph.d""".split()
)
# Abbreviations that may also end a sentence: a boundary only before a capital letter.
SOMETIMES_FINAL = frozenset("inc corp co ltd etc plc llc bros d.c p.m a.m a.d b.c".split())

_PARAGRAPH_BREAK = lazy(r"\n[ \t\r\f\v]*\n\s*")
# End punctuation, the closing marks that belong to it (French spacing included), the gap, the next char.
# One pattern per end mark, led by that mark: a literal scans many times faster than a class like [.!?…].
# The look-behind starts each match where its run of end punctuation starts ("?!", "..."), as the
# single class-led pattern would.
_END_MARKS = ".!?…"
_BOUNDARY_AFTER_MARK = r"[.!?…]*)((?:[\"”’'»›」』)\]]|“(?=\s)|[ \u00a0\u202f][»›](?=\s))*)(\s+)(?=(\S))"
_BOUNDARIES = {mark: lazy(f"({re.escape(mark)}(?<![.!?…]{re.escape(mark)})" + _BOUNDARY_AFTER_MARK)
               for mark in _END_MARKS}
_match_start = re.Match.start
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ABBREVIATION_CHARS = _ASCII_LETTERS | {"."}


def _word_before(text: str, lo: int, end: int) -> str:
    """The abbreviation-like word ("Mr", "U.S", "F") ending at `end`, looking back no further than `lo`.

    A loop over a few characters: a regex search anchored at the end tries every start in the window.
    """
    if end <= lo or text[end - 1] not in _ASCII_LETTERS:
        return ""
    start = end - 1
    while start > lo and text[start - 1] in _ABBREVIATION_CHARS:
        start -= 1
    return text[start:end].lstrip(".")
_TOKEN = lazy(r"(?:[A-Z]\.){2,}|[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)


class Document:
    """Text plus its structure. Heavy parts are computed on first use and then shared."""

    def __init__(self, text: str, path: str = "<text>", masked: str | None = None):
        # `masked` is the same text with non-prose (markup, code) blanked out, offset for offset.
        self.source = text
        self.text = masked if masked is not None else text
        self.path = path
        self._memo: dict = {}

    # -- shared, lazily built analyses ---------------------------------------------------------

    def cached(self, key, build):
        """Memoise an analysis that several rules read (build(doc) runs once per document)."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = build(self)
            return value

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.source)

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        text, out, pos = self.text, [], 0
        breaks = list(_PARAGRAPH_BREAK.finditer(text))
        if not breaks and text.count("\n") > 1:
            # No blank lines at all: treat each line as a paragraph (one-paragraph-per-line copy).
            breaks = list(re.finditer(r"\n\s*", text))
        for m in breaks + [None]:
            start, end = pos, (m.start() if m else len(text))
            if text[start : start + 1].isspace() or text[end - 1 : end].isspace():
                # White space at an end (the text's start, spaces before a break): strip it. Not a
                # copy of every paragraph: a break's `\s*` leaves none at a later paragraph's start.
                seg = text[start:end]
                start, end = pos + len(seg) - len(seg.lstrip()), pos + len(seg.rstrip())
            if end > start:
                out.append(Paragraph(len(out), start, end))
            if m:
                pos = m.end()
        return out

    def paragraph_text(self, p: Paragraph) -> str:
        return self.text[p.start : p.end]

    def paragraph_at(self, offset: int) -> Paragraph | None:
        starts = self._paragraph_starts
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset <= self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @cached_property
    def sentences(self) -> list[Sentence]:
        out = []
        found = self._boundary_candidates()
        m = next(found, None)
        for p in self.paragraphs:
            start = p.start
            while m is not None and m.start() < p.end:
                # A match that runs on past the paragraph (a paragraph-final ".") ends no sentence in it:
                # within the paragraph alone the pattern fails there, or, at most, it stops before a
                # closing » or › that ends the paragraph ("competition. »"), which is no boundary either.
                if m.end() < p.end and self._ends_sentence(m, p):
                    out.append(Sentence(start, m.end(2), p.index))
                    start = m.end()
                m = next(found, None)
            if start < p.end:
                out.append(Sentence(start, p.end, p.index))
        return out

    def sentences_in(self, p: Paragraph) -> list[Sentence]:
        lo = bisect.bisect_left(self._sentence_starts, p.start)
        hi = bisect.bisect_left(self._sentence_starts, p.end)
        return self.sentences[lo:hi]

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset <= self.sentences[i].end:
            return self.sentences[i]
        return None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def _boundary_candidates(self) -> Iterator[re.Match]:
        """Every match of a boundary pattern in the whole text, in order: one scan per document, not
        one per paragraph. (A match never starts in one paragraph and takes in another's words.)"""
        text = self.text
        scans = [_BOUNDARIES[mark].finditer(text) for mark in _END_MARKS if mark == "." or mark in text]
        return scans[0] if len(scans) == 1 else heapq.merge(*scans, key=_match_start)

    def _ends_sentence(self, m: re.Match, p: Paragraph) -> bool:
        """Whether a boundary-pattern match inside paragraph p ends a sentence."""
        text, stop = self.text, p.end
        punct, closers, nxt = m.group(1), m.group(2), m.group(4)
        if not (nxt.isalnum() or nxt in QUOTE_CHARS or nxt in "([¿¡"):
            return False  # ". , he said": punctuation, not a new sentence
        after = m.end() + 1
        if nxt in INTRINSIC_CLOSING and not (after < stop and text[after].isalnum()):
            return False  # "competition. »": a detached closing mark ends this sentence
        if punct[0] in "?!…" or punct.startswith(".."):
            if nxt.islower():
                return False  # "...spiral?" he asked / "What now? he asked" / an ellipsis mid-sentence
        elif punct == "." and not closers:
            word = _word_before(text, max(p.start, m.start() - 40), m.start())
            if len(word) == 1 and word.isupper():
                return False  # an initial: "John F. Kennedy"
            base = word.lower()
            if base in ABBREVIATIONS or (base in SOMETIMES_FINAL and not nxt.isupper()):
                return False
        return True

    @cached_property
    def one_sentence_paragraphs(self) -> bool:
        """True for copy laid out one sentence per paragraph (translation segments), not in real paragraphs."""
        paragraphs = self.paragraphs
        if len(paragraphs) < 5:
            return False
        longer = sum(1 for p in paragraphs if len(self.sentences_in(p)) > 1)
        return longer <= 0.15 * len(paragraphs)

    @cached_property
    def tokens(self) -> list[Token]:
        return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(self.text)]

    def tokens_between(self, start: int, end: int) -> list[Token]:
        starts = self._token_starts
        return self.tokens[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    # -- quotation marks --------------------------------------------------------------------

    @property
    def quote_marks(self) -> list[QuoteMark]:
        """Every quotation mark in reading order (apostrophes, primes and inch marks left out), paired."""
        return self._quote_analysis[3]  # after pairing, which sets each mark's `paired`

    @cached_property
    def _marks(self) -> list[QuoteMark]:
        text, n, out = self.text, len(self.text), []
        skip = -1
        for i in _quote_char_offsets(text):
            ch = text[i]
            if i == skip:
                continue
            prev = text[i - 1] if i else "\n"
            nxt = text[i + 1] if i + 1 < n else "\n"
            maybe = False
            if ch == "'" and nxt == "'":
                # '' typed for ": one double mark (its char is '"'; the text keeps both apostrophes).
                skip, ch = i + 1, '"'
                nxt = text[i + 2] if i + 2 < n else "\n"
                if prev.isalnum() and nxt.isalnum():
                    continue  # company''s: a doubled apostrophe
            elif ch in "'’":
                if _is_apostrophe(text, i, prev, nxt):
                    continue
                # "the countries’ leaders", "Dunkin' Donuts": an apostrophe unless it closes an open single quote.
                maybe = prev.isalpha() and not nxt.isalnum() and i >= 2 and not text[i - 2].isspace()
            elif ch == '"':
                if prev.isalnum() and (_is_misused_apostrophe(text, i, prev) or _is_inch_mark(text, i, prev)):
                    continue  # (both need a letter or a digit before the mark)
                # "the Philippines" debt": a double mark typed for a plural possessive, unless it closes.
                maybe = prev in "sS" and nxt == " " and i >= 2 and text[i - 2].isalpha()
            level = "double" if ch in DOUBLE_MARKS else "single"
            out.append(QuoteMark(i, ch, _role(ch, prev, nxt), level, maybe_apostrophe=maybe))
        return out

    @cached_property
    def _quote_analysis(self):
        return _pair_quotes(self)

    @property
    def quotations(self) -> list[Quotation]:
        return self._quote_analysis[0]

    @property
    def unmatched_closing(self) -> list[QuoteMark]:
        """Closing marks with no opening mark before them in their paragraph."""
        return self._quote_analysis[1]

    @property
    def unclosed_opening(self) -> list[QuoteMark]:
        """Opening marks never closed (the multi-paragraph convention already allowed for)."""
        return self._quote_analysis[2]

    @cached_property
    def _quoted_intervals(self) -> tuple[list[int], list[int]]:
        starts: list[int] = []
        ends: list[int] = []
        for q in self.quotations:  # sorted by start
            if ends and q.start <= ends[-1]:
                ends[-1] = max(ends[-1], q.end)
            else:
                starts.append(q.start)
                ends.append(q.end)
        return starts, ends

    def in_quotation(self, start: int, end: int | None = None) -> bool:
        """True when [start, end) lies inside a quotation (marks included)."""
        end = start + 1 if end is None else end
        starts, ends = self._quoted_intervals
        i = bisect.bisect_right(starts, start) - 1
        return i >= 0 and end <= ends[i]

    def overlaps_quotation(self, start: int, end: int) -> bool:
        starts, ends = self._quoted_intervals
        i = bisect.bisect_right(starts, end - 1) - 1
        return i >= 0 and ends[i] > start

    # -- helpers rules share ------------------------------------------------------------------

    def position(self, offset: int) -> tuple[int, int]:
        return self.lines.position(offset)


# One pattern per quotation-mark character, led by that character (a literal scans many times faster
# than a class); an apostrophe with a letter or digit on both sides (China's, don't), by far the most
# common case, is left out by the pattern (`_marks` would skip it).
_QUOTE_CHAR = {ch: lazy(re.escape(ch) + (rf"(?!(?<=[^\W_]{ch})[^\W_])" if ch in "'’" else "")) for ch in QUOTE_CHARS}


def _quote_char_offsets(text: str) -> list[int]:
    """Offsets of the quotation-mark characters in text, in order (in-word apostrophes left out)."""
    found = [m.start() for ch in QUOTE_CHARS if ch in text for m in _QUOTE_CHAR[ch].finditer(text)]
    found.sort()
    return found


_OPEN_CONTEXT = set(" \t\n\r([{—–-/\u00a0\u202f\u2009") | set(QUOTE_CHARS)
_CANNOT_FOLLOW_OPENING = set(" \t\n\r,.;:!?)]}…")  # "« Bonjour », dit-il": the » closes
_CLOSE_CONTEXT = set(" \t\n\r)]}.,;:!?—–-/…\u00a0\u202f\u2009") | set(QUOTE_CHARS)


def _role(ch: str, prev: str, nxt: str) -> str:
    left = prev in _OPEN_CONTEXT and nxt not in _CANNOT_FOLLOW_OPENING  # flanks a word on its right
    right = nxt in _CLOSE_CONTEXT and prev not in " \t\n\r"  # flanks a word on its left
    if left and not right:
        return OPENING
    if right and not left:
        return CLOSING
    if nxt in "\n\r" and prev not in "\n\r":
        return CLOSING  # nothing follows it in the paragraph: it can only close ("...around it. “")
    # Spaced French marks (« Bonjour ») or marks between words: trust the glyph when it has a direction.
    if ch in INTRINSIC_OPENING:
        return OPENING
    if ch in INTRINSIC_CLOSING:
        return CLOSING
    return AMBIGUOUS


def _is_apostrophe(text: str, i: int, prev: str, nxt: str) -> bool:
    if prev.isalnum() and nxt.isalnum():
        return True  # China's, don't, the middle of rock ’n’ roll
    if nxt.isdigit() and text[i + 1 : i + 3].isdigit() and not prev.isalnum():
        return True  # ’90s, '24
    if text[i + 1 : i + 3] in ("n’", "n'") or (prev == "n" and i >= 2 and text[i - 2] in "’'"):
        return True  # ’n’
    if prev.isdigit() and _INCHES_AFTER.match(text, i + 1):
        return True  # the foot mark in 5' 10"
    if prev in "ODLdl" and nxt == " " and (i < 2 or not text[i - 2].isalnum()) and text[i + 2 : i + 3].isupper():
        return True  # a name particle set apart: Rory O' Neill, D' Souza
    return False


# A contraction or possessive ending after a letter: Indonesia"s, don"t (a straight double mark typed for "'").
_CONTRACTION_AFTER = lazy(r"(?:s|t|ll|re|ve|d|m)(?![^\W_])", re.IGNORECASE)
# Feet and inches before the mark: 6'2", 5’ 11" (the mark is an inch sign).
_FEET_BEFORE = lazy(r"\d['’′] ?\d{1,2}(?:\.\d+)?$")
_INCHES_AFTER = lazy(r" ?\d{1,2}(?:\.\d+)?[\"”″]")


def _is_misused_apostrophe(text: str, i: int, prev: str) -> bool:
    return prev.isalpha() and _CONTRACTION_AFTER.match(text, i + 1) is not None


def _is_inch_mark(text: str, i: int, prev: str) -> bool:
    return prev.isdigit() and _FEET_BEFORE.search(text, max(0, i - 8), i) is not None


# Sentence-final punctuation (and any closing marks after it), then the space before a new mark.
_SENTENCE_END_BEFORE = lazy(r"[.!?…][\"”’'»)\]]*\s+$")
# How far a quotation may run on over paragraphs that carry no quotation mark at all (one-sentence
# segments, as in translated copy laid out sentence by sentence) before its closing mark.
_MAX_RUN_ON = 8


def _pair_quotes(doc: Document):
    """Pair marks paragraph by paragraph with a stack and apply the multi-paragraph conventions.

    - Wire convention: a paragraph may end inside a quotation when the next one opens with a mark.
    - The same, with the paragraph break lost: an opening mark after a sentence end while a mark
      of its level is open reopens the quotation (`...Olympics. "The amber light...`).
    - Copy laid out one sentence per paragraph (translation segments): a quotation left open may
      close in a later paragraph when the paragraphs between carry no quotation mark of its level.
      In copy with real paragraphs that is a defect (each paragraph of a quotation reopens it).
    """
    text = doc.text
    quotations: list[Quotation] = []
    unmatched: list[QuoteMark] = []
    unclosed: list[QuoteMark] = []
    marks = doc._marks
    paragraphs = doc.paragraphs
    offsets = [m.offset for m in marks]
    bounds = [bisect.bisect_left(offsets, p.start) for p in paragraphs] + [len(marks)]
    carried: list[QuoteMark] = []  # quotations running on from an earlier paragraph without a new mark
    for p in paragraphs:
        lo, hi = bounds[p.index], bounds[p.index + 1]
        if lo == hi and not carried:
            continue  # no mark and nothing open: nothing to pair (most paragraphs)
        paired = _pair_paragraph(text, p, marks[lo:hi], carried)
        quotations += paired.quotations
        unmatched += paired.unmatched
        unclosed += paired.unclosed
        stack, carried = paired.stack, []
        if not stack:
            continue
        # Still open at the paragraph end: fine when the next paragraph resumes the quotation.
        nxt = paragraphs[p.index + 1] if p.index + 1 < len(paragraphs) else None
        resumes = nxt is not None and text[nxt.start] in QUOTE_CHARS and _role(
            text[nxt.start], " ", text[nxt.start + 1 : nxt.start + 2] or " ") != CLOSING
        outer = stack[0]
        if resumes:
            unclosed.extend(stack[1:])
        elif doc.one_sentence_paragraphs and _closes_later(text, stack, paragraphs, p.index, marks, bounds):
            carried = stack
        else:
            unclosed.extend(stack)
            continue
        outer.paired = True
        quotations.append(_piece(outer, None, p, p.end, 0, continues=True))
    unmatched.sort(key=_offset)
    unclosed.sort(key=_offset)
    quotations.sort(key=_start)
    return quotations, unmatched, unclosed, marks


_offset = attrgetter("offset")  # of a QuoteMark
_start = attrgetter("start")  # of a Quotation


@dataclass(slots=True)
class _Paired:
    quotations: list[Quotation]
    unmatched: list[QuoteMark]
    unclosed: list[QuoteMark]
    stack: list[QuoteMark]  # still open at the paragraph end, outermost first


def _pair_paragraph(text: str, p: Paragraph, marks: list[QuoteMark], carried: list[QuoteMark],
                    dry_run: bool = False) -> _Paired:
    """Pair one paragraph's marks; `carried` are quotations already open when it starts."""
    out = _Paired([], [], [], list(carried))
    stack = out.stack
    for mark in marks:
        top = _top_of_level(stack, mark.level)
        closes = top is not None and mark.char in CLOSERS.get(top.char, "")
        if mark.maybe_apostrophe and not closes:
            continue  # a plural possessive after all
        if top is not None and mark.role == OPENING and _SENTENCE_END_BEFORE.search(
                text, max(p.start, mark.offset - 64), mark.offset):  # a bounded look-back: linear
            # The paragraph break was lost: the earlier quotation runs on into this one.
            while stack[-1] is not top:
                out.unclosed.append(stack.pop())
            stack.pop()
            end = p.start + len(text[p.start : mark.offset].rstrip())  # not text[:offset]: quadratic
            out.quotations.append(_piece(top, None, p, end, len(stack), continues=True))
            stack.append(mark)
            if not dry_run:
                top.paired = True
        elif closes and mark.role != OPENING:
            while stack[-1] is not top:  # an inner quotation left open inside this one
                out.unclosed.append(stack.pop())
            stack.pop()
            end = mark.offset + (2 if text.startswith("''", mark.offset) else 1)
            out.quotations.append(_piece(top, mark.offset, p, end, len(stack)))
            if not dry_run:
                top.paired = mark.paired = True
        elif mark.role == CLOSING:
            out.unmatched.append(mark)
        else:
            stack.append(mark)
    return out


def _piece(opening: QuoteMark, close: int | None, p: Paragraph, end: int, depth: int,
           continues: bool = False) -> Quotation:
    """The part of a quotation that lies in paragraph p (it starts at p's start when it runs on)."""
    start = opening.offset if p.start <= opening.offset < p.end else p.start
    return Quotation(opening.offset, close, start, end, p.index, depth, continues)


def _closes_later(text: str, stack: list[QuoteMark], paragraphs: list[Paragraph], index: int,
                  marks: list[QuoteMark], bounds: list[int]) -> bool:
    """True when a later paragraph closes the open quotation and those between leave its level alone."""
    outer = stack[0]
    for p in paragraphs[index + 1 : index + 1 + _MAX_RUN_ON]:
        own = marks[bounds[p.index] : bounds[p.index + 1]]
        if not any(m.level == outer.level for m in own):
            continue
        paired = _pair_paragraph(text, p, own, stack, dry_run=True)
        return outer not in paired.stack and not any(m.level == outer.level for m in paired.stack)
    return False


def _top_of_level(stack: list[QuoteMark], level: str) -> QuoteMark | None:
    for mark in reversed(stack):
        if mark.level == level:
            return mark
    return None
