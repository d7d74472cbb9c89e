"""NITF 3.x and IPTC NewsML-G2 (and an XHTML document in a .xml file): the headline and body text.

NITF: the <body> (hedline/hl1 and hl2, abstract, body.content), without byline, dateline, distributor, notes,
body.end or media references. NewsML-G2 (newsItem / newsMessage, http://iptc.org/std/nar/2006-10-01/):
contentMeta/headline, the XHTML or NITF in inlineXML (its head skipped), and inlineData as plain text.
Block elements end a paragraph; markup whitespace folds to one space; every offset is the source's.

Read with expat as data: no DTD is loaded and any entity declaration is refused (no entity expansion attacks,
no external entities); undeclared entities a DTD would define (&nbsp;) are decoded as HTML names.
"""

from __future__ import annotations

import xml.parsers.expat as expat

from ..errors import InputError
from ..markup import Extract
from .html import decode_entity
from .prose import Prose, escape_markup, line_starts

NAR = "http://iptc.org/std/nar/2006-10-01/"
BLOCKS = frozenset("""p hl1 hl2 headline hedline abstract body body.head body.content block bq blockquote li ol ul dl
    dt dd table tr td th caption media media-caption br hr div section article header footer h1 h2 h3 h4 h5 h6
    figure figcaption fn credit inlineXML inlineData""".split())
# Inside a body, these are not its prose.
SKIPPED = frozenset("""head byline dateline distributor series rights note body.end tagline media-reference
    media-metadata media-object media-producer doc-id key-list pre code script style""".split())


class _Refused(Exception):
    pass


class NewsXml:
    def __init__(self, source: str, path: str):
        self.source, self.path = source, path
        self.prose = Prose("xml", source)
        self.starts = line_starts(source)
        self.parser = p = expat.ParserCreate(namespace_separator=" ")
        p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        p.EntityDeclHandler = self.refuse
        p.UnparsedEntityDeclHandler = self.refuse
        p.ExternalEntityRefHandler = self.refuse
        p.SkippedEntityHandler = self.skipped_entity
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.data
        p.CommentHandler = self.comment
        p.StartCdataSectionHandler = lambda: setattr(self, "cdata", True)
        p.EndCdataSectionHandler = lambda: setattr(self, "cdata", False)
        self.cdata = False
        self.stack: list[str] = []  # local names of open elements
        self.region = 0  # depth inside the elements whose text is prose (0: outside)
        self.plain = False  # the region is plain text (inlineData): lines are paragraphs
        self.skip = 0  # depth inside a skipped element

    def offset(self) -> int:
        return self.starts[self.parser.CurrentLineNumber - 1] + self.parser.CurrentColumnNumber

    def run(self) -> Extract:
        try:
            self.parser.Parse(self.source, True)
        except expat.ExpatError as e:
            reason = expat.ErrorString(e.code)
            raise InputError(f"{self.path}:{e.lineno}:{e.offset + 1}: invalid XML: {reason}") from None
        except _Refused:
            line, col = self.parser.CurrentLineNumber, self.parser.CurrentColumnNumber + 1
            raise InputError(f"{self.path}:{line}:{col}: invalid XML: entity declarations are not allowed "
                             "(newslint reads XML as data)") from None
        ext = self.prose.extract()
        ext.escape = escape_markup
        return ext

    def refuse(self, *args):
        raise _Refused

    def opens_region(self, local: str, uri: str) -> bool:
        root = self.stack[0] if self.stack else local
        if root in ("nitf", "html"):  # NITF, XHTML: the body
            return local == "body"
        if root in ("newsItem", "newsMessage") and uri == NAR:
            if local == "headline":
                return self.stack[-1] == "contentMeta"
            if local == "inlineData":
                self.plain = True
            return local in ("inlineXML", "inlineData")
        return False

    def start(self, name: str, attrs) -> None:
        uri, _, local = name.rpartition(" ")
        if not self.stack:
            self.prose.format = {"nitf": "nitf", "html": "xhtml"}.get(local, "newsml" if uri == NAR else "xml")
        if self.skip:
            self.skip += 1
        elif self.region:
            if local in SKIPPED:
                self.skip = 1
            else:
                self.region += 1
                if local in BLOCKS:
                    self.prose.block()
        elif self.opens_region(local, uri):
            self.region = 1
            self.prose.block()
        self.stack.append(local)

    def end(self, name: str) -> None:
        local = self.stack.pop()
        if self.skip:
            self.skip -= 1
        elif self.region:
            self.region -= 1
            if local in BLOCKS or not self.region:
                self.prose.block()
            if not self.region:
                self.plain = False

    def data(self, text: str) -> None:
        if not self.region or self.skip:
            return
        o, src, prose = self.offset(), self.source, self.prose
        if src.startswith("&", o) and not self.cdata:  # a character reference or a predefined entity
            self.reference(" " if text == "\u00a0" else text, o)
        elif text == "\n" and src.startswith("\r", o):  # a line end XML normalised from \r\n or \r
            width = 2 if src.startswith("\r\n", o) else 1
            if self.plain:
                prose.block()
            else:
                prose.whitespace(o, width)
        elif self.plain:
            prose.lines(o, o + len(text))
        else:
            prose.collapsed(o, o + len(text))

    def skipped_entity(self, name: str, is_parameter: bool) -> None:
        """An entity the (unread) DTD would define, such as &nbsp; or &eacute;: read as its HTML meaning."""
        value = decode_entity(f"&{name};")
        if value is not None and self.region and not self.skip:
            self.reference(value, self.offset())

    def reference(self, text: str, o: int) -> None:
        width = self.source.find(";", o) + 1 - o
        if text in " \t\n\r\f" and not self.plain:  # &#32; &#10; and &nbsp; fold like spaces
            self.prose.whitespace(o, width)
        else:
            self.prose.decoded(text, o, width)

    def comment(self, text: str) -> None:
        self.prose.comment(f"<!--{text}-->", self.offset())


def extract(source: str, path: str) -> Extract:
    return NewsXml(source, path).run()
