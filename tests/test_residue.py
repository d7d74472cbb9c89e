"""Issue 6, residue: the example's defects, language identification kept off English copy, clean-copy precision."""

import json
import re
from pathlib import Path

import pytest

from newslint import langid
from newslint.api import check_text, fix_text
from newslint.document import Document
from newslint.rules import residue

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EXAMPLE = SHARED / "examples" / "blinken-xi.txt"
GOLD = SHARED / "examples" / "blinken-xi.gold.jsonl"


def gold_of(category):
    if not EXAMPLE.is_file():
        pytest.skip("../shared/examples is not present")
    text = EXAMPLE.read_text(encoding="utf-8")
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return text, [g for g in gold if g["category"] == category]


def span(text, g):
    start = -1
    for _ in range(g.get("occurrence", 1)):
        start = text.index(g["text"], start + 1)
    return start, start + len(g["text"])


def test_every_residue_defect_of_the_example_is_found():
    text, gold = gold_of("residue")
    found = check_text(text, {"select": ["residue"]})
    assert len(gold) == 2
    for g in gold:
        start, end = span(text, g)
        assert any(d.start <= start and d.end >= end for d in found), f"not covered: {g['text']!r}"


def test_caption_fix_removes_the_whole_caption():
    text, _ = gold_of("residue")
    fixed, _ = fix_text(text, {"select": ["RS01", "RS03"]}, unsafe=True)
    assert "date 2024-04-26" not in fixed and "(PA)" not in fixed and "Great Hall" not in fixed
    assert fixed.startswith(" US Secretary of State Antony Blinken met with Chinese President Xi Jinping")


def test_english_copy_never_reaches_the_language_identifier(monkeypatch):
    def refuse():
        raise AssertionError("lingua was asked about English copy")

    monkeypatch.setattr(langid, "_detector", refuse)
    english = ("José Mourinho's Chelsea beat Dynamo Kiev in the Champions League, Le Monde reported. "
               "The de facto leader of the Partido dos Trabalhadores said the coup d'etat had failed. "
               "Banco do Brasil and Caixa Geral de Depósitos reported higher profits in São Paulo.")
    assert langid.foreign_fragments(Document(english)) == []


def test_language_names_match_the_identifier():
    found = check_text("Die Regierung hat die Entscheidung noch nicht getroffen, the spokesman said.",
                       {"select": ["RS04"]})
    assert [d.message.split(":")[0] for d in found] == ["Left in German"]


def test_fragments_are_computed_once_per_document():
    doc = Document("Nous sommes très heureux de cette décision. The talks ended.")
    assert langid.foreign_fragments(doc) is langid.foreign_fragments(doc)


@pytest.mark.parametrize("folder", ["bbc", "reuters21578"])
def test_clean_professional_copy_has_no_residue(folder):
    corpus = SHARED / "corpus" / folder
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not present")
    paths = sorted(corpus.rglob("*.txt"))[:300]
    found = [(p.name, d.code, d.message) for p in paths
             for d in check_text(p.read_text(encoding="utf-8"), {"select": ["residue"]}) if d.severity != "info"]
    assert found == []


def _alternatives(pattern: str) -> list[str]:
    """The top-level branches of a regular expression's source."""
    branches, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        if ch in "([" and pattern[i - 1 : i] != "\\":
            depth += 1
        elif ch in ")]" and pattern[i - 1 : i] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
    return branches + [pattern[start:]]


def test_line_notes_are_looked_for_after_every_first_letter_they_can_have():
    for branch in _alternatives(residue._NOTE_WORDS) + _alternatives(residue._TRANSLATED):
        firsts = branch[1 : branch.index("]")] if branch.startswith("[") else branch[0]
        assert set(firsts) <= set(residue._NOTE_OPENERS), branch


def test_field_names_are_looked_for_far_enough_before_their_colon():
    names = [re.sub(r"\(\?:|[()?]", "", branch) for branch in _alternatives(residue._FIELD_NAMES)]
    assert max(map(len, names)) == residue._LONGEST_FIELD
