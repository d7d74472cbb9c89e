"""Consistency rules that work from a spelling lexicon: two spellings of one thing in one story.

(consistency.py holds the rules about people, which need the entity model; these need only a lexicon.)

Each rule owns groups of spellings of one thing ("Kyiv", "Kiev"). In a story that uses two of them,
the spelling the house style prefers wins (option `prefer`, set by `house-style` packs), else the one
the story uses most (the first listed on a tie); the others are flagged with a safe fix. With a
preferred spelling configured, a story that uses only another spelling is flagged too.

Cost: the set of the story's words (langid.lowercase_words, built once per document at C speed and shared
with other rules) tells which first words of spellings occur at all; only those are looked for, with str.find,
and only where they stand are the spellings matched further.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..diagnostics import Edit, Fix
from ..engine.registry import register
from ..engine.rule import Option, Rule
from ..langid import WORD_SEPARATORS, lowercase_words, lowered, word_runs
from ..lazy_regex import lazy


@dataclass(frozen=True)
class Group:
    """Spellings of one thing; `skip` maps a spelling to a pattern of its uses that are something else."""

    forms: tuple[str, ...]
    skip: tuple[tuple[str, str], ...] = ()


def groups(*rows, skip=None) -> tuple[Group, ...]:
    skip = skip or {}
    return tuple(Group(tuple(row), tuple((f, skip[f]) for f in row if f in skip)) for row in rows)


# What separates words for the lexicon: white space and every punctuation mark but the hyphen ("Kiev's" ->
# "Kiev", "s"). langid.lowercase_words splits at each of them too.
_SEPARATORS = WORD_SEPARATORS
_SEPARATOR = lazy(r"[\s" + re.escape(_SEPARATORS) + "]")


def _is_separator(ch: str) -> bool:
    return ch.isspace() or ch in _SEPARATORS


# A story is one window; a file of many stories is cut into windows at line ends, so that the keys looked for,
# each with a pass of str.find over its window, stay few (a whole archive's vocabulary holds hundreds).
_WINDOW = 100_000


def _candidates(doc, keys: frozenset[str]) -> dict[str, list[int]]:
    """Lowercased key -> start offsets of the words that lowercase to it (to be checked against the case).

    The words of the story (shared), or of each window of a long file, tell which keys can occur at all (few
    do): a key standing as a word has each of its runs of letters and digits among them ("e-mail": "e",
    "mail"). Only those keys are looked for, with str.find. No key holds a line break, so none spans windows.
    """
    low = lowered(doc.text)
    by_run = _by_last_run(keys)
    index: dict[str, list[int]] = {}
    for lo, hi in _windows(low):
        words = lowercase_words(doc).distinct if hi - lo == len(low) else set(word_runs(low[lo:hi]))
        for run in _last_runs(keys).intersection(words):
            for key, runs in by_run[run]:
                starts = _whole_words(low, key, lo, hi) if words.issuperset(runs) else None
                if starts:
                    index.setdefault(key, []).extend(starts)
    return dict(sorted(index.items(), key=lambda item: item[1][0]))  # in text order, as a scan finds them


def _windows(text: str):
    lo = 0
    while len(text) - lo > _WINDOW:
        cut = text.find("\n", lo + _WINDOW)
        if cut < 0:
            break
        yield lo, cut
        lo = cut
    yield lo, len(text)


@cache
def _by_last_run(keys: frozenset[str]) -> dict[bytes, list[tuple[str, list[bytes]]]]:
    """The keys, with their runs of letters and digits as langid.lowercase_words splits them, by the last run
    (the rarer word of a compound: "e-mail", "on-line")."""
    by_run: dict[bytes, list[tuple[str, list[bytes]]]] = {}
    for key in sorted(keys):
        runs = word_runs(key)
        by_run.setdefault(runs[-1], []).append((key, runs))
    return by_run


@cache
def _last_runs(keys: frozenset[str]) -> frozenset[bytes]:
    return frozenset(_by_last_run(keys))


def _whole_words(low: str, key: str, lo: int, hi: int) -> list[int]:
    """Start offsets of `key` standing as a whole word in low[lo:hi] (a separator or the text's edge on each
    side)."""
    starts, n = [], len(key)
    i = low.find(key, lo, hi)
    while i >= 0:
        if (i == 0 or _is_separator(low[i - 1])) and (i + n == len(low) or _is_separator(low[i + n])):
            starts.append(i)
        i = low.find(key, i + 1, hi)
    return starts


@cache
def _finder(form: str, ignorecase: bool) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(form).replace(r"\ ", r"[ \t]+") + r"(?![\w-])",
                      re.IGNORECASE if ignorecase else 0)


class SpellingVariants(Rule):
    """Base of the lexicon rules (not registered itself)."""

    category = "consistency"
    severity = "warning"
    quoted = "exclude"  # a quotation is the speaker's; it neither votes nor gets flagged
    fixable = True
    options = {"prefer": Option(list, [], "spellings the house style prefers (set by house-style packs)")}
    GROUPS: tuple[Group, ...] = ()
    IGNORECASE = False  # True: "E-mail" at a sentence start is the same spelling as "e-mail"
    LOWERCASE_ONLY = False  # True: capitalised uses are names ("World Health Organization")

    def check(self, doc):
        index = self._index()
        words = self._positions(doc)  # a first word of a spelling -> where it stands in this story
        prefer = set(self.opts.prefer) | self._house_forms()
        touched = {i: None for key in words for i in index[key]}  # groups with a spelling here, in order
        for i in sorted(touched):
            group = self.GROUPS[i]
            present = [f for f in group.forms if self._key(f.split()[0]) in words]
            preferred = next((f for f in group.forms if f in prefer), None)
            if preferred is None and len(present) < 2:
                continue
            hits = {f: self._locate(doc, group, f, words) for f in present}
            used = [f for f in group.forms if hits.get(f)]
            if preferred is None:
                if len(used) < 2:
                    continue
                preferred = max(used, key=lambda f: (len(hits[f]), -group.forms.index(f)))
            for form in used:
                if form == preferred:
                    continue
                for m in hits[form]:
                    found = m.group()
                    wanted = _keep_case(found, preferred)
                    fix = Fix.safe(f"Use '{wanted}'", [Edit(m.start(), m.end(), wanted)])
                    where = "the house style" if preferred in prefer else "elsewhere in the story"
                    yield self.report(m.start(), m.end(), f"'{found}' here, '{preferred}' in {where}", fix)

    def _house_forms(self) -> set[str]:
        return set()

    @classmethod
    def _index(cls) -> dict[str, list[int]]:
        """First word of each spelling -> the groups it belongs to (built once per class)."""
        if "_index_cache" not in cls.__dict__:
            index: dict[str, list[int]] = {}
            for i, group in enumerate(cls.GROUPS):
                for form in group.forms:
                    key = form.split()[0]
                    index.setdefault(key.lower() if cls.IGNORECASE else key, []).append(i)
            cls._index_cache = index
        return cls._index_cache

    def _positions(self, doc) -> dict[str, list[int]]:
        """Key of _index -> start offsets of the words equal to it (equal but for case, with IGNORECASE)."""
        index, text = self._index(), doc.text
        # One pass shared by all the lexicon rules (a lexicon outside the shared one gets a pass of its own).
        keys, shared = _scan_keys(type(self)), _shared_keys()
        scan = ("spelling.candidates", shared if keys <= shared else keys)
        found: dict[str, list[int]] = {}
        for low, starts in doc.cached(scan, lambda d: _candidates(d, scan[1])).items():
            if low not in keys:
                continue  # another rule's word
            for start in starts:
                word = text[start : start + len(low)]
                key = word.lower() if self.IGNORECASE else word
                if key in index:
                    found.setdefault(key, []).append(start)
        return found

    def _key(self, word: str) -> str:
        return word.lower() if self.IGNORECASE else word

    def _locate(self, doc, group: Group, form: str, positions: dict[str, list[int]]) -> list:
        skip = dict(group.skip).get(form)
        found = []
        finder = _finder(form, self.IGNORECASE)
        # Only where the spelling's first word stands: linear in the story, not in the story times the lexicon.
        for start in positions.get(self._key(form.split()[0]), ()):
            m = finder.match(doc.text, start)
            if m is None:
                continue
            if not m.group()[0].islower() and (self.LOWERCASE_ONLY or self.IGNORECASE and not _starts_sentence(doc, m)):
                continue  # a name ("World Health Organization", "Email Systems") or a headline in capitals
            if skip and re.search(skip, doc.text[max(0, m.start() - 30) : m.end() + 30]):
                continue
            if doc.in_quotation(m.start(), m.end()):
                continue
            found.append(m)
        return found


def _starts_sentence(doc, m) -> bool:
    """A capital at the start of a sentence, not the first word of a name ("Email Systems said")."""
    s = doc.sentence_at(m.start())
    if s is None or doc.text[s.start : m.start()].strip("\"'“‘«( "):
        return False
    return _CAPITALISED_NEXT.match(doc.text, m.end()) is None


_CAPITALISED_NEXT = lazy(r" [A-Z]")


def _keep_case(found: str, wanted: str) -> str:
    if found[:1].isupper() and wanted[:1].islower():
        return wanted[:1].upper() + wanted[1:]
    return wanted


# ---------------------------------------------------------------------------------------------
# CN10: places transliterated two ways

PLACES = groups(
    ("Kyiv", "Kiev"), ("Odesa", "Odessa"), ("Kharkiv", "Kharkov"), ("Lviv", "Lvov"), ("Luhansk", "Lugansk"),
    ("Mykolaiv", "Nikolaev", "Nikolayev"), ("Zaporizhzhia", "Zaporizhia", "Zaporozhye"), ("Chernihiv", "Chernigov"),
    ("Donbas", "Donbass"), ("Dnipro", "Dnepr"), ("Vinnytsia", "Vinnitsa"), ("Rivne", "Rovno"),
    ("Belarus", "Byelorussia", "Belorussia"), ("Chisinau", "Kishinev"), ("Kyrgyzstan", "Kirghizia", "Kirgizia"),
    ("Almaty", "Alma-Ata"), ("Ashgabat", "Ashkhabad"), ("Tbilisi", "Tiflis"), ("Tehran", "Teheran"),
    ("Beijing", "Peking"), ("Macau", "Macao"), ("Urumqi", "Urumchi"), ("Tiananmen", "Tienanmen"),
    ("Kolkata", "Calcutta"), ("Gaza", "Ghaza"), ("Sanaa", "Sana'a"),
    skip={"Kiev": r"(?i)(?:dynamo|chicken) kiev", "Peking": r"Peking (?:University|[Dd]uck|[Oo]pera|Union|[Mm]an)",
          "Calcutta": r"Calcutta Cup", "Macao": r"Macao SAR", "Odessa": r"Odessa,? (?:Texas|TX)"})


@register
class MixedPlaceSpelling(SpellingVariants):
    """A place is spelled two ways in one story ("Kyiv" and "Kiev").

    ## Why
    Wire copy translated from Russian, Ukrainian or Chinese mixes the old and the new transliteration;
    a story names a place one way. Names with their own spelling ("Dynamo Kiev", "Peking University")
    do not count.
    ## Example
    Kyiv said on Friday that Kiev would not negotiate.
    Shelling hit Kharkiv overnight; Kharkov's mayor said three people died.
    ## Better
    Kyiv said on Friday that it would not negotiate.
    Kyiv fans cheered as Dynamo Kiev won.
    ## Fix safety
    Safe: the fix uses the spelling the house style or the story itself prefers.
    """

    code = "CN10"
    name = "mixed-place-spelling"
    GROUPS = PLACES


# ---------------------------------------------------------------------------------------------
# CN11: people and organisations transliterated two ways

NAMES = groups(
    ("Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskij"), ("Navalny", "Navalnyy"), ("Shoigu", "Shoygu"),
    ("Gorbachev", "Gorbachov"), ("Khrushchev", "Khrushchov"), ("Lukashenko", "Lukashenka"),
    ("Yanukovych", "Yanukovich"), ("Tymoshenko", "Timoshenko"), ("Klitschko", "Klichko"), ("Nebenzya", "Nebenzia"),
    ("Gaddafi", "Gadhafi", "Qaddafi", "Kadhafi", "Qadhafi", "Khadafy"), ("al-Qaeda", "al-Qaida", "al Qaeda", "al Qaida"),
    ("Hezbollah", "Hizbollah", "Hizballah"), ("Kim Jong Un", "Kim Jong-un", "Kim Jong-Un"),
    ("Mao Zedong", "Mao Tse-tung"), ("Deng Xiaoping", "Teng Hsiao-ping"), ("Erdogan", "Erdoğan"),
    ("Rouhani", "Rowhani"), ("Khamenei", "Khamene'i"), ("bin Laden", "bin Ladin"), ("Assad", "Asad"),
    ("Kuomintang", "Guomindang"), ("Tsikhanouskaya", "Tikhanovskaya"), ("Prigozhin", "Prigozhyn"),
    ("Kadyrov", "Kadirov"), ("Medvedev", "Medvedyev"), ("Abbas", "Abas"))


@register
class MixedNameTransliteration(SpellingVariants):
    """A person or organisation is transliterated two ways in one story ("Zelensky" and "Zelenskyy").

    ## Why
    Each agency and each source language transliterates Russian, Ukrainian, Arabic and Chinese names
    its own way; pasting from two sources leaves both in one story.
    ## Example
    President Zelensky met Biden. Zelenskyy later flew to Warsaw.
    Hezbollah fired rockets; Hizbollah's leader spoke on Friday.
    ## Better
    President Zelenskyy met Biden. Zelenskyy later flew to Warsaw.
    ## Fix safety
    Safe: the fix uses the spelling the house style or the story itself prefers.
    """

    code = "CN11"
    name = "mixed-name-transliteration"
    GROUPS = NAMES


# ---------------------------------------------------------------------------------------------
# CN12: compounds written closed, hyphenated or open

COMPOUNDS = groups(
    ("email", "e-mail"), ("emails", "e-mails"), ("website", "web site"), ("websites", "web sites"),
    ("online", "on-line"), ("ceasefire", "cease-fire"), ("ceasefires", "cease-fires"),
    ("cooperation", "co-operation"), ("cooperate", "co-operate"), ("cooperative", "co-operative"),
    ("coordinate", "co-ordinate"), ("coordinated", "co-ordinated"), ("coordination", "co-ordination"),
    ("coordinator", "co-ordinator"), ("percent", "per cent"), ("policymakers", "policy-makers", "policy makers"),
    ("policymaker", "policy-maker", "policy maker"), ("worldwide", "world-wide"), ("nationwide", "nation-wide"),
    ("lawmakers", "law-makers"), ("peacekeepers", "peace-keepers"), ("peacekeeping", "peace-keeping"),
    ("wartime", "war-time"), ("postwar", "post-war"), ("prewar", "pre-war"), ("counterterrorism", "counter-terrorism"),
    ("decision-makers", "decisionmakers", "decision makers"), ("stockpile", "stock-pile"), ("setback", "set-back"),
    ("healthcare", "health-care"), ("cyberattack", "cyber-attack", "cyber attack"),
    ("cyberattacks", "cyber-attacks", "cyber attacks"))


@register
class MixedCompoundSpelling(SpellingVariants):
    """A compound is written two ways in one story ("email" and "e-mail", "percent" and "per cent").

    ## Why
    Closed, hyphenated and open compounds drift with time and house style; one story keeps one.
    ## Example
    The ministry sent an email on Friday and a second e-mail on Monday.
    Prices rose 5 percent in May and 3 per cent in June.
    ## Better
    The ministry sent an email on Friday and a second email on Monday.
    Prices rose 5 per cent in May and 3 per cent in June.
    ## Fix safety
    Safe: the fix uses the spelling the house style or the story itself prefers.
    """

    code = "CN12"
    name = "mixed-compound-spelling"
    GROUPS = COMPOUNDS
    IGNORECASE = True


# ---------------------------------------------------------------------------------------------
# CN13: British and American spellings of one word

_IZE_STEMS = """organ recogn real apolog critic privat industrial global penal personal maxim minim capital author
    subsid special modern liberal final util stabil jeopard emphas mobil legal normal democrat civil public
    revolution scrutin polar categor character summar symbol sympath hospital militar destabil priorit""".split()
_IZE_ENDINGS = ("e", "ed", "es", "ing", "ation", "ations", "er", "ers")
_BRITISH_AMERICAN = [
    ("defence", "defense"), ("offence", "offense"), ("offences", "offenses"),
    ("labour", "labor"), ("favour", "favor"), ("favourite", "favorite"), ("favourable", "favorable"),
    ("honour", "honor"), ("honoured", "honored"), ("behaviour", "behavior"), ("neighbour", "neighbor"),
    ("neighbours", "neighbors"), ("neighbouring", "neighboring"), ("colour", "color"), ("colours", "colors"),
    ("rumour", "rumor"), ("rumours", "rumors"), ("harbour", "harbor"), ("vigour", "vigor"),
    ("endeavour", "endeavor"), ("armoured", "armored"), ("saviour", "savior"),
    ("centre", "center"), ("centres", "centers"), ("theatre", "theater"), ("fibre", "fiber"),
    ("litres", "liters"), ("kilometres", "kilometers"),
    ("travelled", "traveled"), ("travelling", "traveling"), ("traveller", "traveler"), ("travellers", "travelers"),
    ("cancelled", "canceled"), ("cancelling", "canceling"), ("modelling", "modeling"), ("labelled", "labeled"),
    ("fuelled", "fueled"), ("signalled", "signaled"), ("totalled", "totaled"), ("counsellor", "counselor"),
    ("jewellery", "jewelry"), ("aluminium", "aluminum"), ("sceptical", "skeptical"), ("sceptics", "skeptics"),
    ("scepticism", "skepticism"), ("mould", "mold"), ("manoeuvre", "maneuver"), ("manoeuvres", "maneuvers"),
    ("analyse", "analyze"), ("analysed", "analyzed"), ("paralysed", "paralyzed"), ("catalogue", "catalog"),
    ("fulfil", "fulfill"), ("enrol", "enroll"), ("ageing", "aging"), ("grey", "gray"), ("pyjamas", "pajamas"),
]  # not "programme"/"program", "metre"/"meter", "licence"/"license": British uses both, for different things
DIALECT = groups(*[(stem + "is" + end, stem + "iz" + end) for stem in _IZE_STEMS for end in _IZE_ENDINGS]
                 + _BRITISH_AMERICAN)


@register
class MixedDialectSpelling(SpellingVariants):
    """A word is spelled the British way and the American way in one story ("organisation", "organization").

    ## Why
    Translators and agencies differ: a story assembled from two of them mixes British and American
    spelling of the same word. Capitalised uses are names and keep their own spelling ("World Health
    Organization", "Pearl Harbor", "Labour Party"). With the option `dialect` (set by the "ap" and
    "british" house styles), every word is spelled that way.
    ## Example
    The organisation said the organization would appeal.
    Rebels were spotted near the city centre and later at the center of the square.
    ## Better
    The organisation said the World Health Organization would help.
    The organization said it would appeal.
    ## Fix safety
    Safe: the fix uses the spelling the house style or the story itself prefers.
    """

    code = "CN13"
    name = "mixed-dialect-spelling"
    GROUPS = DIALECT
    LOWERCASE_ONLY = True
    options = {**SpellingVariants.options,
               "dialect": Option(str, "", "\"british\" or \"american\": every word spelled that way (set by house styles)")}

    def _house_forms(self) -> set[str]:
        dialect = self.opts.dialect.lower()
        if dialect not in ("british", "american"):
            return set()
        return {g.forms[0 if dialect == "british" else 1] for g in self.GROUPS}


@cache
def _scan_keys(rule: type[SpellingVariants]) -> frozenset[str]:
    """A rule's keys, lowercased, to look for; one with a separator inside ("Sana'a") is never one word."""
    return frozenset(k.lower() for k in rule._index() if not _SEPARATOR.search(k))


@cache
def _shared_keys() -> frozenset[str]:
    """The keys of the four lexicons above: one scan serves them all."""
    rules = (MixedPlaceSpelling, MixedNameTransliteration, MixedCompoundSpelling, MixedDialectSpelling)
    return frozenset().union(*map(_scan_keys, rules))
