"""IPTC NewsML-G2 input: contentMeta headline and the inline body (XHTML, NITF or plain text)."""

from conftest import write
from input_checks import assert_at, assert_consistent, lint, run

from newslint.markup import extract

ITEM = """\
<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.com:20240503:the-the"
    version="1" standard="NewsML-G2" standardversion="2.33" conformance="power">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <title>the the working title</title>
    <edNote>the the note to editors</edNote>
  </itemMeta>
  <contentMeta>
    <slugline>the the</slugline>
    <headline>Ministers swap informations in Paris</headline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml">
        <head><title>the the</title></head>
        <body>
          <h1>A &amp; B</h1>
          <p>The minister said the the talks were useful.</p>
          <p class="the the">“We will talk,” he said. “We always have.</p>
          <p>“And we will go on,” he added.</p>
        </body>
      </html>
    </inlineXML>
  </contentSet>
</newsItem>
"""


def test_positions_point_into_the_source(tmp_path):
    path = write(tmp_path / "item.xml", ITEM)
    found = lint(path, "RP01,ST01,QT")
    assert [f["rule"] for f in found] == ["ST01", "RP01"], found  # the quotation runs on: no QT finding
    assert_at(found[0], path, "informations")
    assert_at(found[1], path, "the the", 5)


def test_headline_and_body_only():
    text = assert_consistent(ITEM, "item.xml")
    assert text == ("Ministers swap informations in Paris\n\nA & B\n\nThe minister said the the talks were useful.\n\n"
                    "“We will talk,” he said. “We always have.\n\n“And we will go on,” he added.")


def test_news_message_with_nitf_and_plain_text_items():
    message = """<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2024-05-03T10:00:00Z</sent></header>
  <itemSet>
    <newsItem guid="a"><contentMeta><headline>First</headline></contentMeta>
      <contentSet><inlineXML contenttype="application/nitf+xml">
        <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><head><title>the the</title></head>
          <body><body.head><hedline><hl1>First</hl1></hedline><byline>By the the</byline></body.head>
            <body.content><p>One.</p></body.content></body></nitf>
      </inlineXML></contentSet></newsItem>
    <newsItem guid="b"><contentMeta><headline>Second</headline></contentMeta>
      <contentSet><inlineData contenttype="text/plain">Line one.
Line two &amp; more.</inlineData></contentSet></newsItem>
  </itemSet>
</newsMessage>"""
    ext = extract(message, "message.xml")
    assert ext.format == "newsml"
    assert ext.text == "First\n\nFirst\n\nOne.\n\nSecond\n\nLine one.\n\nLine two & more."


def test_other_xml_is_not_news():
    # A headline outside the IPTC namespace, or in another root, is no NewsML-G2 story.
    assert extract("<newsItem><contentMeta><headline>the the</headline></contentMeta></newsItem>", "a.xml").text == ""
    assert extract("<project><name>the the</name></project>", "pom.xml").text == ""


def test_malformed_item_is_one_line(tmp_path):
    path = write(tmp_path / "bad.xml", ITEM.replace("</contentMeta>", "</contentMet>"))
    result = run("--select", "RP01", str(path))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"newslint: error: {path}:13:5: invalid XML: mismatched tag" in result.output
