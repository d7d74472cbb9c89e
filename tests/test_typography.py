"""Issue 6, typography: the example's defects, quieter inside quotations, clean-copy precision."""


import pytest
from conftest import SHARED, gold_example

from newslint.api import check_text, fix_text


def span(text, g):
    start = -1
    for _ in range(g.get("occurrence", 1)):
        start = text.index(g["text"], start + 1)
    return start, start + len(g["text"])


def test_every_typography_defect_of_the_example_is_found():
    text, gold = gold_example()
    found = check_text(text, {"select": ["typography"]})
    wanted = [g for g in gold if g["category"] == "typography"]
    assert wanted
    for g in wanted:
        start, end = span(text, g)
        assert any(d.start <= end and d.end >= start for d in found), f"missed: {g['text']!r}"


def test_orphan_comma_fix_gives_the_annotated_text():
    text = "to avoid misunderstandings, to avoid miscalculations. , he said."
    fixed, _ = fix_text(text, {"select": ["TY03"]})
    assert fixed == "to avoid misunderstandings, to avoid miscalculations, he said."


@pytest.mark.parametrize("text", ['"Will it rain ?" he asked.', '"We won!!" the coach shouted.',
                                  '"The company , which we founded, grew," she said.'])
def test_typography_inside_a_quotation_is_info(text):
    found = check_text(text, {"select": ["typography"]})
    assert found and all(d.severity == "info" for d in found)


@pytest.mark.parametrize("folder", ["bbc", "reuters21578", "wmt-ref"])
def test_clean_copy_stays_under_the_precision_budget(folder):
    corpus = SHARED / "corpus" / folder
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not present")
    paths = sorted(corpus.rglob("*.txt"))[:300]
    words = findings = 0
    for p in paths:
        text = p.read_text(encoding="utf-8")
        words += len(text.split())
        findings += sum(d.severity != "info" for d in check_text(text, {"select": ["typography"]}))
    assert findings * 1000 / words < 0.15
