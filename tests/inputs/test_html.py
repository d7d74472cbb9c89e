"""HTML input: the text a reader sees, block elements as paragraphs, references decoded, positions in the source."""

from conftest import write
from input_checks import assert_at, assert_consistent, lint, run

from newslint.markup import extract

PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <title>The the title is not the story</title>
  <meta name="description" content="the the">
  <style>p::before { content: "the the"; }</style>
  <script>var s = "the the"; if (a < b) { s = "</p>"; }</script>
</head>
<body>
<h1>Caf&eacute; owners share informations</h1>
<p class="the the" data-x='a > b'>The minister said &#8220;the the talks&#8221; went well.</p>
<!-- the the in a comment -->
<p>Kept <b>the</b> the words, <code>the the</code> and <a href="https://x.org/the the">a link</a>.</p>
<pre>the the</pre>
<ul><li>the</li><li>the</li></ul>
<p>One line<br>the<br>the next</p>
</body>
</html>
"""


def test_positions_point_into_the_source(tmp_path):
    path = write(tmp_path / "page.html", PAGE)
    found = lint(path)
    assert [f["rule"] for f in found] == ["ST01", "RP01", "RP01"], found
    assert_at(found[0], path, "informations")  # after a decoded &eacute; on the same line
    assert_at(found[1], path, "the the", 5)  # after &#8220;; not in the meta, style, script or attribute
    line, column = found[2]["line"], found[2]["column"]
    assert (line, column) == (13, 12)  # "the</b> the": from the first 'the' to the second
    assert found[2]["end_offset"] - found[2]["offset"] == len("the</b> the")


def test_skipped_regions_give_no_findings(tmp_path):
    page = PAGE.replace("informations", "information").replace("the the talks", "talks").replace(
        "<b>the</b> the", "<b>the</b>")
    assert lint(write(tmp_path / "skipped.html", page)) == []


def test_text_content_and_paragraphs():
    text = assert_consistent(PAGE, "page.html")
    assert text == ("Café owners share informations\n\nThe minister said “the the talks” went well.\n\n"
                    "Kept the the words, \ufffc and a link.\n\nthe\n\nthe\n\nOne line\n\nthe\n\nthe next")


def test_references_decoded_and_whitespace_folded():
    source = "<div>A&amp;B &lt;tag&gt; &#x201C;q&#x201D;\n    and&nbsp;x &unknown; &copy 10\u00a0km</div><p>&nbsp;</p>"
    # A written &nbsp; is deliberate typesetting and reads as a space; a raw U+00A0 is kept for TY02 to see.
    assert extract(source, "a.htm").text == "A&B <tag> “q” and x &unknown; © 10\u00a0km"


def test_multi_paragraph_quotation_is_recognised(tmp_path):
    page = "<p>“We will talk,” he said. “We have always talked.</p>\n<p>“And we will go on,” he added.</p>"
    assert lint(write(tmp_path / "q.html", page), "QT") == []


def test_fix_keeps_markup(tmp_path):
    path = write(tmp_path / "fix.html", "<p>Many informations &amp; the <i>the</i> words, <i>the</i> the rest.</p>\n")
    result = run("--fix", "--select", "RP01,ST01", str(path))
    assert result.exit_code == 1, result.output  # deleting " <i>the" would break the markup: shown, not applied
    assert path.read_text() == "<p>Many information &amp; the <i>the</i> words, <i>the</i> rest.</p>\n"


def test_xhtml_extension(tmp_path):
    path = write(tmp_path / "page.xhtml", '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>So the the end.</p>'
                                          "<code/><p>Fine.</p></body></html>")
    found = lint(path)
    assert [f["rule"] for f in found] == ["RP01"]
    assert_at(found[0], path, "the the")


def test_written_no_break_space_is_not_an_unusual_space(tmp_path):
    path = write(tmp_path / "nbsp.html", "<p>It took 10&nbsp;hours&#160;and 5\u00a0minutes.</p>\n")
    found = lint(path, "TY02")
    assert [f["offset"] for f in found] == [path.read_text().index("\u00a0")]
