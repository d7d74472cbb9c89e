"""The offline grammar backend (Harper, through harper-py), run for real."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import REPO, write

pytest.importorskip("harper")

from newslint import check_text  # noqa: E402
from newslint.cli import main  # noqa: E402
from newslint.diagnostics import Diagnostic  # noqa: E402
from newslint.document import Document  # noqa: E402
from newslint.errors import NewslintError  # noqa: E402
from newslint.grammar import dialect, repeats  # noqa: E402
from newslint.grammar.offline import _one_edit  # noqa: E402

OFFLINE = {"grammar": "offline"}


def grammar(text, **config):
    return [d for d in check_text(text, {**OFFLINE, **config}) if d.category == "grammar"]


def spans(text, found):
    return [(d.code, text[d.start:d.end]) for d in found]


def test_a_grammar_mistake_is_a_finding_with_code_name_span_and_unsafe_fix():
    text = "Officials said it was an difficult decision.\n"
    [d] = grammar(text)
    assert (d.code, d.name, d.category) == ("GR-Miscellaneous", "an-a", "grammar")
    assert text[d.start:d.end] == "an" and "('an')" in d.message
    assert d.fix.applicability == "unsafe" and d.fix.title == "Replace with 'a'"
    assert [(e.start, e.end, e.text) for e in d.fix.edits] == [(d.start, d.end, "a")]


def test_misspellings_are_caught_in_translated_copy():
    text = ("The ministry confirned that the talks had been refered to a committee. His daugher was present.\n")
    found = spans(text, grammar(text))
    assert found == [("GR-Spelling", "confirned"), ("GR-Spelling", "refered"), ("GR-Spelling", "daugher")]
    [refered] = [d for d in grammar(text) if text[d.start:d.end] == "refered"]
    assert refered.severity == "warning" and refered.fix.applicability == "display"
    assert "'referred'" in refered.fix.title


def test_the_storys_own_names_are_not_misspellings():
    text = ("Mikhail Khodorkovsky, the former head of Yukos, met Ghazi al-Gosaibi and Chung Mong-koo in Kahramanmaras. "
            "The von Trapp family and Paice, who replaced van der Walt, flew to Tbilisi. Osama bin Laden was not "
            "mentioned. The $5bn deal, a G7 matter, is online at www.betlemskesvetlo.cz today.\n")
    assert grammar(text) == []


def test_rare_but_correct_words_dialect_spellings_and_hyphenated_pieces_are_not_misspellings():
    text = ("The colour of the programme was grey, and the centre was criticised. Its leakers and backbencher "
            "allies used wi-fi and add-ons for the renationalisation of talismanic photonics firms. The bourses "
            "rose 3 pct, or 5 mln dlrs, en masse. Co-ordinating the no-hoper plan took a timeframe of weeks.\n")
    assert [d for d in grammar(text) if d.code == "GR-Spelling"] == []


def test_american_and_british_copy_are_told_apart():
    british = Document("The colour of the defence programme was grey; the centre organised it.")
    american = Document("The color of the defense program was gray; the center organized it.")
    assert dialect(british, _config()) == "british"
    assert dialect(american, _config()) == "american"
    assert dialect(american, _config(**{"house-style": []})) == "american"


def _config(**table):
    from newslint.config import from_table

    return from_table({**OFFLINE, **table}, None)


LONG = ("The minister, who had arrived in the capital on Tuesday after a long journey from the coast where he had "
        "spent the previous week meeting local officials and business leaders to discuss the new port, the railway "
        "and the future of the fishing industry, said on Wednesday that the government would announce its plans soon.\n")


def test_long_sentence_and_style_opinions_are_off_by_default_and_on_when_named():
    assert grammar(LONG) == []
    [d] = grammar(LONG, **{"extend-select": ["GR-Readability"]})
    assert (d.code, d.name, d.severity) == ("GR-Readability", "long-sentences", "info")
    assert d.message.startswith("This sentence is") and "…" in d.message  # the long quote is cut
    assert [x.code for x in grammar(LONG, **{"extend-select": ["GR-LongSentences"]})] == ["GR-Readability"]
    assert grammar(LONG, **{"extend-select": ["grammar"]}) == []  # a group does not switch opinions on


def test_ignore_and_select_apply_to_grammar_findings():
    text = "Officials said it was an difficult decision and teh talks failed.\n"
    assert {d.code for d in grammar(text)} == {"GR-Miscellaneous", "GR-Typo"}
    assert grammar(text, ignore=["grammar"]) == []
    assert grammar(text, ignore=["GR"]) == []
    assert {d.code for d in grammar(text, ignore=["GR-Typo"])} == {"GR-Miscellaneous"}
    assert {d.code for d in grammar(text, ignore=["GR-AnA"])} == {"GR-Typo"}  # one Harper rule, by name
    assert {d.code for d in grammar(text, select=["GR-Typo"])} == {"GR-Typo"}
    # a selection of newslint rules alone leaves the grammar findings --grammar asked for
    assert {d.code for d in check_text(text, {**OFFLINE, "select": ["quotes"]})} == {"GR-Miscellaneous", "GR-Typo"}
    # and a selection of grammar alone runs no newslint rule
    assert {d.category for d in check_text("The the talks an difficult.\n", {**OFFLINE, "select": ["grammar"]})} == {"grammar"}


def test_per_file_ignores_severity_and_allow_apply_to_grammar_findings(in_tmp):
    text = "Officials said it was an difficult decision.\n"
    write(in_tmp / "pyproject.toml", '[tool.newslint]\ngrammar = "offline"\n'
          '[tool.newslint.per-file-ignores]\n"briefs/*" = ["grammar"]\n')
    write(in_tmp / "briefs" / "a.txt", text)
    write(in_tmp / "story.txt", text)
    r = CliRunner().invoke(main, ["check", "--format", "json", "briefs/a.txt", "story.txt"])
    assert [d["path"] for d in json.loads(r.stdout) if d["category"] == "grammar"] == ["story.txt"]
    [d] = grammar(text, severity={"GR-Miscellaneous": "error"})
    assert d.severity == "error"
    assert grammar(text, allow=[{"rule": "GR-Miscellaneous", "sentence": "difficult decision"}]) == []


def test_a_finding_newslint_already_made_is_not_repeated():
    text = "The minister said the the talks would resume.\n"
    found = check_text(text, {**OFFLINE, "extend-select": ["GR-RepeatedWords"]})
    assert [d.code for d in found] == ["RP01"]
    doc = Document("He said the the talks, then left.")
    ours = Diagnostic("RP01", "doubled-word", "repetition", "warning", "", 8, 15)
    assert repeats(doc, Diagnostic("GR-Repetition", "x", "grammar", "warning", "", 8, 16), [ours])  # + a space
    assert not repeats(doc, Diagnostic("GR-Typo", "x", "grammar", "warning", "", 12, 21), [ours])  # another word


def test_disable_directive_names_a_grammar_code(in_tmp):
    write(in_tmp / "story.md", "It was an difficult decision.\n\n<!-- newslint-disable GR-Miscellaneous -->\n\n"
                               "It was an difficult decision.\n")
    r = CliRunner().invoke(main, ["check", "--format", "json", "--grammar", "offline", "story.md"])
    assert [(d["rule"], d["line"]) for d in json.loads(r.stdout)] == [("GR-Miscellaneous", 1)]


def test_cli_text_and_json_output(in_tmp):
    write(in_tmp / "story.txt", "Officials said it was an difficult decision.\n")
    r = CliRunner().invoke(main, ["check", "--grammar", "offline", "story.txt"])
    assert r.exit_code == 0  # an/a is a suggestion (info), not a blocking finding
    assert "story.txt:1:23: GR-Miscellaneous Incorrect indefinite article ('an') [info]" in r.stdout
    assert "= fix (unsafe): Replace with 'a'" in r.stdout
    r = CliRunner().invoke(main, ["check", "--format", "json", "--grammar", "offline", "story.txt"])
    [d] = json.loads(r.stdout)
    assert (d["rule"], d["name"], d["category"], d["offset"], d["end_offset"]) == (
        "GR-Miscellaneous", "an-a", "grammar", 22, 24)
    write(in_tmp / "typo.txt", "The talks were refered to a committee.\n")
    assert CliRunner().invoke(main, ["check", "--grammar", "offline", "typo.txt"]).exit_code == 1


def test_one_edit_is_a_keystroke():
    assert _one_edit("refered", "referred") and _one_edit("daugher", "daughter") and _one_edit("teh", "the")
    assert _one_edit("european", "European") and _one_edit("acb", "abc")
    assert not _one_edit("videogame", "video game") and not _one_edit("crudes", "crude's")
    assert not _one_edit("talismanic", "talisman") and not _one_edit("abcd", "adcb")


def test_missing_backend_says_how_to_install(monkeypatch, in_tmp):
    from newslint.grammar import offline

    monkeypatch.setitem(sys.modules, "harper", None)
    monkeypatch.setattr(offline, "_linters", {})
    with pytest.raises(NewslintError, match=r"^the offline grammar checker is not installed: "
                                            r"pip install 'newslint\[grammar\]'$"):
        check_text("A story.\n", OFFLINE)
    write(in_tmp / "a.txt", "A story.\n")
    write(in_tmp / "b.txt", "Another.\n")
    r = CliRunner().invoke(main, ["check", "--grammar", "offline", "a.txt", "b.txt"])
    assert r.exit_code == 2
    assert r.stderr.strip().splitlines() == [
        "newslint: error: the offline grammar checker is not installed: pip install 'newslint[grammar]'"]


def test_grammar_code_is_imported_only_when_a_backend_is_asked_for():
    code = ("import sys, newslint; from newslint.cli import main; newslint.check_text('The the talks.', "
            "{'ignore': ['grammar']}); mods = [m for m in sys.modules if m.startswith(('newslint.grammar', "
            "'harper', 'language_tool_python'))]; print(mods)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert out.stdout.strip() == "[]"


def test_few_false_alarms_on_clean_copy(shared):
    """Clean BBC copy: grammar warnings stay rare (measured about 0.3 per 1,000 words; see the README)."""
    files = sorted((shared / "corpus" / "bbc" / "business").glob("*.txt"))[:40]
    if not files:
        pytest.skip("no BBC corpus")
    words = warnings = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        warnings += sum(d.severity != "info" for d in grammar(text, select=["grammar"]))
    assert warnings * 1000 / words < 1.0
