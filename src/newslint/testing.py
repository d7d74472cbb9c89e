"""Rule test cases as data (reusable by pack authors): tests/rules/cases/<CODE>.yml.

    rule: AT01
    flags_repeat:
      fail: '"We will talk," he said. he declares.'
      expect: [{text: "he declares.", occurrence: 1}]
      fix: '"We will talk," he said.'
      applicability: unsafe
    passes_new_speaker:
      pass: '"Yes," he said. She disagreed.'

Contract: a `pass` text gives no finding of the rule. A `fail` text gives at least one; each
`expect` entry must be the exact span of one finding. With `fix`, applying the rule's fixes
(at `applicability`, default safe) gives exactly that text, which then passes; without `fix`,
fixing changes nothing. `config` (a [tool.newslint] table) is merged over `select = [rule]`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

CASE_KEYS = {"pass", "fail", "expect", "fix", "applicability", "config", "note"}


@dataclass
class Case:
    rule: str
    id: str
    text: str
    should_fail: bool
    expect: list = field(default_factory=list)
    fix: str | None = None
    applicability: str = "safe"
    config: dict = field(default_factory=dict)


def load_cases(path: Path) -> list[Case]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    rule = data.pop("rule")
    cases = []
    for case_id, spec in data.items():
        unknown = set(spec) - CASE_KEYS
        if unknown or ("pass" in spec) == ("fail" in spec):
            raise ValueError(f"{path}: case {case_id}: needs exactly one of pass/fail; unknown keys {sorted(unknown)}")
        cases.append(Case(rule, case_id, spec.get("pass", spec.get("fail")), "fail" in spec,
                          spec.get("expect", []), spec.get("fix"), spec.get("applicability", "safe"),
                          spec.get("config", {})))
    return cases


def span_of(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start < 0:
            raise AssertionError(f"expected text {needle!r} (occurrence {occurrence}) is not in the case text")
    return start, start + len(needle)


def case_config(case: Case) -> dict:
    return {"select": [case.rule], **case.config}


def run_case(case: Case) -> None:
    """Raise AssertionError with a readable message when the case does not hold."""
    from .api import check_text, fix_text

    config = case_config(case)
    found = [d for d in check_text(case.text, config) if d.code == case.rule]
    shown = [(d.code, case.text[d.start:d.end], d.message) for d in found]
    if not case.should_fail:
        assert not found, f"{case.id}: expected no {case.rule} finding, got {shown}"
        return
    assert found, f"{case.id}: expected a {case.rule} finding, got none"
    spans = {(d.start, d.end) for d in found}
    for e in case.expect:
        want = span_of(case.text, e["text"], e.get("occurrence", 1))
        assert want in spans, f"{case.id}: expected a finding on {e['text']!r}; got {shown}"
    fixed, _ = fix_text(case.text, config, unsafe=case.applicability != "safe")
    if case.fix is None:
        assert fixed == case.text, f"{case.id}: no fix expected, but fixing gave {fixed!r}"
    else:
        assert fixed == case.fix, f"{case.id}: fix gave {fixed!r}, expected {case.fix!r}"
        again = [d for d in check_text(fixed, config) if d.code == case.rule]
        assert not again, f"{case.id}: the fixed text still has {[(fixed[d.start:d.end], d.message) for d in again]}"
