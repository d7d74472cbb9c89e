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
