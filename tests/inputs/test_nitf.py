"""NITF 3.x input: headline and body text, positions in the XML source, malformed files reported with a position."""

import time

from conftest import write
from input_checks import assert_at, assert_consistent, lint, run

from newslint.errors import InputError
from newslint.markup import extract

NITF = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">
<nitf version="-//IPTC//DTD NITF 3.6//EN">
  <head>
    <title>The the head title</title>
    <meta name="the the" content="the the"/>
    <docdata><doc-id id-string="the the"/></docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Caf&#233; talks share informations</hl1></hedline>
      <byline>By the the Reporter</byline>
      <dateline><location>PARIS</location>, May 3 the the</dateline>
    </body.head>
    <body.content>
      <p>The minister said the&nbsp;talks were &#8220;useful&#8221; &amp; that US aid
         would go on. The the envoy agreed.</p>
      <p lede="the the">U.S. officials and <person>U.S.</person> diplomats met <![CDATA[in <Paris>]]>.</p>
      <media media-type="image"><media-reference source="the the.jpg"/></media>
    </body.content>
    <body.end><tagline>Reporting by the the desk</tagline></body.end>
  </body>
</nitf>
"""


def test_positions_point_into_the_source(tmp_path):
    path = write(tmp_path / "story.xml", NITF)
    found = lint(path)
    assert [f["rule"] for f in found] == ["ST01", "CN01", "RP01"], found
    assert_at(found[0], path, "informations")  # after &#233; on the same line
    assert_at(found[1], path, "US")  # after &nbsp; &#8220; &#8221; and &amp;
    assert_at(found[2], path, "The the", 2)  # on the line after a folded line break (not the head's title)


def test_only_headline_and_body_are_read():
    text = assert_consistent(NITF, "story.xml")
    assert text == ("Café talks share informations\n\nThe minister said the talks were “useful” & that US aid "
                    "would go on. The the envoy agreed.\n\nU.S. officials and U.S. diplomats met in <Paris>.")


def test_nitf_extension_and_namespace(tmp_path):
    story = ('<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.content><p>So the the end.</p>'
             "</body.content></body></nitf>")
    path = write(tmp_path / "story.nitf", story)
    found = lint(path)
    assert [f["rule"] for f in found] == ["RP01"]
    assert_at(found[0], path, "the the")


def test_malformed_file_is_one_line_and_others_are_checked(tmp_path):
    bad = write(tmp_path / "bad.xml", "<nitf><body>\n<body.content><p>Unclosed paragraph</body.content></body></nitf>")
    good = write(tmp_path / "good.xml", NITF)
    result = run("--select", "RP01", str(bad), str(good))
    errors = [line for line in result.output.splitlines() if line.startswith("newslint: error:")]
    assert errors == [f"newslint: error: {bad}:2:38: invalid XML: mismatched tag"], result.output
    assert "Traceback" not in result.output and result.exit_code == 2
    assert f"{good}:17:23: RP01" in result.output


def test_entity_declarations_are_refused_quickly():
    bomb = '<?xml version="1.0"?>\n<!DOCTYPE nitf [\n<!ENTITY a "aaaaaaaaaa">\n' + "".join(
        f'<!ENTITY {chr(98 + i)} "&{chr(97 + i)};&{chr(97 + i)};&{chr(97 + i)};&{chr(97 + i)};">\n' for i in range(20)
    ) + "]>\n<nitf><body><p>&u;</p></body></nitf>"
    start = time.process_time()
    try:
        extract(bomb, "bomb.xml")
    except InputError as e:
        assert str(e).startswith("bomb.xml:3:") and "invalid XML: entity declarations are not allowed" in str(e)
    else:
        raise AssertionError("an entity declaration was accepted")
    assert time.process_time() - start < 1


def test_external_entities_are_never_read(tmp_path):
    secret = write(tmp_path / "secret.txt", "the the secret")
    story = f'<?xml version="1.0"?>\n<!DOCTYPE nitf [<!ENTITY x SYSTEM "file://{secret}">]>\n<nitf><body><p>&x;</p></body></nitf>'
    result = run("--select", "RP01", str(write(tmp_path / "x.xml", story)))
    assert result.exit_code == 2 and "entity declarations are not allowed" in result.output
    assert "secret" not in result.output.replace(str(tmp_path), "")
