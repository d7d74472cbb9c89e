"""The LanguageTool backend, through language-tool-python: a server (--languagetool-url) or a local install.

The text goes in batches of whole paragraphs that respect the server's size limit (the public API takes
20,000 characters a request; a self-hosted server says its own limit when a batch is too long, and the
batches shrink to it). Offsets come back per batch, in UTF-16 code units, and are mapped to the story.
"""

from __future__ import annotations

import re
import time

from ..errors import NewslintError
from ..lazy_regex import lazy
from . import Candidate, dialect, finding, kebab

INSTALL = "LanguageTool support is not installed: pip install 'newslint[languagetool]'"
BATCH = 20_000  # characters a request: the public API's limit, and a safe size for a self-hosted server
MIN_BATCH = 200  # below this a server's limit is not worth batching for
# LanguageTool's issue types that are mistakes (warnings); the rest (style, register, ...) are info.
MISTAKES = {"misspelling", "grammar", "typographical", "duplication", "inconsistency", "untranslated",
            "mistranslation", "omission", "addition"}

_tools: dict = {}
_failed: dict[str, tuple[float, str]] = {}  # where -> (when, error line): a dead server fails fast for a while
RETRY_AFTER = 30.0  # seconds before a failed server is tried again (a long-lived process may outlive the outage)
_batch_size: dict = {}  # where -> the batch size the server accepted


def candidates(doc, config):
    tool = _tool(config.languagetool_url, "en-GB" if dialect(doc, config) == "british" else "en-US")
    for offset, match in _check(tool, doc.text, config.languagetool_url):
        start = offset + match.offset
        end = _utf16_end(doc.text, start, match.error_length)
        choices = [(start, end, r) for r in match.replacements]
        issue = match.rule_issue_type
        d = finding("LT", match.rule_id, kebab(match.rule_id), "warning" if issue in MISTAKES else "info",
                    match.message, doc, start, end, choices)
        yield Candidate(d, spelling=issue == "misspelling")


def _where(url: str | None) -> str:
    return url or "the local LanguageTool install"


def _tool(url: str | None, language: str):
    key = (url, language)
    if key in _tools:
        return _tools[key]
    when, line = _failed.get(_where(url), (float("-inf"), ""))
    if time.monotonic() - when < RETRY_AFTER:
        raise NewslintError(line)
    try:
        import language_tool_python
    except ImportError:
        raise NewslintError(INSTALL) from None
    try:
        if url:
            tool = language_tool_python.LanguageTool(language, remote_server=_server_root(url))
        else:
            tool = language_tool_python.LanguageTool(language, language_tool_download_version=_local_version())
    except (language_tool_python.exceptions.LanguageToolError, OSError, ValueError, KeyError, TypeError) as e:
        raise _unreachable(url, e) from None  # LanguageToolError covers a dead server, no Java, a bad reply
    _tools[key] = tool
    return tool


def _server_root(url: str) -> str:
    """language-tool-python adds /v2/ itself: accept http://host:8081, .../v2 and .../v2/check alike."""
    url = url.strip().rstrip("/")
    url = re.sub(r"/v2(?:/check)?$", "", url)
    return url + "/"


def _local_version() -> str:
    """The installed LanguageTool's version; never a download (that is a 250 MB surprise)."""
    import os

    from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION, LocalLanguageTool

    if os.environ.get("LTP_JAR_DIR_PATH"):
        return LTP_DOWNLOAD_VERSION
    installed = LocalLanguageTool.get_latest_installed_version()
    if installed is None:
        raise _failed_with(None, "no LanguageTool server given and no local LanguageTool found: pass "
                                 "--languagetool-url http://localhost:8081 (or set languagetool-url in the configuration)")
    return installed.version_name


def _check(tool, text: str, url: str | None):
    """(batch offset, match) for every match; batches shrink to the limit a server states on a long one."""
    from language_tool_python.exceptions import LanguageToolError

    while True:
        size = _batch_size.get(_where(url), BATCH)
        try:
            return [(start, m) for start, end in batches(text, size) for m in tool.check(text[start:end])]
        except (LanguageToolError, OSError, KeyError, TypeError) as e:
            limit = _stated_limit(e)
            if limit is None or limit >= size or size <= MIN_BATCH:
                raise _unreachable(url, e) from None
            _batch_size[_where(url)] = max(MIN_BATCH, limit)


_LIMIT = lazy(r"limit of ([\d,.]+) characters")


def _stated_limit(error: Exception) -> int | None:
    """LanguageTool's "Your text exceeds the limit of 10000 characters" as a number (with some slack)."""
    m = _LIMIT.search(str(error))
    return int(re.sub(r"\D", "", m.group(1))) * 9 // 10 if m else None


_PARAGRAPH_END = lazy(r"\n\s*\n")
_SENTENCE_END = lazy(r"[.!?…][\"”’»)]*\s+")


def batches(text: str, size: int):
    """(start, end) spans covering `text`, each at most `size` long, cut at paragraph breaks if it can,
    else at sentence ends, else at a space: LanguageTool never sees half a sentence it could see whole."""
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = _last_end(_PARAGRAPH_END, window) or _last_end(_SENTENCE_END, window) or window.rfind(" ") + 1 or size
        yield start, start + cut
        start += cut
    if start < len(text):
        yield start, len(text)


def _last_end(pattern: re.Pattern, window: str) -> int:
    last = 0
    for m in pattern.finditer(window):
        last = m.end()
    return last


def _utf16_end(text: str, start: int, length: int) -> int:
    """The end of a match whose length LanguageTool counts in UTF-16 code units (emoji count twice)."""
    end = start
    while length > 0 and end < len(text):
        length -= 2 if ord(text[end]) > 0xFFFF else 1
        end += 1
    return end


def _unreachable(url: str | None, error: Exception) -> NewslintError:
    """One line, whatever the library's error looked like (a connection pool's repr, an HTML error page)."""
    text = str(error)
    if re.search(r"Connection refused|Failed to establish|NewConnectionError", text):
        reason = "connection refused"
    elif re.search(r"timed? ?out", text, re.IGNORECASE):
        reason = "timed out"
    elif re.search(r"Name or service not known|nodename nor servname|getaddrinfo", text):
        reason = "unknown host"
    else:
        reason = None
        detail = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)).strip()[:160] or type(error).__name__
    if not url:
        line = f"the local LanguageTool could not be started: {reason or detail}"
    elif reason:
        line = f"LanguageTool is not reachable at {url}: {reason} (is the server running? see --languagetool-url)"
    else:
        line = f"LanguageTool at {url} failed: {detail}"
    return _failed_with(url, line)


def _failed_with(url: str | None, line: str) -> NewslintError:
    _failed[_where(url)] = (time.monotonic(), line)
    return NewslintError(line)
