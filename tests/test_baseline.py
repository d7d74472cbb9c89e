"""--write-baseline records findings; --baseline shows only new ones, even after edits elsewhere."""

import json

from click.testing import CliRunner
from conftest import write

from newslint.cli import main

STORY = "Intro.\n\nThe the minister released informations.\n"


def check(*args):
    return CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", "--select", "RP01,ST01", *args])


def test_baseline_hides_old_findings_and_shows_new_ones(in_tmp):
    p = write(in_tmp / "s.txt", STORY)
    r = check("--write-baseline", "base.json", "s.txt")
    assert r.exit_code == 1 and len(json.loads((in_tmp / "base.json").read_text())["findings"]) == 2
    r = check("--baseline", "base.json", "s.txt")
    assert r.exit_code == 0 and json.loads(r.output) == []
    p.write_text("A new lead paragraph.\n\n" + STORY + "\nThey sent equipments to to Kyiv.\n")
    data = json.loads(check("--baseline", "base.json", "s.txt").output)
    assert sorted(d["rule"] for d in data) == ["RP01", "ST01"] and all(d["line"] == 7 for d in data)


def test_bad_baseline_is_one_line(in_tmp):
    write(in_tmp / "s.txt", STORY)
    write(in_tmp / "bad.json", "{}")
    r = check("--baseline", "bad.json", "s.txt")
    assert r.exit_code == 2 and "bad.json: not a newslint baseline" in r.output
    r = check("--baseline", "missing.json", "s.txt")
    assert r.exit_code == 2 and "missing.json: baseline file not found" in r.output
