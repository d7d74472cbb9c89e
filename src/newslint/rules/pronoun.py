"""Rules of the pronoun family: "he" or "she" for a country or an institution.

Source languages give countries and institutions a grammatical gender (la Chine, le gouvernement,
die Regierung, Россия), and translation carries it into English as "she" or "he". The analysis here
finds, for each he/she/him/her/his/hers/himself/herself outside quotation marks, whether its likely
antecedent is a country, a seat of government or an organisation rather than a person:

1. Gather what the pronoun could refer to: the countries and organisations (newslint.entities) in its
   sentence before it and in the two sentences before (not in quotations, not in a headline).
2. Stay silent when a person could be meant: a named person whose gender does not rule them out (in
   reach, in this paragraph or the one before, or named later in this paragraph: "In his speech, Putin
   said"), a title ("the President"), a common noun for a person ("the minister", "the 35-year-old"),
   an unknown capitalised name that may be one, someone who speaks ("Swett said"), a relative "who",
   a quotation in the first person, or an earlier he/she of the same gender that was itself a person.
   "He said" is left alone unless the story has named nobody who fits.
3. Otherwise pick the antecedent: the head of the relative clause the pronoun sits in ("Russia, which
   ... her"); for a pronoun that opens its sentence, the subject of the sentence before; else the
   subject of its own sentence; else the nearest one in its sentence that no preposition governs.
   The fix is safe when the antecedent is such a subject and nothing person-like is in reach.

A person's gender comes from an honorific (Mr, Ms), a gendered title (spokeswoman, King), a first
name, or the story itself: a pronoun whose only possible antecedent is that person ("Wang ...
he said") is evidence. Evidence never comes from the pronoun being judged.
"""

from __future__ import annotations

import bisect
import operator
import re
from dataclasses import dataclass
from functools import cache, cached_property

from .. import lazy_regex
from ..diagnostics import Edit, Fix
from ..engine.registry import register
from ..engine.rule import Rule
from ..entities import (
    BODY,
    COUNTRY,
    ORG,
    PERSON,
    SEAT,
    STORY_SPAN,
    TITLE,
    UNKNOWN,
    Mention,
    entities,
    lexicon,
)
from ..lazy_regex import lazy, trie_regex

# Lower case or capitalised; all-capitals "HE" is a headline or a ticker ("<SHE>").
# The first letter is matched before the look-behind so that the engine can skip ahead quickly.
_PRONOUN = lazy(r"[HhSs](?<![\w-].)(?:(?<=[Hh])(?:e|im|ers?|is|imself|erself)|(?<=[Ss])he)\b(?![-'’]\w)")
# The same pronouns found from their "h" or "H": a pattern that starts with one letter is scanned for much
# faster than one that starts with a class of four. _pronouns() turns each into a match of _PRONOUN.
_PRONOUN_H = lazy(r"h(?:(?<![\w-].)(?:e|im|ers?|is|imself|erself)|(?<=(?<![\w-])[Ss]h)e)\b(?![-'’]\w)")
_PRONOUN_CAP_H = lazy(r"H(?<![\w-].)(?:e|im|ers?|is|imself|erself)\b(?![-'’]\w)")


def _pronouns(text: str, start: int = 0, end: int | None = None) -> list[re.Match]:
    """What _PRONOUN.finditer(text, start, end) finds, in text order."""
    end = len(text) if end is None else end
    found = []
    for h in (*_PRONOUN_H.finditer(text, start, end), *_PRONOUN_CAP_H.finditer(text, start, end)):
        at = h.start() - 1 if h.start() > 0 and text[h.start() - 1] in "Ss" else h.start()  # "she"
        if at >= start:
            found.append(_PRONOUN.match(text, at, end))
    found.sort(key=_START)
    return found


_START = operator.methodcaller("start")
_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_SUBJECT = frozenset({"he", "she"})
_REFLEXIVE = frozenset({"himself", "herself"})

# A pronoun that is the subject of a verb of saying names the speaker ("he said", "he was quoted as saying").
_SAID_AFTER = lazy(r"[ \t]+(?:(?:also|then|later|again|further|previously|earlier|once|had|has|have|was|is|"
                         r"would|will)[ \t]+)*(?P<verb>[a-z]+)\b")
_AFTER_QUOTE = lazy(r"[,.!?…]?[\"”’»][ \t]*$")
# ... or its object ("Tehran Radio quoted him as saying", "told her that").
_SPEECH_OBJECT = lazy(r"\b(?:quoted|quoting|told|tells|asked|asks|thanked|urged|interviewed|reminded)[ \t]+$")

_NEXT_WORD = lazy(r"\s*([A-Za-z]+)")
# Words after "her" that show it is an object ("told her that", "with her in"), not a possessive.
_AFTER_OBJECT = frozenset("""a an the this that these those to in on at for with from by of as and or but nor so
than then if when while because after before about into over under against during without through up down out
off back away again too also now not never yet still last this next any some all both each every no which who
whom whose what where why how it its them him her he she they we you i is was has had will would could should
may might must can did does do am are were been being""".split())


@cache
def _person_noun_regex() -> re.Pattern:
    """A common noun for one person ("the minister", "a 35-year-old", "China's foreign minister", "Czech
    woman"). Nouns that are as often adjectives or verbs ("official", "head") need a determiner or a possessor.
    Built on first use: the word list is long."""
    nouns = trie_regex(lexicon().lex.PERSON_NOUNS)
    return lazy_regex.compile(
        r"(?P<det>\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Aa]nother|its|their|his|her|our|whose|[A-Z][\w.]*['’]s)"
        r"[ \t\n]+(?:[\w-]+[ \t\n]+){0,2})?"
        r"(?:\b(?P<noun>" + nouns + r")|\b(?:\d+|[a-z]+)[- ]year[- ]old)(?:['’]s)?\b(?![-'’]\w)"
        # "one of the top executives of the IMF has tendered his resignation"
        r"|\b(?:[Oo]ne|[Ee]ach|[Ee]ither|[Nn]either) of (?:the|its|their) (?:[\w-]+ ){0,2}(?P<plural>" + nouns
        + r")s\b")


# Someone said something: "azpurua said", "Swett told reporters" (a speaker who is no country or body).
_SPEAKER = lazy(r"\b(?P<who>[A-Za-z]+)[ \t]+(?:said|says|told|tells|added|adds|asked|stressed|insisted|argued|"
                      r"warned|explained|noted|declared|replied|wrote)\b")
_NOT_SPEAKERS = frozenset({"it", "they", "we", "i", "you", "he", "she", "who", "which", "that", "also", "has", "have",
                           "had", "and", "then", "later", "statement", "report", "reports", "data", "figures"})
_CLAUSE_BREAK = lazy(r"[,.;:!?\"“”]")
_WHO = lazy(r"\bwho\b")
_FIRST_PERSON = lazy(r"\b(?:I|me|my|myself|mine)\b")
_PREPOSITION_BEFORE = lazy(r"""\b(?:in|on|at|to|from|with|by|for|of|about|against|toward|towards|between|among|
    into|over|under|after|before|like|than|via|across|through|within|without|upon|onto|amid|despite|including|versus)
    (?:\s+the)?\s+$""", re.VERBOSE)
_AND_AFTER = lazy(r"\s+(?:and|or|&)\s+")
_AND_BEFORE = lazy(r"\b(?:and|or|&)\s+(?:the\s+)?$")
_RELATIVE = lazy(r"\s*,?\s*(?:which|that)\b", re.IGNORECASE)
# What may open a sentence before a pronoun that carries on the previous subject ("But he", "Meanwhile, she").
_SENTENCE_OPENER = lazy(r"""[\s"“‘'(«]*(?:(?:and|but|so|yet|or|then|now|also|still|instead|meanwhile|
    however|moreover|furthermore|besides|indeed|later|earlier|today|yesterday|thus|therefore)[\s,]+)*$""",
                              re.IGNORECASE | re.VERBOSE)
# What may stand before a sentence's subject: quotation marks, conjunctions, a fronted phrase and its comma.
_SUBJECT_PREFIX = lazy(r"""[\s"“‘'(«]*(?:(?:and|but|so|yet|or|then|also|still|meanwhile|however|moreover|
    instead|indeed|now|later|earlier|separately|in\ turn|for\ its\ part|in\ response)[\s,]+)*(?:[^,.;:"“”]{1,40},\s*)?
    (?:the\s+)?$""", re.IGNORECASE | re.VERBOSE)


@dataclass(frozen=True)
class Misuse:
    """A pronoun (start, end) whose antecedent is a country or an organisation."""

    start: int
    end: int
    pronoun: str
    antecedent: Mention
    antecedent_text: str
    replacement: str
    certain: bool  # the antecedent is a subject and nothing else in reach could be meant
    family: str  # "country" (PN01) or "institution" (PN02)


def misuses(doc) -> list[Misuse]:
    return doc.cached("pronoun-misuses", _Analysis)


class _Analysis(list):
    """Every misused pronoun in the document (a list of Misuse), built once."""

    def __init__(self, doc):
        super().__init__()
        self.doc, self.text = doc, doc.text
        found = _pronouns(self.text)
        if not found:
            return
        self.ents = entities(doc)
        self.sentences = doc.sentences
        self.starts = [s.start for s in self.sentences]
        self.flagged: set[int] = set()  # offsets of the pronouns found misused so far
        self.found = [m for m in found if not doc.in_quotation(m.start(), m.end())]
        # What a pronoun could refer to, filtered once for the whole story (the filter is the same for every
        # pronoun): countries, seats and organisations that are no modifier, outside quotations and headlines.
        self.antecedents = [x for x in self.ents.mentions if x.kind in (COUNTRY, SEAT, ORG, BODY) and not x.modifier
                            and not doc.in_quotation(x.start, x.end) and not self._in_headline(x.start)]
        self.antecedent_starts = [x.start for x in self.antecedents]
        for m in self.found:
            misuse = self._judge(m)
            if misuse:
                self.flagged.add(m.start())
                self.append(misuse)

    # Built on first use (the evidence below too): most pronouns are settled before these are asked for.

    @cached_property
    def _speech(self) -> tuple[list[int], list[int]]:
        """Starts and ends of the quotations in the first person singular."""
        speech = [(q.start, q.end) for q in self.doc.quotations if _FIRST_PERSON.search(self.text, q.start, q.end)]
        return [a for a, _ in speech], [b for _, b in speech]

    def _sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def _back(self, index: int, n: int) -> int:
        """Start of the sentence n sentences before sentence `index`."""
        return self.sentences[max(0, index - n)].start

    # -- gender evidence from the story -------------------------------------------------------------

    @cached_property
    def evidence(self) -> dict[int, dict[int, str]]:
        """person index -> {pronoun offset: gender}: pronouns whose only possible antecedent is that person."""
        out: dict[int, dict[int, str]] = {}
        for m in self.found:
            start = self._back(self._sentence_index(m.start()), 1)
            near = [x for x in self.ents.between(start, m.start()) if x.kind in (PERSON, TITLE, UNKNOWN)]
            if len({(x.kind, x.key) for x in near}) != 1 or near[0].kind != PERSON:
                continue
            for p in self.ents.people_of(near[0]):  # "Wang ... he said": whichever Wang, he is a man
                out.setdefault(p.index, {})[m.start()] = _GENDER[m.group().lower()]
        return out

    def _gender(self, mention: Mention, exclude: int) -> str | None:
        """The gender of the person named, from the name or the story (leaving out the pronoun judged)."""
        genders = set()
        for p in self.ents.people_of(mention):
            if p.gender:
                genders.add(p.gender)
                continue
            votes = [g for off, g in self.evidence.get(p.index, {}).items() if off != exclude]
            m, f = votes.count("m"), votes.count("f")
            genders.add("m" if m > f else "f" if f > m else None)
        return genders.pop() if len(genders) == 1 else None

    # -- judging one pronoun ------------------------------------------------------------------------

    def _judge(self, m: re.Match) -> Misuse | None:
        word = m.group().lower()
        gender = _GENDER[word]
        index = self._sentence_index(m.start())
        reach = self._back(index, 2)
        starts = self.antecedent_starts
        candidates = self.antecedents[bisect.bisect_left(starts, reach):bisect.bisect_left(starts, m.start())]
        # "Japan's central bank": the body, not the country inside its name.
        candidates = [x for x in candidates if not any(y.start <= x.start and x.end <= y.end and y.end - y.start >
                                                       x.end - x.start for y in candidates)]
        if not candidates or self._person_in_play(m, index, candidates):
            return None
        antecedent, certain = self._antecedent(m, index, candidates)
        if antecedent is None:
            # "She considers the region part of her sphere": carry on from a flagged pronoun in reach.
            chain = [x for x in self[-2:] if x.start >= self._back(index, 1) and _GENDER[x.pronoun.lower()] == gender]
            if not chain:
                return None
            antecedent, certain = chain[-1].antecedent, chain[-1].certain
        people = (PERSON, TITLE, UNKNOWN)
        certain = certain and not any(x.kind in people for x in self.ents.between(reach, m.start()))
        if word in _SUBJECT and self._is_attribution(m) and not (certain and self._nobody_before(m, gender)):
            return None  # "he said" names a speaker: a person, unless the story has named no one who fits
        family = "country" if antecedent.kind in (COUNTRY, SEAT) or antecedent.sub == "country" else "institution"
        return Misuse(m.start(), m.end(), m.group(), antecedent, self.text[antecedent.start:antecedent.end],
                      self._replacement(m, antecedent.plural), certain, family)

    def _person_in_play(self, m: re.Match, index: int, candidates: list[Mention]) -> bool:
        """Could a person be meant? Then the pronoun is left alone."""
        text, gender, offset = self.text, _GENDER[m.group().lower()], m.start()
        sentence = self.sentences[index]
        near = self._back(index, 1)
        paragraph = self.doc.paragraph_at(offset)
        # Named people, titles and earlier he/she: the sentences in reach, this paragraph and the one before.
        story = self._back(index, 2)
        if paragraph is not None:
            story = min(story, self.doc.paragraphs[max(0, paragraph.index - 1)].start)
        after = self.ents.between(m.end(), paragraph.end) if paragraph else []  # "In his speech, Putin said"
        for x in self.ents.between(story, offset) + after:
            if x.kind == PERSON and self._gender(x, offset) in (None, gender):
                return True
            if x.kind == TITLE and x.gender in (None, gender) and x.start >= near:
                return True
            if x.kind == UNKNOWN and x.start < offset and self._salient(x, index):
                return True
        if m.group().lower() in ("him", "her") and _SPEECH_OBJECT.search(text, max(0, offset - 20), offset):
            return True  # "quoted him as saying"
        if _WHO.search(text, sentence.start, offset):
            return True  # "a viewer who says he": a relative clause about a person
        speech_starts, speech_ends = self._speech
        i = bisect.bisect_left(speech_starts, offset)
        if any(end > near for end in speech_ends[max(0, i - 3):i]):
            return True  # '"My goal is to win," ... his goals': someone speaks of themselves
        return (self._person_noun(near, offset, gender) or self._fronted(m, sentence, gender)
                or self._earlier_pronoun(self._paragraphs_back(paragraph, 2, story), offset, gender)
                or self._speaker(near, offset, candidates))

    def _nobody_before(self, m: re.Match, gender: str) -> bool:
        """No person of this gender (or of unknown gender) named earlier in the story."""
        return not any(x.kind == PERSON and self._gender(x, m.start()) in (None, gender)
                       for x in self.ents.between(max(0, m.start() - STORY_SPAN), m.start()))

    def _paragraphs_back(self, paragraph, n: int, default: int) -> int:
        """Start of the paragraph n paragraphs before `paragraph` (or `default`, whichever is earlier)."""
        if paragraph is None:
            return default
        return min(default, self.doc.paragraphs[max(0, paragraph.index - n)].start)

    def _is_attribution(self, m: re.Match) -> bool:
        after = _SAID_AFTER.match(self.text, m.end())
        return bool(after and after.group("verb") in lexicon().lex.SPEECH_VERBS
                    or _AFTER_QUOTE.search(self.text, max(0, m.start() - 4), m.start()))

    def _salient(self, x: Mention, index: int) -> bool:
        """An unknown name that may be a person in play: in the pronoun's sentence, or the subject of the
        sentence before ("Gandhi announced ... but he"; not "the Rafah crossing")."""
        sentence = self.sentences[index]
        if x.start >= sentence.start:
            return True
        previous = self.sentences[index - 1] if index else None
        return previous is not None and x.start >= previous.start and \
            _SUBJECT_PREFIX.match(self.text, previous.start, x.start) is not None

    def _in_headline(self, offset: int) -> bool:
        """A short paragraph with no closing punctuation: a headline, whose words are no antecedent."""
        p = self.doc.paragraph_at(offset)
        return p is not None and p.end - p.start < 120 and self.text[p.end - 1] not in ".!?\"”’)…:"

    def _speaker(self, start: int, offset: int, candidates: list[Mention]) -> bool:
        """Someone other than the candidates speaks in reach ("Swett said ..."): a person is in play."""
        for s in _SPEAKER.finditer(self.text, start, offset):
            who = s.start("who")
            if s.group("who").lower() in _NOT_SPEAKERS or any(x.end > who for x in self.ents.between(who - 60, who + 1)):
                continue  # a function word, or a name the entity model knows (and that is judged on its own)
            if any(x.start <= who <= x.end + 40 and not _CLAUSE_BREAK.search(self.text, x.end, max(x.end, who))
                   for x in candidates):
                continue  # "the ministry of foreign affairs said": the speaker is a candidate
            return True
        return False

    def _person_noun(self, start: int, end: int, gender: str) -> bool:
        lex = lexicon().lex
        for p in _person_noun_regex().finditer(self.text, start, end):
            noun = p.group("noun")
            if noun is not None and (lex.PERSON_NOUNS[noun] not in (None, gender)
                                     or noun in lex.AMBIGUOUS_PERSON_NOUNS and not p.group("det")):
                continue
            return True
        return False

    def _fronted(self, m: re.Match, sentence, gender: str) -> bool:
        """A pronoun in a fronted phrase that a person noun then resolves: "In her ruling, the judge said"."""
        comma = self.text.find(",", m.end(), sentence.end)
        if comma < 0 or "," in self.text[sentence.start:m.start()]:
            return False
        return self._person_noun(comma, min(sentence.end, comma + 60), gender)

    def _earlier_pronoun(self, start: int, offset: int, gender: str) -> bool:
        """An earlier he/she of the same gender in reach that was not itself flagged: a person is in play."""
        for p in _pronouns(self.text, start, offset):
            if _GENDER[p.group().lower()] == gender and p.start() not in self.flagged \
                    and not self.doc.in_quotation(p.start(), p.end()):
                return True
        return False

    # -- choosing the antecedent ----------------------------------------------------------------

    def _antecedent(self, m: re.Match, index: int, candidates: list[Mention]) -> tuple[Mention | None, bool]:
        """(antecedent, certain): the head of the pronoun's relative clause, the subject of its sentence,
        the subject of the sentence before (for a pronoun that opens its sentence), or the nearest one."""
        text, sentence = self.text, self.sentences[index]
        candidates = [x for x in candidates if not self._coordinated(x, m)]
        here = [x for x in candidates if x.start >= sentence.start]
        for x in reversed(here):  # "Russia, which says her ..."
            if _RELATIVE.match(text, x.end) and not any(y.start > x.end for y in here):
                return x, True
        if _SENTENCE_OPENER.match(text, sentence.start, m.start()):
            if index == 0 or m.group().lower() in _REFLEXIVE:
                return None, False
            previous = self.sentences[index - 1]
            return self._subject([x for x in candidates if previous.start <= x.start < previous.end],
                                 previous.start), True
        subject = self._subject(here, sentence.start)
        if subject is not None:
            return subject, True
        if m.group().lower() in _REFLEXIVE:
            return None, False  # "himself" refers to its own clause's subject
        # The nearest one not governed by a preposition ("China's right ... countries that she deems").
        for x in reversed(here):
            if x.possessive or not _PREPOSITION_BEFORE.search(text, max(sentence.start, x.start - 16), x.start):
                return x, False
        return None, False

    def _subject(self, mentions: list[Mention], sentence_start: int) -> Mention | None:
        """The mention that opens the sentence, after any conjunction or short fronted phrase
        ("China said", "But the ministry said", "On Friday, Beijing said"), unless it is a possessor."""
        for x in mentions[:1]:
            if _SUBJECT_PREFIX.match(self.text, sentence_start, x.start) and not x.possessive:
                return x
        return None

    def _coordinated(self, x: Mention, m: re.Match) -> bool:
        """"Labour and the Tories have attacked his policies": a pair is no antecedent for he or she
        (but "Spain and her partners" is Spain's)."""
        after = _AND_AFTER.match(self.text, x.end)
        if after:
            return after.end() != m.start()
        return bool(_AND_BEFORE.search(self.text, max(0, x.start - 12), x.start)) and \
            any(y.end <= x.start and x.start - y.end < 12 for y in self.ents.between(x.start - 60, x.start))

    def _replacement(self, m: re.Match, plural: bool) -> str:
        word = m.group().lower()
        if word in ("he", "she"):
            new = "they" if plural else "it"
        elif word == "him":
            new = "them" if plural else "it"
        elif word == "his":
            new = "their" if plural else "its"
        elif word == "hers":
            new = "theirs" if plural else "its"
        elif word in _REFLEXIVE:
            new = "themselves" if plural else "itself"
        else:  # her: a possessive before a noun, else an object
            nxt = _NEXT_WORD.match(self.text, m.end())
            possessive = nxt is not None and nxt.group(1).lower() not in _AFTER_OBJECT
            new = ("their" if plural else "its") if possessive else ("them" if plural else "it")
        original = m.group()
        return new.capitalize() if original[0].isupper() else new


class _PronounRule(Rule):
    category = "pronoun"
    severity = "warning"
    fixable = True
    quoted = "exclude"
    family = ""

    def check(self, doc):
        for x in misuses(doc):
            if x.family != self.family:
                continue
            what = _describe(x)
            message = f"'{x.pronoun}' refers to {what}: use '{x.replacement}'"
            if x.replacement.lower() == "they":
                fix = Fix.display(f"Use '{x.replacement}' and make the verb plural")
            elif x.certain:
                fix = Fix.safe(f"Replace '{x.pronoun}' with '{x.replacement}'", [Edit(x.start, x.end, x.replacement)])
            else:
                fix = Fix.unsafe(f"Replace '{x.pronoun}' with '{x.replacement}'", [Edit(x.start, x.end, x.replacement)])
            yield self.report(x.start, x.end, message, fix)


def _describe(x: Misuse) -> str:
    a = x.antecedent
    name = x.antecedent_text
    if a.kind == COUNTRY:
        return f"the country '{name}'"
    if a.kind == SEAT:
        return f"'{name}', standing for its government"
    if a.kind == BODY:
        return f"'{name}'"
    return f"the {'government body' if a.sub == 'government' else 'organisation'} '{name}'"


@register
class PersonalPronounForCountry(_PronounRule):
    """A country, or a capital standing for its government, is called "he" or "she".

    ## Why
    French, Spanish, German, Russian and Arabic give countries a grammatical gender, and translation
    carries it over as "she" or "he". English calls a country "it" (or names it again). The rule stays
    silent when a person could be meant, so "Xi stressed ... He said" passes.
    ## Example
    China denounced the aid as a dangerous provocation. He also strongly opposes the sale.
    France will defend her interests in the region, the ministry said.
    ## Better
    China denounced the aid as a dangerous provocation. It also strongly opposes the sale.
    Xi stressed that China would not give way. He said talks would continue.
    ## Fix safety
    Safe when the antecedent is the subject of the pronoun's sentence or of the sentence before and no
    person is in reach; unsafe otherwise. A plural antecedent ("they") needs the verb changed too, so that
    fix is only shown.
    """

    code = "PN01"
    name = "personal-pronoun-for-country"
    family = "country"


@register
class PersonalPronounForInstitution(_PronounRule):
    """A government, ministry, party, company or other organisation is called "he" or "she".

    ## Why
    Le gouvernement, die Regierung and la empresa carry a grammatical gender that translation turns
    into "he" or "she". English calls an institution "it" ("they" for a few collective names).
    ## Example
    The ministry said he would publish the figures on Monday.
    The company reported a loss, and her shares fell 5%.
    ## Better
    The ministry said it would publish the figures on Monday.
    The company's chairman said he would step down.
    ## Fix safety
    Safe when the antecedent is the subject of the pronoun's sentence or of the sentence before and no
    person is in reach; unsafe otherwise. A plural antecedent ("they") needs the verb changed too, so that
    fix is only shown.
    """

    code = "PN02"
    name = "personal-pronoun-for-institution"
    family = "institution"
