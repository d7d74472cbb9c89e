from __future__ import annotations

from ..diagnostics import Fix
from .base import PackRule


class ExistenceCheck(PackRule):
    """Flag every occurrence of a word or pattern (`tokens`), less its `exceptions`."""

    def check(self, doc):
        pattern, exceptions = self.spec["_pattern"], self.spec["_exceptions"]
        for m in pattern.finditer(doc.text):
            found = m.group()
            if not found or (exceptions and exceptions.fullmatch(found)):
                continue
            if not self.in_scope(doc, m.start(), m.end()):
                continue
            fix = None
            if "fix" in self.spec and "replacement" in self.spec["fix"]:
                f = self.spec["fix"]
                fix = _fix(f, found, m.expand(f["replacement"]), m.start(), m.end())
            yield self.report(m.start(), m.end(), self.message(match=found, found=found), fix)


def _fix(spec, found, replacement, start, end):
    from ..diagnostics import Edit

    title = spec.get("title", "Replace '{match}' with '{replacement}'").format(match=found, replacement=replacement)
    return Fix(title, (Edit(start, end, replacement),), spec.get("applicability", "safe"))
