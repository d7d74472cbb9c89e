"""Inline control comments in Markdown and HTML (and XML), end to end through the CLI."""

import pytest
from conftest import write
from input_checks import lint, where

MARKDOWN = """\
Before: the the one.

<!-- newslint-disable {codes} -->
Inside: the the two, and informations.

- Still inside: the the three.
<!-- newslint-enable {codes} -->

After: the the four.

Shown: the the five. <!-- newslint-disable-next-line {codes} -->
Next line: the the six.
Following line: the the seven.

```
<!-- newslint-disable -->
```
Code showed a comment: the the eight.
"""


@pytest.mark.parametrize("codes", ["RP01", "rp", "repetition", "doubled-word", "RP01, CN01"])
def test_markdown_disable_enable_next_line(tmp_path, codes):
    path = write(tmp_path / "story.md", MARKDOWN.format(codes=codes))
    found = lint(path)
    doubled = [f["line"] for f in found if f["rule"] == "RP01"]
    assert doubled == [where(path, f"the the {n}")[0] for n in ("one", "four", "five", "seven", "eight")], found
    assert [f["rule"] for f in found if f["line"] == 4] == ["ST01"]  # other rules still run in the region


def test_markdown_disable_all(tmp_path):
    path = write(tmp_path / "story.md", "<!-- newslint-disable -->\nThe the informations.\n"
                                        "<!-- newslint-enable -->\nThe the end.\n")
    found = lint(path)
    assert [(f["rule"], f["line"]) for f in found] == [("RP01", 4)]


HTML = """\
<p>Before: the the one.</p>
<!-- newslint-disable RP01 -->
<p>Inside: the the two.</p>
<!-- newslint-enable RP01 -->
<p>After: the the three.</p>
<!-- newslint-disable-next-line repetition -->
<p>Next line: the the four.</p>
<p>Following line: the the five.</p>
<script>/* <!-- newslint-disable --> */</script>
<p title="<!-- newslint-disable -->">Attribute: the the six.</p>
"""


def test_html_directives(tmp_path):
    path = write(tmp_path / "page.html", HTML)
    found = lint(path)
    assert [f["line"] for f in found] == [where(path, f"the the {n}")[0] for n in ("one", "three", "five", "six")]


def test_xml_comment_directives(tmp_path):
    story = ("<nitf><body><body.content>\n<p>One: the the.</p>\n<!-- newslint-disable-next-line RP01 -->\n"
             "<p>Two: the the.</p>\n</body.content></body></nitf>\n")
    path = write(tmp_path / "story.xml", story)
    assert [f["line"] for f in lint(path)] == [2]


def test_ninjs_html_body_directives(tmp_path):
    story = ('{"headline": "Talks",\n "body_html": "<p>One: the the.</p><!-- newslint-disable RP01 -->'
             '<p>Two: the the.</p>",\n "body_text": "Three: the the."}\n')
    path = write(tmp_path / "story.json", story)
    assert [f["offset"] for f in lint(path)] == [story.index("the the")]
