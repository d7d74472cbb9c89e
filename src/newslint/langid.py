"""Fragments of the source language left in English copy.

A cheap pre-filter picks the few candidate spans, and lingua (lingua-language-detector) names the
language. English copy costs next to nothing:
- a Latin-script clause becomes a candidate only when it has four or more lowercase words and none
  of them is an English function word (English clauses almost never do);
- a Cyrillic, Arabic or Chinese run becomes one only when it is long enough to be a phrase.
lingua is imported on the first candidate and built for English and the source languages only; its
models for Latin-script languages load on the first Latin candidate (about 0.7 s and 170 MB once per
process), while a Cyrillic, Arabic or Chinese run is told by its script at no cost.

Proper names (capitalised words) and short quoted or bracketed titles are never candidates.
Read the result through `foreign_fragments(doc)` (memoised on the document).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import compress, islice
from operator import eq
from typing import NamedTuple

from .lazy_regex import lazy

# The source languages of the wire desks newslint serves (names as lingua spells them).
SOURCE_LANGUAGES = ("FRENCH", "SPANISH", "GERMAN", "ITALIAN", "PORTUGUESE", "RUSSIAN", "CHINESE", "ARABIC")
LANGUAGE_NAMES = {name: name.capitalize() for name in SOURCE_LANGUAGES}

# English words that no source language shares. Words that are also French, Spanish, German, Italian or
# Portuguese ("a", "in", "on", "die", "also", "was", "he", "do", "as", "no", "come") are left out on purpose.
ENGLISH_MARKERS = frozenset("""
    the of and to is are were that this these those with for from by at it its which who whom whose what
    when where why how she they we you his her their our your has have had been being would could should
    can may might must shall not but if than then there here about after before into over under said says
    more most did does just only very any some such out up because while against between through during
    without within my him them be or all new other been last first year years people told percent
    two three four five one again once well still even back down off now today week day time way world
    made took won shows became gave makes takes says wants will sales fell rose rise fall firm market prices
    price oil deal talks chief executive group business share shares company
    mln dlrs dlr pct cts shr shrs revs qtr oper avg vs stg billion
    """.split())
# An English word, or English morphology: "-ing", "-ed", "-ly", "-est", "wh", "sh", "ght", a possessive "'s".
_ENGLISH = lazy(r"(?<![^\W\d_])(?:(?:" + "|".join(sorted(ENGLISH_MARKERS, key=len, reverse=True))
                      + r")(?![^\W\d_])|[a-z]{3,}(?:ing|ed|ly)(?![^\W\d_])|[a-z]{4,}est(?![^\W\d_])|[a-z]*(?:wh|sh|ght)[a-z]*"
                      r"(?![^\W\d_])|[^\W\d_]+['’]s(?![^\W\d_]))",
                      re.IGNORECASE)

# Frequent words of the Latin-script source languages that English does not use, and their accented letters:
# a clause needs two such hints before lingua is asked (English clauses have none).
FOREIGN_HINTS = frozenset("""
    le la les des du un une et est sont avec dans sur pour pas nous vous ils elle qui que au aux ce cette
    mais ou leur très été être avoir fait comme plus sans chez
    el los las del y es son con por para una pero muy sin sobre ya entre hay está están fue ha han
    der das und ist nicht ein eine mit von zu auf für sich dem den ich wir sie es auch nach bei aus wird
    werden wurde sind hat haben noch über
    il di che della dei delle nel nella sono è gli anche ma come più questo questa essere stato
    o os da das dos em um uma não são ao às pelo pela mais foi também seu sua
    """.split())
_HINT_BYTES = frozenset(word.encode() for word in FOREIGN_HINTS)
_ACCENTS = "àâçéèêëîïôûùüÿñáíóúãõäöß"
_ACCENT = lazy(f"[{_ACCENTS}]")
_HINT = lazy(r"(?<![^\W\d_])(?:" + "|".join(sorted(FOREIGN_HINTS, key=len, reverse=True))
                   + f")(?![^\\W\\d_])|[{_ACCENTS}]")
MIN_HINTS = 2
MIN_HINT_SHARE = 0.25  # of the words: a foreign clause is dense with function words and accents

# A clause: text between punctuation marks, long enough to say something.
_CLAUSE = lazy(r"[^,;:.!?()\[\]{}\"“”«»„\n]+")
_EDGE = " \t-–—'’"
MIN_CANDIDATE_CHARS = 20
_WORD = lazy(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_LOWERCASE_WORDS = 4
MIN_CONTENT_WORDS = 2  # lowercase words besides the function words: a name has none ("Banco do Brasil")
_ELIDED = lazy(r"[dlnj]['’]", re.IGNORECASE)  # "d'Assurance" is part of a name
# Quoted or bracketed text this short is a title or a name ("La vita è bella"), not a lost sentence.
MAX_TITLE_WORDS = 6

# Cyrillic, Arabic and Han runs (with the spaces and punctuation inside them).
_SCRIPT_LETTER = "\u0400-\u04ff\u0600-\u06ff\u0750-\u077f\u3400-\u4dbf\u4e00-\u9fff"
_FOREIGN_RUN = lazy(f"[{_SCRIPT_LETTER}](?:[{_SCRIPT_LETTER} \\t\\d,.;:!?\u3001\u3002\uff0c\uff1a\u060c\u061f«»\"“”-]*[{_SCRIPT_LETTER}])?")
_HAN = lazy("[\u3400-\u4dbf\u4e00-\u9fff]")
MIN_HAN_CHARS = 4
MIN_SCRIPT_WORDS = 2

# lingua's verdict: the top language is a source language, with this confidence, and English gets less than a
# third of it (the pre-filter has already found foreign words and no English one).
MIN_CONFIDENCE = 0.4
ENGLISH_SHARE = 1 / 3


# What separates words for the spelling lexicon, besides white space: every punctuation mark but the hyphen.
WORD_SEPARATORS = "\"'’‘“”«»()[]{}.,;:!?/\\|*_=+<>&%$#@~`^"
# Non-ASCII characters common in English copy that are not word characters (\W): read as spaces.
_COMMON_MARKS = [ch for ch in WORD_SEPARATORS + "—–…£€" if not ch.isascii()]
# Every ASCII byte but letters and digits becomes a space, for splitting UTF-8 at C speed (UTF-8 never puts an
# ASCII byte inside another character).
_NON_ALNUM = bytes(b for b in range(128) if not chr(b).isalnum())
_SPLIT_BYTES = bytes.maketrans(_NON_ALNUM, b" " * len(_NON_ALNUM))


class Words(NamedTuple):
    """The story's words: runs of letters and digits, lowercased and UTF-8 encoded. The words in order are not
    kept (a list of every word costs ten times the text's size in memory), only what rules ask of them."""

    distinct: set[bytes]
    doubled: set[bytes]  # each word written twice in a row somewhere ("the the")
    hint_uses: int  # uses of FOREIGN_HINTS words, counted up to MIN_HINTS
    exact: bool  # split at every non-word character: no non-ASCII character but _COMMON_MARKS in the text


def lowered(text: str) -> str:
    """`text` lowercased, offset for offset ("İ" lowercases to two characters: it is left as it is)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low


def word_runs(text: str) -> list[bytes]:
    """The runs of letters and digits in `text`, UTF-8 encoded: split at white space, at every ASCII character
    that is no letter or digit, and at _COMMON_MARKS (str.split, str.replace, bytes.translate: C speed)."""
    return _split(_marks_to_spaces(text))


def _marks_to_spaces(text: str) -> str:
    if not text.isascii():
        text = " ".join(text.split())  # white space beyond ASCII
        for ch in _COMMON_MARKS:
            text = text.replace(ch, " ")
    return text


def _split(text: str) -> list[bytes]:
    return text.encode().translate(_SPLIT_BYTES).split()


def lowercase_words(doc) -> Words:
    """The story's words, for cheap tests of which words occur at all or twice in a row; shared by several
    rules (memoised on the document). Every separator of WORD_SEPARATORS and every ASCII character that is
    no letter or digit splits words, so a word between separators is there as its runs ("e-mail": e, mail).
    str.split, str.replace and bytes.translate do the work in C: no regular expression, no step per word.
    """
    return doc.cached("langid.lowercase_words", _lowercase_words)


def _lowercase_words(doc) -> Words:
    low = _marks_to_spaces(lowered(doc.text))
    words = _split(low)
    distinct = set(words)
    doubled = set(compress(words, map(eq, words, islice(words, 1, None))))  # each word equal to the next
    hints = _HINT_BYTES.intersection(distinct)
    hint_uses = MIN_HINTS if len(hints) >= MIN_HINTS else sum(map(words.count, hints))
    return Words(distinct, doubled, hint_uses, low.isascii())


class Fragment(NamedTuple):  # a named tuple: quicker to define at import than a dataclass
    start: int
    end: int
    language: str  # a SOURCE_LANGUAGES name
    confidence: float


def foreign_fragments(doc) -> list[Fragment]:
    """Spans of `doc` left in a source language, in text order (computed once per document)."""
    return doc.cached("langid.foreign_fragments", _find_fragments)


def _find_fragments(doc) -> list[Fragment]:
    text = doc.text
    found = [f for f in (_judge(text, s, e) for s, e in _script_candidates(doc)) if f]
    for start, end in _latin_candidates(doc):
        fragment = _judge(text, start, end)
        if fragment:
            found.append(_widen(doc, fragment))
    found.sort(key=lambda f: f.start)
    merged: list[Fragment] = []
    for f in found:
        if merged and f.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Fragment(last.start, max(last.end, f.end), last.language, max(last.confidence, f.confidence))
        else:
            merged.append(f)
    return merged


def _script_candidates(doc):
    text = doc.text
    if text.isascii():
        return  # no Cyrillic, Arabic or Han letter (a constant-time test)
    for m in _FOREIGN_RUN.finditer(text):
        run = m.group()
        if _HAN.search(run):
            if len(_HAN.findall(run)) < MIN_HAN_CHARS:
                continue
        elif len(run.split()) < MIN_SCRIPT_WORDS:
            continue
        if _is_title_or_gloss(doc, m.start(), m.end(), max(len(run.split()), len(run) // 4)):
            continue
        yield m.start(), m.end()


def _latin_candidates(doc):
    text = doc.text
    if not _may_have_hints(doc) or not _has_hints(text):
        return
    for p in doc.paragraphs:
        if not _has_hints(text[p.start : p.end]):
            continue  # the usual case: no foreign function word, no accented letter
        for start, end in _stretches(text, p.start, p.end):
            if end - start < MIN_CANDIDATE_CHARS:
                continue
            words = _WORD.findall(text, start, end)
            hints = len(_HINT.findall(text, start, end))
            if hints < MIN_HINTS or hints < len(words) * MIN_HINT_SHARE:
                continue
            lower = [w for w in words if w[0].islower()]
            content = [w for w in lower if w not in FOREIGN_HINTS and not _ELIDED.match(w)]
            if len(lower) < MIN_LOWERCASE_WORDS or len(content) < MIN_CONTENT_WORDS or len(lower) * 2 < len(words):
                continue  # names ("Caixa Geral de Depósitos"), headlines, lists
            if _is_title_or_gloss(doc, start, end, len(words)) or _translated_in_place(text, end):
                continue
            if _caseless_paragraph(doc, start):
                continue  # copy typed in lowercase: names cannot be told from words
            yield start, end


def _stretches(text: str, start: int, end: int):
    """Stretches of text with no English word in them, cut at clause punctuation, in text order."""
    for clause in _CLAUSE.finditer(text, start, end):
        pos = clause.start()
        for english in _ENGLISH.finditer(text, clause.start(), clause.end()):
            yield from _trimmed(text, pos, english.start())
            pos = english.end()
        yield from _trimmed(text, pos, clause.end())


def _trimmed(text: str, start: int, end: int):
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip(_EDGE))
    tail = len(piece.rstrip(_EDGE))
    if tail > lead and _WORD.search(piece, lead, tail):
        yield start + lead, start + tail


def _may_have_hints(doc) -> bool:
    """False when no paragraph can pass _has_hints, told from the story's words (lowercased and split at
    punctuation too, so they hold every hint word _has_hints counts): fewer than two uses of hint words, and
    no accented letter."""
    text = doc.text
    if lowercase_words(doc).hint_uses >= MIN_HINTS:
        return True
    return not text.isascii() and _ACCENT.search(text) is not None


def _has_hints(paragraph: str) -> bool:
    """Two foreign hints in the paragraph (a set test on its words: C speed, no regex over English text)."""
    # Hint words counted up to two by a set intersection (C speed): English text has none or one.
    words = paragraph.split()
    found = FOREIGN_HINTS.intersection(words)
    hints = MIN_HINTS if len(found) >= MIN_HINTS else sum(map(words.count, found))
    if hints >= MIN_HINTS or paragraph.isascii():
        return hints >= MIN_HINTS  # accented letters are not ASCII
    return hints + len(_ACCENT.findall(paragraph)) >= MIN_HINTS


def _translated_in_place(text: str, end: int) -> bool:
    """'"Rooney se volvió loco en el Bernabéu (Rooney went crazy in the Bernabeu)"': a gloss follows."""
    return text[end : end + 3].lstrip("\"”’»' ")[:1] == "("


def _caseless_paragraph(doc, offset: int) -> bool:
    p = doc.paragraph_at(offset)
    if p is None:
        return False
    words = _WORD.findall(doc.text, p.start, p.end)
    return len(words) >= 20 and sum(w[0].isupper() for w in words) * 30 < len(words)


def _is_title_or_gloss(doc, start: int, end: int, words: int) -> bool:
    """A short span inside quotation marks or brackets: a quoted title, a name in its own script."""
    if words > MAX_TITLE_WORDS:
        return False
    if doc.in_quotation(start, end):
        return True
    text = doc.text
    before = text[max(0, start - 2) : start].strip()
    after = text[end : end + 2].strip()
    return before[-1:] in "([《«" and after[:1] in ")]》»"


def _judge(text: str, start: int, end: int) -> Fragment | None:
    detector = _detector()
    if detector is None:
        return None
    values = detector.compute_language_confidence_values(text[start:end])
    if not values:
        return None
    top = values[0]
    english = next((v.value for v in values if v.language.name == "ENGLISH"), 0.0)
    name = top.language.name
    if name in SOURCE_LANGUAGES and top.value >= MIN_CONFIDENCE and english < top.value * ENGLISH_SHARE:
        return Fragment(start, end, name, top.value)
    return None


def _widen(doc, fragment: Fragment) -> Fragment:
    """Join the foreign-looking stretches next to a fragment in its sentence ("Sin embargo, hay que ..., dijo")."""
    text = doc.text
    sentence = doc.sentence_at(fragment.start)
    if sentence is None:
        return fragment
    stretches = list(_stretches(text, sentence.start, sentence.end))
    start, end = fragment.start, fragment.end
    for a, b in reversed([s for s in stretches if s[1] <= start]):
        if _WORD.search(text, b, start) or not _HINT.search(text[a:b].lower()):
            break  # an English word lies between, or the neighbour has nothing foreign about it
        start = a
    for a, b in [s for s in stretches if s[0] >= end]:
        if _WORD.search(text, end, a) or not _HINT.search(text[a:b].lower()):
            break
        end = b
    return Fragment(start, end, fragment.language, fragment.confidence)


@cache
def _detector():
    """lingua's detector for English and the source languages, built on first use (None if lingua is absent)."""
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:  # pragma: no cover - lingua is a declared dependency
        return None
    languages = [Language.ENGLISH] + [getattr(Language, name) for name in SOURCE_LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).build()
