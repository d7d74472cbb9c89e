"""The offline backend: Harper (harper-py), an English grammar and spelling checker in Rust, in process.

No Java, no server, nothing downloaded at run time: the wheel carries the dictionary.
"""

from __future__ import annotations

import re

from ..errors import NewslintError
from ..lazy_regex import lazy
from . import Candidate, dialect, finding, kebab, looks_like_name

INSTALL = "the offline grammar checker is not installed: pip install 'newslint[grammar]'"

# Harper's kinds that are warnings (a likely mistake); the rest are info (a suggestion).
MISTAKES = {"Spelling", "Typo", "Grammar", "Agreement", "Repetition", "Capitalization", "BoundaryError", "Eggcorn",
            "Malapropism", "Punctuation"}
# Opinions, off unless named (--extend-select GR-Style): house style and readability, not mistakes.
OPINION_KINDS = {"Style", "Readability", "Enhancement", "Formatting", "Regionalism", "Redundancy"}
# Harper rules that are house style, that newslint does better, or that misfire on clean news copy (measured
# on the BBC, Reuters and WMT corpora): off unless named (--extend-select GR-CompoundNouns).
OPINION_RULES = {
    # house style
    "DisjointPrefixes", "CompoundNouns", "UpdatePlaceNames", "OrthographicConsistency", "DiscourseMarkers",
    "AvoidAndAlso", "Damages", "SubjunctiveWasToWere", "Countries",
    # newslint's own families cover these (doubled words, quotes, sentence starts)
    "RepeatedWords", "RedundantThat", "UnclosedQuotes", "SentenceCapitalization",
    # misfire on clean copy
    "SplitWords",  # "delisted" -> "delis ted"
    "MergeWords",  # "latinohiphopradio.com's top" -> "stop"
    "WrongNegative",  # "demerged" -> "unmerged"
    "QuantifierNumeralConflict",  # "some 200 people": journalese for "about"
    "MissingPreposition", "MissingTo", "OneOfTheSingular", "TheirToTheyre", "PronounVerbAgreement",
    "PronounInflectionBe", "HelpedPast", "TheProperNounPossessive", "TransposedSpace", "PluralDecades", "AsHow",
    "Overall", "MassNouns", "PhrasalVerbAsCompoundNoun", "TheirToThere", "HowTo", "AvoidCurses", "WereWhere",
    "Americas", "PronounKnew", "TheHowWhy", "There", "ThatThan", "TheyToThem", "InflectedVerbAfterTo",
    "ToTwoToo", "ModalBeAdjective", "AWhile", "InvestIn", "SoonToBe", "MissingDeterminer", "GoodAt",
    "SimplePastToPastParticiple", "InDemandInDepth", "AdjectiveDoubleDegree", "Everyone", "ProgressiveNeedsBe",
    "BlacklistWhitelist", "RoadMap", "QuiteQuiet", "FindOut", "Therein", "LetsConfusion", "ItsPossessive",
    "ItsContraction", "NounVerbConfusion", "CapitalizePersonalPronouns", "WhomSubjectOfVerb", "ThereIsAgreement",
    "ThisTypeOfThing", "ThereToTheir", "Worldwide", "PronounContraction", "NerveRacking", "ChampAtTheBit",
    "HopHope", "NotTo", "Holidays", "DoToDueTo", "WayTooAdjective", "FirstPersonModifierHyphen", "NationalCapitals",
    "Insofar", "PayForPrice", "NoMatchFor", "ClicheAccent", "Months", "HelloGreeting", "MercedesBenzHyphen",
    "Someone", "HyphenateNumberDay", "BuiltIn", "SomeWithoutArticle", "OkToOkay",
}
OPINION_PREFIXES = ("Expand",)  # "6GB" -> "gigabytes", "govt" -> "government"
OPINION_SUFFIXES = ("Names",)  # brand styling: "Mac mini", "day one" (AppleNames, DayOneNames)
# Rules whose complaint is "this word is not in the dictionary": they skip the story's own names.
SPELLING_RULES = {"SpellCheck"}
# News words Harper's dictionary lacks (found on the clean corpora), wire-service abbreviations and the
# Latin of legal copy: accepted as spelt.
NEWS_WORDS = ["eurozone", "eurozone's", "demerger", "demergers", "demerge", "demerged", "timeframe", "timeframes",
              "bourse", "bourses", "eurodollar", "eurodollars", "despatch", "despatched", "arable", "speeded",
              "mln", "bln", "dlr", "dlrs", "cts", "pct", "stg", "bpd", "shr", "qtr", "plc", "dpa", "etc",
              "capita", "annum", "facto", "jure", "bona", "fide", "habeas", "masse"]

_linters: dict = {}


def linter(which: str, spelling_only: bool = False):
    """One Harper linter per dialect and process; a second one that only spells, for single words.

    The first build loads the dictionary (about half a second); later ones share it.
    """
    key = (which, spelling_only)
    if key not in _linters:
        try:
            import harper
        except ImportError:
            raise NewslintError(INSTALL) from None
        lint = harper.Linter(harper.Dialect.BRITISH if which == "british" else harper.Dialect.AMERICAN)
        lint.import_words(NEWS_WORDS)
        if spelling_only:
            lint.set_lint_config({rule: rule == "SpellCheck" for rule in lint.get_lint_config()})
        _linters[key] = lint
    return _linters[key]


_spelt: dict[tuple[str, str], bool] = {}


def spelt_right_in(which: str, word: str) -> bool:
    """`word` passes the spelling check in that dialect ("centre" in British, "center" in American)."""
    key = (which, word)
    if key not in _spelt:
        _spelt[key] = not linter(which, spelling_only=True).lint(word, language="plaintext")
    return _spelt[key]


def known(word: str) -> bool:
    return spelt_right_in("british", word) or spelt_right_in("american", word)


# Regular word-building Harper's dictionary does not always list; -ed and -ing stay out: "refered",
# "prefering" and "commited" are the commonest real misspellings.
_SUFFIXES = ("s", "es", "er", "ers", "or", "ors", "able")
_PREFIXES = ("re", "un", "non", "pre", "co", "de", "anti", "counter", "over", "under", "mis", "multi", "sub")


def derived(word: str) -> bool:
    """A plural, agent noun or prefixed form of a known word ("leakers", "renationalisation").

    Closed compounds are not tried: too many typos split into two short words ("stategist": state + gist).
    """
    w = word.lower()
    for suffix in _SUFFIXES:
        stem = w[: -len(suffix)]
        if w.endswith(suffix) and len(stem) >= 3 and (known(stem) or known(stem + "e")):
            return True
    return any(w.startswith(p) and len(w) - len(p) >= 4 and known(w[len(p):]) for p in _PREFIXES)


def candidates(doc, config):
    which = dialect(doc, config)
    other = "american" if which == "british" else "british"
    checker = linter(which)  # first: it says how to install harper-py when it is missing
    from harper import SuggestionKind

    for rule, lints in checker.organized_lints(doc.text, language="plaintext").items():
        for lint in lints:
            kind = lint.lint_kind
            start, end = lint.span.start, lint.span.end
            if rule == "SpellCheck" and not _likely_typo(doc, start, end, lint, other):
                continue
            if rule == "AnA" and _article_guess(doc.text, lint.problem_text, end):
                continue
            if rule not in SPELLING_RULES and (_capitalised_mid_sentence(doc, start, end) or _all_caps(lint.problem_text)):
                continue  # a title, a name or a headline: "Do They Know It's Christmas?", "Vaz Te", "NEW YORK"
            choices = []
            for s in lint.suggestions:
                if s.kind == SuggestionKind.INSERT_AFTER:
                    choices.append((end, end, s.replacement_text))
                elif s.kind == SuggestionKind.REMOVE:
                    choices.append((start, end, ""))
                else:
                    choices.append((start, end, s.replacement_text))
            severity = "warning" if kind in MISTAKES else "info"
            d = finding("GR", kind, kebab(rule), severity, lint.message, doc, start, end, choices)
            opinion = (kind in OPINION_KINDS or rule in OPINION_RULES or rule.startswith(OPINION_PREFIXES)
                       or rule.endswith(OPINION_SUFFIXES))
            yield Candidate(d, spelling=rule in SPELLING_RULES, opinion=opinion)


def _likely_typo(doc, start: int, end: int, lint, other: str) -> bool:
    """Harper's dictionary misses many real words; keep the complaints that look like a slip of the keys.

    A word the other dialect spells that way is a dialect spelling ("colour", "commoditising"); a word used
    twice, a piece of a hyphenated word ("wi-fi", "no-hoper") or a short word before a name ("von Trapp",
    "van der Walt") is no typo; a typo is one keystroke away from a word Harper suggests ("refered",
    "daugher"), which the long tail of rare but correct words ("talismanic", "photonics") is not; and a
    regular derivative of a known word ("leakers") is a word Harper's dictionary lacks.
    """
    word = lint.problem_text
    text = doc.text
    if len(word) <= 2 or looks_like_name(doc, start, end):
        return False
    if (start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()
            or text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha()):
        return False
    nxt = _NEXT_WORD.match(text, end)
    if len(word) <= 5 and nxt and nxt.group(1)[0].isupper():
        return False
    if not any(_one_edit(word, s.replacement_text) for s in lint.suggestions):
        return False
    if len(re.findall(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)) > 1:
        return False  # used twice: a term the writer means ("scrummaging"), typos rarely repeat
    if spelt_right_in(other, word) or spelt_right_in(other, word.replace("is", "iz")):
        return False
    return not derived(word)


def _one_edit(word: str, suggestion: str) -> bool:
    """One letter inserted, deleted, replaced or two swapped; a capital alone counts ("european")."""
    a, b = word.lower(), suggestion.lower()
    if a == b:
        return word != suggestion
    if any(ch in "'’ -." for ch in set(a) ^ set(b)) or abs(len(a) - len(b)) > 1:
        return False  # "video game", "crude's", "etc.": spacing and punctuation, not spelling
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


_NEXT_WORD = lazy(r"\s+([^\W\d_][\w'’-]*)")


def _article_guess(text: str, article: str, end: int) -> bool:
    """Harper cannot know how a name, an acronym or a foreign word is said ("an MEP", "a Uefa Cup", Czech "a
    obcí"), misreads "unident-", and takes British "an honour", "an historic" for mistakes."""
    m = _NEXT_WORD.match(text, end)
    word = m.group(1) if m else ""
    if not word:
        return False
    return (not word.islower() or not word.isascii() or word.startswith("unident")
            or article.lower() == "an" and word.startswith("h"))


def _all_caps(found: str) -> bool:
    letters = [ch for ch in found if ch.isalpha()]
    return len(letters) >= 2 and not any(ch.islower() for ch in letters)


def _capitalised_mid_sentence(doc, start: int, end: int) -> bool:
    """One capitalised word that does not open its sentence."""
    found = doc.text[start:end]
    if not found[:1].isupper() or not found.isalpha() and not found.replace("'", "").replace("’", "").isalpha():
        return False
    sentence = doc.sentence_at(start)
    opening = sentence.start if sentence else start
    return any(ch.isalnum() for ch in doc.text[opening:start])
