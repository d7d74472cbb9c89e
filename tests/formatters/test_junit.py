"""`--format junit`: one test case per file, a failure per finding, valid and escaped XML."""

import xml.etree.ElementTree as ET

from formatter_story import golden, rendered

from newslint.diagnostics import Diagnostic, Edit, Fix
from newslint.formatters import Context, render
from newslint.run import FileResult


def test_matches_the_golden_file():
    # Regenerate after an intended change: python3 tests/formatters/formatter_story.py
    assert rendered("junit") == golden("junit")


def test_the_story_parses_back():
    root = ET.fromstring(rendered("junit"))
    assert root.tag == "testsuites" and (root.get("tests"), root.get("failures")) == ("2", "5")
    [suite] = root.findall("testsuite")
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert set(cases) == {"stories/summit.txt", "stories/clean.txt"}
    assert cases["stories/clean.txt"].findall("*") == []  # a clean file passes
    failures = cases["stories/summit.txt"].findall("failure")
    assert [f.get("type") for f in failures] == ["RP01", "CN01", "ST01", "RP01", "LT-EN_A_VS_AN"]
    assert failures[2].get("message") == "3:76: ST01 [error] 'informations' is uncountable in English: use 'information'"
    assert failures[2].text.endswith("\nfix (safe): Replace 'informations' with 'information'")


def test_markup_and_control_characters_are_escaped():
    message = 'a <b> & "c" ]]> \x0c\x01 d\ne'
    d = Diagnostic("RP01", "doubled-word", "repetition", "warning", message, 0, 1,
                   Fix.safe("Use <i> & \"this\"", [Edit(0, 1, "")]))
    path = 'desk/<a & "b">\x07.txt'
    out = render("junit", [FileResult(path, "x", [d])], Context())
    root = ET.fromstring(out)
    case = root.find("testsuite/testcase")
    assert case.get("name") == 'desk/<a & "b">\\x07.txt'
    failure = case.find("failure")
    assert failure.get("message") == '1:1: RP01 [warning] a <b> & "c" ]]> \\x0c\\x01 d\ne'
    assert failure.text.endswith('fix (safe): Use <i> & "this"')
