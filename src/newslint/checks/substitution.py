from __future__ import annotations

from ..diagnostics import Edit, Fix
from .base import PackRule, keep_case


class SubstitutionCheck(PackRule):
    """Swap map: each `swap` key (a pattern) found in the text should read as its value."""

    def check(self, doc):
        spec = self.spec
        fix_spec = spec.get("fix", {})
        for pattern, replacement in spec["_swaps"]:
            for m in pattern.finditer(doc.text):
                found = m.group()
                if not found or not self.in_scope(doc, m.start(), m.end()):
                    continue
                wanted = keep_case(found, m.expand(replacement))
                if wanted == found:
                    continue
                title = fix_spec.get("title", "Replace '{match}' with '{replacement}'").format(
                    match=found, replacement=wanted)
                fix = Fix(title, (Edit(m.start(), m.end(), wanted),), fix_spec.get("applicability", "safe"))
                yield self.report(m.start(), m.end(), self.message(match=found, found=found, replacement=wanted), fix)
