"""`--format sarif`: SARIF 2.1.0, valid against the official schema, with rule help, regions, fingerprints, fixes."""

import json

import pytest
from click.testing import CliRunner
from conftest import write
from formatter_story import SUMMIT, fixed_environment, golden, rendered, story_results

from newslint.cli import main
from newslint.diagnostics import Diagnostic, Edit, Fix
from newslint.docs import rule_page
from newslint.engine.registry import all_rules
from newslint.fingerprint import fingerprints
from newslint.formatters import Context, render
from newslint.formatters.sarif import FINGERPRINT, artifact_uri
from newslint.run import FileResult


def sarif(results, ctx=None):
    with fixed_environment():
        return json.loads(render("sarif", results, ctx or Context()))


@pytest.fixture
def validate(shared):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)

    def check(data):
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]
        assert not errors, errors
    return check


def test_matches_the_golden_file():
    # Regenerate after an intended change: python3 tests/formatters/formatter_story.py
    assert rendered("sarif") == golden("sarif")


def test_the_story_is_valid_sarif(validate):
    validate(json.loads(rendered("sarif")))


def test_cli_output_is_valid_sarif(validate, in_tmp):
    write(in_tmp / "desk one" / "summit: draft.txt", SUMMIT)
    out = CliRunner().invoke(main, ["check", "--no-cache", "--format", "sarif", "--select", "RP01,ST01,CN01",
                                    "desk one/summit: draft.txt"]).output
    data = json.loads(out)
    validate(data)
    uri = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "desk%20one/summit%3A%20draft.txt"


def test_empty_runs_and_awkward_paths_are_valid(validate):
    validate(sarif([]))
    d = Diagnostic("RP01", "doubled-word", "repetition", "warning", "m", 0, 0, Fix.safe("Insert", [Edit(0, 0, "x")]))
    validate(sarif([FileResult(p, "", [d]) for p in ("/abs/path with space/ü.txt", "-", "a#b?.txt", "./x.txt")],
                   Context(input_errors=1)))


def test_uris():
    assert artifact_uri("stories/a b.txt") == "stories/a%20b.txt"
    assert artifact_uri("./stories/x.txt") == "stories/x.txt"
    assert artifact_uri("a:b.txt") == "a%3Ab.txt"  # not a URI scheme
    assert artifact_uri("/srv/desk/ü.txt") == "file:///srv/desk/%C3%BC.txt"


def test_rules_carry_summary_help_and_default_level():
    run = sarif(story_results())["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["CN01", "LT-EN_A_VS_AN", "RP01", "ST01"]
    registry = all_rules()
    for rule in rules:
        cls = registry.get(rule["id"])
        if cls is None:  # a grammar backend's code: a minimal entry
            assert rule == {"id": "LT-EN_A_VS_AN", "name": "en-a-vs-an",
                            "shortDescription": {"text": "en-a-vs-an (grammar)"},
                            "properties": {"category": "grammar", "tags": ["grammar"]}}
            continue
        assert rule["name"] == cls.name
        assert rule["shortDescription"]["text"] == cls.doc().summary
        assert rule["help"]["text"] == rule["help"]["markdown"] == rule_page(cls)
        assert rule["defaultConfiguration"] == {"level": "warning", "enabled": True}
    # ST01 is raised to error in the story's configuration: the result says so, the rule keeps its default.
    st01 = next(r for r in run["results"] if r["ruleId"] == "ST01")
    assert st01["level"] == "error" and rules[st01["ruleIndex"]]["id"] == "ST01"
    assert {r["level"] for r in run["results"]} == {"error", "warning", "note"}
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])


def test_regions_index_the_flagged_text_in_code_points():
    text = "𝔸 Zürich — the the talks.\n\nThen the the end.\n"
    found = [Diagnostic("RP01", "doubled-word", "repetition", "warning", "m", i, i + 7)
             for i in (text.index("the the"), text.rindex("the the"))]
    run = sarif([FileResult("a.txt", text, found)])["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in run["results"]]
    assert regions[0] == {"startLine": 1, "startColumn": 12, "endLine": 1, "endColumn": 19,
                          "charOffset": 11, "charLength": 7}
    assert regions[1]["startLine"] == 3 and regions[1]["startColumn"] == 6
    for region in regions:
        assert text[region["charOffset"]:region["charOffset"] + region["charLength"]] == "the the"
        line = text.splitlines()[region["startLine"] - 1]
        assert line[region["startColumn"] - 1:region["endColumn"] - 1] == "the the"


def test_fixes_are_fix_objects_that_apply_to_the_fixed_text():
    text = "«Yes,» he said."
    fix = Fix.unsafe("Use English quotation marks", [Edit(0, 1, "“"), Edit(5, 6, "”")])
    d = Diagnostic("QT99", "foreign-quotation-marks", "quotes", "warning", "m", 0, 6, fix)
    [result] = sarif([FileResult("a.txt", text, [d])])["runs"][0]["results"]
    [sarif_fix] = result["fixes"]
    assert sarif_fix["description"] == {"text": "Use English quotation marks"}
    assert sarif_fix["properties"] == {"applicability": "unsafe"}
    [change] = sarif_fix["artifactChanges"]
    assert change["artifactLocation"] == {"uri": "a.txt"}
    fixed = text
    for r in sorted(change["replacements"], key=lambda r: -r["deletedRegion"]["charOffset"]):
        region = r["deletedRegion"]
        fixed = fixed[:region["charOffset"]] + r["insertedContent"]["text"] + fixed[region["charOffset"] + region["charLength"]:]
    assert fixed == "“Yes,” he said."


def test_a_fix_without_edits_is_not_a_fix_object():
    d = Diagnostic("QT99", "x", "quotes", "warning", "m", 0, 1, Fix.display("Rewrite the sentence"))
    assert "fixes" not in sarif([FileResult("a.txt", "abc", [d])])["runs"][0]["results"][0]


def test_partial_fingerprints_are_the_stable_fingerprints():
    results = story_results()
    run = sarif(results)["runs"][0]
    expected = fingerprints(results[0].text, results[0].diagnostics)
    assert [r["partialFingerprints"] for r in run["results"]] == [{FINGERPRINT: fp} for fp in expected]
    moved = [FileResult(r.path, "New lead paragraph.\n\n" + r.text,
                        [Diagnostic(d.code, d.name, d.category, d.severity, d.message, d.start + 21, d.end + 21, None)
                         for d in r.diagnostics]) for r in results]
    assert [r["partialFingerprints"] for r in sarif(moved)["runs"][0]["results"]] == \
        [r["partialFingerprints"] for r in run["results"]]


def test_input_errors_mark_the_run_unsuccessful():
    assert sarif([], Context(input_errors=2))["runs"][0]["invocations"] == [{"executionSuccessful": False}]
