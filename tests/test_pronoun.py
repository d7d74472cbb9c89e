"""Issue 4: he/she for countries and institutions (PN01, PN02)."""

import json
from pathlib import Path

import pytest

from newslint.api import check_text, fix_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PN = {"select": ["PN"]}


def findings(text):
    return [(text[d.start:d.end], d) for d in check_text(text, PN)]


def test_both_gold_pronoun_defects_are_found():
    gold = SHARED / "examples" / "blinken-xi.gold.jsonl"
    if not gold.exists():
        pytest.skip("../shared is not there")
    text = (SHARED / "examples" / "blinken-xi.txt").read_text(encoding="utf-8")
    found = check_text(text, PN)
    for line in gold.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        if g.get("category") != "pronoun":
            continue
        start = text.index(g["text"])
        end = start + len(g["text"])
        assert any(d.start <= end and d.end >= start for d in found), g["text"]
    # ... and nothing else: "He asked." after Wang's question, "he would travel" after Putin stay silent.
    assert len(found) == 2


@pytest.mark.parametrize("folder", ["bbc/politics", "bbc/business", "wmt-ref/generaltest2022.zh-en",
                                    "wmt-ref/generaltest2022.ru-en"])
def test_silent_on_clean_copy(folder):
    root = SHARED / "corpus" / folder
    if not root.exists():
        pytest.skip("../shared/corpus is not there")
    noisy = []
    for path in sorted(root.rglob("*.txt")):
        if path.name == "README.md":
            continue
        text = path.read_text(encoding="utf-8")
        noisy += [(path.name, text[d.start:d.end], d.message) for d in check_text(text, PN)]
    assert noisy == []


def test_message_names_the_antecedent_and_its_kind():
    [(word, d)] = findings("China denounced the aid. He also opposes the sale.")
    assert word == "He" and d.code == "PN01"
    assert "'China'" in d.message and "country" in d.message and "'It'" in d.message
    [(word, d)] = findings("The ministry said that he had summoned the ambassador.")
    assert d.code == "PN02" and "'The ministry'" in d.message


@pytest.mark.parametrize("text, fixed", [
    ("China denounced the aid. He also opposes the sale.", "China denounced the aid. It also opposes the sale."),
    ("France will defend her interests, the ministry said.", "France will defend its interests, the ministry said."),
    ("The Kremlin rejected the sanctions and said nobody could intimidate her.",
     "The Kremlin rejected the sanctions and said nobody could intimidate it."),
    ("The company reported a loss. His shares fell.", "The company reported a loss. Its shares fell."),
    ("Ukraine said she would defend herself.", "Ukraine said it would defend itself."),
])
def test_fix_keeps_case_and_form(text, fixed):
    assert fix_text(text, PN, unsafe=True)[0] == fixed


def test_fix_is_safe_only_when_the_antecedent_is_certain():
    [(_, certain)] = findings("China denounced the aid. He also opposes the sale.")
    assert certain.fix.applicability == "safe"
    # The subject is a man named Wang (called "he" later), so "she" falls back on the nearest country.
    text = ("Foreign Minister Wang Yi met Blinken.\n\nWang raised China's right to keep relations with countries "
            "that she deems appropriate.\n\nOur interests are under attack, he said.")
    [(word, uncertain)] = findings(text)
    assert word == "she" and "'China'" in uncertain.message
    assert uncertain.fix.applicability == "unsafe"


def test_plural_antecedent_gets_they_but_no_automatic_edit():
    [(word, d)] = findings("The police arrested two men on Friday. She said they were armed.")
    assert "'They'" in d.message and d.fix.applicability == "display" and not d.fix.edits


@pytest.mark.parametrize("text", [
    "Xi stressed that China would not give way. He said talks would continue.",
    "Russia's foreign minister Sergei Lavrov said his country was ready for talks.",
    "Angela Merkel said Germany had done its part. She added that her government would not change course.",
    '"I told them China will never give up, and I said so myself in Washington," he said.',
    '"France is proud of her soldiers," the president said.',
])
def test_a_person_or_a_quotation_stays_silent(text):
    assert findings(text) == []
