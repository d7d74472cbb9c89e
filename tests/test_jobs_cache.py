"""--jobs gives the same report as one process; the cache returns what a fresh run would."""

import json

from click.testing import CliRunner
from conftest import write

from newslint.cli import main

BAD = "The the minister released new informations on Friday.\n"


def report(*args):
    r = CliRunner().invoke(main, ["check", "--format", "json", *args])
    return r.exit_code, json.loads(r.output)


def make_stories(folder, n=16):
    for i in range(n):
        write(folder / f"s{i:02}.txt", ("Clean copy here.\n\n" * (i % 3)) + (BAD if i % 2 else "Nothing wrong.\n"))


def test_parallel_run_matches_serial_run(in_tmp):
    make_stories(in_tmp / "desk")
    serial = report("--no-cache", "-j", "1", "desk")
    parallel = report("--no-cache", "-j", "2", "desk")
    assert serial == parallel and len(serial[1]) == 16


def test_cache_hit_gives_the_same_findings_and_edits_invalidate(in_tmp):
    make_stories(in_tmp / "desk", 4)
    first = report("-j", "1", "desk")
    index = json.loads(next((in_tmp / ".newslint_cache").rglob("results.json")).read_text())
    assert len(index) == 4
    assert report("-j", "1", "desk") == first
    write(in_tmp / "desk" / "s01.txt", "The the end.\n")
    code, data = report("-j", "1", "desk")
    assert [d["offset"] for d in data if d["path"].endswith("s01.txt")] == [0]


def test_corrupt_cache_entry_is_ignored_and_no_cache_writes_nothing(in_tmp):
    make_stories(in_tmp / "desk", 2)
    first = report("desk")
    for entry in (in_tmp / ".newslint_cache").rglob("*.json"):
        entry.write_text("{not json")
    assert report("desk") == first
    index = next((in_tmp / ".newslint_cache").rglob("results.json"))
    index.write_text(json.dumps({k: [["bad"]] for k in json.loads(index.read_text())}))
    assert report("desk") == first
    other = in_tmp / "other"
    other.mkdir()
    write(other / "x.txt", BAD)
    CliRunner().invoke(main, ["check", "--no-cache", str(other / "x.txt")])
    assert len(json.loads(next((in_tmp / ".newslint_cache").rglob("results.json")).read_text())) == 2


def test_configuration_change_invalidates_the_cache(in_tmp):
    make_stories(in_tmp / "desk", 2)
    assert {d["rule"] for d in report("desk")[1]} == {"RP01", "ST01"}
    write(in_tmp / "newslint.toml", 'ignore = ["ST01"]\n')
    assert {d["rule"] for d in report("desk")[1]} == {"RP01"}
