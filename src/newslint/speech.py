"""Speech verbs and attributions ("he said", "said Blinken", "Wang told Blinken that"), found once per document.

Rules read `attributions(doc)` (memoised through `doc.cached`) rather than matching speech verbs
themselves, so every rule agrees on what an attribution is. The large patterns run only where cheap,
exact tests (where the verbs of saying are, which characters a subject can hold) leave a chance of a
match, and the four shapes share one compiled pattern. An attribution is a clause naming a
speaker and a verb of saying, found outside quotation marks in one of four shapes:

- trailing:   `..., the Chinese leader said.`  `...,” said Blinken in Beijing.`
- standalone: a sentence that is only an attribution: `He asked.`  `Blinken told Wang.`
- leading:    `Blinken emphasized that ...`  `He said: ...`  `According to Wang, ...`
- according:  `..., according to the ministry.`  `According to Wang, ...`
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from .lazy_regex import lazy, trie_regex

# -- lexicon ------------------------------------------------------------------------------------

# Verbs of saying that wire copy uses for attribution: (base, past, third person), the third person
# only where it cannot be mistaken for a plural noun ("member states", "the notes").
_VERB_FORMS = [
    ("say", "said", "says"), ("tell", "told", "tells"), ("add", "added", "adds"), ("ask", "asked", "asks"),
    ("write", "wrote", "writes"), ("declare", "declared", "declares"), ("explain", "explained", "explains"),
    ("argue", "argued", "argues"), ("stress", "stressed", "stresses"), ("warn", "warned", "warns"),
    ("insist", "insisted", "insists"), ("admit", "admitted", "admits"), ("note", "noted", "notes"),
    ("acknowledge", "acknowledged", "acknowledges"), ("recall", "recalled", "recalls"),
    ("emphasize", "emphasized", "emphasizes"), ("emphasise", "emphasised", "emphasises"),
    ("reply", "replied", "replies"), ("respond", "responded", "responds"), ("point out", "pointed out", "points out"),
    ("go on", "went on", "goes on"), ("state", "stated", None), ("remark", "remarked", None),
    ("answer", "answered", None), ("continue", "continued", None), ("conclude", "concluded", None),
    ("underline", "underlined", None), ("underscore", "underscored", None), ("claim", "claimed", None),
    ("affirm", "affirmed", None), ("assure", "assured", None), ("announce", "announced", None),
    ("comment", "commented", None), ("observe", "observed", None), ("repeat", "repeated", None),
    ("reiterate", "reiterated", None), ("maintain", "maintained", None), ("suggest", "suggested", None),
    ("tweet", "tweeted", None), ("urge", "urged", None), ("caution", "cautioned", None),
    ("concede", "conceded", None), ("confirm", "confirmed", None), ("predict", "predicted", None),
    ("promise", "promised", None), ("vow", "vowed", None), ("pledge", "pledged", None),
    ("complain", "complained", None), ("lament", "lamented", None), ("boast", "boasted", None),
    ("joke", "joked", None), ("quip", "quipped", None), ("exclaim", "exclaimed", None), ("shout", "shouted", None),
    ("cry", "cried", None), ("whisper", "whispered", None), ("indicate", "indicated", None),
    ("highlight", "highlighted", None), ("disclose", "disclosed", None), ("reveal", "revealed", None),
    ("counter", "countered", None), ("retort", "retorted", None), ("demand", "demanded", None),
    ("contend", "contended", None), ("allege", "alleged", None), ("assert", "asserted", None),
    ("specify", "specified", None), ("clarify", "clarified", None), ("testify", "testified", None),
    ("inform", "informed", None), ("remind", "reminded", None), ("proclaim", "proclaimed", None),
]
SPEECH_VERBS: frozenset[str] = frozenset(f for forms in _VERB_FORMS for f in forms[1:] if f)
# Verbs that make an attribution on their own ("He added."); the others ("continued", "confirmed")
# do so only after a pronoun or a name, since "The talks continued." is narrative.
STRONG_VERBS = frozenset("said says told tells asked asks added adds declared declares stated replied replies "
                         "answered insisted insists stressed stresses noted notes warned warns argued argues "
                         "wrote writes explained explains responded responds remarked emphasized emphasizes "
                         "emphasised emphasises".split())
# Verbs that report a clause with no "that": "He said the talks failed."
BARE_CLAUSE_VERBS = frozenset("said says told tells".split())
# Verbs whose attribution may name the person spoken to: "Wang told Blinken", "he asked reporters".
ADDRESSEE_VERBS = frozenset("told tells asked asks assured warned warns urged reminded informed".split())
SUBJECT_PRONOUNS = frozenset("he she they it".split())

# First- and second-person words: in a narrator's copy they belong to someone quoted.
FIRST_SECOND_PERSON = frozenset("i me my myself we us our ours ourselves you your yours yourself "
                                "yourselves".split())



_VERB = "(?:" + trie_regex(SPEECH_VERBS, capitalised=True) + r")\b"
# Where a verb of saying ("said", "Said", "according") or a first- or second-person word (in any case:
# "we", "We", "WE") starts a word: found in one pass over the text in lower case, and the verbs then kept
# only in lower case or capitalised, as written. The pass is two scans: after a space (a literal the regex
# engine skips to), and after any other non-word character (a rarer one; the class is ASCII so that it
# is tested fast, and the look-behind keeps non-ASCII letters out). The word starts one past the match.
_WORDS = trie_regex([*SPEECH_VERBS, "according", *FIRST_SECOND_PERSON])
_WORD_AFTER_SPACE = lazy(r" (?:" + _WORDS + r")\b")
_WORD_AFTER_MARK = lazy(r"[^ a-zA-Z0-9_](?<=\W)(?:" + _WORDS + r")\b")
_WORD_AT_START = lazy(r"(?:" + _WORDS + r")\b")
# Letters that match an ASCII letter when case is ignored, but whose lower case is not that letter ("İ"
# also lowers to two characters): the lower-case copy spells them the ASCII way, offset for offset.
_UNCASED = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
# "told Blinken": an addressee only after a verb that takes one (fixed-width look-behinds, one per verb).
_AFTER_ADDRESSEE_VERB = "(?:" + "|".join(f"(?<={v})" for v in sorted(ADDRESSEE_VERBS)) + ")"
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)"
# A capitalised word of a name; abbreviations keep their periods ("U.S.", "Mr."), a sentence's does not.
_CAP = (r"(?:(?:[A-Z]\.){2,}|(?:" + trie_regex("Mr Mrs Ms Dr Gen Sen Rep Gov Lt Col Sgt Capt Maj Prof Jr Sr St".split())
        + r")\.|[A-Z][\w'’\-]*(?<!['’]s))")
_CONNECTOR = "(?:" + trie_regex("of for de da del der di du van von bin ibn al el la le and".split()) + ")"
# Capitalised words that start a sentence or a phrase but name nobody.
_NOT_A_NAME = ("(?!(?:" + trie_regex(
    "The A An This That These Those His Her Their Its Our My Your In On At But And Or If When While After Before As "
    "For To With From By It He She They We I You There Then So Yet Also However Nobody Everyone Everybody Someone "
    "Somebody Many Some Others All Both Each None Most Few".split()) + r"|[A-Z][a-z]+ly|[A-Z][a-z]+ing)\b)")
_NAME = rf"{_NOT_A_NAME}{_CAP}(?:\s+(?:{_CAP}|{_CONNECTOR}(?=\s+[A-Z])|al-[A-Z][\w'’\-]*)){{0,6}}"
_DETERMINER = r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]his|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)"
# A word inside a noun phrase: no clause openers, auxiliaries or possessives ending the phrase.
_NP_WORD = ("(?!(?:" + trie_regex(
    "that which who whom whose when where if because but or whether what as than so and is was are were be been "
    "being could would should may might must can will shall not to it he she they had has have do does did".split())
    + r")\b)(?:(?:[A-Z]\.){2,}|[\w'’&\-]+(?:\.\w+)*)")
_NOUN_PHRASE = rf"{_DETERMINER}\s+(?:{_NP_WORD}\s+){{0,4}}?{_NP_WORD}(?<!['’]s)"
_PLURAL = "(?:" + trie_regex(
    "officials analysts sources experts witnesses residents police diplomats observers critics authorities lawmakers "
    "legislators economists traders dealers investors officers doctors scientists researchers activists organisers "
    "organizers prosecutors lawyers spokesmen executives bankers ministers leaders protesters demonstrators "
    "participants representatives negotiators delegates".split()) + ")"  # no word begins another
_PLURAL_PHRASE = rf"(?:{_NP_WORD}\s+){{0,3}}?{_PLURAL}"
_SUBJECT = rf"(?:{_PRONOUN}|{_NOUN_PHRASE}|{_PLURAL_PHRASE}|{_NAME})"
_ADVERB = "(?:" + trie_regex(
    "also later earlier again further then previously recently separately repeatedly once had has have".split()) + ")"
_OBJECT = rf"(?:{_NAME}|{_NOUN_PHRASE}|him|her|them|us|me|you|reporters|journalists|lawmakers|parliament|{_PLURAL_PHRASE})"
# What may follow the verb to the end of an attribution: circumstances, not a reported clause.
_CIRCUMSTANCE = ("(?:" + trie_regex(
    "in on at during after before from via with without through by over under outside inside ahead following as "
    "when while earlier later yesterday today tonight last this recently afterwards again then separately privately "
    "publicly repeatedly once late early shortly Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
    + r"|to(?=\s+(?:the|a|an|his|her|their|its|reporters|journalists|[A-Z])))\b")
# A word that opens a reported clause: "he told Reuters on Friday that ..." is not a bare attribution.
_CLAUSE_WORD = r"\b(?:" + trie_regex("that which who because if whether but and it he she they we there".split()) + r")\b"


def _circumstances(longest: int) -> str:
    """Words after a circumstance ("in Beijing on Friday"), up to `longest` characters, not a clause."""
    return rf"(?:(?!{_CLAUSE_WORD})[^!?;:“”\"«»]){{0,{longest}}}?"


_CLAUSE = rf"(?P<subj>{_SUBJECT})\s+(?:{_ADVERB}\s+)?(?P<verb>{_VERB})(?:{_AFTER_ADDRESSEE_VERB}\s+(?P<obj>{_OBJECT}))?"
# "said chairman and chief executive officer Bill Ford": a lowercase title before the name ({0,5}? tries
# the bare name first, then one title word, two, ...: as `NAME|TITLED_NAME` would, with one copy of NAME).
_INVERTED = rf"(?P<iverb>{_VERB})\s+(?P<isubj>{_NOUN_PHRASE}|(?:[a-z][\w\-]*\s+){{0,5}}?{_NAME}|he|she|they)"
# Where a trailing attribution may stop: the sentence end, or a participle or quotation that carries on.
_STOP = (r"(?=\s*(?:[.!?…]+[\"”’']?\s*$|$|[;:—–]|,\s*(?:adding|noting|saying|citing|referring|stressing|"
         r"explaining|according|who|which|while|as|and|but)\b|,?\s*[“\"‘]))")
# What hands over from a quotation or a clause to a trailing attribution.
_HANDOVER = r"(?:,\s*[”\"’']?|[.!?…]?\s?[”\"»“]|[,.!?…][’']|[?!])\s*(?:[—–-]\s*)?"  # Russian ", — said"

# The four shapes as one pattern, so that the clause and the inverted clause (most of its length) are
# compiled once: a probe string starts with a mark for the shape wanted (see _Shape), and conditional
# groups pick that shape's parts. Each shape reads as its own pattern would, and tries its paths in
# the same order:
#   trailing    HANDOVER (CLAUSE | INVERTED) TAIL(120) STOP
#   standalone  (CLAUSE | INVERTED) TAIL(60) sentence end
#   leading     CLAUSE circumstance? INTRO (a colon, a comma, "that" or a space)
#   chained     HANDOVER CLAUSE ", " at the end, searched for (the lazy skip tries each start in turn)
# `attr` spans the attribution; `inv` is set when it is inverted ("said Blinken"); `(A|B)TAIL` tries
# what `A TAIL|B TAIL` would, in the same order.
_TRAILING, _STANDALONE, _LEADING, _CHAINED = "\x01", "\x02", "\x03", "\x04"
_SHAPES = lazy(
    rf"(?:\x01(?P<T>)|\x02(?P<S>)|\x03(?P<L>)|\x04(?P<C>)[\s\S]*?)(?(S)|(?(L)|{_HANDOVER}))"
    rf"(?P<attr>(?:{_CLAUSE}|(?(T)|(?(S)|(?!)))(?P<inv>{_INVERTED}))"
    # The tail: ", Matthew Miller," (trailing and standalone), then circumstances (not when chained).
    rf"(?:(?(T)|(?(S)|(?!)))\s*,\s*{_NAME}\s*,)?"
    rf"(?:(?(C)(?!))\s+{_CIRCUMSTANCE}(?(T){_circumstances(120)}|(?(S){_circumstances(60)}|[^!?;:,“”\"]{{0,60}}?)))?)"
    rf"(?(T){_STOP}|(?(S)\s*[.!?…]+\s*$|(?(L)(?P<intro>\s*:\s*|\s*,\s+|\s+that\s+|\s+)|\s*,\s*$)))")


class _Shape:
    """A match of `_SHAPES` on the probe `shape + text[start:end]`, read in offsets into `text`."""

    __slots__ = ("m", "shift")

    def __init__(self, m, shift: int):
        self.m, self.shift = m, shift

    @classmethod
    def match(cls, shape: str, text: str, start: int, end: int) -> _Shape | None:
        m = _SHAPES.match(shape + text[start:end])
        return cls(m, start - 1) if m else None

    def group(self, name):
        return self.m.group(name)

    def start(self, name=0) -> int:
        return self.m.start(name) + self.shift

    def end(self, name=0) -> int:
        return self.m.end(name) + self.shift

    def span(self, name=0) -> tuple[int, int]:
        return self.start(name), self.end(name)


_COMMA_AFTER = lazy(r"\s*,\s*")
_ACCORDING = lazy(rf"(?P<attr>[Aa]ccording\s+to\s+(?P<subj>{_NOUN_PHRASE}|{_PLURAL_PHRASE}|{_NAME}))")
# How far before its verb a trailing attribution may start (its handover mark and subject), in characters.
_LONGEST_SUBJECT = 160
# "On Friday, the ministry said that ...": a short introductory phrase before a leading attribution.
_OPENER = lazy(r"[^,.!?;:“”\"]{1,40},\s+")
# Prefilters. A subject, an adverb and the space before the verb are made of these characters only,
# so an attribution's verb comes before the first character outside them (a comma, a quotation mark).
_NOT_IN_SUBJECT = lazy(r"[^\w\s'’&.\-]")
_LAST_HARD = lazy(r"[\s\S]*[^\w\s'’&.\-]")  # the last such character (the engine steps back from the end)
# A standalone attribution that does not open with its verb (`He said.`, not `Said the minister.`) has
# none of these words after a space: its noun phrases exclude them, names are capitalised, a pronoun
# subject comes first, and the words after a circumstance exclude them (_CLAUSE_WORD).
_NOT_ALONE = lazy(r"\s(?:" + trie_regex("that which who because if whether but it he she they".split()) + r")\b")
# A verb of saying that may end a clause of the trailing or standalone shapes: followed by an addressee
# (after a verb that takes one), a comma (", Matthew Miller,"), a circumstance, or a mark where the
# attribution stops. "Windom said the FDA ..." has none of these: "said" closes no attribution there.
_CLOSES = lazy(rf"{_VERB}(?:{_AFTER_ADDRESSEE_VERB}\s|\s*(?:[.!?…;:—–,“\"‘]|$)|\s+{_CIRCUMSTANCE})")
# Where a trailing attribution may stop (the first character after any space, see _STOP).
_STOP_MARK = lazy(r"[.!?…;:—–,“\"‘]")
# The characters of a handover, and those it may start with (a space only before a quotation mark).
_HANDOVER_CHARS = frozenset(",.!?…”\"»“’'—–-")
_HANDOVER_OPENERS = frozenset(",.!?…”\"»“")
_QUOTE_AFTER_SPACE = frozenset("”\"»“")


class Attribution(NamedTuple):  # a named tuple: made quicker than a frozen dataclass, one per attribution
    """An attribution clause outside quotation marks."""

    start: int  # the clause: "he said", "Wang told Blinken at the start of talks", "said Blinken"
    end: int
    subject: tuple[int, int]
    verb: tuple[int, int]
    shape: str  # trailing | standalone | leading | according
    sentence: int  # index into doc.sentences
    speech_start: int | None = None  # leading shapes: where the reported words begin

    def subject_text(self, doc) -> str:
        return doc.text[self.subject[0] : self.subject[1]]

    def names_speaker(self, doc) -> bool:
        """True when the subject is a name or a noun phrase rather than a pronoun."""
        return self.subject_text(doc).lower() not in SUBJECT_PRONOUNS


def attributions(doc) -> list[Attribution]:
    """Every attribution in the document, in reading order (memoised per document)."""
    return doc.cached("speech.attributions", _find_attributions)


def verb_positions(doc) -> list[int]:
    """Where each verb of saying in lower case (and "according") starts, in order (memoised per document)."""
    return doc.cached("speech.verbs", lambda doc: [at for at in _verbs(doc) if doc.text[at].islower()])


def person_words(doc) -> tuple[list[int], list[int]]:
    """Where each first- or second-person word (in any case) starts, and where it ends, in order (memoised)."""
    return _words(doc)[1:]


def _verbs(doc) -> list[int]:
    """Where each verb of saying (and "according") starts a word, in lower case or capitalised, in order."""
    return _words(doc)[0]


def _words(doc) -> tuple[list[int], list[int], list[int]]:
    return doc.cached("speech.words", _find_words)


def _find_words(doc) -> tuple[list[int], list[int], list[int]]:
    text = doc.text
    low = text.lower()
    if len(low) != len(text) or "ı" in text or "ſ" in text:
        low = text.translate(_UNCASED).lower()
    # Lower case keeps word boundaries and offsets: the words start at the same offsets in `text`.
    verbs, person, person_ends = [], [], []
    for start, end in _word_spans(low):
        if low[start:end] in FIRST_SECOND_PERSON:
            person.append(start)
            person_ends.append(end)
        elif text[start].isascii() and text.startswith(low[start + 1 : end], start + 1):
            verbs.append(start)  # "said" or "Said", not "SAID" (no verb's second word starts another)
    # Each scan finds its words in order: put the two in order (words do not overlap: nor do their ends).
    verbs.sort()
    person.sort()
    person_ends.sort()
    return verbs, person, person_ends


def _word_spans(low: str):
    """(start, end) of each word of `_WORDS` in the lower-case text: at its start, after a space, after a mark."""
    if m := _WORD_AT_START.match(low):
        yield m.span()
    for scan in (_WORD_AFTER_SPACE, _WORD_AFTER_MARK):
        for m in scan.finditer(low):
            yield m.start() + 1, m.end()


def _find_attributions(doc) -> list[Attribution]:
    text = doc.text
    out: list[Attribution] = []
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    # Every place a verb of saying starts a word: an attribution's verb is one of them (it follows a
    # space or a handover mark), and so is the first word of a sentence starting "Asked the minister".
    verbs = _verbs(doc)
    lower = verb_positions(doc)
    # Sentence index -> where its first verb of saying is; or its start, for "Asked the minister ...".
    candidates: dict[int, int] = {}
    for at in lower:
        candidates.setdefault(bisect.bisect_right(starts, at) - 1, at)
    for at in verbs:
        if not text[at].isupper():
            continue
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and starts[i] == at:
            candidates.setdefault(i, at)
    for index in sorted(candidates):
        s = sentences[index]
        found: list[Attribution] = []
        # The large patterns run only where a verb of saying may close an attribution (see _opens,
        # _trailing): the sentence's verbs, and what comes before and after them.
        here = verbs[bisect.bisect_left(verbs, s.start) : bisect.bisect_left(verbs, s.end)]
        opens = bool(here) and not _NOT_IN_SUBJECT.search(text, s.start, here[0])  # _opens at the start
        # The verbs that may end a trailing or standalone clause (the verb of an inverted one comes first).
        closing = [v for v in here if _CLOSES.match(text, v, s.end)]
        m = None
        if opens and (here[0] == s.start or closing and not _NOT_ALONE.search(text, s.start, s.end)):
            m = _Shape.match(_STANDALONE, text, s.start, s.end)
        if m and _stands_alone(text, m) and not _quoted(doc, m):
            out.append(_make(m, "standalone", index))
            continue
        # A trailing attribution's subject is a few words before its verb: no need to look further back.
        look_from = max(s.start, candidates[index] - _LONGEST_SUBJECT)
        # (`opens`: no character of _NOT_IN_SUBJECT comes before the first verb.)
        trailing = _trailing(doc, here, closing, look_from, s.end, here[0] if opens else look_from)
        if trailing:
            found.append(_make(trailing, "trailing", index))
            # "he said, he declared": an attribution chained before this one.
            second = found[-1].start
            look_back = max(s.start, second - _LONGEST_SUBJECT)
            # (It needs a verb of saying in lower case: one in `lower` starts there, and ends before the
            # comma.)
            if text.endswith(",", look_back, second - 1) and (
                    (i := bisect.bisect_left(lower, look_back)) < len(lower) and lower[i] < second):
                chained = _Shape.match(_CHAINED, text, look_back, second)
                if chained and not _quoted(doc, chained):
                    found.append(_make(chained, "trailing", index))
        lead = _Shape.match(_LEADING, text, s.start, s.end) if opens else None
        if lead is None and text.find(",", s.start, s.start + 41) >= 0 and (  # an opener ends with a comma
                opener := _OPENER.match(text, s.start, s.end)) and _opens(text, here, opener.end()):
            lead = _Shape.match(_LEADING, text, opener.end(), s.end)
        if lead and _leads(lead) and not _quoted(doc, lead) and not (trailing and not trailing.group("inv") and trailing.start("attr") == lead.start("attr")):
            found.append(_make(lead, "leading", index, lead.end()))
        if text.find("ccording", s.start, s.end) >= 0:
            for m in _ACCORDING.finditer(text, s.start, s.end):
                if not _quoted(doc, m):
                    # "According to the minister, we must act": the reported words follow the comma.
                    comma = _COMMA_AFTER.match(text, m.end()) if m.start() == s.start else None
                    found.append(_make(m, "according", index, comma.end() if comma else None))
        out.extend(sorted(found, key=_start) if len(found) > 1 else found)
    return out


def _start(a: Attribution) -> int:
    return a.start


def _opens(text: str, verbs: list[int], at: int) -> bool:
    """Whether an attribution may begin at `at`: a verb of saying (`verbs`, sorted) comes before any
    character a subject cannot hold."""
    i = bisect.bisect_left(verbs, at)
    return i < len(verbs) and not _NOT_IN_SUBJECT.search(text, at, verbs[i])


def _clause_may_follow(text: str, verbs: list[int], closing: list[int], at: int, end: int) -> bool:
    """Whether a trailing attribution may follow a handover that reaches `at`. Its subject starts at the
    end of the run of handover characters (`h`); unless its verb is right there ("said Blinken"), the
    verb is one of `closing` after it, and no part of the attribution takes a _NOT_ALONE word after a
    space (see there), so the first such word must come after the verb and after a mark where the
    attribution can stop (_STOP)."""
    h = at
    while h < end and (text[h] in _HANDOVER_CHARS or text[h].isspace()):
        h += 1
    i = bisect.bisect_left(verbs, h)
    if i == len(verbs) or verbs[i] == h:
        return i < len(verbs)
    if not closing or closing[-1] < h:
        return False
    word = _NOT_ALONE.search(text, h, end)
    return word is None or (word.start() > verbs[i] and _STOP_MARK.search(text, verbs[i], word.start()) is not None)


def _trailing(doc, verbs: list[int], closing: list[int], start: int, end: int, clear_to: int):
    """The first unquoted trailing attribution in [start, end), as `finditer` would find it, tried only where
    it can start. Its handover is made of `_HANDOVER_CHARS` and runs up to the subject (or the verb), which
    holds no character of `_NOT_IN_SUBJECT`: so the handover starts in the run of handover characters that
    ends at the last such character before the verb, or after that character as a bare `.’`. No such
    character comes before `clear_to`."""
    text = doc.text
    tries: set[int] = set()
    for v in verbs:
        if v <= start:
            continue
        last = start - 1
        if v > clear_to and (hard := _LAST_HARD.match(text, start, v)):
            last = hard.end() - 1
        p = last if last >= start and _clause_may_follow(text, verbs, closing, last + 1, end) else start - 1
        while p >= start and (text[p] in _HANDOVER_CHARS or text[p].isspace()):
            if text[p] in _HANDOVER_OPENERS or (text[p].isspace() and text[p + 1] in _QUOTE_AFTER_SPACE):
                tries.add(p)
            p -= 1
        p = text.find(".", max(last + 1, start), v)
        while p >= 0:
            if text[p + 1] in "’'":
                tries.add(p)
            p = text.find(".", p + 1, v)
    if not tries:
        return None
    pos = start
    for p in sorted(tries):
        if p < pos:
            continue
        m = _Shape.match(_TRAILING, text, p, end)
        if m is not None:
            if not _quoted(doc, m):
                return m
            pos = m.end()  # finditer goes on after the match
    return None


def _stands_alone(text: str, m) -> bool:
    """A sentence that is only an attribution: a strong verb, or a weak one after a pronoun or a name."""
    verb = (m.group("verb") or m.group("iverb")).lower()
    if verb in STRONG_VERBS:
        return True
    subject = m.group("subj") or m.group("isubj")
    return subject.lower() in ("he", "she", "they") or subject[0].isupper() and subject.split()[0].lower() not in (
        "the", "a", "an", "this", "its", "their", "his", "her", "one", "another", "our", "it")


def _leads(m) -> bool:
    """A leading attribution reports a clause: after that, a colon or a comma, or bare after say or tell."""
    return m.group("intro").strip() != "" or m.group("verb").lower() in BARE_CLAUSE_VERBS


def _quoted(doc, m) -> bool:
    return doc.overlaps_quotation(m.start("attr"), m.end("attr"))


def _make(m, shape: str, sentence: int, speech_start: int | None = None) -> Attribution:
    if shape == "according":  # a match of _ACCORDING: no verb but "according to"
        verb = (m.start("attr"), m.start("attr") + len("according to"))
        return Attribution(m.start("attr"), m.end("attr"), m.span("subj"), verb, shape, sentence, speech_start)
    r, shift = m.m, m.shift  # the probe's match, read once
    subject, verb = ("isubj", "iverb") if r.group("inv") else ("subj", "verb")
    s0, s1 = r.span(subject)
    v0, v1 = r.span(verb)
    return Attribution(r.start("attr") + shift, r.end("attr") + shift, (s0 + shift, s1 + shift),
                       (v0 + shift, v1 + shift), shape, sentence, None if subject == "isubj" else speech_start)
