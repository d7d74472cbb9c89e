"""Rules of the typography family: spacing and punctuation that translation and pasting leave behind.

Inside quotation marks the words are the speaker's, but the marks are the writer's: these rules still
report there, at info severity.

Speed: every pattern opens with a literal or a character class (which the regex engine scans for fast);
what must hold before a match is checked in Python afterwards, not with a leading look-behind. Each
rule first checks, cheaply, that the text holds what any finding needs, and skips its scan over copy that
does not (clean copy, the usual case): `in` on a character (memchr speed; instant for a character the
text's storage cannot hold), `str.isascii()`, or the pairs such as " ?" and ",," that one literal-led scan
per mark finds once per document for TY01, TY03 and TY04.
"""

from __future__ import annotations

import re

from ..diagnostics import Edit, Fix
from ..engine.registry import register
from ..engine.rule import Option, Rule
from ..lazy_regex import lazy

# Spaces that are not the plain space: no-break, narrow no-break, thin, figure, en/em, ideographic, zero-width.
ODD_SPACES = "\u00a0\u202f\u2009\u2007\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u3000\u200b\ufeff"
_SPACE_NAMES = {"\u00a0": "no-break space", "\u202f": "narrow no-break space", "\u2009": "thin space",
                "\u2007": "figure space", "\u200a": "hair space", "\u3000": "ideographic space",
                "\u200b": "zero-width space", "\ufeff": "zero-width no-break space"}
_CLOSERS = "\"”’'»)"


# A mark after a space or after a mark: what TY01, TY03 and TY04 need before they scan for anything.
_MARKS = ",.;:!?"
_BEFORE_MARKS = " \t\u00a0\u202f\u2009" + _MARKS
# One pattern per mark: opening with the literal mark and looking behind from there, it scans at memchr speed.
_MARK_AFTER = tuple((m, lazy(f"{re.escape(m)}(?<=[{re.escape(_BEFORE_MARKS)}]{re.escape(m)})")) for m in _MARKS)


def _mark_pairs(doc) -> frozenset[str]:
    """Every pair in the text of a space or mark then a mark (" ?", ",.", ".."), found once per document."""
    text = doc.text
    return frozenset(text[m.start() - 1 : m.end()] for mark, pattern in _MARK_AFTER if mark in text
                     for m in pattern.finditer(text))


def _has_pair(doc, pairs: frozenset[str]) -> bool:
    return not pairs.isdisjoint(doc.cached("typography.mark-pairs", _mark_pairs))


def _quiet_in_quotes(doc, start: int, end: int) -> str | None:
    """Info severity inside a quotation (the speaker's text), the rule's own severity elsewhere."""
    return "info" if doc.in_quotation(start, max(end, start + 1)) else None


# ---------------------------------------------------------------------------------------------
# TY01: French spacing before ? ! : ;

_MARK_SPACES = " \u00a0\u202f\u2009"
_SPACE_BEFORE_MARK = lazy(rf"([{_MARK_SPACES}]+)([?!:;]+)(?=\s|$|[\"”’»)])")
_SPACED_MARKS = frozenset(space + mark for space in _MARK_SPACES for mark in "?!:;")


def _after_text(text: str, i: int) -> bool:
    """Something other than white space stands before offset i (not the start of a line)."""
    return i > 0 and not text[i - 1].isspace()


@register
class SpaceBeforePunctuation(Rule):
    """A space before ? ! : or ; (French typography left in English copy).

    ## Why
    French sets a (thin or no-break) space before high punctuation; English sets none. The space
    is the most common trace of copy translated from French.
    ## Example
    Will the talks resume ? Nobody knows.
    The minister said : "We will not give in."
    ## Better
    Will the talks resume? Nobody knows.
    The minister said: "We will not give in."
    The match ended 2 - 1; the crowd left at 10:30.
    ## Fix safety
    Safe: the fix deletes the space.
    """

    code = "TY01"
    name = "space-before-punctuation"
    category = "typography"
    severity = "warning"
    fixable = True

    def check(self, doc):
        text = doc.text
        if not _has_pair(doc, _SPACED_MARKS):
            return
        for m in _SPACE_BEFORE_MARK.finditer(text):
            if not _after_text(text, m.start()):
                continue
            space, mark = m.group(1), m.group(2)
            fix = Fix.safe(f"Delete the space before '{mark}'", [Edit.delete(m.start(1), m.end(1))])
            yield self.report(m.start(), m.end(), f"Space before '{mark}' (French spacing): '{space}{mark}'", fix,
                              severity=_quiet_in_quotes(doc, m.start(), m.end()))


# ---------------------------------------------------------------------------------------------
# TY02: no-break, thin and other unusual spaces

_ODD_SPACE = lazy(f"[{ODD_SPACES}]+")
_DIGIT_GROUP = lazy(r"\d{3}(?!\d)")


@register
class UnusualSpace(Rule):
    """A no-break, thin, ideographic or zero-width space in running text.

    ## Why
    French, Russian and Chinese copy use these spaces (before punctuation, between digit groups,
    after guillemets); pasted into English copy they break search, line wrapping and counts.
    ## Example
    The army deployed 10\u202f000 troops.
    Talks\u00a0resumed on Friday.
    ## Better
    The army deployed 10,000 troops.
    Talks resumed on Friday.
    ## Fix safety
    Safe: a space between digit groups becomes a comma, a zero-width space is deleted, any other
    becomes a plain space.
    """

    code = "TY02"
    name = "unusual-space"
    category = "typography"
    severity = "warning"
    fixable = True

    def check(self, doc):
        text = doc.text
        if text.isascii() or not any(c in text for c in ODD_SPACES):
            return
        for m in _ODD_SPACE.finditer(text):
            start, end = m.start(), m.end()
            if _SPACE_BEFORE_MARK.match(text, start) and _after_text(text, start):
                continue  # TY01 reports the space before high punctuation
            found = m.group()
            kind = _SPACE_NAMES.get(found[0], "unusual space")
            if set(found) <= {"\u200b", "\ufeff"}:
                wanted, title = "", f"Delete the {kind}"
            elif start and text[start - 1].isdigit() and _DIGIT_GROUP.match(text, end):
                wanted, title = ",", "Separate the thousands with a comma"
            else:
                wanted, title = " ", "Use a plain space"
            fix = Fix.safe(title, [Edit(start, end, wanted)])
            yield self.report(start, end, f"{kind[0].upper()}{kind[1:]} in the text (U+{ord(found[0]):04X})", fix,
                              severity=_quiet_in_quotes(doc, start, end))


# ---------------------------------------------------------------------------------------------
# TY03: orphan punctuation

# ". , he said" (a sentence end then a lone comma), ",." and a space before a comma or a period.
_ORPHAN_COMMA = lazy(r"(?P<end>[.!?])(?P<closer>[\"”’']?)(?P<gap>[ \t]+)(?P<comma>[,;])(?=\s)")
_COMMA_DOT = lazy(r",\.(?!\.)")
_SPACED_STOPS = frozenset(space + mark for space in " \t" for mark in ",;.")
_COMMA_THEN_DOT = frozenset([",."])
_SPACE_BEFORE = lazy(r"(?P<space>[ \t]+)(?P<mark>,|\.(?![.\w]| \.))")
_NEXT_WORD = lazy(r"\s*([^\W\d_])")
_WORD_BEFORE_PERIOD = lazy(r"(?:\b[A-Za-z]\.){2,}$|(?<![\w.])[A-Z]\.$")  # "U.S.", "N.J.", an initial


@register
class OrphanPunctuation(Rule):
    """Punctuation left stranded: ". , he said", ",." or a space before a comma or a period.

    ## Why
    When a translation tool or an editor moves a clause, the punctuation of the old sentence often
    stays behind: a period followed by a lone comma, a comma glued to a period, a comma floating
    after a space.
    ## Example
    We must avoid miscalculations. , he said.
    The talks were long,. Both sides said so.
    Shares of the company , which fell on Monday, recovered.
    ## Better
    We must avoid miscalculations, he said.
    Shares of the company, which fell on Monday, recovered.
    Prices rose in the U.S., Britain and France, it said.
    ## Fix safety
    Safe when the sentence goes on in lowercase (". , he said" keeps the comma); otherwise unsafe.
    Deleting a space before a comma or period, or the comma of ",.", is always safe.
    """

    code = "TY03"
    name = "orphan-punctuation"
    category = "typography"
    severity = "warning"
    fixable = True

    def check(self, doc):
        text = doc.text
        orphans = set()
        spaced = _has_pair(doc, _SPACED_STOPS)  # all but ",." need a space or tab before the mark
        for m in _ORPHAN_COMMA.finditer(text) if spaced else ():
            orphans.add(m.start("comma"))
            yield self._found(doc, m, f"Lone '{m.group('comma')}' after the end of a sentence: '{m.group()}'",
                              self._orphan_comma_fix(text, m))
        for m in _COMMA_DOT.finditer(text) if _has_pair(doc, _COMMA_THEN_DOT) else ():
            yield self._found(doc, m, "Comma before a period: ',.'",
                              Fix.safe("Delete the comma", [Edit.delete(m.start(), m.start() + 1)]))
        for m in _SPACE_BEFORE.finditer(text) if spaced else ():
            if not _after_text(text, m.start()) or text[m.start() - 1] in ",;." or m.start("mark") in orphans:
                continue  # a line start, ", ,", or ". ," (reported above)
            mark = m.group("mark")
            yield self._found(doc, m, f"Space before '{mark}'", Fix.safe(
                f"Delete the space before '{mark}'", [Edit.delete(m.start("space"), m.end("space"))]))

    def _found(self, doc, m, msg: str, fix: Fix):
        return self.report(m.start(), m.end(), msg, fix, severity=_quiet_in_quotes(doc, m.start(), m.end()))

    @staticmethod
    def _orphan_comma_fix(text: str, m) -> Fix:
        end_mark, closer, comma = m.group("end"), m.group("closer"), m.group("comma")
        nxt = _NEXT_WORD.match(text, m.end())
        goes_on = nxt is not None and nxt.group(1).islower()
        before = _WORD_BEFORE_PERIOD.search(text, max(0, m.start() - 20), m.start() + 1)
        if end_mark == "." and not closer and before is not None:
            # "the U.S. , which": the period belongs to the abbreviation; only the space is wrong.
            return Fix.safe("Delete the space before the comma", [Edit.delete(m.start("gap"), m.end("gap"))])
        if end_mark in "?!":
            # "Why?" , he asked -> "Why?" he asked: a question mark does the comma's work.
            edits = [Edit.delete(m.end("closer"), m.end("comma"))]
            if not goes_on:
                edits = [Edit.delete(m.start("gap"), m.end("comma"))]
            title = "Delete the lone comma"
        else:
            # "miscalculations. , he said" -> "miscalculations, he said"
            edits = [Edit(m.start(), m.end(), comma + closer)]
            title = f"Replace '{m.group()}' with '{comma + closer}'"
        return Fix(title, tuple(edits), "safe" if goes_on else "unsafe")


# ---------------------------------------------------------------------------------------------
# TY04: doubled punctuation

_DOUBLED_MARKS = lazy(r"([,;:!?.])\1+")
_DOUBLES = frozenset(mark + mark for mark in ",;:!?.")


@register
class DoubledPunctuation(Rule):
    """A punctuation mark typed twice (",,", "..", "!!", "??").

    ## Why
    Doubled marks come from editing slips (a period after an abbreviation's own period: "the
    U.S..") and from informal source copy; news English uses one mark.
    ## Example
    The deal was signed in the U.S.. Shares rose.
    Prices rose,, dealers said.
    What a result!!
    ## Better
    The deal was signed in the U.S. Shares rose.
    He paused... then went on.
    The index closed at 1,234.5 points.
    Seriously?!
    ## Fix safety
    Safe: the fix keeps one mark. "..." before a word ("minister..with") is shown, not fixed.
    """

    code = "TY04"
    name = "doubled-punctuation"
    category = "typography"
    severity = "warning"
    fixable = True

    def check(self, doc):
        text = doc.text
        if not _has_pair(doc, _DOUBLES):
            return
        for m in _DOUBLED_MARKS.finditer(text):
            found = m.group()
            if found[0] == "." and (len(found) > 2 or text[m.end() : m.end() + 1] == "/"):
                continue  # an ellipsis, a "../" path
            fix = Fix.safe(f"Keep one '{found[0]}'", [Edit.delete(m.start() + 1, m.end())])
            if found == ".." and text[m.end() : m.end() + 1].isalnum():
                fix = None  # "minister..with": an ellipsis or a period, the writer decides
            yield self.report(m.start(), m.end(), f"Doubled punctuation: '{found}'", fix,
                              severity=_quiet_in_quotes(doc, m.start(), m.end()))


# ---------------------------------------------------------------------------------------------
# TY05: a sentence that starts in lowercase

# Abbreviations that end in a period mid-sentence and that the sentence splitter may take for an end.
_ABBREVIATIONS = frozenset(
    """sq cub cu div dept ibid etc cf al approx incl excl vol ch pp para art sec min max hr hrs km kg
    govt corp inc ltd co bros assn intl natl univ mfg dist op cit viz ca vs nos tel ext""".split())
_LAST_WORD = lazy(r"([^\W\d_][\w.'’-]*)\.[\"”’')\]]*$")
# Lowercase name particles and brands that may open a sentence: "de Villepin", "van Gogh", "iPod", "eBay".
_LOWERCASE_OPENERS = frozenset("de del della der des di da dos das du la le van von ten ter al el bin ibn".split())
_FIRST_WORD = lazy(r"[^\W\d_][\w'’-]*")


@register
class LowercaseSentenceStart(Rule):
    """A sentence starts with a lowercase letter ("he said. he declares.").

    ## Why
    Machine translation and hand editing leave sentences that begin in lowercase, often the stub
    of an attribution that was meant to be joined to the sentence before.
    ## Example
    "We will talk," he said. he declares.
    The vote was delayed. the opposition walked out.
    ## Better
    "We will talk," he said. He declared that talks would resume.
    The firm was founded by John F. de Vries in Washington, D.C. in 1990.
    Apple sold more music players. iPod sales doubled.
    Sen. David Boren (D-Okla.) said he would vote against the bill.
    ## Fix safety
    Unsafe: capitalising is right only when the sentence should stand; often the stub should go.
    """

    code = "TY05"
    name = "lowercase-sentence-start"
    category = "typography"
    severity = "warning"
    fixable = True

    def check(self, doc):
        text = doc.text
        sentences = doc.sentences
        lowercase = [i for i, s in enumerate(sentences) if text[s.start].islower()]  # the rare case, listed fast
        for i in lowercase:
            s = sentences[i]
            if i == 0 or sentences[i - 1].paragraph != s.paragraph:
                continue  # paragraph openings in lowercase are usually lost markup, not typing
            word = _FIRST_WORD.match(text, s.start)
            if word is None or self._allowed_opener(word.group()):
                continue
            if not self._ends_a_sentence(text[sentences[i - 1].start : s.start].rstrip()):
                continue
            fix = Fix.unsafe("Capitalise the first letter", [Edit(s.start, s.start + 1, text[s.start].upper())])
            yield self.report(s.start, word.end(), f"Sentence starts in lowercase: '{word.group()}'", fix,
                              severity=_quiet_in_quotes(doc, s.start, word.end()))

    @staticmethod
    def _allowed_opener(word: str) -> bool:
        return word.lower() in _LOWERCASE_OPENERS or any(c.isupper() for c in word[1:])

    @staticmethod
    def _ends_a_sentence(previous: str) -> bool:
        """Whether the text before really ends a sentence, not an abbreviation or a parenthesis."""
        if previous.endswith((")", "]", "…", ". . .")):
            return False  # "(D-Okla.) said", "(ibid.) showed", an ellipsis
        m = _LAST_WORD.search(previous)
        if m is None:
            return previous.endswith((".", ".\"", ".”", ".’"))
        word = m.group(1)
        return "." not in word and word.lower() not in _ABBREVIATIONS  # "N.J.", "L.P.", "sq."


# ---------------------------------------------------------------------------------------------
# TY06: double spaces

_MULTI_SPACE = lazy(r"  +(?=\S)")
_TABLE_LINE = lazy(r"\S {2,}\S.* {2,}\S|\t")


@register
class DoubleSpace(Rule):
    """Two or more spaces between words.

    ## Why
    Double spaces are left by deletions and by the typewriter habit of two spaces after a period;
    they show up in web copy and in word counts. Lines laid out as tables are left alone.
    ## Example
    The minister  arrived on Friday.
    ## Better
    The minister arrived on Friday.
    ## Fix safety
    Safe: the fix keeps one space.
    """

    code = "TY06"
    name = "double-space"
    category = "typography"
    severity = "info"  # invisible once rendered; a clean-up, not an error
    fixable = True

    def check(self, doc):
        text = doc.text
        if "  " not in text:
            return
        for m in _MULTI_SPACE.finditer(text):
            if not _after_text(text, m.start()):
                continue  # indentation
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            if _TABLE_LINE.search(text, line_start, len(text) if line_end < 0 else line_end):
                continue  # columns aligned with spaces
            fix = Fix.safe("Use one space", [Edit(m.start(), m.end(), " ")])
            what = "after a sentence" if text[m.start() - 1] in ".!?" else "in a row"
            yield self.report(m.start(), m.end(), f"{len(m.group())} spaces {what}", fix)


# ---------------------------------------------------------------------------------------------
# TY07: unbalanced brackets

_PAIRS = {")": "(", "]": "["}
# "1)", "a)", "iv)" opening a list item, and emoticons, close nothing.
_LIST_MARKER = lazy(r"(?:^|(?<=[\s:;,]))(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\)$")
_EMOTICON = lazy(r"[:;=8][-^']?[()\[\]]$")


@register
class UnbalancedBracket(Rule):
    """A parenthesis or square bracket opened and not closed in its paragraph, or closed and never opened.

    ## Why
    Brackets lost in editing or translation leave the reader unsure where an aside ends;
    wire copy also mangles tickers ("<MHC)").
    ## Example
    The company (which was founded in 1990 said profits rose.
    The central bank raised rates) on Friday.
    ## Better
    The company (which was founded in 1990) said profits rose.
    The deal has three terms: 1) a price review every year, 2) a floor price.
    """

    code = "TY07"
    name = "unbalanced-bracket"
    category = "typography"
    severity = "warning"

    def check(self, doc):
        text = doc.text
        # The brackets of the whole text at once (str.find: quicker than a scan per paragraph for a
        # character class); the stack empties at each paragraph's end.
        p = None
        stack: list[tuple[int, str]] = []
        for i in self._offsets(text, "()[]"):
            ch = text[i]
            if p is None or i >= p.end:
                for j, c in stack:
                    yield self._unclosed(doc, j, c)
                stack = []
                p = doc.paragraph_at(i)
            if p is None or i >= p.end:
                continue  # outside every paragraph (none today: the paragraphs hold all but white space)
            if ch in "([":
                stack.append((i, ch))
            elif stack and stack[-1][1] == _PAIRS[ch]:
                stack.pop()
            elif any(c == _PAIRS[ch] for _, c in stack):
                # Close the matching opener; the ones above it were never closed.
                while stack[-1][1] != _PAIRS[ch]:
                    yield self._unclosed(doc, *stack.pop())
                stack.pop()
            elif not (_LIST_MARKER.search(text, max(p.start, i - 5), i + 1)
                      or _EMOTICON.search(text, max(p.start, i - 3), i + 1)):
                yield self.report(i, i + 1, f"'{ch}' closes a bracket that was never opened",
                                  severity=_quiet_in_quotes(doc, i, i + 1))
        for i, ch in stack:
            yield self._unclosed(doc, i, ch)

    @staticmethod
    def _offsets(text: str, chars: str) -> list[int]:
        """Where any of `chars` stands in `text`, in order."""
        found = []
        for ch in chars:
            i = text.find(ch)
            while i >= 0:
                found.append(i)
                i = text.find(ch, i + 1)
        return sorted(found)

    def _unclosed(self, doc, i: int, ch: str):
        closer = ")" if ch == "(" else "]"
        return self.report(i, i + 1, f"'{ch}' is never closed with '{closer}' in its paragraph",
                           severity=_quiet_in_quotes(doc, i, i + 1))


# ---------------------------------------------------------------------------------------------
# TY08: a spaced hyphen or dash in a numeric range

_SPACED_RANGE = lazy(
    r"(?P<a>\d[\d,]*(?:\.\d+)?)(?P<unit>%?)(?P<dash>[ \u00a0]+[-–—][ \u00a0]+)"
    r"(?P<b>\d[\d,]*(?:\.\d+)?)(?![\d/])")
_CLOSED_RANGE = lazy(r"(?P<a>\d{1,4})(?P<unit>%?)(?P<dash>-)(?P<b>\d{1,4})(?![\w/-]|\.\d)")
# What every spaced range holds; the hyphen alone opens with a literal, which scans far faster than \d.
_HYPHEN_THEN_DIGIT = lazy(r"-[ \u00a0]+\d")
_DASH_THEN_DIGIT = lazy(r"[–—][ \u00a0]+\d")
_CAPITALISED_AROUND = lazy(r"[A-Z]\w*\s+$")


def _number(s: str) -> float:
    return float(s.replace(",", ""))


def _is_range(a: str, b: str) -> bool:
    """"10 - 20", "1990 - 1995", "2004 - 05": the second bound is larger (a year may be abbreviated)."""
    x, y = _number(a), _number(b)
    if len(a) == 4 and len(b) == 2 and a.isdigit() and b.isdigit():
        return int(b) > int(a[2:])  # "2004 - 05"
    return y > x and (x >= 1 or y < 100)


@register
class SpacedRangeDash(Rule):
    """A numeric range written with a spaced hyphen or dash ("70 - 80 per cent", "2021 – 2022").

    ## Why
    Russian, Czech and French copy set ranges with a spaced dash; English closes a range up, with
    an en dash (or a hyphen in AP style): "70-80 per cent", "2021–2022". Sports scores between two
    team names are left alone.
    ## Example
    Orders rose by 70 - 80 per cent.
    The league season of 2021 – 2022 was cancelled.
    ## Better
    Orders rose by 70–80 per cent.
    Seibu beat Lotte 5 - 0 at home.
    Exports in 1985/86 - 1.96 mln tonnes.
    ## Fix safety
    Safe: the fix closes the range up with an en dash (a hyphen under the AP house style).
    """

    code = "TY08"
    name = "spaced-range-dash"
    category = "typography"
    severity = "info"  # typographic polish: the range reads correctly either way
    fixable = True
    options = {"closed-hyphen": Option(bool, False, "also flag closed-up hyphens in ranges (1990-1995), for "
                                                    "house styles that want an en dash")}

    def check(self, doc):
        text = doc.text
        dash = "-" if "ap" in getattr(self.config, "house_style", ()) else "–"
        spaced = _HYPHEN_THEN_DIGIT.search(text) or (not text.isascii() and _DASH_THEN_DIGIT.search(text))
        patterns = ([_SPACED_RANGE] if spaced else []) + (
            [_CLOSED_RANGE] if self.opts.get("closed-hyphen") and dash != "-" else [])
        for pattern in patterns:
            for m in pattern.finditer(text):
                a, b = m.group("a"), m.group("b")
                if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_.,/-"):
                    continue  # part of a longer number, a date or a code
                if not _is_range(a, b) or self._is_score(text, m):
                    continue
                fix = Fix.safe(f"Close the range up with '{dash}'", [Edit(m.start("dash"), m.end("dash"), dash)])
                yield self.report(m.start(), m.end(), f"A range takes a closed-up dash: '{m.group()}'", fix,
                                  severity=_quiet_in_quotes(doc, m.start(), m.end()))

    @staticmethod
    def _is_score(text: str, m) -> bool:
        """"Seibu 0 - 5 Lotte": a score between two names, not a range."""
        before = _CAPITALISED_AROUND.search(text, max(0, m.start() - 30), m.start())
        after = text[m.end() : m.end() + 2]
        return before is not None and after[:1] == " " and after[1:2].isupper()
