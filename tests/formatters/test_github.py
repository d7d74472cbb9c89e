"""`--format github`: workflow commands, escaping, GitHub's annotation limits, the step summary."""

import re

import pytest
from click.testing import CliRunner
from conftest import write
from formatter_story import SUMMIT, golden, rendered

from newslint.cli import main
from newslint.diagnostics import Diagnostic, Edit, Fix
from newslint.formatters import Context, render
from newslint.formatters.github import PER_STEP, escape_data, escape_property, md, step_summary
from newslint.run import FileResult

COMMAND = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")


def unescape(text: str) -> str:
    """What the Actions runner makes of an escaped value (its unescaping, in the same order)."""
    for coded, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(coded, char)
    return text


def parse(line: str) -> tuple[str, dict, str]:
    m = COMMAND.match(line)
    assert m, line
    props = dict(p.split("=", 1) for p in m.group(2).split(","))
    return m.group(1), {k: unescape(v) for k, v in props.items()}, unescape(m.group(3))


def finding(severity, start=0, end=1, message="m", code="RP01"):
    return Diagnostic(code, "doubled-word", "repetition", severity, message, start, end)


def lines_for(diagnostics, text="x" * 100, path="s.txt"):
    return render("github", [FileResult(path, text, diagnostics)], Context()).splitlines()


@pytest.fixture(autouse=True)
def _no_summary(monkeypatch):
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)


def test_matches_the_golden_file():
    # Regenerate after an intended change: python3 tests/formatters/formatter_story.py
    assert rendered("github") == golden("github")


def test_auto_format_under_github_actions(in_tmp, monkeypatch):
    write(in_tmp / "summit.txt", SUMMIT)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    out = CliRunner().invoke(main, ["check", "--no-cache", "--select", "RP01", "summit.txt"]).output
    level, props, message = parse(out.splitlines()[0])
    assert (level, props["file"], props["line"], props["col"], props["title"]) == (
        "warning", "summit.txt", "1", "23", "RP01 doubled-word")
    assert message == "'the' is repeated: 'the the'\nFix: Delete the second 'the'"


def test_escaping_of_data_and_properties():
    assert escape_data("50% done\r\nnext: a, b") == "50%25 done%0D%0Anext: a, b"
    assert escape_property("a:b,c%d\r\n") == "a%3Ab%2Cc%25d%0D%0A"
    assert escape_data("%0A") == "%250A"  # an escape already in the text stays literal


def test_nasty_paths_and_messages_survive_the_round_trip():
    path = "desk,fr/a:b%20c\r\n.txt"
    message = "100% wrong:\r\nline two, with ::error:: inside"
    d = Diagnostic("RP01", "doubled,word:x", "repetition", "error", message, 0, 3,
                   Fix.unsafe("Use 50%, then: stop", [Edit(0, 3, "")]))
    [line] = lines_for([d], "abc", path)
    assert "\n" not in line and "\r" not in line
    level, props, text = parse(line)
    assert level == "error"
    assert props == {"file": path, "line": "1", "endLine": "1", "col": "1", "endColumn": "4",
                     "title": "RP01 doubled,word:x"}
    assert text == message + "\nFix (unsafe): Use 50%, then: stop"


def test_severities_map_to_levels_and_the_most_severe_come_first():
    lines = lines_for([finding("info", 0), finding("warning", 1, 2), finding("error", 2, 3)])
    assert [parse(line)[0] for line in lines] == ["error", "warning", "notice"]


def test_a_multi_line_finding_has_no_columns_and_ends_before_a_trailing_break():
    text = "one\ntwo\nthree\n"
    _, props, _ = parse(lines_for([finding("warning", 2, 6)], text)[0])
    assert (props["line"], props["endLine"]) == ("1", "2") and "col" not in props
    _, props, _ = parse(lines_for([finding("warning", 4, 8)], text)[0])  # "two\n"
    assert (props["line"], props["endLine"], props["col"], props["endColumn"]) == ("2", "2", "1", "4")


def test_paths_are_made_relative_to_the_workspace(monkeypatch, tmp_path):
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path))
    assert parse(lines_for([finding("warning")], path=str(tmp_path / "desk" / "a.txt"))[0])[1]["file"] == "desk/a.txt"
    assert parse(lines_for([finding("warning")], path="./desk/a.txt")[0])[1]["file"] == "desk/a.txt"
    _, props, _ = parse(lines_for([finding("warning")], path="-")[0])  # standard input: no file to point at
    assert set(props) == {"title"}


def test_within_the_limits_every_finding_is_an_annotation_and_nothing_more():
    diags = [finding(sev, i, i + 1) for i, sev in enumerate(["error", "warning", "info"] * PER_STEP)]
    lines = lines_for(diags)
    assert len(lines) == 3 * PER_STEP and all(COMMAND.match(line) for line in lines)


def test_beyond_the_limits_one_notice_counts_the_rest_and_the_log_lists_them():
    diags = [finding(sev, i, i + 1, message=f"m{i}")
             for i, sev in enumerate(["info"] * 15 + ["warning"] * 15 + ["error"] * 12)]
    lines = lines_for(diags)
    annotations = [parse(line) for line in lines if COMMAND.match(line)]
    levels = [a[0] for a in annotations]
    # 10 of each level per step, one notice slot kept for the count: 10 + 10 + 9 + 1.
    assert levels == ["error"] * 10 + ["warning"] * 10 + ["notice"] * 10
    assert [a[2] for a in annotations[:10]] == [f"m{i}" for i in range(30, 40)]  # first of each level shown
    level, props, note = annotations[-1]
    assert props == {"title": "newslint"}
    assert note.startswith("13 more findings not shown as annotations (2 errors, 5 warnings, 6 notices)")
    # The 13 others are in the log, in order, with workflow commands switched off around them.
    start = lines.index(next(line for line in lines if line.startswith("::stop-commands::")))
    token = lines[start].split("::")[2]
    end = lines.index(f"::{token}::")
    hidden = lines[start + 1:end]
    assert hidden[0] == "s.txt:1:41: RP01 [error] m40" and len(hidden) == 13
    assert lines[start - 1].startswith("::group::") and lines[end + 1] == "::endgroup::"


def test_exactly_the_notice_limit_needs_no_count_one_more_does():
    assert len(lines_for([finding("info", i, i + 1) for i in range(PER_STEP)])) == PER_STEP
    lines = lines_for([finding("info", i, i + 1) for i in range(PER_STEP + 1)])
    notices = [parse(line) for line in lines if line.startswith("::notice ")]
    assert len(notices) == PER_STEP and notices[-1][2].startswith("2 more findings not shown")


def test_a_hidden_message_cannot_issue_workflow_commands():
    evil = "x\n::error file=a.txt::pwned\r\n::stop-commands::x"
    diags = [finding("error", i, i + 1) for i in range(PER_STEP)] + [finding("error", 50, 51, message=evil)]
    lines = lines_for(diags)
    start = next(i for i, line in enumerate(lines) if line.startswith("::stop-commands::"))
    token = lines[start].split("::")[2]
    assert lines[start + 1] == "s.txt:1:51: RP01 [error] x\\n::error file=a.txt::pwned\\n::stop-commands::x"
    assert lines[start + 2] == f"::{token}::" and token not in evil


def test_the_step_summary_gets_the_full_list_appended(tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    summary.write_text("# Earlier step", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    diags = [finding(sev, i, i + 1, message=f"m{i} a|b <i>x</i>")
             for i, sev in enumerate(["info"] * 15 + ["warning"] * 15 + ["error"] * 15)]
    other = Diagnostic("ST01", "uncountable-noun-plural", "style", "warning", "plural", 0, 5,
                       Fix.safe("Use 'information'", [Edit(0, 5, "x")]))
    lines = render("github", [FileResult("b.txt", "x" * 100, diags), FileResult("a.txt", "words", [other]),
                              FileResult("clean.txt", "", [])], Context()).splitlines()
    assert "The full list is in the job summary and the log." in lines[-1]
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# Earlier step\n## newslint\n")
    assert "46 findings (15 errors, 16 warnings, 15 info) in 2 of 3 files; 29 shown as annotations." in text
    assert "| RP01 | doubled-word | 45 |" in text and "| ST01 | uncountable-noun-plural | 1 |" in text
    assert text.index("### a.txt (1)") < text.index("### b.txt (45)")  # a table per file, by path
    assert "| 1 | 1 | warning | ST01 uncountable-noun-plural | plural | Use 'information' |" in text
    assert "| 1 | 45 | error | RP01 doubled-word | m44 a\\|b \\<i\\>x\\</i\\> |  |" in text  # in offset order
    assert text.count("| RP01 doubled-word |") == 45


def test_a_clean_run_says_so_in_the_step_summary(tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert render("github", [FileResult("a.txt", "Fine.", [])], Context()) == ""
    assert summary.read_text() == "## newslint\n\nNo findings in 1 file.\n\n"


def test_the_step_summary_stops_at_its_size_limit():
    from newslint.formatters.github import findings

    results = [FileResult("a.txt", "x" * 2000, [finding("warning", i, i + 1, message="m" * 100) for i in range(1000)])]
    text = step_summary(1, findings(results), 30, budget=20_000)
    assert len(text.encode()) <= 20_000
    assert text.rstrip().endswith("Run `newslint check --format json` for the full list._")
    shown = text.count("| RP01 doubled-word |")
    assert 100 < shown < 1000 and f"{1000 - shown} more findings not listed" in text


def test_an_unwritable_step_summary_is_reported_not_fatal(tmp_path, monkeypatch):
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path))  # a directory
    lines = lines_for([finding("warning")])
    assert parse(lines[0])[0] == "warning"
    assert lines[1].startswith("newslint: cannot write the step summary: ")


def test_markdown_cells_are_literal_and_on_one_line():
    assert md("a|b\n*c* _d_ `e` [f](g) <h> & ~i~ \\") == "a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<h\\> \\& \\~i\\~ \\\\"
