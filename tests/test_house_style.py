"""Issue 6, house styles: rules/house/*.yml packs chosen by `house-style`, their options and their rules."""

import pytest

from newslint.api import _as_config, check_text, fix_text, rules_for
from newslint.engine.registry import all_rules
from newslint.packs import house_style_pack, house_styles, load_pack, pack_options

STYLES = ["ap", "british"]


def test_ap_and_british_styles_exist():
    assert set(STYLES) <= set(house_styles())


@pytest.mark.parametrize("style", STYLES)
def test_house_rules_are_not_loaded_by_default_and_codes_do_not_collide(style):
    builtin = all_rules()
    for cls in load_pack(house_style_pack(style)):
        assert cls.code not in builtin and all(cls.name != b.name for b in builtin.values())
        assert cls.code.startswith("ST")
    assert not any(r.code.startswith("ST2") or r.code.startswith("ST3") for r in rules_for(_as_config(None)))


@pytest.mark.parametrize("style", STYLES)
def test_house_options_name_real_rules_and_options(style):
    builtin = all_rules()
    for code, options in pack_options(house_style_pack(style)).items():
        assert code in builtin, code
        assert set(options) <= set(builtin[code].options), (code, options)
    rules_for(_as_config({"house-style": style}))  # validates every option value


@pytest.mark.parametrize("style", STYLES)
def test_house_rule_docs_fire_on_examples_only(style):
    for cls in load_pack(house_style_pack(style)):
        doc = cls.doc()
        config = {"house-style": style, "select": [cls.code]}
        assert doc.examples and doc.better
        for example in doc.examples:
            assert any(d.code == cls.code for d in check_text(example, config)), example
        for better in doc.better:
            assert not any(d.code == cls.code for d in check_text(better, config)), better


def test_the_two_styles_pull_opposite_ways():
    text = "US officials moved towards a deal; prices rose 5 percent. The organization met Mr. Smith."
    ap, _ = fix_text(text, {"house-style": "ap"})
    british, _ = fix_text(text, {"house-style": "british"})
    assert ap == "U.S. officials moved toward a deal; prices rose 5 percent. The organization met Mr. Smith."
    assert british == "US officials moved towards a deal; prices rose 5 per cent. The organisation met Mr Smith."


def test_without_house_style_the_majority_wins():
    text = "US officials said the U.S. would respond. US aid continues."
    fixed, _ = fix_text(text, {"select": ["CN01"]})
    assert fixed == "US officials said the US would respond. US aid continues."


def test_project_settings_win_over_the_house_style():
    text = "US officials said the US would respond."
    config = {"house-style": "ap", "select": ["CN01"], "rules": {"CN01": {"prefer": ["US"]}}}
    assert check_text(text, config) == []


def test_example_us_spellings_follow_the_story_majority():
    from pathlib import Path

    example = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "blinken-xi.txt"
    if not example.is_file():
        pytest.skip("../shared/examples is not present")
    text = example.read_text(encoding="utf-8")
    fixed, _ = fix_text(text, {"select": ["CN01"]})
    for wanted in ("U.S. Secretary of State Antony Blinken met", "complaints about U.S. policy",
                   "denounced U.S. aid to Taiwan"):
        assert wanted in fixed
