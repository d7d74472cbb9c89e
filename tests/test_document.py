"""The document model: lines, paragraphs, sentences, tokens, quotation marks."""

from newslint.document import Document, LineIndex


def sentences(text):
    d = Document(text)
    return [text[s.start:s.end] for s in d.sentences]


def test_line_index_round_trip():
    text = "one\ntwo lines\r\nthree"
    idx = LineIndex(text)
    for offset in range(len(text)):
        line, col = idx.position(offset)
        assert idx.offset(line, col) == offset
    assert idx.position(0) == (1, 1)
    assert idx.position(4) == (2, 1)
    assert idx.position(text.index("three")) == (3, 1)


def test_paragraphs_split_on_blank_lines_and_crlf():
    text = "First para.\r\nstill first.\r\n\r\nSecond para.\n\n\n  Third.  \n"
    d = Document(text)
    assert [d.paragraph_text(p) for p in d.paragraphs] == ["First para.\r\nstill first.", "Second para.", "Third."]


def test_one_paragraph_per_line_when_there_are_no_blank_lines():
    d = Document("Line one.\nLine two.\nLine three.")
    assert len(d.paragraphs) == 3


def test_sentences_respect_abbreviations_initials_decimals():
    text = ("U.S. officials met Mr. Smith and Gen. Lee at 10 a.m. on Friday. The growth was 2.5 percent. "
            "John F. Kennedy spoke... and then left. He returned.")
    assert sentences(text) == [
        "U.S. officials met Mr. Smith and Gen. Lee at 10 a.m. on Friday.",
        "The growth was 2.5 percent.",
        "John F. Kennedy spoke... and then left.",
        "He returned.",
    ]


def test_sentences_end_after_closing_quotation():
    text = '"We will win," he said. "It is over." She left. "Why?" he asked. Then nothing.'
    assert sentences(text) == ['"We will win," he said.', '"It is over."', "She left.", '"Why?" he asked.',
                               "Then nothing."]


def test_sentence_starting_lowercase_is_still_a_sentence():
    assert sentences("It was over, he said. he declares.") == ["It was over, he said.", "he declares."]


def test_orphan_comma_does_not_start_a_sentence():
    assert sentences("To avoid miscalculations. , he said.") == ["To avoid miscalculations. , he said."]


def test_tokens_have_offsets():
    d = Document("China's U.S. policy, rock-solid.")
    assert [(t.text, d.text[t.start:t.end]) for t in d.tokens][:3] == [("China's", "China's"), ("U.S.", "U.S."),
                                                                       ("policy", "policy")]


def test_apostrophes_are_not_quotation_marks():
    d = Document("China's rise, the ’90s, rock ’n’ roll and the countries’ leaders.")
    assert d.quotations == [] and d.unmatched_closing == [] and d.unclosed_opening == []


def test_quotation_pairing_and_in_quotation():
    text = "He called it a “dangerous provocation” and left. „Wir schaffen das“, sagte sie."
    d = Document(text)
    assert [text[q.start:q.end] for q in d.quotations] == ["“dangerous provocation”", "„Wir schaffen das“"]
    assert d.in_quotation(text.index("dangerous"), text.index("provocation"))
    assert not d.in_quotation(text.index("left"))


def test_multi_paragraph_quotation_leaves_earlier_paragraphs_open():
    text = "“We will go on.\n\n“We will not stop,” she said."
    d = Document(text)
    assert d.unclosed_opening == [] and d.unmatched_closing == []
    assert len(d.quotations) == 2 and d.quotations[0].continues


def test_unmatched_and_unclosed_marks():
    text = "We are determined,” he said.\n\nShe said “we will go."
    d = Document(text)
    assert [m.offset for m in d.unmatched_closing] == [text.index("”")]
    assert [m.offset for m in d.unclosed_opening] == [text.index("“")]


def test_real_corpus_article(shared):
    path = sorted((shared / "corpus" / "bbc" / "politics").glob("*.txt"))[0]
    text = path.read_text(encoding="utf-8")
    d = Document(text)
    assert len(d.paragraphs) >= 3
    assert len(d.sentences) >= len(d.paragraphs)
    for s in d.sentences:  # every sentence is trimmed and lies inside one paragraph
        body = text[s.start:s.end]
        assert body == body.strip() and body
        p = d.paragraphs[s.paragraph]
        assert p.start <= s.start < s.end <= p.end
    # every paired quotation starts and ends with a quotation mark
    for q in d.quotations:
        if q.close is not None:
            assert text[q.start] in "\"'“‘" and text[q.end - 1] in "\"'”’"
