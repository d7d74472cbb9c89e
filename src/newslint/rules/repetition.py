"""Rules of the repetition family: words, coordinations and sentences said twice by accident.

Words inside quotation marks are the speaker's: there these rules report at info severity.
"""

from __future__ import annotations

import re
from collections import Counter

from ..diagnostics import Edit, Fix
from ..engine.registry import register
from ..engine.rule import Option, Rule
from ..langid import lowercase_words
from ..lazy_regex import lazy

# Doublings that English grammar allows ("I had had enough", "he said that that was all", "gave her her
# passport", "what it is is a crisis") and reduplications ("bye bye", "ha ha", "Walla Walla").
ALLOWED_DOUBLES = ["had", "that", "is", "do", "her", "bye", "so", "very", "no", "yes", "ha", "knock", "tut", "chop",
                   "pooh", "bora", "baden", "walla", "sing", "ylang", "duran", "mahi", "can", "tsk", "dum", "blah",
                   "bla", "night", "pom", "tom", "hush", "chin", "dik", "aye", "there", "now", "well"]
# A particle may end a phrasal verb and a preposition start the next phrase: "looking for for days".
_PARTICLES = frozenset("for in on up out off over down by about around through".split())

# Two equal runs of word characters with only space between. The non-word character before the first
# makes `re` start a match only there (not at every position, as a leading \b would), and possessive
# quantifiers stop it from retrying shorter runs; runs with a digit or "_" are dropped after the match.
# (Word boundaries with apostrophes and hyphens, "bye-bye", are checked after the match too.)
_DOUBLED = lazy(r"\W(\w++)(\s++)(\1)(?!\w)", re.IGNORECASE)
_LETTERS = lazy(r"[^\W\d_]+")
_VERB_BEFORE = lazy(r"\w+(?:ing|ed)\s+$", re.IGNORECASE)


def _may_double(doc, allow: set[str]) -> bool:
    """False when the story has no two equal words in a row (letters only, not allowed): then _DOUBLED finds
    nothing to report, as each of its matches is two such words with only space between. Told from the shared
    word split when that split at every non-word character (else True)."""
    words = lowercase_words(doc)
    if not words.exact:
        return True
    return any(w.isalpha() and w.decode() not in allow for w in words.doubled)


def _quiet_in_quotes(doc, start: int, end: int) -> str | None:
    return "info" if doc.in_quotation(start, end) else None


@register
class DoubledWord(Rule):
    """A word is repeated by accident ("the the").

    ## Why
    Editing and machine translation leave a word twice in a row; readers stumble on it.
    Doublings that grammar allows ("had had", "that that") stay silent, and so do names
    ("Sirhan Sirhan") and a particle followed by a preposition ("looking for for days").
    ## Example
    The the minister arrived on Friday.
    Talks will resume in in May.
    ## Better
    The minister arrived on Friday.
    By the time he left, he had had enough.
    He said that that was the end of it.
    Police have been looking for for several days.
    ## Fix safety
    Safe: the fix deletes the second word and the space before it.
    """

    code = "RP01"
    name = "doubled-word"
    category = "repetition"
    severity = "warning"
    fixable = True
    options = {"allow": Option(list, ALLOWED_DOUBLES, "words that may be doubled")}

    def check(self, doc):
        allow = {w.lower() for w in self.opts.allow}
        text = doc.text
        if not _may_double(doc, allow):
            return  # the usual case, settled at C speed
        for m in _DOUBLED.finditer(" " + text):  # the space: a doubling may open the text
            start, end, word = m.start(1) - 1, m.end() - 1, m.group(1)
            if not _LETTERS.fullmatch(word):
                continue  # "B52 B52": not a word
            if (start and text[start - 1] in "'’-") or text[end : end + 1] in ("'", "’", "-") \
                    or m.group(2).count("\n") > 1:
                continue  # "bye-bye", "'that' that", or a paragraph break between the two
            low = word.lower()
            if low in allow or (word[0].isupper() and m.group(3)[0].isupper()):
                continue  # allowed, or a name such as "Sirhan Sirhan" or "Duran Duran"
            if low in _PARTICLES and _VERB_BEFORE.search(text, max(0, start - 30), start):
                continue  # "waiting for for hours"
            fix = Fix.safe(f"Delete the second '{m.group(3)}'", [Edit.delete(m.end(1) - 1, end)])
            yield self.report(start, end, f"'{word}' is repeated: '{text[start:end]}'", fix,
                              severity=_quiet_in_quotes(doc, start, end))


# ---------------------------------------------------------------------------------------------
# RP02: a word coordinated with itself

# Coordinations English uses on purpose: "again and again", "more and more", "on and on", "such and such",
# "time and time again", "through and through", "neck and neck", "by and by", "for ever and ever".
IDIOMATIC_PAIRS = ["again", "over", "on", "round", "around", "through", "by", "up", "out", "ever", "time", "so",
                   "such", "neck", "half", "more", "less", "fewer", "further", "farther", "worse", "better",
                   "years", "hours", "days", "weeks", "months", "miles", "thousands", "millions", "billions",
                   "hundreds", "dozens", "tons", "lots", "rows", "pages", "generations", "centuries", "decades", "ages",
                   "round", "back", "forth", "in", "down", "one", "two", "side", "bit", "step", "little", "dead"]
_COORDINATOR = lazy(r" (and|or|nor)[ \t]+([^\W\d_][\w'’-]*)")
_WORD_BEFORE = lazy(r"(?:([^\W\d_][\w'’-]*)[ \t]+)?(,[ \t]+)?([^\W\d_][\w'’-]*)$")
_COORDINATORS = ("and", "or", "nor")
_WORD_AFTER = lazy(r"[ \t]+([^\W\d_][\w'’-]*)")
# Words that carry grammar, not content: "it and it made", "may or may not", "hers and hers alone".
FUNCTION_WORDS = frozenset("""
    a an the this that these those some any each every no all both either neither such what which who whom whose
    i me my mine we us our ours you your yours he him his she her hers it its they them their theirs there here
    is are was were be been being am has have had do does did will would shall should can could may might must
    and or nor but if as so than then when while because though although since until unless whether
    of to in on at by for from with without into onto upon over under about above below between among through
    during after before against toward towards across along around within not also just only very too even
    """.split())
# Suffixes of adjectives and adverbs: these do not open a noun compound ("cash and cash equivalents").
_ADJECTIVE = lazy(r"(?:ous|ful|able|ible|less|ive|ish|ly)$")
_NOUNS_IN_LY = frozenset("family supply ally rally assembly reply monopoly anomaly belly bully italy".split())


def _is_adjective(word: str) -> bool:
    low = word.lower()
    return _ADJECTIVE.search(low) is not None and low not in _NOUNS_IN_LY


@register
class SelfCoordination(Rule):
    """A word is coordinated with itself ("prosperous and prosperous").

    ## Why
    When a source language has two near-synonyms ("próspero y floreciente", 繁荣昌盛), translation
    often renders both with one English word and keeps the "and". Pairs English uses on purpose
    ("again and again", "more and more", "bigger and bigger", "waiting and waiting") stay silent,
    and so do pairs where a modifier or a compound tells the two apart ("head teachers and
    teachers", "cash and cash equivalents", "may or may not").
    ## Example
    China wants to see an open, prosperous and prosperous United States.
    The two sides agreed on a stable and stable relationship.
    The plan calls for the development and development of the region.
    ## Better
    China wants to see an open and prosperous United States.
    Prices rose again and again, and more and more people complained.
    The queues grew longer and longer.
    Johnson and Johnson reported higher sales.
    It had 580 mln dlrs in cash and cash equivalents.
    Support for head teachers and teachers in tackling disruption is vital.
    The drug may or may not work.
    ## Fix safety
    Unsafe: the translation may have lost a different word ("open and prosperous"), which only
    the writer knows; the fix keeps one.
    """

    code = "RP02"
    name = "self-coordination"
    category = "repetition"
    severity = "warning"
    fixable = True
    options = {"allow": Option(list, IDIOMATIC_PAIRS, "words that English coordinates with themselves")}

    def check(self, doc):
        allow = {w.lower() for w in self.opts.allow}
        text = doc.text
        for m in _COORDINATOR.finditer(text):
            second = m.group(2)
            cut = m.start() - 1 if m.start() and text[m.start() - 1] == "," else m.start()  # "X, and X"
            if text[cut - len(second) : cut].lower() != second.lower():
                continue  # the usual case, settled without a regular expression
            before = _WORD_BEFORE.search(text, max(0, cut - 80), cut)
            if before is None or before.group(3).lower() != second.lower():
                continue
            first = before.group(3)
            if self._intended(first, second, before.group(1), before.group(2), text, m.end(), allow):
                continue
            start = before.start(3)
            if before.group(2):
                # "open, prosperous and prosperous" -> "open and prosperous": drop the first copy and its comma.
                edit = Edit.delete(before.start(2), before.end(3))
            else:
                edit = Edit.delete(cut, m.end())
            fix = Fix.unsafe(f"Keep one '{first}'", [edit])
            yield self.report(start, m.end(), f"'{first}' is coordinated with itself: '{text[start:m.end()]}'", fix,
                              severity=_quiet_in_quotes(doc, start, m.end()))

    @staticmethod
    def _intended(first, second, word_before, list_comma, text, after, allow) -> bool:
        low = first.lower()
        if low in allow or low in FUNCTION_WORDS or (first[0].isupper() and second[0].isupper()):
            return True  # an idiom, "may or may not", a name ("Johnson and Johnson")
        repeated_on = _COORDINATOR.match(text, after)
        if (repeated_on and repeated_on.group(2).lower() == low) or (word_before or "").lower() in _COORDINATORS:
            return True  # "shrunk and shrunk and shrunk": said three times on purpose
        if low.endswith(("er", "ing", "ed")):
            return True  # "bigger and bigger", "waiting and waiting", "vaccinated or vaccinated and ..."
        if _is_adjective(first):
            return False
        nxt = _WORD_AFTER.match(text, after)
        if nxt and nxt.group(1)[0].islower() and nxt.group(1).lower() not in FUNCTION_WORDS:
            return True  # a compound: "cash and cash equivalents", "stock and stock index futures"
        # A modifier of the first copy only: "head teachers and teachers", "maternity pay and pay".
        return bool(word_before) and not list_comma and word_before.lower() not in FUNCTION_WORDS


# ---------------------------------------------------------------------------------------------
# RP03: a sentence repeated within a paragraph, a clause within a sentence

_NORMAL = lazy(r"[^\w]+")
_CLAUSE = lazy(r"[^,;:—–()]+")
_CLAUSE_MARK = lazy(r"[,;:—–()]")
_LEADING_LINKS = frozenset("and but or so then while as which that".split())  # dropped from a clause's start
MIN_SENTENCE_WORDS = 5
MIN_CLAUSE_WORDS = 6


def _opening(text: str) -> str:
    return " ".join(text.lower().lstrip(" \"“‘'«(").split()[:3])


def _normal(text: str) -> str:
    return _NORMAL.sub(" ", text.lower()).strip()


@register
class RepeatedSentence(Rule):
    """A sentence appears twice in one paragraph, or a clause twice in one sentence.

    ## Why
    Pasting, segment-by-segment translation and tracked changes leave a sentence or clause twice;
    the second copy adds nothing. Short refrains ("Never again.") are not counted.
    ## Example
    The talks ended on Friday without a deal. The talks ended on Friday without a deal.
    Prices rose sharply in the last quarter of the year, dealers said, and prices rose sharply in the last quarter of the year.
    ## Better
    The talks ended on Friday without a deal. Both sides said they would meet again.
    "Never again. Never again," she said.
    M0 fell 0.8 pct in February, and rose by a non-adjusted 4.1 pct year on year. In January, M0 fell 0.6 pct, and rose by a non-adjusted 4.1 pct year on year.
    ## Fix safety
    Safe for a repeated sentence: the fix deletes the second copy. A repeated clause is shown, not
    fixed: what joins it to the sentence needs rewriting.
    """

    code = "RP03"
    name = "repeated-sentence"
    category = "repetition"
    severity = "warning"
    fixable = True

    def check(self, doc):
        text = doc.text
        clauses = self._repeated_clauses(doc)  # paragraph number -> repeated clauses, in text order
        for p in doc.paragraphs:
            sentences = doc.sentences_in(p)
            reported: list[tuple[int, int]] = []
            if len(sentences) >= 2:
                yield from self._repeated_sentences(doc, sentences, reported)
            for start, end in clauses.get(p.index, ()):
                if any(a <= start < b for a, b in reported):
                    continue  # part of a repeated sentence, already reported
                yield self.report(start, end, f"Clause repeated in this sentence: '{text[start:end]}'",
                                  Fix.display("Delete one copy of the clause"),
                                  severity=_quiet_in_quotes(doc, start, end))

    def _repeated_sentences(self, doc, sentences, reported):
        text = doc.text
        # Only a sentence that opens like another can repeat it: normalise those alone.
        openings = [_opening(text[s.start : s.start + 40]) for s in sentences]
        if len(set(openings)) == len(openings):
            return  # the usual case: no two open alike
        shared = {o for o, n in Counter(openings).items() if n > 1}  # Counter: linear in sentences
        seen: set[str] = set()
        for i, s in enumerate(sentences):
            if openings[i] not in shared:
                continue
            key = _normal(text[s.start : s.end])
            if key.count(" ") + 1 < MIN_SENTENCE_WORDS:
                continue
            if key in seen:
                cut_from = sentences[i - 1].end if i else s.start
                fix = Fix.safe("Delete the repeated sentence", [Edit.delete(cut_from, s.end)])
                reported.append((s.start, s.end))
                yield self.report(s.start, s.end, f"Sentence repeated in this paragraph: '{_clip(text, s)}'",
                                  fix, severity=_quiet_in_quotes(doc, s.start, s.end))
            else:
                seen.add(key)

    @staticmethod
    def _repeated_clauses(doc) -> dict[int, list[tuple[int, int]]]:
        """Clauses said twice in one sentence ("..., the minister said, the minister said"), by paragraph."""
        text = doc.text
        spaces = MIN_CLAUSE_WORDS - 1
        found: dict[int, list[tuple[int, int]]] = {}
        for s in doc.sentences:
            if text.count(" ", s.start, s.end) < 2 * spaces:
                continue  # too short to hold two long clauses
            long = [c for c in _CLAUSE_MARK.split(text[s.start : s.end].lower()) if c.count(" ") >= spaces]
            if len(long) < 2 or len(set(map(_tally, long))) == len(long):
                continue  # the usual case: no two long clauses that can be the same
            seen: set[str] = set()  # per sentence: parallel clauses in two sentences are normal in reports
            for m in _CLAUSE.finditer(text, s.start, s.end):
                if m.group().count(" ") < spaces:
                    continue
                link, space, rest = _normal(m.group()).partition(" ")
                key = rest if space and link in _LEADING_LINKS else link + space + rest
                if key.count(" ") + 1 < MIN_CLAUSE_WORDS:
                    continue
                if key not in seen:
                    seen.add(key)
                    continue
                start = m.start() + len(m.group()) - len(m.group().lstrip())
                end = m.start() + len(m.group().rstrip(" .!?\"”’"))
                found.setdefault(s.paragraph, []).append((start, end))
        return found


def _tally(low: str) -> tuple[int, ...]:
    """Counts of letters that no leading link has (nor a final sigma, which lowercases by context): a
    lowercased clause has as many of each as its key, so two clauses whose counts differ cannot repeat
    each other. A few str.count calls, far cheaper than normalising."""
    return low.count("m"), low.count("p"), low.count("y"), low.count("f"), low.count("g"), low.count("v")


def _clip(text: str, s, width: int = 60) -> str:
    found = text[s.start : s.end]
    return found if len(found) <= width else found[: width - 1] + "…"
