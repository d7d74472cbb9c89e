from __future__ import annotations

from ..diagnostics import Edit, Fix
from .base import PackRule, keep_case


class ConsistencyCheck(PackRule):
    """Two or more spellings of one thing in one document: flag the minority.

    `either` is a list of groups, each mapping a spelling to the pattern that finds it.
    The preferred spelling is the configured one (`prefer`) when present in the group,
    else the one the document uses most (first listed on a tie).
    """

    def check(self, doc):
        spec = self.spec
        fix_spec = spec.get("fix", {})
        prefer = list(self.opts.get("prefer") or spec.get("prefer") or [])
        for group in spec["_groups"]:
            hits = {form: [m for m in pattern.finditer(doc.text) if self.in_scope(doc, m.start(), m.end())]
                    for form, pattern in group}
            used = [form for form, ms in hits.items() if ms]
            forms = [form for form, _ in group]
            preferred = next((f for f in forms if f in prefer), None)  # house style wins
            if preferred is None:
                if len(used) < 2:
                    continue
                preferred = max(used, key=lambda f: (len(hits[f]), -forms.index(f)))
            for form in used:
                if form == preferred:
                    continue
                for m in hits[form]:
                    wanted = keep_case(m.group(), preferred)
                    title = fix_spec.get("title", "Use '{majority}'").format(majority=preferred, found=m.group())
                    fix = Fix(title, (Edit(m.start(), m.end(), wanted),), fix_spec.get("applicability", "safe"))
                    msg = self.message(found=m.group(), match=m.group(), majority=preferred, preferred=preferred,
                                       count=len(hits[preferred]))
                    yield self.report(m.start(), m.end(), msg, fix)
