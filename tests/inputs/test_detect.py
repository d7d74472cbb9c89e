"""Choosing the format: by extension, by content for standard input and unknown extensions; directory walks."""

import json
import subprocess
import sys

import pytest
from conftest import write
from input_checks import RULES, run

from newslint.markup import detect_format, sniff

NINJS = '{"uri": "x", "headline": "Talks", "body_text": "He said the the end."}'
NITF = '<?xml version="1.0"?>\n<!-- feed -->\n<nitf><body><body.content><p>So the the end.</p></body.content></body></nitf>'
NEWSML = ('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentMeta><headline>So the the end.</headline>'
          "</contentMeta></newsItem>")
HTML = '<!doctype html>\n<p title="the the">Fine.</p>\n<p>So the the end.</p>'
MARKDOWN = "# Title\n\nUse `the the` here. So the the end.\n"
TEXT = "So the the end.\n\n# # #\n"


@pytest.mark.parametrize("source, fmt", [
    (NINJS, "ninjs"), (NITF, "xml"), (NEWSML, "xml"), (HTML, "html"), (MARKDOWN, "markdown"), (TEXT, "text"),
    ("<div>One.</div>\n<div>Two.</div>", "html"), ("<p>A</p> and <p>B</p>", "html"),
    ("+++\ntitle = 'x'\n+++\nText.", "markdown"), ("See [the report](https://example.com).", "markdown"),
    ("[1]: https://example.com\nText.", "markdown"), ('{"name": "pkg", "version": "1"}', "text"),
    ("He wrote 3 < 4 and <b>x</b>.", "text"), ("-30-\n", "text"), ("#Hashtag at the start", "text"),
])
def test_sniff(source, fmt):
    assert sniff(source) == fmt


def test_extension_wins_and_library_text_is_plain():
    assert detect_format("a.HTML", MARKDOWN) == "html"
    assert detect_format("notes.txt", HTML) == "text"
    assert detect_format("<text>", HTML) == "text"  # check_text() with no file name: plain text, as before
    assert detect_format("story.news", HTML) == "html"
    assert detect_format("-", NINJS) == "ninjs"


@pytest.mark.parametrize("source, needle", [(NINJS, "the the"), (NITF, "the the"), (NEWSML, "the the"),
                                            (HTML, "the the"), (MARKDOWN, "the the"), (TEXT, "the the")])
def test_standard_input_is_read_in_its_format(source, needle):
    result = run("--format", "json", "--select", RULES, "-", input=source)
    found = json.loads(result.stdout)
    assert len(found) == 1, found  # the one in the prose; not the attribute's, the code span's
    at = source.rindex(needle) if source is not TEXT else source.index(needle)
    assert found[0]["offset"] == at and found[0]["path"] == "-"


def test_stdin_filename_gives_the_format():
    result = run("--format", "json", "--select", "RP01", "--stdin-filename", "story.md", "-", input="Use `the the`.\n")
    assert json.loads(result.stdout) == []
    result = run("--format", "json", "--select", "RP01", "--stdin-filename", "story.txt", "-", input="Use `the the`.\n")
    assert [f["rule"] for f in json.loads(result.stdout)] == ["RP01"]


def test_unknown_extension_by_content(tmp_path):
    path = write(tmp_path / "story.body", HTML)
    result = run("--format", "json", "--select", "RP01", str(path))
    assert [f["offset"] for f in json.loads(result.stdout)] == [HTML.rindex("the the")]


def test_malformed_stdin_is_one_line():
    result = run("--select", "RP01", "-", input='{"headline": "x", "body_text": ')
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "newslint: error: -:1:32: invalid JSON" in result.output


def test_directory_walk_picks_news_formats_only(tmp_path):
    for name, text in [("a.html", HTML), ("b.htm", HTML), ("c.nitf", NITF), ("d.xml", NITF), ("e.xml", NEWSML),
                       ("f.json", NINJS), ("g.md", MARKDOWN), ("h.txt", TEXT), ("i.xhtml", HTML),
                       ("package.json", '{"name": "the the"}'), ("pom.xml", "<project>the the</project>"),
                       ("styles.css", "p { }")]:
        write(tmp_path / "d" / name, text)
    result = run("--format", "json", "--select", "RP01", str(tmp_path / "d"))
    found = sorted({f["path"].rsplit("/", 1)[-1] for f in json.loads(result.stdout)})
    assert found == ["a.html", "b.htm", "c.nitf", "d.xml", "e.xml", "f.json", "g.md", "h.txt", "i.xhtml"]


def test_plain_text_does_not_import_the_format_modules():
    code = ("import sys; from newslint.api import check_text; check_text('The the end.', None, 'story.txt'); "
            "print(sorted(m for m in sys.modules if m.startswith('newslint.inputs') or m in ('pyexpat', 'html')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
