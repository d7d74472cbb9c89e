"""Rules of the consistency family about people: one person's name spelled two ways, one person given
two titles, a bare surname that two people in the story share. They read the story's cast from
newslint.entities (CN01 and the spelling packs are YAML rules in rules/consistency.yml).
"""

from __future__ import annotations

import re
from collections import Counter

from ..diagnostics import Edit, Fix
from ..engine.registry import register
from ..engine.rule import Rule
from ..entities import AMBIGUOUS, PERSON, STORY_SPAN, Person, entities, lexicon, spelling_variants
from ..lazy_regex import lazy

# -- titles ---------------------------------------------------------------------------------------

# Offices, longest first: a title is read as office + rank + portfolio ("Deputy Foreign Minister").
_OFFICES = ["general secretary", "party secretary", "party chief", "prime minister", "first minister",
            "chief minister", "vice president", "vice premier",
            "secretary general", "attorney general", "chief justice", "chief executive", "president", "premier",
            "chancellor", "minister", "secretary", "governor", "mayor", "senator", "ambassador", "speaker",
            "king", "queen", "emperor", "pope", "general", "admiral", "colonel", "marshal"]
_OFFICE = lazy(r"\b(?:" + "|".join(o.replace(" ", r"\s") for o in _OFFICES) + r")\b")
_RANKS = frozenset({"deputy", "vice", "assistant", "under", "shadow", "junior", "senior"})
_NOT_PORTFOLIO = frozenset({"of", "the", "for", "and", "affairs", "acting", "interim", "elect", "new", "top",
                            "state's", "federal", "national", "us", "u.s.", "uk"})
_SYNONYMS = {"defense": "defence", "external": "foreign", "labor": "labour"}


def office(title: str) -> tuple[str, frozenset, frozenset] | None:
    """("minister", ranks, portfolio) for "Deputy Foreign Minister"; None for a title that is no office."""
    words = title.lower().replace("-", " ")
    m = _OFFICE.search(words)
    if m is None:
        return None
    rest = (words[:m.start()] + " " + words[m.end():]).split()
    ranks = frozenset(w for w in rest if w in _RANKS)
    portfolio = frozenset(_SYNONYMS.get(w, w) for w in rest if w not in _RANKS and w not in _NOT_PORTFOLIO)
    return re.sub(r"\s+", " ", m.group()), ranks, portfolio


# One person may hold a military rank, a party post and a state office at once ("General Musharraf",
# "President Musharraf"; "General Secretary Xi", "President Xi"): titles are compared within a kind only.
_KINDS = {"general": "military", "admiral": "military", "colonel": "military", "marshal": "military",
          "general secretary": "party", "party secretary": "party", "party chief": "party"}


def same_office(a, b) -> bool:
    """Can two titles name one office? "Secretary of State" and "Secretary" can; "Foreign Minister" and
    "Public Security Minister" cannot, nor "Minister" and "Deputy Minister"."""
    if _KINDS.get(a[0], "state") != _KINDS.get(b[0], "state"):
        return True
    if a[0] != b[0] or a[1] != b[1]:
        return False
    return not a[2] or not b[2] or a[2] <= b[2] or b[2] <= a[2]


def _title_span(text: str, m) -> tuple[int, int]:
    """Where a mention's title is written: at its start ("Foreign Minister Wang Yi") or just before it
    ("spokesman Wang Wenbin")."""
    if text.startswith(m.title, m.start):
        return m.start, m.start + len(m.title)
    at = text.rfind(m.title, max(0, m.start - 40), m.start)
    return (at, at + len(m.title)) if at >= 0 else (m.start, m.end)


@register
class PersonWithTwoTitles(Rule):
    """One person is given two different titles in one story.

    ## Why
    A translated story that calls the same official "Foreign Minister" in one paragraph and "Defence
    Minister" in the next leaves the reader unsure who is who; one of the two is wrong. A title dropped or
    shortened ("Secretary of State Antony Blinken", later "Secretary Blinken") is fine, and so is a former
    office ("former President").
    ## Example
    Foreign Minister Wang Yi met Blinken. Later, Defence Minister Wang Yi said the talks were useful.
    ## Better
    Foreign Minister Wang Yi met Blinken. Later, Foreign Minister Wang Yi said the talks were useful.
    Secretary of State Antony Blinken met Wang. Secretary Antony Blinken later left for Seoul.
    """

    code = "CN03"
    name = "person-with-two-titles"
    category = "consistency"
    severity = "warning"

    def check(self, doc):
        text = doc.text
        for person in entities(doc).people:
            titled = [(m, office(m.title)) for m in person.mentions if m.title]
            titled = [(m, o) for m, o in titled if o is not None]
            if len({(o[0], o[1], o[2]) for _, o in titled}) < 2:
                continue
            for m, o in titled:
                # The title most of the person's other mentions agree with is the reference.
                near = [(n, p) for n, p in titled if abs(n.start - m.start) <= STORY_SPAN]
                support = [sum(same_office(p, q) for _, q in near) for _, p in near]
                best = max(range(len(near)), key=lambda i: (support[i], -near[i][0].start))
                ref, ref_office = near[best]
                if not same_office(o, ref_office):
                    start, end = _title_span(text, m)
                    yield self.report(start, end, f"{person.name} is '{m.title}' here but '{ref.title}' elsewhere "
                                                  f"in the story: one person, two titles")


# -- names ----------------------------------------------------------------------------------------


def _spellings(person: Person) -> list[Counter]:
    """For each word of the person's name, how often each spelling of it is written."""
    canonical = person.name.split(" ")
    counts = [Counter() for _ in canonical]
    for m in person.mentions:
        written = m.written.split(" ")
        if any(w.isupper() and len(w) > 1 for w in written):
            continue  # "H AND R BLOCK": a headline in capitals
        if len(written) == len(canonical):
            for i, w in enumerate(written):
                counts[i][w] += 1
        elif len(written) == 1 and written[0] not in canonical:
            counts[canonical.index(person.surname) if person.surname in canonical else -1][written[0]] += 1
        elif len(written) == 1:
            counts[canonical.index(written[0])][written[0]] += 1
    return counts


@register
class NameSpelledTwoWays(Rule):
    """One person's name is spelled two ways in one story ("Antony Blinken", then "Anthony Blinken").

    ## Why
    Transliteration and hasty editing leave two spellings of one name (Zelensky and Zelenskyy, Antony and
    Anthony); readers wonder whether two people are meant. Only names the story introduced in full are
    compared, word by word, so two different people ("Mark Smith", "Mary Smith") stay apart.
    ## Example
    Secretary of State Antony Blinken arrived on Friday. Anthony Blinken met Wang on Saturday.
    President Volodymyr Zelensky spoke by phone. Zelenskyy said he was grateful.
    ## Better
    Secretary of State Antony Blinken arrived on Friday. Antony Blinken met Wang on Saturday.
    Mark Smith and Mary Smith, his sister, ran the shop.
    ## Fix safety
    Unsafe: the fix uses the spelling the story uses most, which is not always the right one.
    """

    code = "CN02"
    name = "name-spelled-two-ways"
    category = "consistency"
    severity = "warning"
    fixable = True

    def check(self, doc):
        text, first_names = doc.text, lexicon().first_names
        for person in entities(doc).people:
            name, canonical = person.name, person.name.split(" ")
            if all(m.written == name or m.written in canonical for m in person.mentions):
                continue  # written one way only (most people): no word has a second spelling
            counts = _spellings(person)
            if all(len(c) < 2 for c in counts):
                continue
            usual = [max(c, key=lambda w, c=c: (c[w], -_first(person, w))) if c else "" for c in counts]
            for m in person.mentions:
                for word in m.written.split(" "):
                    if word.isupper():
                        continue  # "H AND R BLOCK": a headline in capitals
                    position = next((i for i, c in enumerate(counts) if word in c), None)
                    if position is None or word == usual[position] \
                            or not spelling_variants(word, usual[position], first_names):
                        continue  # the usual spelling, or a short form or initial ("Dick", "J")
                    at = _word_at(text, word, m.start, m.end)
                    if at < 0:
                        continue
                    right = usual[position]
                    fix = Fix.unsafe(f"Spell it '{right}'", [Edit(at, at + len(word), right)])
                    yield self.report(at, at + len(word), f"'{word}' here, '{right}' elsewhere in the story: "
                                                          f"one person's name spelled two ways", fix)


def _first(person: Person, word: str) -> int:
    return next((m.start for m in person.mentions if word in m.written.split(" ")), 0)


def _word_at(text: str, word: str, start: int, end: int) -> int:
    m = re.compile(r"\b" + re.escape(word) + r"\b").search(text, start, end)
    return m.start() if m else -1


# "the Schumacher brothers", "the Williams sisters": a surname for a family, not one person.
_FAMILY = lazy(r"['’]?s?\s+(?:brothers|sisters|twins|siblings|family|families|couple|clan|dynasty|"
                     r"household|duo|pair)\b")


# "Roberts (Wrexham)": a squad list, where each line stands for a different player.
_LINEUP = lazy(r"\s*\((?!\d)")
_GENDERED = lazy(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)


@register
class AmbiguousSurname(Rule):
    """A bare surname could be either of two people the story introduced ("Wang" after Wang Yi and Wang Xiaohong).

    ## Why
    After "Foreign Minister Wang Yi and Public Security Minister Wang Xiaohong", "Wang told Blinken" does not
    say which Wang spoke. Use the full name, or the title, whenever two people in the story share a surname.
    A surname right after one of them was named in full stays silent.
    ## Example
    Blinken met Foreign Minister Wang Yi and Public Security Minister Wang Xiaohong. Later, relations were stable, Wang told Blinken.
    ## Better
    Blinken met Foreign Minister Wang Yi and Public Security Minister Wang Xiaohong. Later, relations were stable, Wang Yi told Blinken.
    Blinken met Foreign Minister Wang Yi on Friday. Later, relations were stable, Wang told Blinken.
    """

    code = "CN04"
    name = "ambiguous-surname"
    category = "consistency"
    severity = "warning"
    quoted = "exclude"  # a speaker's "Wang" is the speaker's affair

    def check(self, doc):
        ents = entities(doc)
        text = doc.text
        resolved: dict[str, tuple] = {}  # surname -> (the person a bare mention was taken for, paragraph)
        for m in ents.mentions:
            if m.kind != PERSON or m.person != AMBIGUOUS or not m.bare or _FAMILY.match(text, m.end) \
                    or _LINEUP.match(text, m.end):
                continue
            # People introduced with a first name (not "S Jones" from a squad list), not too far back.
            people = [p for p in ents.people_of(m) if len(p.given.rstrip(".")) > 1
                      and p.mentions[0].start < m.start and m.start - p.mentions[0].start <= STORY_SPAN]
            if len(people) < 2:
                continue
            previous = resolved.get(m.key)
            if previous and previous[1] >= self._paragraph(doc, m.start) - 2:
                resolved[m.key] = (previous[0], self._paragraph(doc, m.start))
                continue  # carries on with the namesake the story settled on just before
            settled = self._settled(doc, m, people) or self._told_apart(doc, m, people) or self._main(m, people)
            if settled:
                resolved[m.key] = (settled, self._paragraph(doc, m.start))
                continue
            names = " or ".join(p.name for p in people[:3])
            yield self.report(m.start, m.end, f"'{m.written}' could be {names}: both are named in the story",
                              Fix.display("Name the person in full"))

    @staticmethod
    def _paragraph(doc, offset: int) -> int:
        p = doc.paragraph_at(offset)
        return p.index if p else 0

    @staticmethod
    def _told_apart(doc, m, people):
        """The one namesake a he or she later in the sentence fits ("Osbourne himself": Ozzy, not Sharon)."""
        sentence = doc.sentence_at(m.start)
        pronoun = _GENDERED.search(doc.text, m.end, sentence.end if sentence else m.end)
        if pronoun is None:
            return None
        gender = "f" if pronoun.group().lower() in ("she", "her", "hers", "herself") else "m"
        fits = [p for p in people if p.gender in (gender, None)]
        return fits[0] if len(fits) == 1 else None

    @staticmethod
    def _main(m, people):
        """The namesake the story is about: named in full or by title three times or more, and at least
        twice as often as any other ("John Lewis" throughout, his brother "Samuel Lewis" once)."""
        counts = sorted(((sum(x.start < m.start and (bool(x.title) or " " in x.written) for x in p.mentions), i)
                         for i, p in enumerate(people)), reverse=True)
        (top, i), (second, _) = counts[0], counts[1]
        return people[i] if top >= 3 and top >= 2 * second else None

    @staticmethod
    def _settled(doc, m, people):
        """The one namesake named in full or by title lately: in this sentence or the one before, else in this
        paragraph or the two before."""
        sentence = doc.sentence_at(m.start)
        previous = doc.sentence_at(sentence.start - 2) if sentence and sentence.start > 1 else None
        paragraph = doc.paragraph_at(m.start)
        for start in ((previous or sentence).start if sentence else m.start,
                      doc.paragraphs[max(0, paragraph.index - 2)].start if paragraph else 0):
            recent = [p for p in people if any(start <= x.start < m.start and (x.title or " " in x.written)
                                               for x in p.mentions)]
            if recent:
                return recent[0] if len(recent) == 1 else None
        return None
