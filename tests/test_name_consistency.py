"""Issue 6, person-name consistency: CN02 (spelling), CN03 (titles), CN04 (shared surname)."""

import json
from pathlib import Path

import pytest

from newslint.api import check_text
from newslint.rules.consistency import office, same_office

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
RULES = {"select": ["CN02", "CN03", "CN04"]}


def found(text, code):
    return [text[d.start:d.end] for d in check_text(text, RULES) if d.code == code]


def test_gold_ambiguous_surname_is_found():
    gold = SHARED / "examples" / "blinken-xi.gold.jsonl"
    if not gold.exists():
        pytest.skip("../shared is not there")
    text = (SHARED / "examples" / "blinken-xi.txt").read_text(encoding="utf-8")
    wanted = [g for g in map(json.loads, gold.read_text(encoding="utf-8").splitlines())
              if "Wang Xiaohong" in g.get("note", "")]
    assert wanted
    findings = [d for d in check_text(text, RULES) if d.code == "CN04"]
    for g in wanted:
        start = text.index(g["text"])
        assert any(d.start <= start + len(g["text"]) and d.end >= start for d in findings), g["text"]
    # The example's other people (Blinken, Xi, Biden, Putin, Miller) give no finding.
    assert {text[d.start:d.end] for d in check_text(text, RULES)} == {"Wang"}


def test_each_variant_spelling_is_reported_with_the_usual_one():
    text = ("Ukrainian President Volodymyr Zelensky spoke to Biden. Zelenskyy thanked him. Zelensky then "
            "flew to Warsaw.")
    [d] = [d for d in check_text(text, RULES) if d.code == "CN02"]
    assert text[d.start:d.end] == "Zelenskyy" and "'Zelensky'" in d.message
    assert d.fix.applicability == "unsafe"


def test_two_titles_name_the_person_and_both_titles():
    text = "Foreign Minister Wang Yi met Blinken. Later, Defence Minister Wang Yi said the talks were useful."
    [d] = [d for d in check_text(text, RULES) if d.code == "CN03"]
    assert "Wang Yi" in d.message and "'Defence Minister'" in d.message and "'Foreign Minister'" in d.message


@pytest.mark.parametrize("a, b, same", [
    ("Secretary of State", "Secretary", True),
    ("Foreign Minister", "Minister of Foreign Affairs", True),
    ("Defense Secretary", "Secretary of Defence", True),
    ("Foreign Minister", "Public Security Minister", False),
    ("Deputy Foreign Minister", "Foreign Minister", False),
    ("President", "Prime Minister", False),
    ("General", "President", True),
    ("General Secretary", "President", True),
])
def test_offices(a, b, same):
    assert same_office(office(a), office(b)) is same


def test_stream_of_many_stories_keeps_them_apart():
    filler = "Markets were calm and trading was thin on the day. " * 400  # about 20,000 characters
    text = (f"Foreign Minister Wang Yi arrived.\n\n{filler}\n\nPublic Security Minister Wang Xiaohong spoke.\n\n"
            f"{filler}\n\nWang said the talks were useful.")
    assert found(text, "CN04") == []
