"""Finding fingerprints (SARIF partialFingerprints, GitLab, --baseline): they follow the finding, not its line."""

from formatter_story import CONFIG, SUMMIT

from newslint.api import check_text
from newslint.diagnostics import Diagnostic
from newslint.fingerprint import fingerprints


def prints(text, config=CONFIG):
    found = check_text(text, config)
    return {(d.code, text[d.start:d.end]): fp for d, fp in zip(found, fingerprints(text, found), strict=True)}


def test_a_paragraph_inserted_before_the_findings_changes_nothing():
    moved = SUMMIT.replace("\n\n", "\n\nGENEVA (Reuters) - A new paragraph, with a sentence or two. And more.\n\n", 1)
    assert prints(moved) == prints(SUMMIT)
    assert prints("A new first paragraph.\n\n" + SUMMIT) == prints(SUMMIT)


def test_an_edit_in_another_sentence_or_a_rewrap_changes_nothing():
    edited = SUMMIT.replace("U.S. aid continues, officials said.", "U.S. aid continues, a senior official said.")
    assert prints(edited) == prints(SUMMIT)
    rewrapped = SUMMIT.replace("said on Friday that", "said on Friday\nthat")
    assert prints(rewrapped) == prints(SUMMIT)


def test_a_change_to_the_flagged_text_or_its_sentence_gives_a_new_fingerprint():
    before = prints(SUMMIT)
    flagged = SUMMIT.replace("more informations", "more Informations")
    assert prints(flagged)[("ST01", "Informations")] != before[("ST01", "informations")]
    sentence = SUMMIT.replace("with Beijing", "with Moscow")
    after = prints(sentence)
    assert after[("ST01", "informations")] != before[("ST01", "informations")]
    assert after[("RP01", "the the")] == before[("RP01", "the the")]  # the other sentences keep theirs


def test_identical_findings_get_distinct_fingerprints_that_keep_their_rank():
    text = "Talks ended. Talks ended.\n\nThe the talks ended. The the talks ended.\n"
    found = check_text(text, {"select": ["RP01"]})
    assert len(found) == 2 and len(set(fingerprints(text, found))) == 2
    moved = "Lead paragraph.\n\n" + text
    assert fingerprints(moved, check_text(moved, {"select": ["RP01"]})) == fingerprints(text, found)


def test_aligned_with_the_diagnostics_in_any_order():
    text = "The the talks. The the talks. The the talks.\n"
    found = check_text(text, {"select": ["RP01"]})
    assert fingerprints(text, found[::-1]) == fingerprints(text, found)[::-1]


def test_a_finding_in_an_endless_sentence_reads_a_bounded_context():
    text = "word " * 100_000 + "the the end"

    def doubled(at):
        return Diagnostic("RP01", "doubled-word", "repetition", "warning", "m", at, at + len("the the"))

    assert fingerprints(text, [doubled(len(text) - 11)]) == fingerprints("other " * 10 + text, [doubled(60 + len(text) - 11)])
