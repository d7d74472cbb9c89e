"""Run rules over a Document: collect, filter quoted findings, sort, deduplicate."""

from __future__ import annotations

import os
import re
import sys

from ..diagnostics import Diagnostic
from ..document import Document
from ..lazy_regex import lazy
from ..packs import PatternTimeout

_SIC = lazy(r"\s*[\[(]sic[\])]", re.IGNORECASE)


def silenced_by_sic(doc: Document, d: Diagnostic) -> bool:
    """`[sic]` right after a finding's text says the writer meant it: the finding is dropped."""
    return _SIC.match(doc.text, d.end) is not None


def run_rules(doc: Document, rules) -> list[Diagnostic]:
    has_sic = "sic" in doc.text
    found: list[Diagnostic] = []
    for rule in rules:
        try:
            for d in rule.check(doc):
                if rule.quoted == "exclude" and doc.in_quotation(d.start, max(d.end, d.start + 1)):
                    continue
                if rule.quoted == "only" and not doc.in_quotation(d.start, max(d.end, d.start + 1)):
                    continue
                if has_sic and silenced_by_sic(doc, d):
                    continue
                found.append(d)
        except RecursionError:
            print(f"newslint: warning: rule {rule.code} gave up on {doc.path} (input too deeply nested)", file=sys.stderr)
        except PatternTimeout as e:
            print(f"newslint: warning: rule {rule.code} skipped on {doc.path}: its pattern {e} took too long",
                  file=sys.stderr)
        except Exception as e:  # noqa: BLE001 - one broken rule must not cost the file its other findings
            if os.environ.get("NEWSLINT_DEBUG"):
                raise
            print(f"newslint: warning: rule {rule.code} failed on {doc.path} ({type(e).__name__}: {e}); "
                  "its findings are missing (run with --debug for the traceback)", file=sys.stderr)
    # Each rule reports in text order, mostly: sorting the rules' runs, once rid of duplicates (keeping the
    # order), is close to linear, where sorting a set's arbitrary order is not.
    return sorted(dict.fromkeys(found), key=Diagnostic.sort_key)
