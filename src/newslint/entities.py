"""The story's cast: people, countries, seats of government and organisations, found once per document.

Read it through `entities(doc)` (memoised with doc.cached). Detection is one regex pass over the text for
runs of capitalised words ("US Secretary of State Antony Blinken"); each run is tagged word by word from the
word lists in newslint/data, and a regex over the tag string reads its structure (modifier, title, name;
name + organisation head; ...). People are tracked through the story: "Antony Blinken" introduces a person
whose later "Blinken" resolves to him; "Wang" after both "Wang Yi" and "Wang Xiaohong" resolves to both.

Mention kinds: person, country, seat (a capital or building used for its government: Beijing, the
Kremlin), org (named organisation), body (a common noun for one: the government, the company),
demonym, title (a title with no name: "the President"), unknown (a capitalised name of nothing known:
possibly a person).
"""

from __future__ import annotations

import bisect
import operator
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from . import lazy_regex
from .lazy_regex import lazy, trie_regex

PERSON, COUNTRY, SEAT, ORG, BODY, DEMONYM, TITLE, UNKNOWN = (
    "person", "country", "seat", "org", "body", "demonym", "title", "unknown")
AMBIGUOUS = -2  # Mention.person when several people share the name


# Not frozen: a frozen dataclass's __init__ costs four times as much, and a story has thousands of mentions.
# Read-only all the same (hashable by value).
@dataclass(slots=True, unsafe_hash=True)
class Mention:
    start: int
    end: int
    kind: str
    key: str  # display name: "China", "the government", "Wang Yi"
    person: int = -1  # index into Entities.people (kind person), or AMBIGUOUS
    possessive: bool = False  # "China's"
    modifier: bool = False  # stands before another name in the same phrase ("US Secretary", "Chinese President")
    plural: bool = False  # takes "they" ("the Taliban", "the police")
    gender: str | None = None  # "m" | "f" | None, for people and person titles
    title: str = ""  # the title written with this mention of a person ("Foreign Minister")
    written: str = ""  # the person's name as written here, without the title ("Anthony Blinken", "Blinken")
    bare: bool = False  # a person named by one word with no title ("Wang told Blinken")
    sub: str = ""  # finer kind: "government", "company", ... for bodies and organisations


@dataclass
class Person:
    index: int
    name: str  # full name as first introduced ("Wang Yi"), or the surname alone ("Mr Blair")
    surname: str
    given: str = ""
    gender: str | None = None
    mentions: list[Mention] = field(default_factory=list)  # unambiguous mentions, in reading order


class Entities:
    """Every mention in reading order, and the people the story introduced."""

    def __init__(self, mentions: list[Mention], people: list[Person]):
        self.mentions = mentions
        self.people = people
        self._starts = [m.start for m in mentions]
        self._by_surname: dict = {}  # surname -> people: a lookup, not a scan of everyone per mention
        for person in people:
            self._by_surname.setdefault(person.surname, []).append(person)

    def between(self, start: int, end: int) -> list[Mention]:
        """Mentions that start in [start, end)."""
        return self.mentions[bisect.bisect_left(self._starts, start):bisect.bisect_left(self._starts, end)]

    def people_of(self, m: Mention) -> list[Person]:
        """The person a mention names, or every candidate when it is ambiguous."""
        if m.kind != PERSON:
            return []
        if m.person >= 0:
            return [self.people[m.person]]
        return list(self._by_surname.get(m.key, ()))


def entities(doc) -> Entities:
    return doc.cached("entities", _build)


# ---------------------------------------------------------------------------------------------
# Word lists (loaded on first use)


@dataclass
class _Lexicon:
    words: dict  # single word -> (tag, key, extra)
    phrases: dict  # tuple of words -> (tag, key, extra)
    phrase_starts: frozenset
    first_names: dict  # name -> "m" | "f" | None
    known: dict  # word -> (words entry or None, first_names entry or 0): one lookup for both
    lex: object  # the newslint.data.lexicon module


def _data_table(name: str) -> str:
    return (Path(__file__).parent / "data" / name).read_text(encoding="utf-8")


@cache
def lexicon() -> _Lexicon:
    from .data import lexicon as lex

    words: dict = {}
    phrases: dict = {}

    def add(name: str, entry, overwrite=True):
        parts = tuple(_split_words(name))
        if not parts:
            return
        table, key = (words, parts[0]) if len(parts) == 1 else (phrases, parts)
        if overwrite or key not in table:
            table[key] = entry

    for w in lex.FUNCTION_WORDS | lex.NON_NAMES:
        add(w, ("X", w, None))
    first: dict = {}
    for line in _data_table("first_names.tsv").splitlines():
        if line and not line.startswith("#"):
            name, g = line.split("\t")
            first[name] = None if g == "u" else g
    for w in lex.ORG_HEADS:
        add(w, ("H", w, None))
    for w in lex.THING_HEADS:
        add(w, ("P", w, None))
    for w, g in lex.TITLE_HEADS.items():
        add(w, ("T", w, g))
    for w in lex.TITLE_PHRASES:
        add(w, ("T", w, None))
    for w, g in lex.HONORIFICS.items():
        add(w, ("R", w, g))
    # Countries: ISO 3166 names (pycountry's, shipped as data/iso_countries.tsv), then what news copy
    # calls them (data/countries.tsv).
    canonical = {}
    for line in _data_table("iso_countries.tsv").splitlines():
        if line and not line.startswith("#"):
            code, usual, names = line.split("\t")
            if usual:
                canonical[code] = usual
            for n in names.split(";"):
                add(n, ("C", canonical.get(code, n), None))
    table = _data_table("countries.tsv")
    for line in table.splitlines():
        if not line or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 5)[:5]
        code, aliases, demonyms, people, seats = (c.split(";") if c else [] for c in cols)
        code = code[0]
        name = _USUAL_NAMES.get(code) or canonical.get(code) or (aliases[0] if aliases else code)
        for a in aliases:
            add(a, ("C", name, None))
        for d in demonyms:
            add(d, ("D", name, None), overwrite=False)
            if d.endswith(("an", "i")):
                add(d + "s", ("D", name, None), overwrite=False)
        for p in people:
            # "the Frenchman", "a Briton"; "the Russian" is a person only before a verb ("the Russian won").
            add(p, ("D", name, "person" if p not in demonyms else "person?"), overwrite=True)
            add(p + "s", ("D", name, None), overwrite=False)
        for s in seats:
            add(s, ("S", s, name))
    add("United States", ("C", "the United States", None))
    for w in lex.ORG_NAMES:
        add(w, ("O", w, None))
    for w in lex.EAST_ASIAN_SURNAMES:
        add(w, ("K", w, None), overwrite=False)
    starts = frozenset(k[0] for k in phrases)
    known = {w: (words.get(w), first.get(w, 0)) for w in words.keys() | first.keys()}
    return _Lexicon(words, phrases, starts, first, known, lex)


# The names news copy uses where pycountry's differ ("Russian Federation", "Türkiye").
_USUAL_NAMES = {"US": "the United States", "GB": "Britain", "RU": "Russia", "TR": "Turkey", "VA": "the Vatican",
                "CZ": "the Czech Republic", "NL": "the Netherlands", "PH": "the Philippines"}


_UNKNOWN_WORD = (None, 0)
_NO_TITLE = ("", None)  # _Builder.lower_title's answer when no lower-case title stands before a name
_NOT_A_TITLE = object()


def _split_words(name: str) -> list[str]:
    return _runs()[1].findall(name)


# ---------------------------------------------------------------------------------------------
# Runs of capitalised words

_UP = "A-ZÀ-ÖØ-ÞŁŚŠŽČĆŘŻĐ"
# A capitalised word: "China", "U.S.", "Xi", "O'Brien", "Jean-Claude", "Sino-U.S.". The first letter is
# matched before the look-behind so that the regex engine can skip ahead to capitals quickly.
_CAP_REST = rf"(?:\.(?:[{_UP}]\.?)+|\w*(?:[-'’](?!s\b)(?:[{_UP}]\.(?:[{_UP}]\.?)+|\w+))*)"
_CAP = rf"[{_UP}]{_CAP_REST}"
# Lower-case words inside a run: "Secretary of State", "Great Hall of the People", "Ursula von der Leyen".
_PARTICLES = "of|of the|de|del|der|den|van|von|bin|ibn|da|di|du|la|le|al|el|dos|das|y"
# A period may sit inside a run only after an abbreviation or an initial ("Mr. Blair", "George W. Bush").
_ABBR_DOT = r"(?=\.)(?:(?<=\b[A-Z])|(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bDr)|(?<=\bSt)|(?<=\bGen)|(?<=\bSen)" \
            r"|(?<=\bRep)|(?<=\bGov)|(?<=\bLt)|(?<=\bCol)|(?<=\bCapt)|(?<=\bProf)|(?<=\bRev)|(?<=\bSgt)" \
            r"|(?<=\bMaj)|(?<=\bAdm)|(?<=\bMt)|(?<=\bJr)|(?<=\bSr))\."
_SEP = rf"(?:{_ABBR_DOT})?(?:[ \t\u00a0]+|[ \t]*\n[ \t]*(?=[{_UP}]))(?:(?:{_PARTICLES})[ \t]+|(?:al|el)-)?"


@cache
def _runs() -> tuple[re.Pattern, re.Pattern]:
    """(a run of capitalised words, one word of a run), compiled on first use."""
    run = lazy_regex.compile(rf"[{_UP}](?<![\w'’.-].){_CAP_REST}(?:{_SEP}{_CAP})*(?:{_ABBR_DOT})?"
                             rf"(?P<pos>['’]s\b|(?<=s)['’](?![\w]))?")
    return run, lazy_regex.compile(rf"(?:(?:al|el)-)?{_CAP}|\b(?:{_PARTICLES})\b")


# Tag letters: C country, S seat, O organisation, H organisation head, P thing head (place, event, law),
# D demonym, T title, R honorific, F first name, f a country or seat that is also a first name
# (Jordan, Chad), K East Asian family name, Q a token of a person already introduced, N unknown name,
# X not a name, i an initial, o "of", p a name particle (de, van, bin).
_STRUCTURE = lazy(r"""
   (?P<org>[NCDSKFfQXTi]*H(?:o[NCSDXKf]+)*)
 | (?P<thing>[NCDSKFfQXTi]*P(?:o[NCSDXKfP]+)*)
 | (?P<titled>(?P<mods>[CDSO]*)(?P<tt>[NXT]*T(?:o[XN]+)?)(?P<tn>R?[FfKNQCSi](?:p?[FfKNQCSi])*))
 | (?P<hon>R(?P<hn>(?:p?[FfKNQCSi])+))
 | (?<!o)(?P<first>[Ff](?P<fn>(?:p?[FKNQiCS])(?:p?[FfKNQCSi])*))
 | (?P<initialled>i(?:p?i)*p?[FfKNQ])
 | (?<!o)(?P<ea>K[NKQ]{1,2})
 | (?P<known>Q(?:p?[QNKFf])*)
 | (?P<simple>[CSODf])
 | (?P<title>T+)
 | (?P<unknown>[NKiF])
""", re.VERBOSE)

# Syllables of romanised Chinese and Korean given names ("Jinping", "Xiaohong", "Jae-in"): name order check.
_EA_GIVEN = lazy(r"(?:(?:zh|ch|sh|hs|ts|[bcdfghjklmnpqrstwxyz])?[aeiouy]{1,3}(?:ng|n|m|k|l|p|t|r)?-?){1,3}",
                       re.IGNORECASE)
_SENTENCE_END_BEFORE = lazy(r"(?:^|[.!?…:]['\"”’»)]*\s+|[\"“‘«(]\s*|\n\s*)$")
_WORD_BEFORE = lazy(r"([a-z][a-z-]*)[ \t]+$")
# Words that qualify a lower-case title: "prime minister", "shadow home secretary", "deputy foreign minister".
_TITLE_WORDS_BEFORE = lazy(r"(?:\b(?:prime|foreign|home|deputy|vice|shadow|chief|finance|defence|defense|"
                                 r"interior|trade|economy|economics|energy|health|justice|education|culture|"
                                 r"transport|environment|agriculture|labour|labor|treasury|state|general|executive|"
                                 r"acting|junior|assistant|first|culture|security|public|attorney|press|team|head)"
                                 r"[ \t]+)+$", re.IGNORECASE)
_INDEFINITE = lazy(r"\b[Aa]n?[ \t]+$")
_SPEAKS = lazy(r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:said|says|told|tells|added|adds|asked|stressed|insisted|"
                     r"argued|warned|explained|noted|announced|declared|replied|wrote)\b")
_ONE_PERSON_BEFORE = lazy(r"\b(?:[Tt]he|[Aa]n?|[Tt]his)[ \t]+(?:\w+[ \t]+)?$")
_VERB_AFTER = lazy(r"[,.;:]|[ \t]+(?:said|says|has|had|was|is|will|would|won|lost|beat|added|told|who)\b")
_FORMER_IN = lazy(r"(?:Former|Ex|Then|Late|Outgoing)\b", re.IGNORECASE)
_FORMER = lazy(r"\b(?:former|ex|then|late|outgoing|onetime|one-time|erstwhile)[ -]+$", re.IGNORECASE)



@cache
def _body_regexes():
    """Common nouns for governments and organisations: "the government", "this company". Two patterns, for
    "the" and "The": each starts with a literal ("th", "Th"), which the engine finds much faster than a
    character class; _bodies() merges their matches."""
    lex = lexicon().lex
    nouns = set(lex.ORG_NOUNS) | set(lex.PLURAL_ORG_NOUNS)
    rest = r"(?<![\w'’-]..)(?:e|is|at)[ \t\n]+(?:(?:[a-z]+|[A-Z][a-z]+)[ \t\n]+)?(?P<noun>" + trie_regex(nouns) \
        + r")\b(?![-'’]\w)"
    return lazy_regex.compile("th" + rest), lazy_regex.compile("Th" + rest)


def _bodies(text: str):
    """The matches of _body_regexes() in text order, as one scan for both would find them: a match that
    starts inside an earlier one ("That the government") is dropped."""
    lower, upper = _body_regexes()
    found = [*lower.finditer(text), *upper.finditer(text)]
    found.sort(key=_START)
    end = 0
    for m in found:
        if m.start() >= end:
            end = m.end()
            yield m


_START = operator.methodcaller("start")
_SPAN = operator.attrgetter("start", "end")


@cache
def _possessed_body_regex():
    """"Japan's central bank", "Ukraine's army": a body named through its country or organisation."""
    lex = lexicon().lex
    nouns = set(lex.ORG_NOUNS) | set(lex.PLURAL_ORG_NOUNS)
    return lazy_regex.compile(r"['’]s[ \t]+(?:[a-z]+[ \t]+)?(?P<noun>" + trie_regex(nouns) + r")\b(?![-'’]\w)")


# The first letter is matched before the look-behind so that the engine can skip ahead quickly.
_BARE_BODY = lazy(r"[PpC](?<!\w.)(?:(?<=[Pp])arliament|(?<=C)ongress)\b")


class _Builder:
    def __init__(self, doc):
        self.doc = doc
        self.text = doc.text
        self.lex = lexicon()
        self.mentions: list[Mention] = []
        self.people: list[Person] = []
        self.by_full: dict[str, int] = {}
        self.by_token: dict[str, list[int]] = {}  # any name token -> people
        self.by_prefix: dict[str, list[int]] = {}  # first three letters of a surname -> people
        self.names_seen: set[str] = set()  # unknown words met capitalised inside a sentence
        self.deferred: list[tuple] = []  # unknown words that start a sentence: names or common words?
        self.add = self.mentions.append
        self.lower_titles = self.lex.lex.LOWER_TITLES  # word -> gender of the title

    def build(self) -> Entities:
        text = self.text
        function_words, idle, by_token, run = self.lex.lex.FUNCTION_WORDS, _idle_words(), self.by_token, self.run
        for m in _runs()[0].finditer(text):
            word = m.group()
            # Most runs are one word that names nothing ("The", "He", "March", "Bank"): drop them before
            # any call, unless the word names a person met earlier ("March" for Peter March).
            if word not in idle or word not in function_words and word in by_token:
                run(m, word)
        for m in _bodies(text):
            self.body(m)
        if "'s " in text or "’s " in text:
            owners = {x.end: x for x in self.mentions if x.kind in (COUNTRY, SEAT, ORG) and x.possessive}
            # A match starts at an apostrophe and holds no other: matching at each owner's end finds what a
            # scan of the whole text would.
            possessed = _possessed_body_regex().match
            for end in sorted(owners):
                m = possessed(text, end)
                if m is not None:
                    self.body(m, owners[end].start)
        for word, start, end, possessive in self.deferred:
            # A name if the story writes it capitalised mid-sentence too, or if it says something.
            if word in self.names_seen or word in self.by_token or _SPEAKS.match(text, end):
                self.add(Mention(start, end, UNKNOWN, word, possessive=possessive))
        if "arliament" in text or "Congress" in text:
            for m in _BARE_BODY.finditer(text):
                self.bare_body(m)
        self.mentions.sort(key=_SPAN)
        return Entities(self.mentions, self.people)

    # -- one run of capitalised words -----------------------------------------------------------

    def run(self, m: re.Match, word: str) -> None:
        start, end = m.span()
        pos = m.start("pos")
        possessive = pos >= 0
        text = self.text
        if possessive:
            end = pos
            word = text[start:end]
            if word in self.lex.lex.FUNCTION_WORDS:
                return  # "He's"
        if " " not in word and "\n" not in word and "\u00a0" not in word and "-" not in word[:3]:
            self.single(word, start, end, possessive)
            return
        # The reading depends on the run and on which of its words name a person met earlier, nothing else.
        by_token = self.by_token
        reading = _read(word)
        if reading is None:
            return
        if by_token and not by_token.keys().isdisjoint(reading[0]):
            reading = _read(word, tuple(w for w in reading[0] if w in by_token))
        w = reading[4]
        if w and self.by_prefix:
            # One unknown word left ("The Zelenskyy"): perhaps the misspelt surname of someone met.
            if self.variant_token(w, start) is not None:
                reading = _read(word, (w,))
        _, seen, initial, readings, _ = reading
        # A lone unknown word that starts a sentence is most likely a common word ("Talks", "Overall").
        if initial and _SENTENCE_END_BEFORE.search(text, max(0, start - 6), start) is not None:
            self.deferred.append((initial[0], start, start + initial[1], possessive))
            return
        if seen:
            self.names_seen.update(seen)
        add = self.add
        for kind, a, b, last, data in readings:  # the commonest kinds first
            # A lower-case title ("spokesman Wang") can stand only before the run's first word.
            first = a == 0
            a += start
            b += start
            if kind == "unknown":
                key, names, modifier = data
                title, gender = self.lower_title(a) if first else _NO_TITLE
                if title and names:
                    self.new_person(names, title, gender, a, b, possessive and last)
                else:
                    add(Mention(a, b, UNKNOWN, key, possessive=possessive and last, modifier=modifier))
            elif kind == "person":
                names, title, gender, honorific, known = data
                if title and _FORMER.search(text, max(0, a - 20), a):
                    title = ""  # a former office names no present title
                if not title and first:
                    title, lower_gender = self.lower_title(a)
                    gender = gender or lower_gender
                self.new_person(names, title, gender, a, b, possessive and last, honorific=honorific,
                                bare=known and not title)
            elif kind == "org":
                key, sub, plural, modifier = data
                add(Mention(a, b, ORG, key, possessive=possessive and last, modifier=modifier, plural=plural, sub=sub))
            elif kind == "simple":
                self.simple(data[0], a, b, possessive and last, data[1])
            else:  # title
                add(Mention(a, b, TITLE, data[0], gender=data[1], possessive=possessive and last))

    def single(self, word, start, end, possessive):
        """A run of one word (most runs): the same reading as _read(), without the structure regex."""
        if word in self.by_token:  # (run() has left out function words)
            self.known_word(word, start, end, possessive)
            return
        entry = _tag_single(word)
        tag = entry[0]
        if tag in "NKiF":
            if tag == "N" and self.by_prefix and self.variant_token(word, start) is not None:
                self.known_word(word, start, end, possessive)  # "Zelenskyy" after "Zelensky"
                return
            text = self.text
            # After a space that follows a letter or digit no sentence starts: skip the regex then.
            if start > 1 and text[start - 1] == " " and text[start - 2].isalnum() \
                    or _SENTENCE_END_BEFORE.search(text, max(0, start - 6), start) is None:
                self.names_seen.add(word)
                # What run() does with a lone unknown word (the structure regex reads it as "unknown").
                title, gender = self.lower_title(start)
                if title:
                    self.new_person((word,), title, gender, start, end, possessive)
                else:
                    self.add(Mention(start, end, UNKNOWN, word, possessive=possessive))
            else:
                self.deferred.append((word, start, end, possessive))
        elif tag in "CSODf":
            self.simple(entry, start, end, possessive, False)
        elif tag == "T":
            self.add(Mention(start, end, TITLE, word, gender=entry[2], possessive=possessive))

    def known_word(self, word, start, end, possessive):
        """A lone word that names a person met earlier (tagged Q)."""
        title, gender = self.lower_title(start)
        self.new_person((word,), title, gender, start, end, possessive, bare=not title)

    def simple(self, entry, start, end, possessive, modifier):
        """A one-unit mention: a country, a seat of government, a named organisation or a demonym."""
        tag, key, extra = entry
        if tag == "f":
            tag, key, extra = extra
        text = self.text[start:end]
        if tag == "C":
            self.add(Mention(start, end, COUNTRY, key, possessive=possessive, modifier=modifier))
        elif tag == "S":
            self.add(Mention(start, end, SEAT, text, possessive=possessive, modifier=modifier, sub=extra or ""))
        elif tag == "O":
            self.add(Mention(start, end, ORG, text, possessive=possessive, modifier=modifier,
                             plural=text in self.lex.lex.PLURAL_ORGS,
                             sub="government" if text in _GOV_NAMES else "organisation"))
        elif tag == "D" and extra and _ONE_PERSON_BEFORE.search(self.text, max(0, start - 8), start) \
                and (extra == "person" or _VERB_AFTER.match(self.text, end)):
            gender = "f" if text.endswith("woman") else "m" if text.endswith("man") else None
            self.add(Mention(start, end, TITLE, text, gender=gender, possessive=possessive))  # "the Scot said"
        elif tag == "D":
            self.add(Mention(start, end, DEMONYM, text, modifier=modifier, sub=key))

    def lower_title(self, start):
        """A title in lower case right before a name: "spokesman Wang Wenbin" -> ("spokesman", "m"),
        "prime minister Tony Blair" -> ("prime minister", None); not "a prime minister Gordon Brown will make"."""
        text = self.text
        if start < 2 or text[start - 1] != " ":
            return _NO_TITLE
        word = text[text.rfind(" ", max(0, start - 25), start - 1) + 1:start - 1]  # most often no title
        gender = self.lower_titles.get(word, _NOT_A_TITLE)
        if gender is _NOT_A_TITLE:
            return _NO_TITLE
        m = _WORD_BEFORE.search(text, max(0, start - 24), start)
        if not m:
            return _NO_TITLE
        words = _TITLE_WORDS_BEFORE.search(text, max(0, m.start() - 40), m.start())
        title_start = words.start() if words else m.start()
        if _FORMER.search(text, max(0, title_start - 20), title_start) or \
                _INDEFINITE.search(text, max(0, title_start - 4), title_start):
            return _NO_TITLE
        return text[title_start:m.end(1)], gender

    def new_person(self, names, title, gender, start, end, possessive, honorific=False, bare=False):
        if not _NOT_NAME_TOKENS.isdisjoint(names):
            names = [n for n in names if n not in _NOT_NAME_TOKENS] or names
        if not names:
            return
        full = " ".join(names)
        index = self.by_full.get(full)
        if index is None and len(names) == 1:
            found = self.by_token.get(names[0], [])
            if len(found) > 1 and gender:
                found = [i for i in found if self.people[i].gender in (gender, None)] or found
            if len(found) == 1:
                index = found[0]
            elif len(found) > 1:
                self.add(Mention(start, end, PERSON, names[0], AMBIGUOUS, possessive, title=title, gender=gender,
                                 bare=bare, written=names[0]))
                return
        if index is None and len(names) > 1 and not self.by_token.keys().isdisjoint(names):
            # "Parker Bowles" after "Camilla Parker Bowles": the end of a full name already met.
            tail = [i for i in self.by_token.get(names[-1], []) if self.people[i].name.endswith(" " + full)]
            if len(tail) == 1:
                index = tail[0]
            else:
                # "Boyd L Jefferies" and "Dick Darman" after "Boyd Jefferies" and "Richard Darman"; then
                # "Anthony Blinken" after "Antony Blinken" (a misspelling, which CN02 reports).
                index = self.same_name_of(names, start)
                if index is None:
                    index = self.variant_of(names, start)
            if index is not None:
                self.by_full[full] = index
                for n in names:
                    if index not in self.by_token.setdefault(n, []):
                        self.by_token[n].append(index)
        if index is None:
            surname, given = self.split_name(names)
            if len(names) > 1:
                # A person first met as "Mr Blair" and now named in full.
                solo = [i for i in self.by_token.get(surname, []) if self.people[i].name == surname]
                if len(solo) == 1:
                    index = solo[0]
                    p = self.people[index]
                    p.name, p.given = full, given
            if index is None:
                first_gender = self.lex.first_names.get(given.split(" ")[0]) if given else None
                index = len(self.people)
                # An honorific (Mrs) outranks a first name, which outranks a title (Chairman Penny Cobham).
                self.people.append(Person(index, full, surname, given,
                                          gender if honorific else first_gender or gender))
                self.by_prefix.setdefault(fold(surname[:3]), []).append(index)
            self.by_full[full] = index
            for n in names:
                lst = self.by_token.setdefault(n, [])
                if index not in lst:
                    lst.append(index)
        p = self.people[index]
        if gender and (p.gender is None or honorific):
            p.gender = gender
        mention = Mention(start, end, PERSON, p.name, index, possessive, title=title, gender=p.gender,
                          bare=bare and len(names) == 1, written=full)
        p.mentions.append(mention)
        self.add(mention)

    def same_name_of(self, names, start):
        """A person met recently with the same first and last names give or take middle names, initials
        and short forms ("Dick" for "Richard", "Alex" for "Alexander"), or None."""
        nick = self.lex.lex.NICKNAMES
        first = nick.get(names[0], names[0])
        found = set()
        for i in self.by_token.get(names[-1], ()):
            p = self.people[i]
            tokens = p.name.split(" ")
            other = nick.get(tokens[0], tokens[0])
            if len(tokens) < 2 or tokens[-1] != names[-1] or start - p.mentions[-1].start > STORY_SPAN:
                continue
            short = min(len(other.rstrip(".")), len(first.rstrip(".")))
            if other == first or (short >= 3 or short == 1) and (other.startswith(first.rstrip("."))
                                                                 or first.startswith(other.rstrip("."))):
                found.add(i)
        return found.pop() if len(found) == 1 else None

    def variant_of(self, names, start):
        """A person met recently whose name differs from `names` by the spelling of one word, or None."""
        # Such a person shares every other word of the name, so one of the name's words finds them.
        near = {i for n in names for i in self.by_token.get(n, ())}
        for p in (self.people[i] for i in sorted(near, reverse=True)):
            tokens = p.name.split(" ")
            if len(tokens) != len(names) or start - p.mentions[-1].start > STORY_SPAN:
                continue
            diffs = [(a, b) for a, b in zip(tokens, names, strict=True) if a != b]
            if len(diffs) == 1 and spelling_variants(*diffs[0], self.lex.first_names):
                return p.index
        return None

    def variant_token(self, word, start):
        """The one person met recently whose surname `word` misspells ("Zelenskyy" for Zelensky), or None. The
        word is recorded as naming that person."""
        if len(word) < 4:
            return None
        near = self.by_prefix.get(fold(word[:3]))
        if near is None:
            return None
        people, first_names = self.people, self.lex.first_names
        found = {i for i in near if start - people[i].mentions[-1].start <= STORY_SPAN
                 and spelling_variants(people[i].surname, word, first_names)}
        if len(found) != 1:
            return None
        index = found.pop()
        self.by_token[word] = [index]  # later runs read the word as naming that person
        return index

    def split_name(self, names):
        """(surname, given): "Wang Yi" -> ("Wang", "Yi"); "Antony Blinken" -> ("Blinken", "Antony")."""
        if len(names) == 1:
            return names[0], ""
        lex = self.lex
        if names[0] in lex.lex.EAST_ASIAN_SURNAMES and all(_EA_GIVEN.fullmatch(n) for n in names[1:]):
            return names[0], " ".join(names[1:])
        return names[-1], " ".join(names[:-1])

    def body(self, m, start=None):
        noun, lex = m.group("noun"), self.lex.lex
        plural = noun in lex.PLURAL_ORG_NOUNS
        sub = lex.ORG_NOUNS.get(noun) or lex.PLURAL_ORG_NOUNS.get(noun) or noun
        start = m.start() if start is None else start
        self.add(Mention(start, m.end(), BODY, self.text[start:m.end()].replace("\n", " "), plural=plural, sub=sub,
                         possessive=self.text.startswith(("'s", "’s"), m.end())))

    def bare_body(self, m):
        """"parliament" or "Congress" without an article, unless already part of a named mention."""
        if not self.text.startswith(("the ", "The "), max(0, m.start() - 4)):
            self.add(Mention(m.start(), m.end(), BODY, m.group(), sub="parliament"))


# ---------------------------------------------------------------------------------------------
# Reading a run of several words: a pure function of the run and of which of its words name a person
# already met in the story, so each distinct reading is made once per process (a bounded memo whose
# results do not depend on what was read before) and only applied to the story in _Builder.run.


@lru_cache(maxsize=4096)  # most repeats are near: 4096 runs keep nearly every hit
def _read(run: str, known: tuple = ()) -> tuple | None:
    """(words, names seen, initial, readings, may_vary) for a run of capitalised words, or None when only
    function words are left. `known`: its words that name a person met earlier (tagged Q).
    - names seen: unknown words and names met capitalised (they tell names from sentence-initial words);
    - initial: (word, end) when the run is one unknown word, a common word if it starts a sentence;
    - readings: (kind, start, end, last, data) with offsets into the run, in the order they are made:
      kind simple (data: tag entry, modifier), person (names, title, gender, honorific, known), org (key,
      sub, plural, modifier), unknown (key, names if it may be a person with a lower-case title, modifier),
      title (key, gender); last: it ends the run (so takes the run's possessive);
    - may_vary: the word when the run is one unknown word, perhaps a misspelt surname (variant_token)."""
    lex = lexicon()
    if "." in run or "\n" in run or "\t" in run or "\u00a0" in run or _NOT_CAPITALISED.search(run):
        found = list(_runs()[1].finditer(run))
        every = tuple([w.group() for w in found])
        word_at, word_to = [w.start() for w in found], [w.end() for w in found]
    else:  # capitalised words and single spaces (most runs): each is one match of the word regex
        every = tuple(run.split(" "))
        word_at, word_to, at = [], [], 0
        for w in every:
            word_at.append(at)
            at += len(w)
            word_to.append(at)
            at += 1
    names = every
    skip, function_words = 0, lex.lex.FUNCTION_WORDS
    while skip < len(every) and every[skip] in function_words and not _phrase_at(lex, every, skip):
        skip += 1  # "The State Department", "But China": the rest starts no sentence
    if skip:
        names, word_at, word_to = every[skip:], word_at[skip:], word_to[skip:]
    if not names:
        return None
    tags, spans = _tag(lex, names, known)
    if len(tags) == 1:
        tag = tags[0][0]
        initial = (names[0], word_to[0]) if tag in "NKi" and not skip else None
        may_vary = names[0] if len(names) == 1 and tag == "N" else None
    else:
        initial = may_vary = None
    seen = tuple([t[1] for t in tags if t[0] in "NKF"])
    if len(spans) == len(names):  # one word a unit (no phrase)
        at, to = word_at, word_to  # where each unit starts and ends in the run
    else:
        at = [word_at[i] for i, _ in spans]
        to = [word_to[j - 1] for _, j in spans]
    readings = []
    for kind, a, b, (na, nb), (ta, tb), (ma, mb) in _structure("".join([t[0] for t in tags])):
        last = b == len(tags)
        if kind in _PERSON_GROUPS:
            for i in range(ma, mb):  # "US Secretary of State"
                readings.append(("simple", at[i], to[i], False, (tags[i], True)))
            if kind == "titled" and tags[na][0] == "R":
                na += 1  # "President Mr Xi"
            start, title, gender = at[na], "", None
            if kind == "titled":
                start = at[ta]
                title = run[start:to[tb - 1]]
                if _FORMER_IN.match(title):
                    title = ""  # a former office names no present title
                gender = next((t[2] for t in tags[ta:tb] if t[2]), None)
            elif kind == "hon":
                gender = tags[a][2]
                start = at[a]
            person = (tuple(names[spans[na][0]:spans[nb - 1][1]]), title, gender, kind == "hon", kind == "known")
            readings.append(("person", start, to[nb - 1], last, person))
            continue
        start, end = at[a], to[b - 1]
        modifier = not last
        if kind == "org":
            key = run[start:end]
            head = next(t[1] for t in tags[a:b] if t[0] == "H")
            sub = "government" if head in lex.lex.GOVERNMENT_HEADS else "organisation"
            readings.append(("org", start, end, last, (key, sub, key in lex.lex.PLURAL_ORGS, modifier)))
        elif kind == "unknown":
            names_here = tuple(names[spans[a][0]:spans[b - 1][1]])
            may_be_person = all(t[0] in "NKiF" for t in tags[a:b])
            readings.append(("unknown", start, end, last, (run[start:end], names_here if may_be_person else None,
                                                          modifier)))
        elif kind == "title":
            gender = next((t[2] for t in tags[a:b] if t[2]), None)
            readings.append(("title", start, end, last, (run[start:end], gender)))
        elif kind != "thing":
            readings.append(("simple", start, end, last, (tags[a], modifier)))
    return every, seen, initial, tuple(readings), may_vary


# After a space in a run, a word that is not capitalised (a particle: "Bank of England") or another space.
_NOT_CAPITALISED = lazy(rf" [^{_UP}]")

# Structure groups that name a person -> the group holding the name.
_PERSON_GROUPS = {"titled": "tn", "hon": "hn", "first": "first", "initialled": "initialled", "ea": "ea",
                  "known": "known"}


@lru_cache(maxsize=4096)
def _structure(tagstr: str) -> tuple:
    """The _STRUCTURE readings of a tag string (a few hundred occur): (kind, start, end, name span, title
    span, modifiers span) in units."""
    out = []
    for s in _STRUCTURE.finditer(tagstr):
        kind = s.lastgroup
        name = s.span(_PERSON_GROUPS[kind]) if kind in _PERSON_GROUPS else (0, 0)
        titled = kind == "titled"
        out.append((kind, s.start(), s.end(), name, s.span("tt") if titled else (0, 0),
                    s.span("mods") if titled else (0, 0)))
    return tuple(out)


def _phrase_at(lex, names, i):
    """(length, entry) of the phrase ("Secretary of State") that starts at names[i], or None."""
    if names[i] not in lex.phrase_starts:
        return None
    for n in range(min(6, len(names) - i), 1, -1):
        entry = lex.phrases.get(tuple(names[i:i + n]))
        if entry:
            return n, entry
    return None


def _tag(lex, names, known):
    """One tag entry (tag, key, extra) per unit (a word, or a phrase such as "Secretary of State"), and the
    span of words of each unit."""
    out, spans = [], []
    i, n, prev, starts = 0, len(names), "", lex.phrase_starts
    while i < n:
        w = names[i]
        found = _phrase_at(lex, names, i) if n > 1 and w in starts else None
        if found:
            k, entry = found
            spans.append((i, i + k))
            i += k
        else:
            entry = _tag_word(lex, w, prev, i + 1 < n, w in known)
            spans.append((i, i + 1))
            i += 1
        out.append(entry)
        prev = entry[0]
    return out, spans


@cache
def _idle_words() -> frozenset:
    """Words of the word lists that, alone in a run, make no mention (_Builder.single): function words,
    months, organisation heads ("Bank"), honorifics; a one-word run of one is read only if it names a
    person met earlier, as single() would."""
    lex = lexicon()
    made = "CSODfQNKiFT"  # the tags single() makes a mention of
    return frozenset(lex.lex.FUNCTION_WORDS) | {
        w for w in lex.words if _is_single_word(w) and _tag_single(w)[0] not in made}


def _is_single_word(word: str) -> bool:
    """A run that _Builder.run reads as one word (single()); possessive runs never get here."""
    return " " not in word and "\n" not in word and "\u00a0" not in word and "-" not in word[:3] \
        and "'" not in word and "’" not in word


@lru_cache(maxsize=1 << 14)  # ~200 bytes an entry
def _tag_single(w: str) -> tuple:
    """The tag entry of a run of one word that names no person met (_Builder.single)."""
    return _tag_word(lexicon(), w, "", False, False)


def _tag_word(lex, w, prev, more, known):
    """The tag entry of one word, after a unit tagged `prev`, with `more` words to come; `known`: it names
    a person met earlier in the story."""
    if w in _PARTICLE_WORDS or more and w in _CAPITAL_PARTICLES:
        return ("o" if w.startswith("of") else "p", w, None)  # "de Groote", "De Groote said"
    if known and w not in lex.lex.FUNCTION_WORDS:
        return ("Q", w, None)
    entry, first = lex.known.get(w, _UNKNOWN_WORD)
    if entry is None and w.endswith(".") and w.count(".") == 1:
        entry = lex.words.get(w[:-1])
    if entry is not None:
        tag = entry[0]
        if first != 0:
            if tag in "CS":
                return ("f", entry[1], entry)  # "Jordan": the country, or Jordan Henderson
            if tag == "X" and prev in ("F", "R", "T") and w not in lex.lex.FUNCTION_WORDS:
                return ("N", w, None)  # "Theresa May" (not "In June Grewcock")
            if tag in "PH" and more and not prev:
                return ("F", w, first)  # "Bill Cosby", not the "Finance Bill"
        if tag == "X" and prev == "R" and w not in lex.lex.FUNCTION_WORDS:
            return ("N", w, None)  # "Ms Green"
        return entry
    if first != 0:
        return ("F", w, first)
    if len(w) <= 2 and (len(w) == 1 or w[1] == "."):
        return ("i", w, None)
    if w.endswith("bank") and len(w) > 6:
        return ("O", w, None)  # Bundesbank, Commerzbank
    if "-" in w and any(lex.words.get(p, ("",))[0] in ("C", "D", "X", "S") for p in w.split("-")):
        return ("X", w, None)  # "Sino-U.S.", "China-Russia", "Indo-Pacific"
    # Only here may a lone word be a misspelt surname (_Builder.variant_token), which the caller checks.
    return ("N", w, None)


_PARTICLE_WORDS = frozenset(_PARTICLES.split("|"))
_NOT_NAME_TOKENS = _PARTICLE_WORDS | {"Jr", "Jr.", "Sr", "Sr."}
_CAPITAL_PARTICLES = frozenset({"De", "Du", "Van", "Von", "Da", "Di", "Del", "Der", "Den", "Le", "La", "Dos", "Das"})
_GOV_NAMES = frozenset({"Kremlin", "Pentagon", "White House", "Downing Street", "Congress", "Parliament",
                        "Senate", "Politburo", "Duma", "Knesset", "Bundestag", "State Department", "Foreign Office",
                        "Home Office", "Treasury", "Cabinet", "European Commission"})


def _build(doc) -> Entities:
    return _Builder(doc).build()


# ---------------------------------------------------------------------------------------------
# Name comparison, shared by the consistency rules

# Mentions further apart than this are taken to be in different stories (files that hold many stories).
STORY_SPAN = 20000


def spelling_variants(a: str, b: str, first_names=()) -> bool:
    """Two spellings of one name: "Zelensky"/"Zelenskyy", "Antony"/"Anthony", "Blinken"/"Blinkin".
    Two distinct first names ("Mark"/"Mary", "Jon"/"John") are not variants."""
    if a == b or min(len(a), len(b)) < 4:
        return False
    fa, fb = fold(a), fold(b)
    if fa[0] != fb[0]:
        return False
    if fa + "s" == fb or fb + "s" == fa:
        return False  # William and Williams, Robert and Roberts: two names
    if fa == fb or sound_key(a) == sound_key(b):
        return True
    if a in first_names and b in first_names or _EA_GIVEN.fullmatch(a) and _EA_GIVEN.fullmatch(b):
        return False  # two first names, or two Chinese given names (Xiaohong, Xiaodong), one letter apart
    return min(len(a), len(b)) >= 6 and edit_distance(fa, fb, 2) == 1


def fold(name: str) -> str:
    """Lower case without diacritics: "Zelenskyy" -> "zelenskyy", "Élysée" -> "elysee"."""
    if name.isascii():
        return name.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


_SOUND = [(lazy(p), r) for p, r in (
    (r"[^a-z]", ""), (r"th", "t"), (r"ph", "f"), (r"ck", "k"), (r"(?<=[aeiou])y(?=[aeiou])", "j"),
    (r"ij|iy|yi|ii|y", "i"), (r"ie$", "i"), (r"(.)\1+", r"\1"))]


@lru_cache(maxsize=4096)
def sound_key(name: str) -> str:
    """A spelling-insensitive key: Zelensky, Zelenskyy and Zelenskiy agree; Antony and Anthony agree."""
    key = fold(name)
    for pattern, repl in _SOUND:
        key = pattern.sub(repl, key)
    return key


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, giving up (returning limit) once it exceeds limit."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) >= limit:
            return limit
        prev = cur
    return min(prev[-1], limit)
