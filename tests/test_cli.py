"""Every `newslint check` option, `rules` and `rule`, exit codes."""

import json
import subprocess
import sys

from click.testing import CliRunner
from conftest import REPO, write

from newslint.cli import _use_color, main

BAD = "The the minister released new informations on Friday.\n"
CLEAN = "The minister released new information on Friday.\n"


def run(*args, input=None):
    result = CliRunner().invoke(main, list(args), input=input)
    return result


def test_text_output_names_path_line_column_code_and_shows_fix(in_tmp):
    write(in_tmp / "story.txt", "Intro.\n\n" + BAD)
    r = run("check", "story.txt")
    assert r.exit_code == 1
    assert "story.txt:3:1: RP01 'The' is repeated: 'The the' [warning]" in r.output
    assert "    3 | The the minister" in r.output
    assert "      | ^^^^^^^" in r.output
    assert "= fix: Delete the second 'the'" in r.output
    assert "- The the minister" in r.output and "+ The minister" in r.output
    assert "Found 2 problems (2 warnings) in 1 file." in r.output


def test_json_contract(in_tmp):
    write(in_tmp / "b.txt", BAD)
    write(in_tmp / "a.txt", "Line one.\n\n" + BAD)
    r = run("check", "--format", "json", "b.txt", "a.txt")
    data = json.loads(r.output)
    assert [d["path"] for d in data] == ["a.txt", "a.txt", "b.txt", "b.txt"]
    first = data[0]
    assert list(first) == ["path", "rule", "name", "category", "severity", "message", "line", "column", "end_line",
                           "end_column", "offset", "end_offset", "fix"]
    assert first["rule"] == "RP01" and first["line"] == 3 and first["column"] == 1
    assert first["offset"] == len("Line one.\n\n") and first["end_offset"] == first["offset"] + 7
    assert first["fix"] == {"message": "Delete the second 'the'", "applicability": "safe",
                            "edits": [{"offset": first["offset"] + 3, "end_offset": first["offset"] + 7,
                                       "replacement": ""}]}
    assert data[1]["offset"] > data[0]["offset"]


def test_clean_file_exits_zero(in_tmp):
    write(in_tmp / "clean.txt", CLEAN)
    r = run("check", "clean.txt")
    assert r.exit_code == 0 and "All checks passed (1 file)." in r.output


def test_select_and_ignore_by_code_prefix_name_category(in_tmp):
    write(in_tmp / "s.txt", BAD)
    for flags, codes in [(["--select", "RP01"], {"RP01"}), (["--select", "RP"], {"RP01"}),
                         (["--select", "uncountable-noun-plural"], {"ST01"}), (["--select", "style,repetition"], {"RP01", "ST01"}),
                         (["--ignore", "repetition"], {"ST01"}), (["--select", "RP01", "--extend-select", "ST01"], {"RP01", "ST01"})]:
        data = json.loads(run("check", "--format", "json", *flags, "s.txt").output)
        assert {d["rule"] for d in data} == codes, flags


def test_unknown_selector_is_a_usage_error(in_tmp):
    write(in_tmp / "s.txt", BAD)
    r = run("check", "--select", "XX99", "s.txt")
    assert r.exit_code == 2 and "unknown rule, prefix or category 'XX99'" in r.output


def test_fix_writes_file_and_reports_remaining(in_tmp):
    p = write(in_tmp / "s.txt", BAD)
    r = run("check", "--fix", "s.txt")
    assert p.read_text() == CLEAN
    assert r.exit_code == 0 and "Fixed 2 problems." in r.output


def test_unsafe_fixes_needs_the_flag(in_tmp):
    # CN01's fix is safe; make an unsafe one through a user pack.
    write(in_tmp / "pack.yml", """rules:
  - {code: ST90, name: calque-actually, category: style, extends: substitution, message: "'{match}' may mean 'currently'",
     swap: {actually: currently}, fix: {applicability: unsafe}}
""")
    write(in_tmp / "newslint.toml", 'packs = ["pack.yml"]\n')
    p = write(in_tmp / "s.txt", "The plan is actually under review.\n")
    run("check", "--fix", "s.txt")
    assert "actually" in p.read_text()
    run("check", "--fix", "--unsafe-fixes", "s.txt")
    assert p.read_text() == "The plan is currently under review.\n"


def test_diff_changes_nothing(in_tmp):
    p = write(in_tmp / "s.txt", BAD)
    r = run("check", "--diff", "s.txt")
    assert p.read_text() == BAD
    assert r.exit_code == 1
    assert "--- a/s.txt" in r.output and "-" + BAD.strip() in r.output and "+" + CLEAN.strip() in r.output


def test_config_and_no_config(in_tmp):
    write(in_tmp / "s.txt", BAD)
    write(in_tmp / "pyproject.toml", '[tool.newslint]\nignore = ["RP01"]\n')
    write(in_tmp / "other.toml", 'ignore = ["ST01"]\n')
    assert {d["rule"] for d in json.loads(run("check", "--format", "json", "s.txt").output)} == {"ST01"}
    assert {d["rule"] for d in json.loads(run("check", "--format", "json", "--config", "other.toml", "s.txt").output)} == {"RP01"}
    assert {d["rule"] for d in json.loads(run("check", "--format", "json", "--no-config", "s.txt").output)} == {"RP01", "ST01"}


def test_missing_config_file_is_an_error(in_tmp):
    write(in_tmp / "s.txt", BAD)
    r = run("check", "--config", "nope.toml", "s.txt")
    assert r.exit_code == 2 and "nope.toml: configuration file not found" in r.output


def test_exit_zero_quiet_statistics(in_tmp):
    write(in_tmp / "s.txt", BAD + BAD)
    assert run("check", "--exit-zero", "s.txt").exit_code == 0
    quiet = run("check", "--quiet", "s.txt").output
    assert "RP01" in quiet and "Found" not in quiet
    stats = run("check", "--statistics", "s.txt")
    assert stats.exit_code == 1
    assert stats.output.splitlines() == ["     2 RP01   doubled-word [*]", "     2 ST01   uncountable-noun-plural [*]"]
    data = json.loads(run("check", "--statistics", "--format", "json", "s.txt").output)
    assert data[0] == {"rule": "RP01", "name": "doubled-word", "count": 2, "fixable": 2}


def test_stdin_with_filename():
    r = run("check", "--format", "json", "--stdin-filename", "wire/story.txt", "-", input=BAD)
    data = json.loads(r.output)
    assert {d["path"] for d in data} == {"wire/story.txt"} and r.exit_code == 1


def test_stdin_fix_is_a_cleaning_filter():
    proc = subprocess.run([sys.executable, "-m", "newslint.cli", "check", "--fix", "-"], input=BAD.encode(),
                          capture_output=True, cwd=REPO)
    assert proc.stdout.decode() == CLEAN
    assert b"Fixed 2 problems" in proc.stderr and proc.returncode == 0


def test_unknown_format_and_no_paths():
    assert run("check", "--format", "xml", "x.txt").exit_code == 2
    r = run("check")
    assert r.exit_code == 2 and "no paths given" in r.output


def test_rules_and_rule_commands():
    r = run("rules")
    assert r.exit_code == 0 and any(line.startswith("RP01  doubled-word") for line in r.output.splitlines())
    data = json.loads(run("rules", "--format", "json").output)
    assert {"code": "RP01", "name": "doubled-word", "category": "repetition"}.items() <= data[[d["code"] for d in data].index("RP01")].items()
    page = run("rule", "RP01").output
    assert page.startswith("# RP01 doubled-word") and "## Why" in page and "## Better" in page
    assert run("rule", "doubled-word").output == page
    r = run("rule", "ZZ99")
    assert r.exit_code == 2 and "unknown rule 'ZZ99'" in r.output


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch):
    class Tty:
        def isatty(self):
            return True

    class Pipe:
        def isatty(self):
            return False

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert _use_color(Tty()) and not _use_color(Pipe())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not _use_color(Tty())


def test_console_script_runs_on_the_repo_example():
    proc = subprocess.run(["newslint", "check", "examples/minister-visit.txt"], capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 1 and "minister-visit.txt:" in proc.stdout


def test_output_file_and_auto_format(in_tmp, monkeypatch):
    write(in_tmp / "s.txt", BAD)
    r = run("check", "--format", "json", "--output-file", "report.json", "s.txt")
    assert r.exit_code == 1 and r.output == ""
    assert {d["rule"] for d in json.loads((in_tmp / "report.json").read_text())} == {"RP01", "ST01"}
    assert "s.txt:1:1: RP01" in run("check", "s.txt").output  # auto: text outside GitHub Actions
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert "::warning file=s.txt" in run("check", "s.txt").output


def test_output_file_in_missing_folder_is_one_line(in_tmp):
    write(in_tmp / "s.txt", BAD)
    r = run("check", "--output-file", "no/such/dir/report.txt", "s.txt")
    assert r.exit_code == 2 and "cannot write the report" in r.output and "Traceback" not in r.output


def test_internal_error_is_one_line_without_debug(monkeypatch, capsys, in_tmp):
    import pytest

    import newslint.run
    from newslint.cli import entry

    write(in_tmp / "s.txt", BAD)

    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(newslint.run, "run", explode)
    monkeypatch.setattr(sys, "argv", ["newslint", "check", "s.txt"])
    with pytest.raises(SystemExit) as e:
        entry()
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert err.strip() == ("newslint: internal error: RuntimeError: disk on fire (run with --debug for the traceback, "
                           "and please report it)")
