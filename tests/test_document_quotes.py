"""The document model's sentences and quotation pairing, on real news text from ../shared/corpus."""

from pathlib import Path

import pytest

from newslint.document import Document

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"


def story(relative: str) -> Document:
    path = CORPUS / relative
    if not path.is_file():
        pytest.skip(f"{path} is not present")
    return Document(path.read_text(encoding="utf-8"), str(path))


def paragraph_with(doc: Document, needle: str):
    at = doc.text.index(needle)
    return doc.paragraph_at(at)


def broken_marks_in(doc: Document, p) -> list:
    return [m for m in doc.unmatched_closing + doc.unclosed_opening if p.start <= m.offset < p.end]


def test_wire_convention_paragraph_ends_inside_the_quotation():
    # Reuters: a quotation runs over two paragraphs, the first left open, the second reopened.
    doc = story("reuters21578/01895.txt")
    first = paragraph_with(doc, "It's clear from the Board's report")
    second = doc.paragraphs[first.index + 1]
    assert broken_marks_in(doc, first) == [] and broken_marks_in(doc, second) == []
    running = [q for q in doc.quotations if q.paragraph == first.index]
    assert len(running) == 1 and running[0].continues and running[0].close is None
    assert doc.in_quotation(doc.text.index("geo-political strategy"))


def test_quotation_over_one_sentence_paragraphs_closes_later():
    # A translated reference laid out sentence by sentence: “... slow. / Get moving... / ...,” Goodman told ABC.
    doc = story("wmt-ref/generaltest2022.cs-en/refB/blesk.cz.25590.txt")
    assert doc.one_sentence_paragraphs
    opening = paragraph_with(doc, "This time I wanted to take it slow.")
    middle = paragraph_with(doc, "Get moving, exercise.")
    closing = paragraph_with(doc, "Goodman told ABC")
    assert all(broken_marks_in(doc, p) == [] for p in (opening, middle, closing))
    assert doc.in_quotation(doc.text.index("Get moving"))
    assert not doc.in_quotation(doc.text.index("Goodman told ABC"))


def test_lost_paragraph_breaks_reopen_the_quotation():
    # BBC: the paragraph breaks of a multi-paragraph quotation were lost (`Olympics. "The amber light`).
    doc = story("bbc/business/110.txt")
    p = paragraph_with(doc, "The amber light is flashing.")
    assert broken_marks_in(doc, p) == []
    assert doc.in_quotation(doc.text.index("The amber light"))
    assert doc.in_quotation(doc.text.index("Personal consumption"))
    assert not doc.in_quotation(doc.text.index("The government may now find"))


def test_double_mark_typed_for_an_apostrophe_is_not_a_quotation_mark():
    # Reuters: `Indonesia"s`, `don"t`.
    doc = story("reuters21578/00235.txt")
    assert doc.unclosed_opening == [] and doc.unmatched_closing == []
    offset = doc.text.index('Indonesia"s')
    assert all(m.offset != offset + len("Indonesia") for m in doc.quote_marks)


def test_feet_and_inches_are_not_quotation_marks():
    doc = story("bbc/entertainment/141.txt")
    at = doc.text.index("5' 10\"")
    assert all(not at <= m.offset < at + 6 for m in doc.quote_marks)


def test_doubled_apostrophes_pair_as_one_double_mark():
    # BBC: ``''A law firm will put a case forward for Newry FC, ...,'' said Newry boss Roy McCreadie.``
    doc = story("bbc/sport/131.txt")
    start = doc.text.index("''A law firm")
    quotation = next(q for q in doc.quotations if q.start == start)
    assert doc.text[quotation.end - 2 : quotation.end] == "''" and quotation.depth == 0
    assert not doc.in_quotation(doc.text.index("said Newry boss"))


def test_nested_straight_quotation_pairs_inside_the_outer_one():
    # Reuters: "They could be talking to a "white knight" right now," said ...
    doc = story("reuters21578/04943.txt")
    p = paragraph_with(doc, "white knight")
    assert broken_marks_in(doc, p) == []
    inner = [q for q in doc.quotations if q.paragraph == p.index and q.depth == 1]
    assert [doc.text[q.start:q.end] for q in inner] == ['"white knight"']


def test_sentences_of_the_example_story():
    path = SHARED / "examples" / "blinken-xi.txt"
    if not path.is_file():
        pytest.skip("../shared/examples is not present")
    doc = Document(path.read_text(encoding="utf-8"))
    texts = [doc.text[s.start:s.end] for s in doc.sentences]
    assert "He asked." in texts  # a capital after "?" starts a sentence (AT02 flags it)
    assert "he declares." in texts  # a lowercase start is still a sentence (typography flags it)
    assert any(t.endswith("vicious competition. »") for t in texts)  # a detached closing mark stays
    assert any(t.startswith("In our opinion") and t.endswith(", he said.") for t in texts)  # ". ," is no boundary


def test_sentences_end_after_quotations_in_real_copy():
    doc = story("reuters21578/01895.txt")
    texts = [doc.text[s.start:s.end] for s in doc.sentences]
    assert '"I have already begun correcting this," he added in his prepared remarks.' in texts
    assert '"There are reasons why it happened, but no excuses.' in texts
    assert 'It was a mistake," he said.' in texts


def test_mark_at_a_paragraph_end_closes():
    doc = Document("He said, “The water used to stink. “\n\nHe went home.")
    assert doc.unclosed_opening == [] and doc.unmatched_closing == []
    assert [q.close for q in doc.quotations] == [doc.text.index("“\n")]


def test_quote_marks_report_pairing():
    doc = Document("“Yes,” he said. Then ” stray.")
    assert [m.paired for m in doc.quote_marks] == [True, True, False]


def test_quotation_running_over_real_paragraphs_without_reopening_is_broken():
    # In copy with real paragraphs the same layout is a defect: each paragraph of a quotation reopens it.
    doc = Document("Blinken met Xi. They talked for hours.\n\n“We will continue. We will not stop.\n\n"
                   "We will never give in,” he said. Talks resume on Monday.\n\nXi left. Blinken stayed.\n\nEnd.")
    assert not doc.one_sentence_paragraphs
    assert [m.char for m in doc.unclosed_opening] == ["“"] and [m.char for m in doc.unmatched_closing] == ["”"]
