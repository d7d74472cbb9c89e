"""Property tests over generated and mutated news text (hypothesis)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.api import check_text, fix_text
from newslint.document import Document, LineIndex
from newslint.engine.fixer import applicable, apply_edits
from newslint.formatters.json import records
from newslint.run import FileResult

FRAGMENTS = [
    "The", "the", "minister", "said", "China", "U.S.", "US", "he", "she", "her", "its", "told", "Wang", "Blinken",
    "$95 billion", "61%", "Friday, April 26, 2024", "Thursday", "5 1/2", "1.234,5", "informations", "prosperous",
    "and", "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‚", "「", "」", "China's", "’90s", "rock ’n’ roll",
    ",", ".", ". ,", "?", "!", ";", ":", " ?", "(", ")", "[", "]", "…", "...", "—", "-", "2024-04-26", "(AFP)",
    "\n", "\n\n", "\r\n", "  ", "\u00a0", "\u202f", "\t", "é", "中国", "Москва", "[sic]", "said Blinken", "we", "our",
]

news_text = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(" ".join)
SAMPLE = ("BEIJING, April 26 (Newswire) - We are determined to manage our differences,” he said. he declares.\n\n"
          "China is happy to see a prosperous and prosperous United States, the Chinese leader said. « Yes »\n\n"
          "The $95 billion package includes $8 billion for Taiwan and $61 billion for Ukraine, said Blinken.\n")
mutated = st.tuples(st.integers(0, len(SAMPLE)), st.integers(0, 40), st.text(max_size=12)).map(
    lambda t: SAMPLE[: t[0]] + t[2] + SAMPLE[t[0] + t[1]:])
any_text = st.one_of(news_text, mutated, st.text(max_size=200))

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(any_text)
def test_checking_never_raises_and_spans_are_sound(text):
    found = check_text(text)
    index = LineIndex(text)
    for d in found:
        assert 0 <= d.start <= d.end <= len(text)
        if d.fix:
            for e in d.fix.edits:
                assert 0 <= e.start <= e.end <= len(text)
    for rec in records([FileResult("x.txt", text, found)]):
        assert index.offset(rec["line"], rec["column"]) == rec["offset"]
        assert index.offset(rec["end_line"], rec["end_column"]) == rec["end_offset"]


@SETTINGS
@given(any_text)
def test_one_fix_pass_changes_only_inside_the_edited_spans(text):
    todo = applicable(check_text(text), "unsafe")
    fixed, _ = apply_edits(text, todo)
    # Rebuild the expected output from the edits actually taken: the text between them is untouched.
    taken, last = [], -1
    for d in sorted(todo, key=lambda d: (d.fix.start, d.fix.end, d.code)):
        edits = d.fix.edits
        if all(not _touches(e, t) for e in edits for t in taken):
            taken.extend(edits)
    expected, pos = [], 0
    for e in sorted(taken, key=lambda e: (e.start, e.end)):
        assert e.start >= last  # never overlapping
        expected.append(text[pos:e.start])
        expected.append(e.text)
        pos = last = e.end
    expected.append(text[pos:])
    assert fixed == "".join(expected)


def _touches(a, b):
    if a.start == a.end or b.start == b.end:
        return a.start <= b.end and b.start <= a.end
    return a.start < b.end and b.start < a.end


@SETTINGS
@given(any_text)
def test_fixing_is_idempotent(text):
    once, _ = fix_text(text, unsafe=True)
    twice, _ = fix_text(once, unsafe=True)
    assert twice == once


@SETTINGS
@given(any_text)
def test_document_units_are_ordered_and_inside_the_text(text):
    doc = Document(text)
    prev = 0
    for p in doc.paragraphs:
        assert prev <= p.start < p.end <= len(text)
        prev = p.end
    for s in doc.sentences:
        p = doc.paragraphs[s.paragraph]
        assert p.start <= s.start < s.end <= p.end
    for q in doc.quotations:
        assert 0 <= q.start < q.end <= len(text)
