"""SARIF 2.1.0: rule metadata, regions in code points, stable fingerprints, fixes."""

from __future__ import annotations

import json

from .. import __version__
from ..document import LineIndex
from ..fingerprint import fingerprints

LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _rules(codes):
    from ..docs import rule_page
    from ..engine.registry import all_rules

    registry = all_rules()
    out = []
    for code, name in sorted(codes):
        cls = registry.get(code)
        if cls is None:  # grammar backends make codes that are not registered rules
            out.append({"id": code, "name": name, "shortDescription": {"text": name}})
            continue
        out.append({"id": code, "name": cls.name, "shortDescription": {"text": cls.doc().summary},
                    "fullDescription": {"text": cls.doc().why or cls.doc().summary},
                    "help": {"text": rule_page(cls), "markdown": rule_page(cls)},
                    "defaultConfiguration": {"level": LEVEL[cls.severity]},
                    "properties": {"category": cls.category, "fixable": cls.fixable}})
    return out


def _region(index: LineIndex, start: int, end: int) -> dict:
    (l1, c1), (l2, c2) = index.position(start), index.position(end)
    return {"startLine": l1, "startColumn": c1, "endLine": l2, "endColumn": c2, "charOffset": start,
            "charLength": end - start}


def render(results, ctx) -> str:
    results = sorted(results, key=lambda r: r.path)
    codes = {(d.code, d.name) for r in results for d in r.diagnostics}
    rules = _rules(codes)
    rule_index = {rule["id"]: i for i, rule in enumerate(rules)}
    out = []
    for result in results:
        index = LineIndex(result.text)
        location = {"uri": result.path}
        for d, fp in zip(result.diagnostics, fingerprints(result.text, result.diagnostics), strict=True):
            item = {"ruleId": d.code, "ruleIndex": rule_index[d.code], "level": LEVEL[d.severity],
                    "message": {"text": d.message},
                    "locations": [{"physicalLocation": {"artifactLocation": location,
                                                        "region": _region(index, d.start, d.end)}}],
                    "partialFingerprints": {"newslint/v1": fp}}
            if d.fix and d.fix.edits:
                item["fixes"] = [{"description": {"text": d.fix.title},
                                  "artifactChanges": [{"artifactLocation": location, "replacements": [
                                      {"deletedRegion": _region(index, e.start, e.end),
                                       "insertedContent": {"text": e.text}} for e in d.fix.edits]}],
                                  "properties": {"applicability": d.fix.applicability}}]
            out.append(item)
    sarif = {"$schema": SCHEMA, "version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "newslint", "version": __version__, "informationUri":
                            "https://github.com/newslint/newslint", "rules": rules}},
        "columnKind": "unicodeCodePoints", "results": out}]}
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"
