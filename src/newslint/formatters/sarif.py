"""SARIF 2.1.0 for code scanning: rule metadata and help, code-point regions, stable fingerprints, fixes.

`tool.driver.rules` describes each rule that has a result (summary, help page, default level), so the
file stays small and changes only when its findings do; a code that is not a registered rule (a grammar
backend's `LT-...` codes, a rule from a configured pack) gets a minimal entry.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

from .. import fingerprint
from ..document import LineIndex

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = f"newslint/v{fingerprint.VERSION}"  # the partialFingerprints key


def artifact_uri(path: str) -> str:
    """A URI reference for a path as given: relative paths stay relative (to the checkout), percent-encoded."""
    if os.path.isabs(path):
        return Path(path).as_uri()
    path = path.replace(os.sep, "/")
    while path.startswith("./"):
        path = path[2:]
    return quote(path, safe="/")  # also encodes ':' so that "a:b.txt" is not read as a scheme


def rule_descriptor(code: str, d, registry) -> dict:
    """The reportingDescriptor for `code`; `d` is one of its diagnostics (for codes the registry lacks)."""
    from ..docs import rule_page

    cls = registry.get(code)
    if cls is None or cls.name != d.name:
        return {"id": code, "name": d.name, "shortDescription": {"text": f"{d.name} ({d.category})"},
                "properties": {"category": d.category, "tags": [d.category]}}
    doc = cls.doc()
    page = rule_page(cls)
    return {"id": code, "name": cls.name,
            "shortDescription": {"text": doc.summary},
            "fullDescription": {"text": doc.why or doc.summary},
            "help": {"text": page, "markdown": page},
            "defaultConfiguration": {"level": LEVEL[cls.severity], "enabled": cls.default_enabled},
            "properties": {"category": cls.category, "fixable": cls.fixable, "tags": [cls.category]}}


def region(index: LineIndex, start: int, end: int) -> dict:
    """Lines and columns (1-based, end exclusive, in code points) and the same span as character offsets."""
    (line, col), (end_line, end_col) = index.position(start), index.position(end)
    return {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col,
            "charOffset": start, "charLength": end - start}


def fix_object(fix, location: dict, index: LineIndex) -> dict:
    return {"description": {"text": fix.title},
            "artifactChanges": [{"artifactLocation": location, "replacements": [
                {"deletedRegion": region(index, e.start, e.end), "insertedContent": {"text": e.text}}
                for e in fix.edits]}],
            "properties": {"applicability": fix.applicability}}


def render(results, ctx) -> str:
    from .. import __version__
    from ..engine.registry import all_rules

    results = sorted(results, key=lambda r: r.path)
    registry = all_rules()
    first = {}  # code -> one of its diagnostics
    for r in results:
        for d in r.diagnostics:
            first.setdefault(d.code, d)
    rules = [rule_descriptor(code, first[code], registry) for code in sorted(first)]
    rule_index = {code: i for i, code in enumerate(sorted(first))}
    out = []
    for result in results:
        index = LineIndex(result.text)
        location = {"uri": artifact_uri(result.path)}
        for d, fp in zip(result.diagnostics, fingerprint.fingerprints(result.text, result.diagnostics), strict=True):
            item = {"ruleId": d.code, "ruleIndex": rule_index[d.code], "level": LEVEL[d.severity],
                    "message": {"text": d.message},
                    "locations": [{"physicalLocation": {"artifactLocation": location,
                                                        "region": region(index, d.start, d.end)}}],
                    "partialFingerprints": {FINGERPRINT: fp}}
            if d.fix and d.fix.edits:
                item["fixes"] = [fix_object(d.fix, location, index)]
            out.append(item)
    run = {"tool": {"driver": {"name": "newslint", "version": __version__, "rules": rules}},
           "invocations": [{"executionSuccessful": not ctx.input_errors}],
           "columnKind": "unicodeCodePoints", "results": out}
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2) + "\n"
