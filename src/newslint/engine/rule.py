"""The Rule base class: metadata, options, documentation and `report()`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from ..diagnostics import SEVERITIES, Diagnostic, Fix
from ..lazy_regex import lazy

CATEGORIES = ("quotes", "attribution", "pronoun", "repetition", "numbers", "dates", "residue",
              "typography", "consistency", "grammar", "style")
# Code prefix of each family (see STYLE.md): a rule's code must match its category.
PREFIXES = {"quotes": "QT", "attribution": "AT", "pronoun": "PN", "repetition": "RP", "numbers": "NM",
            "dates": "DT", "residue": "RS", "typography": "TY", "consistency": "CN", "grammar": "GR",
            "style": "ST"}
_CODE = lazy(r"^[A-Z]{2}\d{2}$")
_NAME = lazy(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Option:
    """A per-rule option set in `[tool.newslint.rules.<CODE>]`."""

    type: type
    default: Any
    help: str = ""

    def validate(self, key: str, value: Any) -> Any:
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if isinstance(value, self.type) and (self.type is bool or not isinstance(value, bool)):
            return value
        raise ValueError(f"option {key!r} must be {self.type.__name__}, not {type(value).__name__}")


@dataclass(frozen=True)
class RuleDoc:
    summary: str
    why: str = ""
    examples: tuple[str, ...] = ()  # copy the rule flags
    better: tuple[str, ...] = ()  # copy it leaves alone
    fix_safety: str = ""


class Rule:
    """Subclass, set the class attributes, write the docstring and implement `check(doc)`.

    The docstring is the rule's documentation: a summary line, then `## Why`, `## Example`
    (one flagged snippet per line), `## Better` (one clean snippet per line) and, for fixable
    rules, `## Fix safety`.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[str] = "warning"
    # Words inside quotation marks are the speaker's: "exclude" drops findings that lie in a quotation.
    quoted: ClassVar[str] = "include"
    fixable: ClassVar[bool] = False
    default_enabled: ClassVar[bool] = True
    options: ClassVar[dict[str, Option]] = {}

    def __init__(self, severity: str | None = None, options: dict | None = None, config=None):
        self.effective_severity = severity or self.severity
        self.opts = _Options({k: o.default for k, o in self.options.items()} | (options or {}))
        self.config = config  # the resolved Config, for rules that read house style

    # -- to implement -----------------------------------------------------------------------

    def check(self, doc):  # pragma: no cover - abstract
        raise NotImplementedError

    # -- helpers --------------------------------------------------------------------------------

    def report(self, start: int, end: int, message: str, fix: Fix | None = None,
               severity: str | None = None) -> Diagnostic:
        return Diagnostic(self.code, self.name, self.category, severity or self.effective_severity,
                          message, start, end, fix)

    @classmethod
    def doc(cls) -> RuleDoc:
        return parse_docstring(cls.__doc__ or "")

    @classmethod
    def validate_class(cls) -> None:
        """Reject a rule whose metadata breaks the conventions (called by the registry)."""
        problems = []
        if not _CODE.match(getattr(cls, "code", "")):
            problems.append("code must be two capitals and two digits")
        elif PREFIXES.get(getattr(cls, "category", "")) not in (cls.code[:2], None) and not cls.code.startswith("X"):
            problems.append(f"code {cls.code} does not match category {cls.category!r}")
        if getattr(cls, "category", None) not in CATEGORIES:
            problems.append(f"unknown category {getattr(cls, 'category', None)!r}")
        if not _NAME.match(getattr(cls, "name", "")):
            problems.append("name must be kebab-case")
        if cls.severity not in SEVERITIES:
            problems.append(f"unknown severity {cls.severity!r}")
        if not cls.doc().summary:
            problems.append("a rule needs a summary (the first line of its docstring)")
        if problems:
            raise TypeError(f"rule {cls.__name__}: " + "; ".join(problems))


class _Options(dict):
    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError as e:
            raise AttributeError(key) from e


def parse_docstring(text: str) -> RuleDoc:
    lines = [ln.strip() for ln in text.strip().splitlines()]
    summary = lines[0] if lines else ""
    sections: dict[str, list[str]] = {}
    current = None
    for line in lines[1:]:
        if line.startswith("## "):
            current = line[3:].strip().lower()
            sections[current] = []
        elif current is not None:
            sections[current].append(line)
    def para(key):
        return " ".join(ln for ln in sections.get(key, []) if ln).strip()
    def items(key):
        return tuple(ln for ln in sections.get(key, []) if ln)
    return RuleDoc(summary, para("why"), items("example"), items("better"), para("fix safety"))
