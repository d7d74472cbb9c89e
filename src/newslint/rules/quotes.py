"""Rules of the quotes family: quotation marks that are missing, stray, foreign or misplaced (see STYLE.md)."""

from __future__ import annotations

import bisect

from ..diagnostics import Edit, Fix
from ..document import FOREIGN_MARKS, QUOTE_CHARS, Quotation, QuoteMark
from ..engine.registry import register
from ..engine.rule import Option, Rule
from ..lazy_regex import lazy, trie_regex

# The English mark that opens a quotation closed by each closing mark, and the reverse.
_OPENER_FOR = {"”": "“", '"': '"', "’": "‘", "'": "'"}
_CLOSER_FOR = {"“": "”", '"': '"', "‘": "’", "'": "'"}
_SPACES = " \u00a0\u202f\u2009"


def _words(text: str, start: int, end: int, count: int = 4, last: bool = False) -> str:
    words = text[start:end].split()
    return " ".join(words[-count:] if last else words[:count])


def _paragraph_quotations(doc, p) -> list[Quotation]:
    return [q for q in doc.quotations if q.paragraph == p.index]


@register
class UnopenedClosingQuote(Rule):
    """A closing quotation mark has no opening mark in its paragraph.

    ## Why
    Translation and editing drop the opening mark (French « lost, a paragraph split in two), and the
    reader cannot tell where the speaker's words begin. The fix opens the quotation where it most
    likely starts: at the start of the paragraph, after a lead-in colon, or after the previous quotation.
    ## Example
    We are determined to manage our differences responsibly,” he said.
    The talks were useful. We will meet again,” the minister said on Friday.
    ## Better
    “We are determined to manage our differences responsibly,” he said.
    He is 6'2" and weighs 90kg.
    ## Fix safety
    Unsafe: where the quotation opens is a guess; check it against the source.
    """

    code = "QT01"
    name = "unopened-closing-quote"
    category = "quotes"
    severity = "error"
    fixable = True

    def check(self, doc):
        text = doc.text
        for mark in doc.unmatched_closing:
            if mark.char not in _OPENER_FOR or (mark.char == '"' and text[mark.offset - 1 : mark.offset].isdigit()):
                continue  # foreign marks are QT03's; 12" is an inch mark
            p = doc.paragraph_at(mark.offset)
            start = _likely_opening(doc, p, mark)
            if _after_closed_attribution(doc, p, mark.offset):
                # `..., said Bill Ford."`: the mark closes nothing; it strayed past the attribution.
                cut = mark.offset - 1 if text[mark.offset - 1 : mark.offset] in _SPACES else mark.offset
                yield self.report(mark.offset, mark.offset + 1,
                                  f"Closing quotation mark {mark.char} after an attribution closes nothing",
                                  Fix.unsafe(f"Delete the stray {mark.char}", [Edit.delete(cut, mark.offset + 1)]))
                continue
            opener = _OPENER_FOR[mark.char]
            quoted = text[start:mark.offset]
            # No words to quote, or another mark right where it would open: any guess would feed the next pass.
            guessable = any(c.isalpha() for c in quoted) and quoted[:1] not in QUOTE_CHARS
            yield self.report(
                start, mark.offset + 1,
                f"Closing quotation mark {mark.char} has no opening mark in its paragraph; the quotation most likely"
                f" opens before '{_words(text, start, mark.offset)}'",
                Fix.unsafe(f"Open the quotation with {opener}", [Edit.insert(start, opener)]) if guessable else None)


# A lead-in that introduces a quotation: "He said: ", "Blinken told Wang: ".
_LEAD_IN_COLON = lazy(r":\s+(?=\S)")


def _likely_opening(doc, p, mark: QuoteMark) -> int:
    """Where a quotation closed at `mark` most likely opened: the paragraph start, or later.

    After an earlier quotation in the paragraph, it opens once that quotation's attribution or
    sentence is over; a quotation earlier in the same sentence with no attribution after it is a
    phrase inside this one. A lead-in colon moves the opening after it.
    """
    from ..speech import attributions

    text = doc.text
    start = p.start
    for q in _paragraph_quotations(doc, p):
        if q.end > mark.offset:
            break
        said = next((a for a in attributions(doc) if q.end <= a.start and a.end <= mark.offset), None)
        sentence = doc.sentence_at(q.end - 1)
        if said is not None:
            start = doc.sentence_at(said.start).end if doc.sentence_at(said.start).end < mark.offset else said.end
        elif sentence is not None and sentence.end < mark.offset:
            start = sentence.end
    for m in _LEAD_IN_COLON.finditer(text, start, mark.offset):
        if not doc.in_quotation(m.start()):
            start = m.end()
    # Narrative before the quotation stays out: the quotation takes in the mark's own sentence and
    # the sentences just before it that speak in the first or second person.
    sentences = [s for s in doc.sentences_in(p) if s.start < mark.offset]
    k = len(sentences) - 1
    while k > 0 and sentences[k - 1].start >= start and _PERSONAL.search(text, sentences[k - 1].start, sentences[k - 1].end):
        k -= 1
    if sentences and sentences[k].start > start:
        start = sentences[k].start
    while start < mark.offset and text[start] in " ,;\n\t\u00a0":
        start += 1
    return start


_PERSONAL = lazy(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e|[Yy]ou|[Yy]our)\b")


def _after_closed_attribution(doc, p, offset: int) -> bool:
    """True when the mark at offset follows an attribution whose quotation is already closed."""
    from ..speech import attributions

    text = doc.text
    for a in attributions(doc):
        if p.start <= a.start and a.end <= offset and not text[a.end : offset].strip(" .,"):
            return any(p.start <= q.end <= a.start and q.close is not None for q in _paragraph_quotations(doc, p))
    return False


@register
class UnclosedOpeningQuote(Rule):
    """An opening quotation mark is never closed.

    ## Why
    A quotation left open swallows the narrative that follows it. A paragraph may end inside a
    quotation only when the next paragraph opens with a quotation mark (the wire convention for
    quotations that run over several paragraphs).
    ## Example
    “We will not give in to pressure, the minister said.
    Blinken told Wang: “We look forward to clear and direct talks.
    ## Better
    “We will not give in to pressure,” the minister said.
    Blinken told Wang: “We look forward to clear and direct talks.”
    ## Fix safety
    Unsafe: the fix closes the quotation before the attribution that follows it, or at the end of
    the paragraph; check where the speaker's words end.
    """

    code = "QT02"
    name = "unclosed-opening-quote"
    category = "quotes"
    severity = "error"
    fixable = True

    def check(self, doc):
        from ..speech import attributions

        text = doc.text
        if not doc.unclosed_opening:
            return  # the usual case: nothing to report, nothing to prepare
        mark_offsets = [m.offset for m in doc.quote_marks]
        found = sorted(attributions(doc), key=lambda a: a.start)
        starts = [a.start for a in found]
        for mark in doc.unclosed_opening:
            if mark.level != "double" or mark.char not in _CLOSER_FOR:
                continue  # single marks are mostly elisions ('em, 'bot); foreign marks are QT03's
            p = doc.paragraph_at(mark.offset)
            i = bisect.bisect_right(mark_offsets, mark.offset)  # bisect: linear on 100,000 marks
            later = i < len(mark_offsets) and mark_offsets[i] < p.end
            trailing = None
            for a in found[bisect.bisect_right(starts, mark.offset):]:
                if a.start >= p.end:
                    break
                if a.shape == "trailing" and not doc.in_quotation(a.start):
                    trailing = a
                    break
            end = p.end
            if trailing is not None:
                end = p.start + len(text[p.start : trailing.start].rstrip())
                end = end - 1 if text[end - 1] in "\"”’'" else end  # a closing mark of another kind
            closer = _CLOSER_FOR[mark.char]
            fix = None if later else Fix.unsafe(f"Close the quotation with {closer}", [Edit.insert(end, closer)])
            where = f"before '{text[end:end + 12].strip()}'" if trailing is not None else "at the end of the paragraph"
            yield self.report(mark.offset, end,
                              f"Opening quotation mark {mark.char} is never closed; the quotation most likely ends {where}",
                              fix)


# Foreign marks and the English marks that replace them, by level.
_DOUBLE_OPEN, _DOUBLE_CLOSE, _SINGLE_OPEN, _SINGLE_CLOSE = "“", "”", "‘", "’"



@register
class ForeignQuotationMark(Rule):
    """A quotation mark from another language's typography is left in English copy (« », „ “, 「」).

    ## Why
    French, Russian, Italian and Spanish copy quote with guillemets (often with spaces inside),
    German with „ “ or » «, Chinese and Japanese with 「」 『』. English uses “ ” and ‘ ’. A mark with no
    partner (`competition. »`) is a leftover of a quotation that translation took apart.
    ## Example
    The minister called it « une provocation dangereuse ».
    „Wir schaffen das“, she said.
    He called it 「a turning point」 in relations.
    Xi said the two sides should avoid vicious competition. »
    ## Better
    The minister called it “a dangerous provocation”.
    “We can do this,” she said.
    ## Fix safety
    Paired marks: safe, the marks become “ ” (‘ ’ inside another quotation) and French inner spaces go.
    A stray mark: unsafe, the fix deletes it; check whether a quotation was meant.
    """

    code = "QT03"
    name = "foreign-quotation-mark"
    category = "quotes"
    severity = "warning"
    fixable = True

    def check(self, doc):
        text = doc.text
        if text.isascii():
            return  # every foreign mark is outside ASCII
        seen: set[int] = set()
        enclosing: list[Quotation] = []  # the quotations around q in its paragraph, innermost last
        for q in doc.quotations:  # sorted by start
            while enclosing and (enclosing[-1].end <= q.start or enclosing[-1].paragraph != q.paragraph):
                enclosing.pop()
            parent = enclosing[-1] if enclosing and q.end < enclosing[-1].end else None
            enclosing.append(q)
            if q.close is None or q.start != q.open:
                continue  # a quotation running over paragraphs: judged mark by mark below
            opening, closing = text[q.open], text[q.close]
            if opening not in FOREIGN_MARKS and closing not in FOREIGN_MARKS:
                continue
            seen.update((q.open, q.close))
            # 『』 and ‹› at the top level are plain quotations in English; inside a double quotation, single.
            single = q.depth > 0 and parent is not None and text[parent.open] in _DOUBLE_OPENERS
            new_open, new_close = (_SINGLE_OPEN, _SINGLE_CLOSE) if single else (_DOUBLE_OPEN, _DOUBLE_CLOSE)
            inner_start, inner_end = q.open + 1, q.close
            while inner_start < inner_end and text[inner_start] in _SPACES:
                inner_start += 1
            while inner_end > inner_start and text[inner_end - 1] in _SPACES:
                inner_end -= 1
            edits = [Edit(q.open, inner_start, new_open), Edit(inner_end, q.close + 1, new_close)]
            yield self.report(q.start, q.end,
                              f"Foreign quotation marks {opening} {closing} in English copy: use {new_open} {new_close}",
                              Fix.safe(f"Use {new_open} {new_close}", edits))
        for mark in doc.quote_marks:
            if mark.char not in FOREIGN_MARKS or mark.offset in seen:
                continue
            if mark.paired:
                # One end of a quotation that runs over paragraphs: convert the mark alone.
                new = _DOUBLE_OPEN if mark.role == "opening" else _DOUBLE_CLOSE
                yield self.report(mark.offset, mark.offset + 1,
                                  f"Foreign quotation mark {mark.char} in English copy: use {new}",
                                  Fix.safe(f"Use {new}", [Edit(mark.offset, mark.offset + 1, new)]))
                continue
            start, end = mark.offset, mark.offset + 1
            if mark.role != "opening":
                while start > 0 and text[start - 1] in _SPACES:
                    start -= 1  # "competition. »": the space before a French closing mark goes too
            else:
                while end < len(text) and text[end] in _SPACES:
                    end += 1
            yield self.report(mark.offset, mark.offset + 1,
                              f"Stray quotation mark {mark.char}: no quotation opens or closes with it",
                              Fix.unsafe(f"Delete the stray {mark.char}", [Edit.delete(start, end)]))


# The marks that open a quotation of the double level.
_DOUBLE_OPENERS = '"“”„«»「〝＂'


# Full-width punctuation (CJK typography) and the English text that replaces it.
_FULL_WIDTH = {"，": ", ", "。": ". ", "：": ": ", "；": "; ", "！": "! ", "？": "? ", "、": ", ",
               "（": " (", "）": ") ", "【": " [", "】": "] ", "《": " “", "》": "” ", "＇": "'"}
_FULL_WIDTH_RE = lazy("[" + "".join(_FULL_WIDTH) + "]")
_CJK = lazy(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


@register
class FullWidthPunctuation(Rule):
    """Full-width punctuation from Chinese or Japanese typography is left in English copy (，。：《》).

    ## Why
    Copy translated from Chinese or Japanese keeps full-width commas, stops, colons and title marks
    around the English words. They look like English punctuation with odd spacing, break search and
    sentence splitting, and 《》 should be quotation marks around a title.
    ## Example
    The talks were constructive，the ministry said.
    The article ran in 《People's Daily》 on Monday.
    ## Better
    The talks were constructive, the ministry said.
    The article ran in “People's Daily” on Monday.
    ## Fix safety
    Safe: each mark becomes its English counterpart with English spacing. Marks inside Chinese or
    Japanese text are left alone (that is untranslated text, not punctuation).
    """

    code = "QT04"
    name = "full-width-punctuation"
    category = "quotes"
    severity = "warning"
    fixable = True

    def check(self, doc):
        text = doc.text
        if text.isascii():
            return  # known without a look at the characters, unlike the regex's scan
        for m in _FULL_WIDTH_RE.finditer(text):
            i = m.start()
            if _CJK.match(text, i - 1) or _CJK.match(text, i + 1):
                continue  # punctuation of a Chinese or Japanese passage
            new = _FULL_WIDTH[m.group()]
            if new.startswith(" ") and (i == 0 or text[i - 1].isspace()):
                new = new.lstrip()
            if new.endswith(" ") and (i + 1 >= len(text) or text[i + 1].isspace() or text[i + 1] in ",.;:!?)]”"
                                      or text[i + 1] in _FULL_WIDTH):
                new = new.rstrip()
            yield self.report(i, i + 1, f"Full-width punctuation {m.group()} in English copy: use '{new.strip()}'",
                              Fix.safe(f"Use '{new.strip()}'", [Edit(i, i + 1, new)]))


_STRAIGHT = "\"'"
_CURLY = "“”‘’"
# How far either side of a quotation its story is taken to reach, in characters (about 350 words):
# a file may hold several stories, each in its own style.
_STORY_REACH = 2000


class _Counts:
    """Counts of sorted offsets in a range, by bisection."""

    def __init__(self, offsets: list[int]):
        self.offsets = offsets

    def between(self, lo: int, hi: int) -> int:
        return bisect.bisect_left(self.offsets, hi) - bisect.bisect_left(self.offsets, lo)


@register
class MixedQuoteStyles(Rule):
    """A story mixes straight ("...") and curly (“...”) quotation marks.

    ## Why
    Copy pasted from several sources, or edited in two tools, mixes the two styles; house style uses
    one. The story's majority style wins (curly on a tie).
    ## Example
    “We are ready,” he said. Officials called it "a breakthrough".
    ## Better
    “We are ready,” he said. Officials called it “a breakthrough”.
    "We are ready," he said. Officials called it "a breakthrough".
    ## Fix safety
    Safe: only the marks of a paired quotation change, each to its counterpart in the majority style.
    """

    code = "QT05"
    name = "mixed-quote-styles"
    category = "quotes"
    severity = "warning"
    fixable = True

    def check(self, doc):
        text = doc.text
        if text.isascii():
            return  # no curly mark
        straight, curly = _Counts([]), _Counts([])
        for m in doc.quote_marks:
            if m.paired:
                if m.char in _STRAIGHT:
                    straight.offsets.append(m.offset)
                elif m.char in _CURLY:
                    curly.offsets.append(m.offset)
        if not straight.offsets or not curly.offsets:
            return
        for q in doc.quotations:
            if q.close is None or q.start != q.open or text.startswith("''", q.open):
                continue
            # The story's style: the majority around the quotation (a file may hold several stories).
            lo, hi = q.start - _STORY_REACH, q.end + _STORY_REACH
            minority = _STRAIGHT if straight.between(lo, hi) <= curly.between(lo, hi) else _CURLY
            if text[q.open] not in minority or text[q.close] not in minority:
                continue
            single = text[q.open] in "'‘"
            if minority == _STRAIGHT:
                new_open, new_close = ("‘", "’") if single else ("“", "”")
            else:
                new_open = new_close = "'" if single else '"'
            majority = "curly" if minority == _STRAIGHT else "straight"
            yield self.report(q.start, q.end,
                              f"{'Straight' if minority == _STRAIGHT else 'Curly'} quotation marks in a story that"
                              f" uses {majority} ones: {text[q.open]}…{text[q.close]}",
                              Fix.safe(f"Use {new_open}…{new_close}", [Edit(q.open, q.open + 1, new_open),
                                                                         Edit(q.close, q.close + 1, new_close)]))


@register
class SameLevelNestedQuote(Rule):
    """A quotation inside a quotation uses the same marks as the one around it (“He said “no” to us”).

    ## Why
    A quotation inside a quotation takes the other level: single marks inside double ones (and double
    inside single in British style). With the same marks, the reader cannot tell where either ends.
    ## Example
    “They called it a “dangerous provocation” and left,” he said.
    ‘We heard him say ‘never’ twice,’ she said.
    ## Better
    “They called it a ‘dangerous provocation’ and left,” he said.
    ‘We heard him say “never” twice,’ she said.
    ## Fix safety
    Safe for curly marks, which show where each quotation opens and closes. With straight marks the
    pairing is a reading of the context: the finding is a note (info) and the fix unsafe.
    """

    code = "QT06"
    name = "same-level-nested-quote"
    category = "quotes"
    severity = "warning"
    fixable = True

    def check(self, doc):
        text = doc.text
        open_quotes: list[Quotation] = []
        for q in doc.quotations:  # sorted by start: a stack of the quotations that contain q
            while open_quotes and open_quotes[-1].end <= q.start:
                open_quotes.pop()
            parent = open_quotes[-1] if open_quotes else None
            open_quotes.append(q)
            if (parent is None or q.close is None or q.start != q.open or parent.paragraph != q.paragraph
                    or _level(text, q.open) != _level(text, parent.open) or text.startswith("''", q.open)):
                continue
            if q.open == parent.open + 1 and parent.close == q.close + 1:
                continue  # a doubled mark ('' or ""), not a quotation inside a quotation
            single = _level(text, q.open) == "single"
            straight = text[q.open] in _STRAIGHT
            if straight:
                new_open, new_close = ('"', '"') if single else ("'", "'")
            else:
                new_open, new_close = ("“", "”") if single else ("‘", "’")
            edits = [Edit(q.open, q.open + 1, new_open), Edit(q.close, q.close + 1, new_close)]
            fix = (Fix.unsafe if straight else Fix.safe)(f"Use {new_open}…{new_close} inside the quotation", edits)
            # Straight marks do not say which way they face: the nesting is a reading, reported as a note.
            yield self.report(q.start, q.end,
                              f"Quotation {_words(text, q.start, q.end, 6)} sits inside another quotation with the same"
                              f" marks: use {new_open}…{new_close}", fix, severity="info" if straight else None)


def _level(text: str, offset: int) -> str:
    """The level of the mark at offset ('' typed for " is a double mark)."""
    return "single" if text[offset] in "'‘’‚‛‹›『』" and not text.startswith("''", offset) else "double"


# Glyphs that face the wrong way, and the glyph each should be.
_TURNED = {"”": "“", "’": "‘", "“": "”", "‘": "’"}


@register
class ReversedQuotationMark(Rule):
    """A quotation opens with a closing glyph or closes with an opening one (“heated topic“, ”Yes”).

    ## Why
    Typing tools and copy from Chinese, Swedish or German sources leave marks facing the wrong way;
    in English copy a quotation opens with “ (‘) and closes with ” (’).
    ## Example
    Examinations have long been a “heated topic“ on campus.
    ”We are ready,” he said.
    ## Better
    Examinations have long been a “heated topic” on campus.
    „Wir schaffen das“, she said.
    ## Fix safety
    Safe: the mark is turned round; the quotation's words are not touched.
    """

    code = "QT08"
    name = "reversed-quotation-mark"
    category = "quotes"
    severity = "warning"
    fixable = True

    def check(self, doc):
        text = doc.text
        if text.isascii():
            return  # the glyphs that face a way are all outside ASCII
        for q in doc.quotations:
            if q.close is None or q.start != q.open:
                continue
            opening, closing = text[q.open], text[q.close]
            edits = []
            if opening in "”’":
                edits.append(Edit(q.open, q.open + 1, _TURNED[opening]))
            if closing in "“‘" and opening not in "„‚":  # „…“ is German, QT03's
                edits.append(Edit(q.close, q.close + 1, _TURNED[closing]))
            if edits:
                shown = "".join(e.text for e in edits[:1])
                yield self.report(q.start, q.end,
                                  f"Quotation mark facing the wrong way in {_words(text, q.start, q.end, 5)}",
                                  Fix.safe(f"Turn the mark round ({shown})" if len(edits) == 1 else "Turn the marks round",
                                           edits))


# Spellings that tell a British story from an American one (for the placement of commas and periods).
_BRITISH_WORDS = frozenset("""colour colours coloured favour favourite labour honour behaviour neighbour neighbours
    centre centres metre metres theatre programme programmes defence offence licence organise organised organising
    organisation organisations realise realised recognise recognised criticise criticised apologise apologised
    emphasise emphasised travelled cancelled cheque tyre tyres aluminium grey whilst amongst""".split())
_AMERICAN_WORDS = frozenset("""color colors colored favor favorite labor honor behavior neighbor neighbors center
    centers theater defense offense organize organized organizing organization organizations realize realized
    recognize recognized criticize criticized apologize apologized emphasize emphasized traveled canceled aluminum
    gray percent""".split())
# "Mr Smith", "1 July": British; "Mr. Smith", "July 1,": American. One scan finds both styles of each:
# the group after a title is "." only in the American form (the capital after it is only looked at, so
# that no match hides the next: "Mr. Mr Smith"); a date is British with a day before the month
# ("1 July"), American with one after it. Each pattern opens with a letter, so that a scan skips fast.
_TITLE_FORM = lazy(r"(?:M(?:rs?|s)|Dr)(\.?) (?=[A-Z])")
_MONTH = lazy(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
_DAY_AFTER = lazy(r" \d{1,2},")


def _spelling_vote(text: str) -> int:
    """Positive for a British-spelled story, negative for an American one."""
    words = set(_SPELLINGS.findall(b" " + text.encode("utf-8", "surrogatepass").lower()))
    titles = set(_TITLE_FORM.findall(text))  # "" (British), "." (American)
    british_form, american_form = "" in titles, "." in titles
    for m in _MONTH.finditer(text):
        i = m.start()
        british_form = british_form or (text[i - 1 : i] == " " and text[i - 2 : i - 1].isdecimal())  # \d
        american_form = american_form or _DAY_AFTER.match(text, m.end()) is not None
    british = len(words & _BRITISH_BYTES) + british_form + ("per cent" in text) + ("£" in text)
    american = len(words & _AMERICAN_BYTES) + american_form
    return british - american


# The words above where they make a whole run of ASCII letters, in any case: found in the UTF-8 bytes
# lowered (only ASCII letters change), by one scan that skips to the characters before a word.
_BRITISH_BYTES = frozenset(w.encode() for w in _BRITISH_WORDS)
_AMERICAN_BYTES = frozenset(w.encode() for w in _AMERICAN_WORDS)
_SPELLINGS = lazy(rb"[^a-z](" + trie_regex(sorted(_BRITISH_WORDS | _AMERICAN_WORDS)).encode() + rb")(?![a-z])")


_BRITISH_HOUSES = ("british", "bbc", "guardian", "uk", "economist", "times", "oxford", "logical")
_AMERICAN_HOUSES = ("ap", "american", "us", "reuters", "nyt", "chicago", "cp", "afp")


@register
class PunctuationOutsideQuote(Rule):
    """A comma or period sits outside the closing quotation mark (“provocation”.) where American style puts it inside.

    ## Why
    American (AP, Reuters, AFP English) style puts commas and periods inside the closing mark, always;
    French, Spanish, German and British copy put them outside unless they belong to the quotation.
    The finding is a warning when the house style is American or the same paragraph puts them inside,
    else a note (info); a British house style or British spelling silences it.
    ## Example
    China called the aid a “dangerous provocation”.
    The ministry said the talks were “constructive”, and left it there.
    ## Better
    China called the aid a “dangerous provocation.”
    The ministry said the talks were “constructive,” and left it there.
    ## Fix safety
    Safe: the comma or period moves inside the closing mark.
    """

    code = "QT07"
    name = "punctuation-outside-quote"
    category = "quotes"
    severity = "warning"
    fixable = True
    options = {"style": Option(str, "auto", "american, british, or auto: a house style named like \"british\" or"
                                            " \"bbc\" means British, one like \"ap\" or \"reuters\" American;"
                                            " else a story spelled the British way is left alone")}

    def check(self, doc):
        text = doc.text
        outside, inside = [], []  # closing marks with the punctuation after them / before them
        for q in doc.quotations:
            if q.close is None:
                continue
            last = text[q.close - 1]
            if last in ".," and _is_fragment(text, q):
                inside.append(q.close)  # "called it a “provocation.”": only American style does that
            after = text[q.close + 1 : q.close + 2]
            if after not in (",", ".") or text[q.close + 2 : q.close + 3].isalnum():
                continue  # ".com", ",000"
            if last in ".,!?…;:" or (text[q.close] == '"' and last.isdigit()):
                continue  # the quotation brings its own punctuation; 12".
            outside.append(q)
        american = self._american(doc) if outside else False
        if american is False:
            return
        inside_counts = _Counts(inside)
        for q in outside:
            # A warning under an American house style, or when the same paragraph places them inside;
            # otherwise outside placement may be the writer's (British or wire) style: a note.
            para = doc.paragraph_at(q.close)
            mixed_here = para is not None and inside_counts.between(para.start, para.end)
            severity = None if american or mixed_here else "info"
            after, close = text[q.close + 1], text[q.close]
            yield self.report(q.close, q.close + 2,
                              f"'{after}' after the closing mark {close}: American style puts it inside",
                              Fix.safe(f"Move '{after}' inside the quotation", [Edit(q.close, q.close + 2, after + close)]),
                              severity=severity)

    def _american(self, doc) -> bool | None:
        """True: American style is the house style; False: British; None: unknown, the story is American-spelled."""
        style = self.opts.style.lower()
        if style in ("american", "british"):
            return style == "american"
        houses = [h.lower() for h in getattr(self.config, "house_style", ()) or ()]
        if any(h.startswith(_BRITISH_HOUSES) for h in houses):
            return False
        if any(h.startswith(_AMERICAN_HOUSES) for h in houses):
            return True
        return None if _spelling_vote(doc.text) <= 0 else False


def _is_fragment(text: str, q: Quotation) -> bool:
    """A quotation that is a phrase inside the sentence: a word, not a lead-in, comes right before it."""
    before = text[max(0, q.start - 2) : q.start]
    return len(before) == 2 and before[1] == " " and before[0].isalpha()
