"""IPTC ninjs JSON (1.x and 2.x): headline / headlines[].value, body_text, body_html and bodies[].value.

HTML bodies (body_html, a text/html entry of bodies) are read as HTML; plain ones line by line. Offsets go
through the JSON string escapes (\\n, \\", \\uXXXX, surrogate pairs) to the source. Every string field found is
checked, so a story with both body_text and body_html is checked in both, and --fix keeps the two in step.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left

from ..errors import InputError
from ..lazy_regex import lazy
from ..markup import Directive, Extract
from .html import HtmlText
from .prose import Prose

_STRING = lazy(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_ESCAPE = lazy(r'[\\"]')
_SIMPLE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class _Object(list):
    """A JSON object as its (key, value) pairs, in source order (duplicate keys kept)."""


class _String(str):
    at: int  # source offset of the opening quote


def _locate(value, literals, index: int):
    """Walk `value` in source order, pairing each string with its literal's offset; returns (value, next index)."""
    if isinstance(value, str):
        located = _String(value)
        located.at = literals[index]
        return located, index + 1
    if isinstance(value, _Object):
        pairs = _Object()
        for key, item in value:
            item, index = _locate(item, literals, index + 1)  # the key is a literal too
            pairs.append((key, item))
        return pairs, index
    if isinstance(value, list):
        items = []
        for item in value:
            item, index = _locate(item, literals, index)
            items.append(item)
        return items, index
    return value, index


def decode_string(source: str, quote: int) -> tuple[str, list[int], list[int]]:
    """The JSON string literal at source[quote] ('"'): its text, each text character's source offset (with one
    more entry, the closing quote), and the indices of the characters written as escapes."""
    parts: list[str] = []
    offsets: list[int] = []
    escapes: list[int] = []
    i = quote + 1
    while True:
        m = _ESCAPE.search(source, i)
        parts.append(source[i : m.start()])
        offsets.extend(range(i, m.start()))
        i = m.start()
        if source[i] == '"':
            offsets.append(i)
            return "".join(parts), offsets, escapes
        escapes.append(len(offsets))
        offsets.append(i)
        kind = source[i + 1]
        if kind != "u":
            parts.append(_SIMPLE[kind])
            i += 2
            continue
        code = int(source[i + 2 : i + 6], 16)
        width = 6
        if 0xD800 <= code < 0xDC00 and source.startswith("\\u", i + 6):
            low = int(source[i + 8 : i + 12], 16)
            if 0xDC00 <= low < 0xE000:
                code, width = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00), 12
        parts.append(chr(code))
        i += width


def _fields(story: _Object):
    """(string, is_html) for each prose field of a ninjs story."""
    for key, value in story:
        if key in ("headline", "body_text") and isinstance(value, _String):
            yield value, False
        elif key == "body_html" and isinstance(value, _String):
            yield value, True
        elif key in ("headlines", "bodies") and isinstance(value, list):
            for entry in value:
                if isinstance(entry, _Object):
                    fields = dict(entry)
                    text = fields.get("value")
                    if isinstance(text, _String):
                        yield text, "html" in str(fields.get("contenttype", "")).lower()


def extract(source: str, path: str) -> Extract:
    try:
        story = json.loads(source, object_pairs_hook=_Object)
    except json.JSONDecodeError as e:
        raise InputError(f"{path}:{e.lineno}:{e.colno}: invalid JSON: {e.msg}") from None
    prose = Prose("ninjs", source)
    html_spans: list[tuple[int, int]] = []
    if isinstance(story, _Object):
        story, _ = _locate(story, [m.start() for m in _STRING.finditer(source)], 0)
        for value, is_html in sorted(_fields(story), key=lambda f: f[0].at):
            text, offsets, escapes = decode_string(source, value.at)
            part = Prose("ninjs", text)
            if is_html:
                HtmlText(part).feed(0, len(text))
                html_spans.append((value.at, offsets[-1]))
            else:
                part.lines(0, len(text))
            splice(prose, part, offsets, escapes)
    ext = prose.extract()

    def escape(offset: int, text: str) -> str | None:
        if any(s <= offset <= e for s, e in html_spans) and any(c in text for c in "&<>"):
            return None
        return json.dumps(text, ensure_ascii=False)[1:-1]

    ext.escape = escape
    return ext


def splice(prose: Prose, part: Prose, offsets: list[int], escapes: list[int]) -> None:
    """Append a string's prose (offsets into the decoded string) with offsets into the JSON source.

    Runs copied verbatim from the string map to verbatim runs of the source, split at its escapes."""
    prose.block()
    i = 0
    for piece in part.parts:
        n, o = len(piece), part.offsets[i]
        if n > 1 and i not in part.widths and part.offsets[i + n - 1] == o + n - 1:
            for k in range(bisect_left(escapes, o), bisect_left(escapes, o + n)):
                e = escapes[k]
                prose.verbatim(offsets[o], offsets[e])
                prose.decoded(piece[e - o], offsets[e], offsets[e + 1] - offsets[e])
                piece, o = piece[e + 1 - o :], e + 1
            prose.verbatim(offsets[o], offsets[o] + len(piece))
        else:
            for j, ch in enumerate(piece):
                c = part.offsets[i + j]
                prose.decoded(ch, offsets[c], offsets[c + part.widths.get(i + j, 1)] - offsets[c])
        i += n
    prose.directives.extend(Directive(d.kind, d.codes, offsets[d.offset]) for d in part.directives)
    prose.block()
