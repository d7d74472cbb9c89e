"""JUnit XML for CI systems that read only that: one test case per file, one failure per finding.

A file without findings is a passing test case. Messages quote the story, so characters that XML 1.0
cannot carry (control characters) are written as visible escapes rather than breaking the report.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..document import LineIndex
from ..lazy_regex import lazy
from .concise import line_for

_NOT_XML = lazy("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def render(results, ctx) -> str:
    results = sorted(results, key=lambda r: r.path)
    failures = sum(len(r.diagnostics) for r in results)
    counts = {"tests": str(len(results)), "failures": str(failures), "errors": "0"}
    suites = ET.Element("testsuites", name="newslint", **counts)
    suite = ET.SubElement(suites, "testsuite", name="newslint", **counts, skipped="0")
    for result in results:
        case = ET.SubElement(suite, "testcase", classname="newslint", name=xml_safe(result.path),
                             file=xml_safe(result.path))
        index = LineIndex(result.text)
        for d in result.diagnostics:
            line, col = index.position(d.start)
            failure = ET.SubElement(case, "failure", type=xml_safe(d.code),
                                    message=xml_safe(f"{line}:{col}: {d.code} [{d.severity}] {d.message}"))
            body = line_for(result.path, index, d)
            if d.fix and ctx.show_fixes:
                body += f"\nfix ({d.fix.applicability}): {d.fix.title}"
            failure.text = xml_safe(body)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
