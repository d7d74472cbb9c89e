"""IPTC ninjs JSON input: headlines and bodies, positions through JSON escapes, fixes written back as valid JSON."""

import json

from conftest import write
from input_checks import assert_at, assert_consistent, lint, run

from newslint.markup import extract

NINJS_1 = r"""{
  "uri": "http://example.com/the the/1",
  "type": "text",
  "headline": "Minister \"shares\" informations",
  "byline": "the the",
  "body_text": "Caf\u00e9 talks \ud83d\ude00 were \u201cuseful\u201d, he said.\nThe the envoy agreed.",
  "body_html": "<p class=\"the the\">Caf&eacute; talks were &#8220;useful&#8221;.</p>\n<p>The the envoy agreed.</p>",
  "subject": [{"name": "the the", "code": "x"}]
}
"""

NINJS_2 = """{
  "$schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json",
  "uri": "urn:example:2",
  "headlines": [{"role": "main", "value": "Talks go on"}, {"role": "short", "value": "the the"}],
  "bodies": [
    {"role": "main", "contenttype": "text/html", "value": "<p>US aid <b>and</b> U.S. trade, U.S. policy.</p>"},
    {"role": "summary", "contenttype": "text/plain", "value": "Informations follow."}
  ],
  "descriptions": [{"role": "caption", "value": "the the"}]
}
"""


def test_positions_through_json_escapes(tmp_path):
    path = write(tmp_path / "story.json", NINJS_1)
    found = lint(path)
    assert [f["rule"] for f in found] == ["ST01", "RP01", "RP01"], found
    assert_at(found[0], path, "informations")  # after \"shares\"
    assert_at(found[1], path, "The the", 1)  # after \u00e9, a surrogate pair, \u201c...\u201d and \n
    assert_at(found[2], path, "The the", 2)  # in body_html, after &eacute; and &#8220;


def test_ninjs_2_headlines_and_bodies(tmp_path):
    path = write(tmp_path / "story2.json", NINJS_2)
    found = lint(path)
    assert [f["rule"] for f in found] == ["RP01", "CN01", "ST01"], found
    assert_at(found[0], path, "the the", 1)  # the short headline (not the caption: descriptions are not read)
    assert_at(found[1], path, "US")  # in the HTML body
    assert_at(found[2], path, "Informations")  # in the plain-text body
    text = assert_consistent(NINJS_2, "story2.json")
    assert text == "Talks go on\n\nthe the\n\nUS aid and U.S. trade, U.S. policy.\n\nInformations follow."


def test_body_text_lines_are_paragraphs_and_html_is_read_as_html():
    text = assert_consistent(NINJS_1, "story.json")
    assert text == ('Minister "shares" informations\n\nCafé talks 😀 were “useful”, he said.\n\nThe the envoy agreed.'
                    "\n\nCafé talks were “useful”.\n\nThe the envoy agreed.")


def test_fixes_are_written_as_valid_json(tmp_path):
    story = {"headline": 'He said "hello, and left.', "body_text": "Many informations.\n\"Quoted\" the the end."}
    path = write(tmp_path / "fix.json", json.dumps(story, indent=2))
    result = run("--fix", "--unsafe-fixes", "--select", "RP01,ST01,QT02", str(path))
    assert "Traceback" not in result.output
    fixed = json.loads(path.read_text())
    assert fixed == {"headline": 'He said "hello, and left."', "body_text": 'Many information.\n"Quoted" the end.'}


def test_invalid_json_is_one_line_and_others_are_checked(tmp_path):
    bad = write(tmp_path / "bad.json", '{"headline": "the the",\n  "body_text": "x" "y"}')
    good = write(tmp_path / "good.json", NINJS_1)
    result = run("--select", "RP01", str(bad), str(good))
    errors = [line for line in result.output.splitlines() if line.startswith("newslint: error:")]
    assert errors == [f"newslint: error: {bad}:2:20: invalid JSON: Expecting ',' delimiter"], result.output
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"{good}:6:" in result.output


def test_json_that_is_not_a_story_has_no_prose():
    assert extract('["the the"]', "list.json").text == ""
    assert extract('{"name": "the the", "version": "1.0"}', "package.json").text == ""
