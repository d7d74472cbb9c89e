"""Rules of the attribution family: who said it, said once, in the right form (see STYLE.md)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..diagnostics import Edit, Fix
from ..engine.registry import register
from ..engine.rule import Rule
from ..lazy_regex import lazy
from ..speech import (
    FIRST_SECOND_PERSON,
    SUBJECT_PRONOUNS,
    Attribution,
    attributions,
    person_words,
    verb_positions,
)

# A sentence ends with a question or an exclamation (a closing quotation mark may follow).
_ASKS = lazy(r"[?!]\s?[\"”“’'»«]?\s*$")
# What comes between a trailing attribution and the quotation it closes: a comma or a closing mark.
_LEAD = lazy(r"(?:[,.!?…]?\s*[\"”’'»]|,)\s*(?:[—–-]\s*)?$")
# Verbs that answer someone: "“Why?” she asked. Wang replied." is a second speaker, not a second attribution.
_REPLIES = frozenset("answered replied responded retorted countered".split())


# A word that keeps its capital inside a sentence: a name, not "The" or "A".
_NAMED = lazy(r"(?!(?:The|A|An|This|His|Her|Their|Its|One|Another)\b)[A-Z]")


def _by_sentence(doc) -> dict[int, list[Attribution]]:
    """Sentence index -> its attributions (memoised per document: AT01 and AT04 read it)."""
    return doc.cached("attribution.by_sentence", _group_by_sentence)


def _group_by_sentence(doc) -> dict[int, list[Attribution]]:
    out: dict[int, list[Attribution]] = {}
    for a in attributions(doc):
        out.setdefault(a.sentence, []).append(a)
    return out


def _shortened(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@register
class DoubleAttribution(Rule):
    """A quotation is attributed twice in a row ("he said. he declares.").

    ## Why
    Translation often keeps both the source's verb of saying and the one the editor added, or
    renders a French "a-t-il déclaré" or Spanish "declaró" as a second attribution. Readers see a
    stutter and wonder whether two people spoke.
    ## Example
    “We will talk,” he said. he declares.
    “I look forward to these discussions,” he said. Blinken told Wang.
    “Nuestro compromiso es firme,” dijo, the minister said. She added.
    ## Better
    “We will talk,” he said.
    “I look forward to these discussions,” Blinken told Wang.
    “Yes,” he said. She disagreed.
    ## Fix safety
    Unsafe: the fix keeps one attribution, preferring the one that names the speaker, and drops the
    other; which verb the writer meant is a judgement call.
    """

    code = "AT01"
    name = "double-attribution"
    category = "attribution"
    severity = "warning"
    fixable = True

    def check(self, doc):
        text, sentences = doc.text, doc.sentences
        by_sentence = _by_sentence(doc)
        for first, second in _chained(text, by_sentence):
            yield self._double(doc, first, second)
        for a in attributions(doc):
            if a.shape != "standalone" or a.sentence == 0:
                continue
            before = sentences[a.sentence - 1]
            if before.paragraph != sentences[a.sentence].paragraph:
                continue
            first = next((b for b in by_sentence.get(a.sentence - 1, []) if b.shape in ("trailing", "standalone")
                          and text[b.end : before.end].strip() in (".", "!", "?", "…")), None)
            if first is None or (first.shape == "trailing" and not _LEAD.search(text, before.start, first.start)):
                continue
            if not _same_speaker_possible(doc, first, a):
                continue
            yield self._double(doc, first, a)

    def _double(self, doc, first: Attribution, second: Attribution):
        text = doc.text
        if second.names_speaker(doc) and not first.names_speaker(doc):
            # "he said. Blinken told Wang." -> "Blinken told Wang."; "he said. The minister added." -> "the minister added."
            keep = second
            letter = text[second.start] if _NAMED.match(text, second.start) else text[second.start].lower()
            edit = Edit(first.start, second.start + 1, letter)
        else:
            keep, edit = first, Edit.delete(first.end, second.end)  # "he said. he declares." -> "he said."
        return self.report(
            first.start, second.end + 1 if text[second.end : second.end + 1] in ".!?" else second.end,
            f"The quotation is attributed twice: '{text[first.start:first.end]}' and '{text[second.start:second.end]}'",
            Fix.unsafe(f"Keep '{text[keep.start:keep.end]}'", [edit]))


def _same_speaker_possible(doc, first: Attribution, second: Attribution) -> bool:
    """Two attributions in a row may name one speaker: not a reply, not two different names."""
    text = doc.text
    if text[second.verb[0] : second.verb[1]].lower() in _REPLIES:
        return first.subject_text(doc) == second.subject_text(doc)
    one, two = first.subject_text(doc), second.subject_text(doc)
    return not (one[:1].isupper() and two[:1].isupper() and first.names_speaker(doc) and second.names_speaker(doc)
                and one.split()[-1] != two.split()[-1] and _NAMED.match(one) and _NAMED.match(two))


def _chained(text: str, by_sentence):
    """Two trailing attributions in one sentence, joined by a comma: "..., he said, he declared."."""
    for found in by_sentence.values():
        for first, second in zip(found, found[1:], strict=False):
            if first.shape == second.shape == "trailing" and text[first.end : second.start].strip() == ",":
                yield first, second


@register
class CapitalizedAttribution(Rule):
    """An attribution after a question or exclamation starts with a capital ("...spiral? He asked.").

    ## Why
    After a quoted question or exclamation the sentence goes on: the attribution takes a lowercase
    pronoun or verb ("...spiral?” he asked.). French, Spanish and German copy close the quotation
    first and start a new sentence, and translation keeps the capital.
    ## Example
    “Should we return to a downward spiral?” He asked.
    “¿Qué más podemos hacer?” She asked reporters.
    “Enough!” Said the minister.
    ## Better
    “Should we return to a downward spiral?” he asked.
    “Why now?” Blinken asked.
    Is that fair? He thinks not.
    ## Fix safety
    Safe: only the first letter of a pronoun or verb changes case.
    """

    code = "AT02"
    name = "capitalized-attribution"
    category = "attribution"
    severity = "warning"
    fixable = True

    def check(self, doc):
        text, sentences = doc.text, doc.sentences
        for a in attributions(doc):
            if a.shape != "standalone" or a.sentence == 0 or not text[a.start].isupper():
                continue
            before = sentences[a.sentence - 1]
            if before.paragraph != sentences[a.sentence].paragraph or not _ASKS.search(text, before.start, before.end):
                continue
            word = text[a.start : a.start + _word_length(text, a.start)]
            if a.start == a.subject[0] and word.lower() not in SUBJECT_PRONOUNS - {"i"}:
                continue  # a name keeps its capital: "...spiral?” Blinken asked.
            end = a.end + 1 if text[a.end : a.end + 1] in ".!?" else a.end
            yield self.report(a.start, end, f"'{word}' starts an attribution after a question or exclamation:"
                              f" write '{word.lower()}'",
                              Fix.safe(f"Lowercase '{word}'", [Edit(a.start, a.start + 1, text[a.start].lower())]))


def _word_length(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return end - start


# "the State Department spokesperson said, Matthew Miller, in a press release."
_ROLE = (r"(?:spokes(?:person|man|woman)|minister|secretary|president|leader|official|chief|director|chairman|"
         r"chairwoman|chair|ambassador|envoy|governor|mayor|commander|general|head|adviser|advisor|spokesperson|"
         r"representative|deputy|premier|chancellor|senator|lawmaker|prosecutor|judge|analyst|economist|"
         r"executive|CEO|manager|founder|owner|coach|captain|officer|expert|researcher|professor|author)")
_PERSON = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|However|Meanwhile|Reuters|AFP)\b)" \
          r"(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Prof)\.?\s+)?[A-Z][\w'’\-]+(?:\s+(?:[A-Z][\w'’.\-]+|bin|al|de|van|von)){0,3}"
_SPLIT_ANCHOR = lazy(r"\b(?:said|says|added|told|stated|declared|noted|stressed|explained|announced|wrote)"
                           r"(?=\s*,\s*[A-Z])")
_SPLIT = lazy(
    rf"(?P<det>\b(?:[Tt]he|[Aa]n?)\s+)?(?P<title>(?:[\w.'’&\-]+\s+){{0,5}}?{_ROLE})"
    rf"(?P<of>\s+(?:for|of|at)\s+(?:the\s+)?[\w.'’&\-]+(?:\s+[\w.'’&\-]+){{0,2}}?)?\s+(?P<verb>said|says|added|"
    rf"told|stated|declared|noted|stressed|explained|announced|wrote)\s*,\s*(?P<name>{_PERSON})\s*,\s*"
    rf"(?=(?:in|on|at|during|after|before|from|to|via|with|through|according|late|early|earlier|later|"
    rf"yesterday|today)\b)"
)


@register
class SplitAttribution(Rule):
    """The speaker's name is cut off from its title by the verb ("the spokesperson said, Matthew Miller, in...").

    ## Why
    French, Spanish and Italian put the name in apposition after the verb ("a déclaré le porte-parole,
    Matthew Miller, dans un communiqué"). Rendered word for word, the name hangs between commas after
    "said"; English puts title and name together before the verb.
    ## Example
    The deal stands, the State Department spokesperson said, Matthew Miller, in a press release.
    Prices will fall, the economy minister said, Bruno Le Maire, on Friday.
    ## Better
    The deal stands, State Department spokesperson Matthew Miller said in a press release.
    The deal stands, said the spokesperson, Matthew Miller, in a press release.
    ## Fix safety
    Unsafe: the fix moves the name before the verb and drops the article; check titles that need it.
    A title with a phrase after it ("the spokesman for the ministry") gets no fix.
    """

    code = "AT03"
    name = "split-attribution"
    category = "attribution"
    severity = "warning"
    fixable = True

    def check(self, doc):
        text = doc.text
        for at in verb_positions(doc):  # every anchor verb is a verb of saying: no scan of its own
            anchor = _SPLIT_ANCHOR.match(text, at)
            if anchor is None or (s := doc.sentence_at(at)) is None:
                continue
            # The full pattern only where a verb is followed by ", Name,": it looks back a few words.
            m = next((m for m in _SPLIT.finditer(text, max(s.start, anchor.start() - 120), s.end)
                      if m.start("verb") == anchor.start()), None)
            if m is None or doc.overlaps_quotation(m.start(), m.end()):
                continue
            start = m.start("det") if m.group("det") else m.start("title")
            fix = None
            if not m.group("of"):  # "the spokesman for the ministry" does not go before a name as it stands
                rewritten = f"{m.group('title')} {m.group('name')} {m.group('verb')} "
                if start == s.start:
                    rewritten = rewritten[0].upper() + rewritten[1:]
                fix = Fix.unsafe(f"Write '{rewritten.strip()}'", [Edit(start, m.end(), rewritten)])
            yield self.report(start, s.end,
                              f"Split attribution: the name is cut off from its title in '{text[start:m.end('name')]}'",
                              fix)


# -- direct speech left without quotation marks ----------------------------------------------

_PERSON_WORD = lazy(r"\b(?:" + "|".join(sorted(FIRST_SECOND_PERSON, key=len, reverse=True)) + r")\b",
                          re.IGNORECASE)
# Where those words start after the first character of a stretch, found faster: a leading non-word
# character instead of \b lets the regex engine skip to the characters that can start a match.
_AFTER_PERSON_WORD = lazy(r"\W(?=(?:" + "|".join(sorted(FIRST_SECOND_PERSON, key=len, reverse=True)) + r")\b)",
                          re.IGNORECASE)
# The publication speaking of itself, not a speaker: "our correspondent", "our readers".
_NARRATOR = lazy(r"(?i:our)\s+(?:own\s+)?(?:\w+\s+)?(?:correspondents?|reporters?|editors?|readers?|"
                       r"viewers?|listeners?|staff|team|newsroom|website|sources?|special\s+report)\b")
_LET_US = lazy(r"\b[Ll]et\s+us$")
_GENERIC_YOU = lazy(r"\b(?:if|when|whenever|what|whatever|where|wherever|how|unless|once|until|as|lets|let|"
                          r"helps?|allows?|makes?|gives?)\s+you\b", re.IGNORECASE)
_TITLE_AFTER = lazy(r"(?:['’]\w+)?\s+[A-Z]")
# "World War I", "Elizabeth I", "Phase I": a Roman numeral after a capitalised word.
_ROMAN_BEFORE = lazy(r"[A-Z][\w.\-]*\s+$")


@dataclass(frozen=True, slots=True)
class _Stretch:
    """Words a speaker is reported as saying, outside quotation marks."""

    start: int
    end: int
    attribution: Attribution
    runs_to_paragraph_end: bool = False
    from_paragraph_start: bool = False


@register
class UnquotedDirectSpeech(Rule):
    """Direct speech is attributed but not quoted: first- or second-person words with no quotation marks.

    ## Why
    Source copy in French, Spanish, Russian or Chinese marks speech with « », — or 「」, or not at
    all, and translation often loses the marks. What is left reads as the reporter speaking in the
    first person ("We hope", "our core interests"). The message says where the quotation should open
    and close.
    ## Example
    Our core interests are facing challenges, he said.
    China is happy to see a prosperous United States, the Chinese leader said. We hope the United States will agree.
    He emphasized that the United States will continue to defend our interests, the spokesperson said.
    ## Better
    “Our core interests are facing challenges,” he said.
    Its core interests are facing challenges, he said.
    He said he would travel to Madrid, where his family lives.
    """

    code = "AT04"
    name = "unquoted-direct-speech"
    category = "attribution"
    severity = "warning"

    def check(self, doc):
        text = doc.text
        broken = {doc.paragraph_at(m.offset).index for m in doc.unmatched_closing + doc.unclosed_opening}
        by_sentence = _by_sentence(doc)
        attributed = {doc.sentences[i].paragraph for i in by_sentence}
        # Only a paragraph with a first- or second-person word in it or next to it can report, and it reads
        # its neighbours' stretches: stretches matter only up to two paragraphs from such a word.
        wanted = {i + d for i in _may_speak(doc) for d in range(-2, 3)} & attributed
        # Per paragraph: the unquoted stretches its attributions report, each with its first-person word.
        found = {i: [(s, _first_person(doc, s)) for s in _stretches(doc, doc.paragraphs[i], by_sentence)]
                 for i in sorted(wanted - broken)}
        for i, here in found.items():
            if not here:
                continue  # nothing to report here (what it lends its neighbours is looked up from them)
            # A paragraph that runs on in unquoted speech into one attributed to "he" or "she": one speaker.
            borrowed = None
            for j, k in ((i, i + 1), (i - 1, i)):
                if _runs_on(doc, found.get(j, []), found.get(k, [])):
                    borrowed = borrowed or next((e for _, e in found[j] + found[k] if e is not None), None)
            reported: set[int] = set()
            for stretch, evidence in sorted(here, key=lambda se: se[1] is None):
                a = stretch.attribution
                evidence = evidence if evidence is not None else borrowed
                if evidence is None or a.start in reported or stretch.start in reported:
                    continue
                reported.update((a.start, stretch.start))
                words = text[stretch.start : stretch.end].split()
                elsewhere = "" if stretch.start <= evidence < stretch.end else (
                    " (the same speaker, " + ("in the next paragraph)" if evidence > stretch.end else "just before)"))
                yield self.report(
                    stretch.start, stretch.end,
                    f"Direct speech without quotation marks: '{_word_at(text, evidence)}'{elsewhere} is the speaker's"
                    f" own voice in words attributed to '{_shortened(a.subject_text(doc), 40)}'; open the quotation"
                    f" before '{' '.join(words[:3])}' and close it after '{' '.join(words[-3:])}'")


@dataclass(frozen=True, slots=True)
class _Stretch:
    """Words a speaker is reported as saying, outside quotation marks, in one paragraph."""

    start: int
    end: int
    attribution: Attribution
    # "you" is the speaker's only in words an attribution closes ("..., he said"); in indirect
    # speech or in the sentences that follow, it is as often the generic "you" of a feature.
    second_person: bool = False


def _may_speak(doc) -> set[int]:
    """The paragraphs where a stretch may hold a first- or second-person word (see _first_person): those
    with such a word outside quotation marks, and those where a stretch may stop inside a word (its
    first letters read as one: "weaccording to him"), which it does only at an attribution that starts
    inside a word."""
    text = doc.text
    words = [at for at, end in zip(*person_words(doc), strict=True) if not doc.in_quotation(at, end)]
    words += [a.start for a in attributions(doc) if _INSIDE_WORD.match(text, a.start - 1, a.start + 1)]
    return {p.index for at in words if (p := doc.paragraph_at(at)) is not None}


_INSIDE_WORD = lazy(r"\w\w")


def _runs_on(doc, here: list, nxt: list) -> bool:
    """Unquoted speech runs to the end of one paragraph and the next opens with more, said by "he"/"she"."""
    if not here or not nxt:
        return False
    last = max((s for s, _ in here), key=lambda s: s.end)
    first = min((s for s, _ in nxt), key=lambda s: s.start)
    p, q = doc.paragraph_at(last.start), doc.paragraph_at(first.start)
    return (not doc.text[last.end : p.end].strip(" .!?…") and first.start == q.start
            and not first.attribution.names_speaker(doc))


# How many sentences after an attribution may carry on its speaker's words.
_REACH = 2


def _stretches(doc, p, by_sentence) -> list[_Stretch]:
    """The unquoted stretches of a paragraph that its attributions report as someone's words."""
    text = doc.text
    sentences = doc.sentences_in(p)
    base = bisect.bisect_left(doc.sentences, sentences[0].start, key=_start) if sentences else 0
    own = [by_sentence.get(base + k, []) for k in range(len(sentences))]
    # A sentence with no attribution and no quotation mark may carry a neighbour's reported words.
    free = [not own[k] and not _MARKS.search(text, s.start, s.end) for k, s in enumerate(sentences)]
    out: list[_Stretch] = []
    for k, s in enumerate(sentences):
        leading = next((a for a in own[k] if a.speech_start is not None), None)  # "He said that", "According to X,"
        unquoted = False  # the sentence's own reported words carry no quotation marks
        for a in own[k]:
            if a.shape in ("trailing", "according") and a.speech_start is None and a.start > s.start and not _QUOTE_BEFORE.search(
                    text, s.start, a.start):
                start = leading.speech_start if leading and leading.speech_start < a.start else s.start
                out.append(_Stretch(start, _lead_in(text, start, a.start), a,
                                    second_person=a.shape == "trailing" and leading is None))
                unquoted = True
            elif a.shape == "standalone" and k > 0 and free[k - 1]:
                out.append(_Stretch(sentences[k - 1].start, sentences[k - 1].end, a, second_person=True))
                unquoted = True
        if leading is not None:
            later = next((a.start for a in own[k] if a.start > leading.speech_start), None)
            end = _lead_in(text, leading.speech_start, later) if later else s.end
            out.append(_Stretch(leading.speech_start, end, leading))
        # The sentences after one that closes unquoted speech carry on the same speaker's words.
        j = k + 1
        while unquoted and j < len(sentences) and free[j] and j - k <= _REACH:
            j += 1
        if j > k + 1:
            out.append(_Stretch(sentences[k + 1].start, sentences[j - 1].end, own[k][-1]))
    return [s for s in out if len(text[s.start : s.end].split()) >= _SHORTEST and
            not doc.overlaps_quotation(s.start, s.end)]


# Fewer words than this are a connective ("But, he added, ..."), not someone's words.
_SHORTEST = 3
# The attribution follows a closing quotation mark: its words are quoted.
_QUOTE_BEFORE = lazy(r"[\"”’'»]\s*$")


def _start(sentence) -> int:
    return sentence.start


# The comma (and any closing mark) that hands over from the speech to a trailing attribution.
_HAND_OVER = lazy(r"[\s,;:\"”’'»—–-]*$")
_MARKS = lazy(r"[\"“”«»„]")


def _lead_in(text: str, start: int, end: int) -> int:
    """Where the speech before an attribution at `end` stops (before its comma or closing mark)."""
    m = _HAND_OVER.search(text, start, end)
    return m.start() if m else end


def _word_at(text: str, offset: int) -> str:
    return text[offset : offset + _word_length(text, offset)]


def _first_person(doc, stretch: _Stretch) -> int | None:
    """Offset of the first first- or second-person word in the stretch that is not quoted, else None."""
    text = doc.text
    for m in _person_words(text, stretch.start, stretch.end):
        word = m.group()
        if doc.in_quotation(m.start(), m.end()):
            continue
        if word == "I":
            before = _ROMAN_BEFORE.search(text, max(stretch.start, m.start() - 30), m.start())
            if before and not _sentence_starts_at(doc, before.start()):
                continue  # World War I, Elizabeth I
            if text[m.end() : m.end() + 1] in ".->" or text[m.start() - 1 : m.start()] == "<":
                continue  # an initial, or a ticker such as <I>
        elif word.isupper() and len(word) > 1:
            continue  # US, ME: abbreviations
        elif word[0].isupper() and not _sentence_starts_at(doc, m.start()):
            continue  # a name or title: "My Lai", "Your Honour"
        if word.lower().startswith("you") and (not stretch.second_person or _GENERIC_YOU.search(
                text, stretch.start, stretch.end)):
            continue  # "if you want...": the generic "you" of a feature, not someone addressed
        if word == "I" and _TITLE_AFTER.match(text, m.end()):
            continue  # a title in capitals: "I Love Lucy", "I've Been High"
        if _NARRATOR.match(text, m.start()) or _LET_US.search(text, max(0, m.start() - 4), m.end()):
            continue  # the publication's own voice: "our correspondent", "let us"
        return m.start()
    return None


def _person_words(text: str, start: int, end: int):
    """`_PERSON_WORD.finditer(text, start, end)`: the words are whole words, so no two overlap."""
    if m := _PERSON_WORD.match(text, start, end):
        yield m
    for gap in _AFTER_PERSON_WORD.finditer(text, start, end):
        yield _PERSON_WORD.match(text, gap.end(), end)


def _sentence_starts_at(doc, offset: int) -> bool:
    s = doc.sentence_at(offset)
    return s is not None and not doc.text[s.start : offset].strip(" \"“‘'(—–-")
