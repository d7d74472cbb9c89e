"""Lint the rule docs: sections present, each Example fires its rule, each Better does not."""

import pytest

from newslint.api import check_text
from newslint.docs import rule_page
from newslint.engine.registry import all_rules

RULES = sorted(all_rules().values(), key=lambda c: c.code)


@pytest.mark.parametrize("cls", RULES, ids=[c.code for c in RULES])
def test_docs_examples(cls):
    d = cls.doc()
    assert d.summary and d.examples and d.better
    if cls.fixable:
        assert d.fix_safety, f"{cls.code} is fixable but says nothing of its fix safety"
    config = {"select": [cls.code]}
    for example in d.examples:
        assert any(f.code == cls.code for f in check_text(example, config)), f"{cls.code} example not flagged: {example!r}"
    for better in d.better:
        assert not any(f.code == cls.code for f in check_text(better, config)), f"{cls.code} flags its Better: {better!r}"
    page = rule_page(cls)
    assert page.startswith(f"# {cls.code} {cls.name}") and "## Example" in page and "## Better" in page
