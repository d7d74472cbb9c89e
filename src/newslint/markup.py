"""Input formats: turn a source file into the prose rules read, with a map back to source offsets.

Plain text is its own prose. Other formats (Markdown, HTML, NITF, NewsML-G2, ninjs) extract their
prose into `Extract.text`; `Extract.offsets[i]` is the source offset of prose character i (one extra
entry for the end), so every finding and fix maps back to the source file's lines and columns.
The formats live in newslint/inputs/, one module each, imported only when a file needs one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module

from .errors import InputError  # noqa: F401  (adapters raise it for malformed files)
from .lazy_regex import lazy


@dataclass(frozen=True)
class Directive:
    """An inline control comment: `<!-- newslint-disable QT01 -->` and friends."""

    kind: str  # "disable" | "enable" | "disable-next-line"
    codes: tuple[str, ...]  # empty: every rule
    offset: int  # in the source


@dataclass
class Extract:
    text: str
    offsets: list[int] | None = None  # None: the prose is the source itself
    directives: list[Directive] = field(default_factory=list)
    format: str = "text"
    # Source width of the prose characters that are not one source character each: a decoded reference or
    # escape (&amp;, \u201c), a placeholder for skipped code, 0 for an inserted paragraph break. Others: 1.
    widths: dict[int, int] = field(default_factory=dict)
    source: str | None = None
    # How a fix's replacement text is written at a source offset (JSON and XML escapes); None: as it is.
    escape: Callable[[int, str], str | None] | None = None

    def to_source(self, i: int) -> int:
        return i if self.offsets is None else self.offsets[i]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        if self.offsets is None:
            return start, end
        s = self.offsets[start]
        if end <= start:
            return s, s
        return s, max(s, self.offsets[end - 1] + self.widths.get(end - 1, 1))

    def source_edit(self, start: int, end: int, text: str) -> tuple[int, int, str] | None:
        """A fix's edit on the prose as an edit on the source; None when the prose span is not a plain copy
        of the source (markup, a reference or an escape inside it) or the text cannot be written there."""
        if self.offsets is None:
            return start, end, text
        s, _ = self.source_span(start, end)
        offsets, widths, source = self.offsets, self.widths, self.source
        for i in range(start, end):
            if offsets[i] != s + i - start or i in widths or (source is not None and source[offsets[i]] != self.text[i]):
                return None
        if self.escape is not None:
            text = self.escape(s, text)
            if text is None:
                return None
        return s, s + end - start, text


_DIRECTIVE = lazy(r"<!--\s*newslint-(disable-next-line|disable|enable)\b([^>]*?)-->")


def find_directives(source: str) -> list[Directive]:
    if "newslint-" not in source:
        return []
    return [Directive(m.group(1), tuple(c.strip().upper() for c in re.split(r"[,\s]+", m.group(2)) if c.strip()),
                      m.start()) for m in _DIRECTIVE.finditer(source)]


# format -> (module in newslint.inputs, extensions)
FORMATS: dict[str, tuple[str, tuple[str, ...]]] = {
    "markdown": ("markdown", (".md", ".markdown")),
    "html": ("html", (".html", ".htm", ".xhtml")),
    "nitf": ("newsxml", (".nitf",)),
    "xml": ("newsxml", (".xml",)),  # NITF or NewsML-G2, told apart by the root element
    "ninjs": ("ninjs", (".json",)),
}
FORMAT_EXTENSIONS: dict[str, tuple[str, ...]] = {fmt: exts for fmt, (_, exts) in FORMATS.items()}
TEXT_EXTENSIONS = (".txt", ".text")
# Where an unnamed input says what it is (read from its first few kilobytes).
_SNIFF = 8192
_XML_ROOT = lazy(r"\A(?:\ufeff)?\s*(?:<\?xml[^>]*>\s*)?(?:(?:<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)\s*)*"
                       r"<(?:[\w.-]+:)?(nitf|newsItem|newsMessage|packageItem|conceptItem)\b", re.S)
_NINJS_KEY = lazy(r'"(?:headline|headlines|body_text|body_html|bodies)"\s*:')
_HTML_START = lazy(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|p|div|h[1-6]|article|section|ul|ol"
                         r"|table|blockquote|meta|title)\b", re.I | re.S)
_HTML_PAIR = lazy(r"<(p|div|h[1-6]|li|blockquote)\b[^<>]*>[^<>]*</\1\s*>", re.I)
_MARKDOWN = lazy(r"\A(?:---|\+\+\+)[ \t]*\r?\n|^ {0,3}(?:#{1,6}[ \t]+[^\s#]|```|~~~)|\[[^\]\n]+\]\([^)\s]+\)"
                       r"|^ {0,3}\[[^\]\n]+\]:[ \t]*\S", re.M)


def detect_format(path: str, source: str) -> str:
    """By extension; by content for standard input (`-`) and unknown extensions. `<text>` (the library API with
    no file name) is plain text."""
    lower = path.lower()
    if lower.endswith(TEXT_EXTENSIONS) or path == "<text>":
        return "text"
    for fmt, exts in FORMAT_EXTENSIONS.items():
        if lower.endswith(exts):
            return fmt
    return sniff(source)


def sniff(source: str) -> str:
    """The format of a text by its content: ninjs, NITF / NewsML-G2, HTML, Markdown, else plain text."""
    head = source[:_SNIFF]
    start = head.lstrip("\ufeff \t\r\n")[:1]
    if start == "{" and _NINJS_KEY.search(source):
        return "ninjs"
    if start == "<":
        if _XML_ROOT.match(head):
            return "xml"
        if _HTML_START.match(head):
            return "html"
    if _MARKDOWN.search(head):
        return "markdown"
    if len(_HTML_PAIR.findall(head)) >= 2:
        return "html"
    return "text"


def looks_like_news(path: str) -> bool:
    """For a directory walk: .json and .xml files only when they are ninjs, NITF or NewsML-G2 (not package.json)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            head = f.read(65536 if path.lower().endswith(".json") else _SNIFF)
    except OSError:
        return True  # let the check report why it cannot be read
    if path.lower().endswith(".json"):
        return head.lstrip("\ufeff \t\r\n").startswith("{") and bool(_NINJS_KEY.search(head))
    return bool(_XML_ROOT.match(head))


def extract(source: str, path: str) -> Extract:
    fmt = detect_format(path, source)
    if fmt == "text":
        return Extract(source, None, find_directives(source), fmt)
    return import_module(f".inputs.{FORMATS[fmt][0]}", __package__).extract(source, path)
