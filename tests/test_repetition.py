"""Issue 6, repetition: the example's defect, repetition English means, quieter inside quotations."""

import json
from pathlib import Path

import pytest

from newslint.api import check_text, fix_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EXAMPLE = SHARED / "examples" / "blinken-xi.txt"
GOLD = SHARED / "examples" / "blinken-xi.gold.jsonl"


def test_every_repetition_defect_of_the_example_is_found_and_fixed():
    if not EXAMPLE.is_file():
        pytest.skip("../shared/examples is not present")
    text = EXAMPLE.read_text(encoding="utf-8")
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = [g for g in gold if g["category"] == "repetition"]
    assert wanted
    found = check_text(text, {"select": ["repetition"]})
    for g in wanted:
        start = text.index(g["text"])
        assert any(d.start == start and d.end == start + len(g["text"]) for d in found), g["text"]
    fixed, _ = fix_text(text, {"select": ["repetition"]}, unsafe=True)
    assert "a confident, open and prosperous United States" in fixed


@pytest.mark.parametrize("text", [
    "It was very, very difficult, she said.",
    "By the time he left, he had had enough.",
    "He said that that was the end of it.",
    "The crowd waved bye-bye to the team.",
    "Prices rose again and again.",
    "More and more people left the city.",
    "The message was repeated over and over.",
    "The plan will be carried out step by step.",
    "Police have been looking for for several days.",
    "The officer gave her her passport back.",
])
def test_repetition_english_means_stays_silent(text):
    assert check_text(text, {"select": ["repetition"]}) == []


@pytest.mark.parametrize("text", ['"We will, we will win and win and and win," he said.',
                                  '"It was the the best day," she said.',
                                  '"The talks ended without a deal. The talks ended without a deal. We try again," he said.'])
def test_repetition_inside_a_quotation_is_info(text):
    found = check_text(text, {"select": ["repetition"]})
    assert found and all(d.severity == "info" for d in found)


def test_doubled_word_at_the_start_and_runs_with_digits():
    text = "The the talks ended. B52 B52 flew over. Talks went on on Monday."
    found = check_text(text, {"select": ["RP01"]})
    assert [text[d.start : d.end] for d in found] == ["The the", "on on"]


def test_clause_repeated_with_other_case_punctuation_and_a_leading_link():
    text = "Prices rose sharply in the last quarter, dealers said, and prices rose sharply in the Last-Quarter."
    found = check_text(text, {"select": ["RP03"]})
    assert [text[d.start : d.end] for d in found] == ["and prices rose sharply in the Last-Quarter"]
