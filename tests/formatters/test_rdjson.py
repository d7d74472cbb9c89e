"""`--format rdjson`: reviewdog's diagnostic format, with suggestions from the fixes."""

import json

from formatter_story import fixed_environment, golden, rendered, story_results

from newslint.diagnostics import Diagnostic, Edit, Fix
from newslint.formatters import Context, render
from newslint.run import FileResult


def rdjson(results):
    with fixed_environment():
        return json.loads(render("rdjson", results, Context()))


def apply(text: str, suggestion: dict) -> str:
    """Apply a one-line suggestion the way reviewdog does: columns are 1-based UTF-8 byte offsets."""
    start, end = suggestion["range"]["start"], suggestion["range"]["end"]
    assert start["line"] == end["line"]
    lines = text.split("\n")
    raw = lines[start["line"] - 1].encode("utf-8")
    raw = raw[:start["column"] - 1] + suggestion["text"].encode("utf-8") + raw[end["column"] - 1:]
    lines[start["line"] - 1] = raw.decode("utf-8")
    return "\n".join(lines)


def test_matches_the_golden_file():
    # Regenerate after an intended change: python3 tests/formatters/formatter_story.py
    assert rendered("rdjson") == golden("rdjson")


def test_structure_severities_and_codes():
    data = rdjson(story_results())
    assert data["source"] == {"name": "newslint"}
    diags = data["diagnostics"]
    assert [(d["code"]["value"], d["severity"]) for d in diags] == [
        ("RP01", "WARNING"), ("CN01", "WARNING"), ("ST01", "ERROR"), ("RP01", "INFO"), ("LT-EN_A_VS_AN", "WARNING")]
    for d in diags:
        assert d["location"]["path"] == "stories/summit.txt" and d["message"]
        assert set(d["location"]["range"]) == {"start", "end"} and d["source"] == {"name": "newslint"}


def test_columns_count_utf8_bytes_and_suggestions_apply():
    results = story_results()
    text = results[0].text
    for d, diag in zip(results[0].diagnostics, rdjson(results)["diagnostics"], strict=True):
        start, end = diag["location"]["range"]["start"], diag["location"]["range"]["end"]
        line = text.split("\n")[start["line"] - 1].encode("utf-8")
        assert line[start["column"] - 1:end["column"] - 1].decode("utf-8") == text[d.start:d.end]
        [suggestion] = diag["suggestions"]
        fixed = text
        for e in sorted(d.fix.edits, key=lambda e: -e.start):
            fixed = fixed[:e.start] + e.text + fixed[e.end:]
        assert apply(text, suggestion) == fixed


def test_a_fix_with_several_edits_is_one_suggestion():
    text = "𝔸 «Yes,» he said."
    fix = Fix.unsafe("Use English quotation marks", [Edit(2, 3, "“"), Edit(7, 8, "”")])
    d = Diagnostic("QT99", "foreign-quotation-marks", "quotes", "warning", "m", 2, 8, fix)
    [diag] = rdjson([FileResult("a.txt", text, [d])])["diagnostics"]
    [suggestion] = diag["suggestions"]
    assert suggestion == {"range": {"start": {"line": 1, "column": 6}, "end": {"line": 1, "column": 14}},
                          "text": "“Yes,”"}
    assert apply(text, suggestion) == "𝔸 “Yes,” he said."


def test_no_suggestion_without_edits():
    d = Diagnostic("QT99", "x", "quotes", "info", "m", 0, 1, Fix.display("Rewrite the sentence"))
    [diag] = rdjson([FileResult("a.txt", "abc", [d])])["diagnostics"]
    assert "suggestions" not in diag and diag["severity"] == "INFO"
