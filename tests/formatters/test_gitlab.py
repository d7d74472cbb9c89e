"""`--format gitlab`: a GitLab Code Quality report."""

import json

from formatter_story import fixed_environment, golden, rendered, story_results

from newslint.diagnostics import Diagnostic
from newslint.formatters import Context, render
from newslint.run import FileResult

SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


def gitlab(results):
    with fixed_environment():
        return json.loads(render("gitlab", results, Context()))


def test_matches_the_golden_file():
    # Regenerate after an intended change: python3 tests/formatters/formatter_story.py
    assert rendered("gitlab") == golden("gitlab")


def test_each_issue_has_the_fields_gitlab_reads():
    issues = gitlab(story_results())
    assert len(issues) == 5
    for issue in issues:
        assert isinstance(issue["description"], str) and issue["description"]
        assert isinstance(issue["check_name"], str) and issue["check_name"]
        assert isinstance(issue["fingerprint"], str) and len(issue["fingerprint"]) == 32
        assert issue["severity"] in SEVERITIES
        assert issue["location"]["path"] == "stories/summit.txt"
        lines = issue["location"]["lines"]
        assert isinstance(lines["begin"], int) and lines["begin"] <= lines["end"]
    assert [(i["check_name"], i["severity"], i["location"]["lines"]["begin"]) for i in issues] == [
        ("RP01", "minor", 1), ("CN01", "minor", 3), ("ST01", "major", 3), ("RP01", "info", 5),
        ("LT-EN_A_VS_AN", "minor", 5)]


def test_fingerprints_are_unique_across_files_with_the_same_text():
    story = story_results()[0]
    twin = FileResult("stories/copy.txt", story.text, story.diagnostics)
    fps = [i["fingerprint"] for i in gitlab([story, twin])]
    assert len(fps) == len(set(fps)) == 10


def test_a_span_that_takes_its_line_break_ends_on_its_own_line():
    d = Diagnostic("RP01", "doubled-word", "repetition", "warning", "m", 4, 8)  # "two\n"
    [issue] = gitlab([FileResult("a.txt", "one\ntwo\nthree\n", [d])])
    assert issue["location"]["lines"] == {"begin": 2, "end": 2}
