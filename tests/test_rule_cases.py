"""Every rule's case file, one test per case (ids CODE-case)."""

from pathlib import Path

import pytest

from newslint.engine.registry import all_rules
from newslint.testing import load_cases, run_case

CASES_DIR = Path(__file__).parent / "rules" / "cases"
CASES = [case for path in sorted(CASES_DIR.glob("*.yml")) for case in load_cases(path)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.rule}-{c.id}" for c in CASES])
def test_case(case):
    run_case(case)


def test_every_rule_has_a_case_file_with_pass_and_fail():
    for code in all_rules():
        cases = [c for c in CASES if c.rule == code]
        assert any(c.should_fail for c in cases), f"{code}: no fail case in tests/rules/cases/{code}.yml"
        assert any(not c.should_fail for c in cases), f"{code}: no pass case in tests/rules/cases/{code}.yml"
