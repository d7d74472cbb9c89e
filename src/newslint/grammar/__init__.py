"""Optional grammar and spelling backends: LanguageTool (a server) and Harper (embedded, offline).

`grammar_findings` runs the configured backend over a Document and turns what it reports into
Diagnostics in category `grammar` (codes `LT-<RULE_ID>` / `GR-<Kind>`), then keeps out what newslint
itself already said, spelling complaints about the story's own names, opinions nobody asked for,
and whatever the selection ignores. Backends are imported only here, and this package only when a
backend is asked for.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from ..diagnostics import Diagnostic, Edit, Fix
from ..errors import NewslintError
from ..lazy_regex import lazy

CATEGORY = "grammar"
MAX_CHOICES = 5  # replacements listed in a display fix
MAX_QUOTED = 40  # characters of the found text quoted in a message


class Candidate(NamedTuple):
    """A backend finding before filtering."""

    diagnostic: Diagnostic
    spelling: bool = False  # a dictionary complaint: dropped on the story's own names
    opinion: bool = False  # off unless a selector names it (GR-Style, GR-LongSentences)


def grammar_findings(doc, found: list[Diagnostic], config) -> list[Diagnostic]:
    """The configured backend's findings on `doc` that newslint did not already report."""
    if config.grammar == "languagetool":
        from .languagetool import candidates
    elif config.grammar == "offline":
        from .offline import candidates
    else:
        raise NewslintError(f"unknown grammar backend {config.grammar!r} (choose languagetool, offline or none)")
    select = Selection(config, doc.path)
    out = []
    for c in candidates(doc, config):
        d = c.diagnostic
        if c.spelling and looks_like_name(doc, d.start, d.end):
            continue
        if repeats(doc, d, found) or not select.keeps(d, c.opinion) or select.allowed(doc, d):
            continue
        out.append(select.with_severity(d))
    return out


# ---------------------------------------------------------------------------------------------
# Building findings


def finding(prefix: str, rule: str, name: str, severity: str, message: str, doc, start: int, end: int,
            choices) -> Diagnostic:
    """A grammar Diagnostic: one replacement is an unsafe fix, several are listed in a display fix.

    `choices` are (start, end, text) edits, one per alternative.
    """
    found = doc.text[start:end]
    message = message.strip().replace("`", "'")
    if found.strip() and not any(f"{a}{found}{b}" in message for a, b in ("''", "‘’", "“”", '""')):
        quoted = found if len(found) <= MAX_QUOTED else found[: MAX_QUOTED - 1] + "…"
        message = f"{message.rstrip('.')} ('{quoted}')"
    return Diagnostic(f"{prefix}-{rule}", name, CATEGORY, severity, message, start, end, _fix(doc, choices))


def _fix(doc, choices) -> Fix | None:
    choices = [c for c in dict.fromkeys(choices) if doc.text[c[0]:c[1]] != c[2] or c[0] == c[1] and c[2]]
    if not choices:
        return None
    if len(choices) == 1:
        s, e, text = choices[0]
        return Fix.unsafe(_title(doc, s, e, text), [Edit(s, e, text)])
    shown = ", ".join(f"'{t}'" for _, _, t in choices[:MAX_CHOICES])
    more = f" (or {len(choices) - MAX_CHOICES} more)" if len(choices) > MAX_CHOICES else ""
    return Fix.display(f"Replace with one of {shown}{more}")


def _title(doc, start: int, end: int, text: str) -> str:
    if start == end:
        return f"Insert '{text}'"
    if not text:
        return f"Delete '{doc.text[start:end]}'"
    return f"Replace with '{text}'"


def kebab(rule_id: str) -> str:
    """EN_A_VS_AN -> en-a-vs-an, LongSentences -> long-sentences."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "-", rule_id)
    return re.sub(r"[^a-z0-9]+", "-", spaced.lower()).strip("-")


# ---------------------------------------------------------------------------------------------
# Filtering

_WORD = lazy(r"[^\W_]+(?:['’\-.][^\W_]+)*")  # a word with its hyphenated or dotted parts


def looks_like_name(doc, start: int, end: int) -> bool:
    """The span lies in a word with a capital or a digit, or in an address: a name, an acronym, a unit, a web
    address (Yukos, al-Sadr, G7, 5bn, www.example.cz).

    A misspelt common word at the start of a sentence is lost this way: precision first.
    """
    word = doc.text[start:end]
    for m in _WORD.finditer(doc.text, max(0, start - 60), min(len(doc.text), end + 60)):
        if m.start() <= start and m.end() >= end:
            word = m.group()
            break
    if "." in word or any(ch.isupper() or ch.isdigit() for ch in word) or doc.text[end:end + 1] in ("@", "/"):
        return True
    return _in_named_entity(doc, start, end)


def _in_named_entity(doc, start: int, end: int) -> bool:
    """Inside a name newslint's entity model found ("Osama bin Laden")."""
    try:
        from ..entities import entities
    except ImportError:  # the entity model is another family's; grammar works without it
        return False
    return any(m.start <= start and end <= m.end for m in entities(doc).between(max(0, start - 80), end))


_WORDY = lazy(r"\w")


def repeats(doc, d: Diagnostic, found: list[Diagnostic]) -> bool:
    """newslint already reported this span (give or take spaces and punctuation at its edges)."""
    for f in found:
        lo, hi = max(d.start, f.start), min(d.end, f.end)
        if lo > hi or (lo == hi and not (d.start == d.end == f.start == f.end)):
            continue
        outer_lo, outer_hi = min(d.start, f.start), max(d.end, f.end)
        if not _WORDY.search(doc.text, outer_lo, lo) and not _WORDY.search(doc.text, hi, outer_hi):
            return True
    return False


_GRAMMAR_KEY = lazy(r"(?i)grammar|(?:gr|lt)(?:-\S+)?")


class Selection:
    """--select / --ignore / --extend-select, per-file-ignores, severity and allow, for grammar findings.

    Selectors: `grammar`, `GR` / `LT` (a backend), `GR-<Kind>` / `LT-<RULE_ID>` (a code), `GR-<HarperRule>`
    (one Harper rule, by its name). A select with no grammar selector in it leaves grammar findings alone:
    --grammar asked for them. Opinions (style, long sentences) appear only when a code or rule names them.
    """

    def __init__(self, config, path: str):
        self.config = config
        ignore = list(config.ignore)
        if path and not path.startswith("<"):
            from ..config import _relative

            rel = _relative(path, config)
            for glob, codes in config.per_file_ignores:
                if fnmatch.fnmatch(rel, glob) or fnmatch.fnmatch(Path(path).name, glob):
                    ignore.extend(codes)
        self.ignore = ignore
        chosen = [*(config.select or ()), *config.extend_select]
        self.select = chosen if any(_GRAMMAR_KEY.fullmatch(k.strip()) for k in config.select or ()) else None
        self.named = chosen

    def keeps(self, d: Diagnostic, opinion: bool) -> bool:
        if any(match(k, d) for k in self.ignore):
            return False
        if self.select is not None and not any(match(k, d) for k in self.select):
            return False
        return not opinion or any(match(k, d) == "named" for k in self.named)

    def with_severity(self, d: Diagnostic) -> Diagnostic:
        for key, value in self.config.severity:
            if match(key, d):
                return replace(d, severity=value)
        return d

    def allowed(self, doc, d: Diagnostic) -> bool:
        """A configured known false positive: allow = [{rule = "GR-Spelling", sentence = "regex"}]."""
        for rule, pattern in self.config.allow:
            if match(rule, d):
                s = doc.sentence_at(d.start)
                if re.search(pattern, doc.text[s.start:s.end] if s else doc.text[d.start:d.end]):
                    return True
        return False


def match(key: str, d: Diagnostic) -> str | None:
    """How selector `key` covers finding `d`: "named" (its code or rule), "broad" (a group), or None."""
    key = key.strip()
    low = key.lower()
    prefix = d.code.split("-", 1)[0].lower()
    if low in ("all", CATEGORY) or low == prefix:
        return "broad"
    head, _, rest = low.partition("-")
    if head == prefix and rest and (low == d.code.lower() or kebab(key.partition("-")[2]) == d.name):
        return "named"
    return None


# ---------------------------------------------------------------------------------------------
# Dialect: British or American spelling, from the house style or the story itself

_STEMS_OUR = r"(?:colo|favo|labo|hono|behavio|neighbo|harbo|rumo|humo|vigo|endeavo|flavo|savo|armo|fervo)"
_STEMS_ISE = (r"(?:organi|recogni|reali|critici|apologi|authori|emphasi|privati|moderni|minimi|maximi|stabili|"
              r"normali|subsidi|utili|categori|characteri|legali|civili|finali|capitali|globali|industriali|"
              r"prioriti|summari|sympathi|harmoni|memori|speciali|standardi|centrali|decentrali|democrati|"
              r"liberali|nationali|penali|jeopardi|mobili|neutrali|optimi|revolutioni|scrutini|terrori)")
_BRITISH = lazy(rf"(?i)\b(?:{_STEMS_OUR}ur(?:s|ed|ing|ite|ites|able)?|{_STEMS_ISE}s(?:e|es|ed|ing|ation|ations)"
                      r"|centre|centres|theatre|theatres|litres?|defence|offence|programmes?|travell(?:ed|er|ers|ing)"
                      r"|cancell(?:ed|ing)|catalogue|dialogue|whilst|grey|tyres?|kerb|cheque|aluminium|licence)\b")
_AMERICAN = lazy(rf"(?i)\b(?:{_STEMS_OUR}r(?:s|ed|ing|ite|ites|able)?|{_STEMS_ISE}z(?:e|es|ed|ing|ation|ations)"
                       r"|center|centers|theater|theaters|liters?|defense|offense|traveled|traveler|travelers|traveling"
                       r"|canceled|canceling|catalog|gray|aluminum)\b")


def dialect(doc, config) -> str:
    """"british" or "american": the house style's, else the story's majority spelling (American on a tie)."""
    if "british" in config.house_style:
        return "british"
    if "ap" in config.house_style:
        return "american"
    return doc.cached("grammar.dialect", _story_dialect)


def _story_dialect(doc) -> str:
    british = sum(1 for _ in _BRITISH.finditer(doc.text))
    american = sum(1 for _ in _AMERICAN.finditer(doc.text))
    return "british" if british > american else "american"
