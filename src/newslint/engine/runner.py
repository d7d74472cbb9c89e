"""Run rules over a Document: collect, filter quoted findings, sort, deduplicate."""

from __future__ import annotations

import sys

from ..diagnostics import Diagnostic
from ..document import Document


def run_rules(doc: Document, rules) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for rule in rules:
        try:
            for d in rule.check(doc):
                if rule.quoted == "exclude" and doc.in_quotation(d.start, max(d.end, d.start + 1)):
                    continue
                if rule.quoted == "only" and not doc.in_quotation(d.start, max(d.end, d.start + 1)):
                    continue
                found.append(d)
        except RecursionError:
            print(f"newslint: warning: rule {rule.code} gave up on {doc.path} (input too deeply nested)", file=sys.stderr)
    return sorted(set(found), key=Diagnostic.sort_key)
