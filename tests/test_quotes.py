"""Issue 3, quotations: the example's defects, fixes, story-level style, and precision on clean copy."""


import pytest
from conftest import SHARED, gold_example

from newslint.api import check_text, fix_text


def gold_spans(text, gold, category):
    for g in gold:
        if g["category"] == category:
            start = -1
            for _ in range(g.get("occurrence", 1)):
                start = text.index(g["text"], start + 1)
            yield g, start, start + len(g["text"])


def test_every_quotes_defect_of_the_example_is_found():
    text, gold = gold_example()
    found = [d for d in check_text(text, {"select": ["quotes"]})]
    for g, start, end in gold_spans(text, gold, "quotes"):
        assert any(d.start <= end and d.end >= start for d in found), f"missed: {g['text'][:60]!r}"


def test_example_fixes_give_the_annotated_text():
    text, gold = gold_example()
    fixed, _ = fix_text(text, {"select": ["QT01", "QT03"]}, unsafe=True)
    for g, _, _ in gold_spans(text, gold, "quotes"):
        assert g["fix"] in fixed, f"fix not applied: {g['fix'][:60]!r}"
    assert fix_text(fixed, {"select": ["quotes"]}, unsafe=True)[0] == fixed  # a second pass changes nothing


def test_unopened_closing_quote_spans_the_quotation_it_closes():
    text = "Blinken met Xi.\n\nWe are determined to manage our differences,” he said. he declares."
    [d] = [d for d in check_text(text, {"select": ["QT01"]})]
    assert text[d.start:d.end] == "We are determined to manage our differences,”"
    assert "opens before 'We are determined to'" in d.message


def test_story_style_is_judged_near_each_quotation():
    filler = "\n\n".join(["The council met on Tuesday and discussed the budget for the coming year."] * 80)
    separate = f'"We are ready," he said.\n\n{filler}\n\n“We are ready,” she said.'
    assert not [d for d in check_text(separate, {"select": ["QT05"]})]
    together = '"We are ready," he said. “So are we,” she said. “Good,” they said.'
    assert [text for text in (together[d.start:d.end] for d in check_text(together, {"select": ["QT05"]}))] == [
        '"We are ready,"']


def test_punctuation_outside_is_a_note_unless_the_paragraph_or_house_style_says_american():
    lone = "China called the aid a “dangerous provocation”."
    [d] = check_text(lone, {"select": ["QT07"]})
    assert d.severity == "info"
    [d] = check_text(lone, {"select": ["QT07"], "rules": {"QT07": {"style": "american"}}})
    assert d.severity == "warning"
    mixed = "He called it “constructive,” then “useful”, and left."
    assert [d.severity for d in check_text(mixed, {"select": ["QT07"]})] == ["warning"]
    british = "The programme, in full colour, was called “a triumph”."
    assert check_text(british, {"select": ["QT07"]}) == []


def test_straight_nested_quotation_is_a_note_and_curly_one_a_warning():
    straight = '"They could be talking to a "white knight" right now," said the analyst.'
    curly = "“They could be talking to a “white knight” right now,” said the analyst."
    assert [d.severity for d in check_text(straight, {"select": ["QT06"]})] == ["info"]
    assert [d.severity for d in check_text(curly, {"select": ["QT06"]})] == ["warning"]


def clean_rate(folder: str) -> float:
    root = SHARED / "corpus" / folder
    if not root.is_dir():
        pytest.skip(f"{root} is not present")
    found = words = 0
    for path in sorted(root.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        found += sum(1 for d in check_text(text, {"select": ["quotes", "attribution"]}) if d.severity != "info")
    assert words > 100_000
    return 1000 * found / words


@pytest.mark.parametrize("folder,limit", [("bbc", 0.1), ("reuters21578", 0.15)])
def test_precision_on_clean_copy(folder, limit):
    # Findings per 1,000 words on professionally edited copy (most that remain are real slips in it).
    assert clean_rate(folder) <= limit


def test_punctuation_outside_follows_the_house_style_pack():
    text = "China called the aid a “dangerous provocation”."
    assert [d.severity for d in check_text(text, {"select": ["QT07"], "house-style": "ap"})] == ["warning"]
    assert check_text(text, {"select": ["QT07"], "house-style": "british"}) == []


@pytest.mark.parametrize("text, vote", [
    ("The colour of the centre.", 2), ("COLOUR and Colours", 2), ("colour2 _colour écolour colourful", 1),
    ("The color, Mr. Smith said on July 4, is gray.", -3), ("Mr Smith, 1 July, 5 per cent, £3", 3), ("", 0)])
def test_spelling_vote_counts_whole_ascii_words_and_forms(text, vote):
    from newslint.rules.quotes import _spelling_vote

    assert _spelling_vote(text) == vote
