"""What every output format shares: registration, lazy imports, codes from outside the registry."""

import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from formatter_story import FORMATS, fixed_environment, grammar_finding, story_results

from newslint.formatters import FORMATS as REGISTERED
from newslint.formatters import Context, render
from newslint.run import FileResult


def test_every_format_is_registered():
    assert set(FORMATS) | {"text", "json"} == set(REGISTERED)


def test_a_format_module_is_imported_only_when_used():
    code = ("import sys, newslint.cli, newslint.formatters as f; "
            "f.render('concise', [], f.Context()); "
            "print(sorted(m for m in sys.modules if m.startswith('newslint.formatters.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['newslint.formatters.concise']"


@pytest.mark.parametrize("fmt", sorted(REGISTERED))
def test_a_code_that_is_not_a_registered_rule_renders(fmt):
    text = "They reached a agreement.\n"
    with fixed_environment():
        out = render(fmt, [FileResult("s.txt", text, [grammar_finding(text)])], Context())
    assert "LT-EN_A_VS_AN" in out


@pytest.mark.parametrize("fmt", sorted(REGISTERED))
def test_no_results_and_clean_results_render(fmt):
    with fixed_environment():
        for results in ([], [FileResult("clean.txt", "Fine.\n", [])]):
            out = render(fmt, results, Context())
            if fmt in ("sarif", "gitlab", "rdjson", "json"):
                json.loads(out)
            elif fmt == "junit":
                ET.fromstring(out)


def test_the_story_has_every_severity_and_a_fix_of_each_kind():
    """The goldens are only as good as the story: keep it covering what the formats must map."""
    found = [d for r in story_results() for d in r.diagnostics]
    assert {d.severity for d in found} == {"error", "warning", "info"}
    assert {d.fix.applicability for d in found if d.fix} >= {"safe", "unsafe"}
