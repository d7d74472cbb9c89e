"""`--format concise`: one line per finding, `path:line:col: CODE [severity] message`."""

from click.testing import CliRunner
from conftest import write
from formatter_story import CONFIG, SUMMIT, golden, rendered

from newslint.cli import main
from newslint.diagnostics import Diagnostic
from newslint.formatters import Context, render
from newslint.run import FileResult


def test_matches_the_golden_file():
    # Regenerate after an intended change: python3 tests/formatters/formatter_story.py
    assert rendered("concise") == golden("concise")


def test_cli_prints_one_line_per_finding(in_tmp):
    write(in_tmp / "summit.txt", SUMMIT)
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "concise", "--select",
                                       ",".join(CONFIG["select"]), "summit.txt"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "summit.txt:1:23: RP01 [warning] 'the' is repeated: 'the the'",
        "summit.txt:3:56: CN01 [warning] 'US' here, 'U.S.' elsewhere in the story",
        "summit.txt:3:76: ST01 [warning] 'informations' is uncountable in English: use 'information'",
        "summit.txt:5:18: RP01 [info] 'the' is repeated: 'the the'",
    ]


def test_a_message_quoting_a_line_break_stays_on_one_line():
    d = Diagnostic("RP01", "doubled-word", "repetition", "warning", "'the\nthe' is repeated\r\n", 0, 7)
    out = render("concise", [FileResult("a.txt", "the\nthe", [d])], Context())
    assert out == "a.txt:1:1: RP01 [warning] 'the\\nthe' is repeated\\n\n"


def test_no_findings_no_output():
    assert render("concise", [FileResult("a.txt", "Fine.", [])], Context()) == ""
