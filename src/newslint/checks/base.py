"""What every YAML check kind shares: scope filtering, messages, case keeping, docs from data."""

from __future__ import annotations

from typing import ClassVar

from ..engine.rule import Rule, RuleDoc

SCOPES = ("all", "inside-quotes", "outside-quotes", "sentence-start")


class PackRule(Rule):
    """Base of rules declared in YAML; subclasses are made by `packs.build_rule`."""

    spec: ClassVar[dict] = {}
    rule_doc: ClassVar[RuleDoc]
    source: ClassVar[str] = ""  # "pack.yml:line" for messages

    @classmethod
    def doc(cls) -> RuleDoc:
        return cls.rule_doc

    def in_scope(self, doc, start: int, end: int) -> bool:
        scope = self.spec.get("scope", "all")
        if scope == "inside-quotes":
            return doc.in_quotation(start, end)
        if scope == "outside-quotes":
            return not doc.overlaps_quotation(start, end)
        if scope == "sentence-start":
            s = doc.sentence_at(start)
            return s is not None and s.start == start
        return True

    def message(self, **values) -> str:
        try:
            return self.spec["message"].format(**values)
        except (KeyError, IndexError, ValueError):
            return self.spec["message"]


def keep_case(found: str, replacement: str) -> str:
    """Give the replacement the found text's case: "Whilst" -> "While", "WHILST" -> "WHILE"."""
    if found.isupper() and len(found) > 1 and replacement.islower():
        return replacement.upper()
    if found[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
