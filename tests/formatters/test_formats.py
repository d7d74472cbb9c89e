"""Machine-readable outputs: GitHub, SARIF, GitLab, JUnit, rdjson, concise."""

import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner
from conftest import write

from newslint.cli import main
from newslint.diagnostics import Diagnostic
from newslint.fingerprint import fingerprints
from newslint.formatters import Context, render
from newslint.formatters.github import escape_data, escape_property
from newslint.run import FileResult

STORY = "Intro line.\n\nThe the minister released informations.\n\nUS aid and U.S. aid and U.S. policy.\n"
RULES = "RP01,ST01,CN01"


def out(fmt, *extra, path="story.txt"):
    r = CliRunner().invoke(main, ["check", "--no-cache", "--format", fmt, "--select", RULES, *extra, path])
    return r


@pytest.fixture
def story(in_tmp):
    return write(in_tmp / "story.txt", STORY)


def test_concise(story):
    assert out("concise", path="story.txt").output.splitlines() == [
        "story.txt:3:1: RP01 [warning] 'The' is repeated: 'The the'",
        "story.txt:3:27: ST01 [warning] 'informations' is uncountable in English: use 'information'",
        "story.txt:5:1: CN01 [warning] 'US' here, 'U.S.' elsewhere in the story"]


def test_github_commands(story):
    lines = out("github").output.splitlines()
    assert lines[0] == "::warning file=story.txt,line=3,endLine=3,col=1,endColumn=8,title=RP01 doubled-word::'The' is repeated: 'The the'"
    assert len(lines) == 3


def test_github_escaping():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%d\n") == "a%3Ab%2Cc%25d%0A"
    d = Diagnostic("RP01", "doubled-word", "repetition", "error", "bad: 100%\nreally", 0, 3)
    text = render("github", [FileResult("dir,x:y.txt", "abc", [d])], Context())
    assert text == ("::error file=dir%2Cx%3Ay.txt,line=1,endLine=1,col=1,endColumn=4,title=RP01 doubled-word"
                    "::bad: 100%25%0Areally\n")


def test_github_limits_order_notice_and_step_summary(tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    diags = [Diagnostic("RP01", "doubled-word", "repetition", sev, f"m{i}", i, i + 1)
             for i, sev in enumerate(["info"] * 15 + ["warning"] * 15 + ["error"] * 15)]
    lines = render("github", [FileResult("s.txt", "x" * 60, diags)], Context()).splitlines()
    levels = [line.split(" ", 1)[0] for line in lines]
    assert levels == ["::error"] * 10 + ["::warning"] * 10 + ["::notice"] * 10 + ["::notice"]
    assert lines[-1].startswith("::notice title=newslint::15 more findings not shown")
    text = summary.read_text()
    assert "| RP01 | doubled-word | 45 |" in text and "### s.txt" in text and text.count("| 1 | RP01 |") == 45


def test_sarif_is_valid_and_complete(story, shared):
    jsonschema = pytest.importorskip("jsonschema")
    data = json.loads(out("sarif").output)
    schema = json.loads((shared / "schemas" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.validate(data, schema)
    run = data["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert set(rules) == {"RP01", "ST01", "CN01"}
    assert rules["RP01"]["defaultConfiguration"]["level"] == "warning" and "## Why" in rules["RP01"]["help"]["text"]
    first = run["results"][0]
    assert first["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    repl = first["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert repl["insertedContent"]["text"] == "" and repl["deletedRegion"]["charOffset"] == STORY.index("the min") - 1


def test_fingerprints_survive_edits_elsewhere_and_follow_the_text():
    from newslint.api import check_text

    before = check_text(STORY, {"select": ["RP01"]})
    moved = "A new first paragraph.\n\n" + STORY
    after = check_text(moved, {"select": ["RP01"]})
    assert fingerprints(STORY, before) == fingerprints(moved, after)
    changed = STORY.replace("The the minister", "The the ministers")
    assert fingerprints(changed, check_text(changed, {"select": ["RP01"]})) != fingerprints(STORY, before)


def test_gitlab(story):
    data = json.loads(out("gitlab").output)
    assert [d["check_name"] for d in data] == ["RP01", "ST01", "CN01"]
    assert data[0]["location"] == {"path": "story.txt", "lines": {"begin": 3, "end": 3}}
    assert data[0]["severity"] == "minor" and len({d["fingerprint"] for d in data}) == 3


def test_junit(story):
    root = ET.fromstring(out("junit").output)
    case = root.find("testsuite/testcase")
    assert case.get("name") == "story.txt" and len(case.findall("failure")) == 3
    assert root.get("failures") == "3"


def test_rdjson_with_suggestions(story):
    data = json.loads(out("rdjson").output)
    first = data["diagnostics"][0]
    assert first["code"]["value"] == "RP01" and first["severity"] == "WARNING"
    assert first["suggestions"] == [{"range": {"start": {"line": 3, "column": 4}, "end": {"line": 3, "column": 8}},
                                     "text": ""}]


def test_unregistered_codes_render_everywhere():
    d = Diagnostic("LT-EN_A_VS_AN", "en-a-vs-an", "grammar", "warning", "Use 'an'", 0, 1)
    for fmt in ("text", "json", "concise", "github", "sarif", "gitlab", "junit", "rdjson"):
        assert "EN_A_VS_AN" in render(fmt, [FileResult("s.txt", "a apple", [d])], Context())
