"""Issue 3, attribution: the example's defects and fixes, the speech-verb lexicon, shared detection."""


import pytest
from conftest import gold_example

from newslint.api import check_text, fix_text
from newslint.document import Document
from newslint.speech import attributions


def span(text, g):
    start = -1
    for _ in range(g.get("occurrence", 1)):
        start = text.index(g["text"], start + 1)
    return start, start + len(g["text"])


def test_every_attribution_defect_of_the_example_is_found():
    text, gold = gold_example("attribution")
    found = check_text(text, {"select": ["attribution"]})
    assert len(gold) == 9
    for g in gold:
        start, end = span(text, g)
        assert any(d.start <= end and d.end >= start for d in found), f"missed: {g['text']!r}"


def test_example_fixes_give_the_annotated_text():
    text, gold = gold_example("attribution")
    fixed, _ = fix_text(text, {"select": ["AT01", "AT02", "AT03"]}, unsafe=True)
    for g in gold:
        if g["fix"]:
            start, _ = span(text, g)
            paragraph_start = text.rfind("\n", 0, start) + 1
            before = text[paragraph_start:start]
            assert before + g["fix"] in fixed, f"fix not applied: {g['fix']!r}"


def test_unquoted_speech_message_says_where_the_quotation_opens_and_closes():
    text = ("In our opinion, nothing can replace face-to-face diplomacy to avoid miscalculations, he said.")
    [d] = check_text(text, {"select": ["AT04"]})
    assert "open the quotation before 'In our opinion,'" in d.message
    assert "close it after 'to avoid miscalculations'" in d.message


@pytest.mark.parametrize("verb", ["said", "says", "told reporters", "added", "asked", "stressed", "insisted",
                                  "declared", "noted", "warned", "argued", "explained", "emphasized", "went on"])
def test_lexicon_covers_wire_verbs(verb):
    doc = Document(f"“We will go,” he {verb}.")
    [a] = attributions(doc)
    expected = "went on" if verb == "went on" else verb.split()[0]
    assert doc.text[a.verb[0]:a.verb[1]] == expected


def test_inverted_attribution_and_according_to():
    doc = Document("“We will go,” said Blinken. Prices will rise, according to the ministry.")
    inverted, according = attributions(doc)
    assert inverted.subject_text(doc) == "Blinken" and inverted.shape == "trailing"
    assert according.shape == "according" and according.subject_text(doc) == "the ministry"


@pytest.mark.parametrize("text", ["The said amount was paid on time.", "He is said to be ill.",
                                  "Having said that, the club kept its coach.", "The talks continued."])
def test_said_outside_attribution(text):
    assert attributions(Document(text)) == []


def test_attributions_are_computed_once_per_document():
    doc = Document("“Yes,” he said.")
    assert attributions(doc) is attributions(doc)


# -- the fast paths agree with the plain patterns they stand for ------------------------------------

_TRICKY = ["He said. Said the minister.", "xsaid said,said (said) “said” é said _said 3said",
           "He went on. They point  out, Blinken goes on", "According to Wang, we act. according to him",
           "Told you: I, me, my; WE/us-our yours. xI Iy _we é you", "Ever since I said so, I told You."]


@pytest.mark.parametrize("text", _TRICKY)
def test_verb_scan_finds_every_word_start_the_plain_pattern_does(text):
    import re

    from newslint.lazy_regex import trie_regex
    from newslint.speech import SPEECH_VERBS, verb_positions

    plain = re.compile(r"\b(?:" + trie_regex([*SPEECH_VERBS, "according"]) + r")\b")
    assert verb_positions(Document(text)) == [m.start() for m in plain.finditer(text)]


@pytest.mark.parametrize("text", [*_TRICKY, "SAID said Said sAid Insisted İnsisted ınsisted insiſted aſked as\u212aed",
                                  "İ said, ı said, uſ and US, yOu and We; WENT ON. Went  on. went\non", "Said we"])
def test_word_scan_finds_the_verbs_and_person_words_the_plain_patterns_do(text):
    import re

    from newslint.lazy_regex import trie_regex
    from newslint.rules.attribution import _PERSON_WORD
    from newslint.speech import SPEECH_VERBS, _verbs, person_words

    either = re.compile(r"\b(?:" + trie_regex([*SPEECH_VERBS, "according"], capitalised=True) + r")\b")
    doc = Document(text)
    assert _verbs(doc) == [m.start() for m in either.finditer(text)]
    assert person_words(doc) == ([m.start() for m in _PERSON_WORD.finditer(text)], [m.end() for m in _PERSON_WORD.finditer(text)])


@pytest.mark.parametrize("text", _TRICKY)
def test_person_word_scan_matches_finditer_on_every_slice(text):
    from newslint.rules.attribution import _PERSON_WORD, _person_words

    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1, 3):
            assert [m.span() for m in _person_words(text, start, end)] == [
                m.span() for m in _PERSON_WORD.finditer(text, start, end)]


def test_one_pattern_serves_each_shape():
    text = "“We will talk,” he said. Said the minister. He told Wang that it was over. Wang, he said, he added."
    shapes = [(a.shape, text[a.start : a.end]) for a in attributions(Document(text))]
    assert shapes == [("trailing", "he said"), ("standalone", "Said the minister"), ("leading", "He told Wang"),
                      ("trailing", "he said"), ("leading", "he said"), ("trailing", "he added")]
