"""Markdown input: prose only, every position in the .md source, paragraph structure kept."""

from conftest import write
from input_checks import assert_at, assert_consistent, lint, run

from newslint.markup import extract

STORY = """\
---
title: The the front matter
tags: [informations]
---
# Minister shares the the plan

Officials said *the the* talks went well, and [the the report](https://example.com/the%20the "the the")
was **published**. See https://example.com/the/the/ and <https://example.org/the the>.

- First item with informations
- Second item

> “The talks were long,” she said. “They went on.
>
> “But we agreed the the terms,” she added.

Use `the the` in code.

```python
x = "the the"
```

    the the indented code

<!-- the the in a comment -->
<span title="the the">Plain</span> text.

![A photo of the the minister](photo.jpg "the the")

[ref]: https://example.com/the%20the "the the"
"""


def test_positions_point_into_the_source(tmp_path):
    path = write(tmp_path / "story.md", STORY)
    found = lint(path)
    assert [f["rule"] for f in found] == ["RP01", "RP01", "RP01", "ST01", "RP01", "RP01"], found
    assert_at(found[0], path, "the the", 1)  # the heading (not "The the" in the front matter)
    assert_at(found[1], path, "the the", 2)  # emphasis text
    assert_at(found[2], path, "the the", 3)  # link text (not its target or title, the 4th)
    assert_at(found[3], path, "informations", 2)  # the list item, not the front matter's tag
    assert_at(found[4], path, "the the", 6)  # in the blockquote
    assert_at(found[5], path, "the the", 12)  # image alt text is read, its target and title are not


def test_skipped_regions_give_no_findings(tmp_path):
    skipped = """\
+++
title = "the the"
+++
Use `the the` here and ``a `the the` b`` there.

~~~
the the
~~~

    the the

See https://example.com/the/the, <mailto:the@the.org> and [a link](<https://x.org/the the>).
<!-- the the -->
<div class="the the">
<p title="the the">Fine words.</p>
</div>
<script>var s = "the the";</script>

[the the]: https://example.com
"""
    assert lint(write(tmp_path / "skipped.md", skipped)) == []


def test_blocks_become_paragraphs():
    text = extract("# Title\n\nOne line\nand the next.\n\n- item *one*\n- item two\n\n> quoted\n> text\n", "a.md").text
    assert text == "Title\n\nOne line\nand the next.\n\nitem one\n\nitem two\n\nquoted\ntext"
    text = extract("Title\n=====\n\n1. one\n2. two\n   more\n\n   second\n\n> a\nlazy\n> > b\n\n| x | y |\n|---|:-:|\n"
                   "| 1 \\| 2 | 3 |\n", "a.md").text
    assert text == "Title\n\none\n\ntwo\nmore\n\nsecond\n\na\nlazy\n\nb\n\nx\n\ny\n\n1 | 2\n\n3"


def test_windows_line_endings(tmp_path):
    path = write(tmp_path / "crlf.md", "# Title\r\n\r\nSome words\r\nand the the rest.\r\n")
    found = lint(path)
    assert [f["rule"] for f in found] == ["RP01"]
    assert_at(found[0], path, "the the")


def test_list_items_and_blocks_are_not_joined(tmp_path):
    # Across two list items, or a heading and a paragraph, "the" / "the" is no doubled word.
    path = write(tmp_path / "list.md", "# Words about the\n\nthe end.\n\n- I saw the\n- the car\n")
    assert lint(path) == []


def test_multi_paragraph_quotation_is_recognised(tmp_path):
    story = "“We will talk to them,” he said. “We have always talked.\n\n“And we will go on,” he added.\n"
    assert lint(write(tmp_path / "q.md", story), "QT") == []
    assert lint(write(tmp_path / "q.md", "> " + story.replace("\n\n", "\n>\n> ")), "QT") == []


def test_front_matter_inline_and_offset_map():
    source = "---\na: b\n---\n\nText with &amp; and \\*stars\\* and *em*, then a [link](u) at the end.\n"
    text = assert_consistent(source, "a.md")
    assert text == "Text with & and *stars* and em, then a link at the end."
    assert_consistent(STORY, "story.md")


def test_fix_applies_to_prose_and_not_across_markup(tmp_path):
    path = write(tmp_path / "fix.md", "# The the title\n\nKept the **the** words and the the rest.\n")
    result = run("--fix", "--select", "RP01", str(path))
    assert result.exit_code == 1, result.output  # the fix across the ** markup is shown, not applied
    assert path.read_text() == "# The title\n\nKept the **the** words and the rest.\n"
