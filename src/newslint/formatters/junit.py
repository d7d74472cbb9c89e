"""JUnit XML: one test case per file, one failure per finding."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..document import LineIndex


def render(results, ctx) -> str:
    results = sorted(results, key=lambda r: r.path)
    failures = sum(len(r.diagnostics) for r in results)
    suites = ET.Element("testsuites", name="newslint", tests=str(len(results)), failures=str(failures))
    suite = ET.SubElement(suites, "testsuite", name="newslint", tests=str(len(results)), failures=str(failures),
                          errors="0")
    for result in results:
        case = ET.SubElement(suite, "testcase", classname="newslint", name=result.path)
        index = LineIndex(result.text)
        for d in result.diagnostics:
            line, col = index.position(d.start)
            failure = ET.SubElement(case, "failure", type=d.code, message=f"{d.code} {d.message}")
            failure.text = f"{result.path}:{line}:{col}: {d.code} [{d.severity}] {d.message}"
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
