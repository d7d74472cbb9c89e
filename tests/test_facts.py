"""Issue 5: `newslint facts` prints the ledger and the dated events, as a table or JSON."""

import json

from click.testing import CliRunner

from newslint.cli import main
from newslint.facts import collect, render_facts


def test_example_table(shared):
    path = shared / "examples" / "blinken-xi.txt"
    out = render_facts(path.read_text(encoding="utf-8"), "blinken-xi.txt")
    assert "Story date: Friday, April 26, 2024 (header, line 1)" in out
    assert "total: foreign aid package" in out
    assert ("= $95 billion in all; named parts $8 billion + $61 billion = $69 billion; "
            "$26 billion not accounted for") in out
    events = out.split("Dated events")[1]
    assert "2024-04-24  Wednesday" in events and "Friday, April 26, 2024" in events


def test_example_json(shared):
    facts = collect((shared / "examples" / "blinken-xi.txt").read_text(encoding="utf-8"), "b.txt")
    (entry,) = facts["ledger"]
    assert entry["total"]["text"] == "$95 billion" and entry["remainder"] == 26e9
    assert [p["text"] for p in entry["parts"]] == ["$8 billion", "$61 billion"]
    assert entry["parts"][1]["for"].startswith("to help Ukraine")
    assert facts["story_date"]["date"] == "2024-04-26"
    assert {e["date"] for e in facts["dates"]} == {"2024-04-24", "2024-04-26"}


def test_cli_json_and_text(in_tmp):
    (in_tmp / "s.txt").write_text("BEIJING, April 26, 2024 (Xinhua) -- A $10 billion plan includes "
                                  "$4 billion for roads and $5 billion for rail.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["facts", "--format", "json", "s.txt"])
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert data["ledger"][0]["summary"].endswith("$1 billion not accounted for")
    assert data["story_date"]["source"] == "dateline"
    r = CliRunner().invoke(main, ["facts", "s.txt"])
    assert r.exit_code == 0 and "Ledger" in r.output and "Dated events" in r.output


def test_story_without_numbers_or_dates():
    out = render_facts("The minister spoke.\n", "s.txt")
    assert "Story date: none found" in out and "(no total broken down into parts)" in out


def test_missing_file_is_an_error(in_tmp):
    r = CliRunner().invoke(main, ["facts", "nope.txt"])
    assert r.exit_code == 2
