"""Configuration discovery, validation and selection."""

import json

import pytest
from click.testing import CliRunner
from conftest import write

from newslint import config as cfg
from newslint.api import check_text
from newslint.cli import main
from newslint.errors import ConfigError

BAD = "The the minister released new informations on Friday.\n"


def codes(path):
    r = CliRunner().invoke(main, ["check", "--format", "json", str(path)])
    return sorted(d["rule"] for d in json.loads(r.output))


def test_closest_configuration_wins(in_tmp):
    write(in_tmp / "pyproject.toml", '[tool.newslint]\nignore = ["RP01"]\n')
    write(in_tmp / "desk" / "newslint.toml", 'ignore = ["ST01"]\n')
    write(in_tmp / "top.txt", BAD)
    write(in_tmp / "desk" / "sub" / "story.txt", BAD)
    assert codes(in_tmp / "top.txt") == ["ST01"]
    assert codes(in_tmp / "desk" / "sub" / "story.txt") == ["RP01"]


def test_dot_newslint_toml_and_pyproject_without_table(in_tmp):
    write(in_tmp / ".newslint.toml", '[tool.newslint]\nselect = ["RP"]\n')
    write(in_tmp / "inner" / "pyproject.toml", '[project]\nname = "x"\n')  # no [tool.newslint]: skipped
    write(in_tmp / "inner" / "s.txt", BAD)
    assert codes(in_tmp / "inner" / "s.txt") == ["RP01"]


def test_unknown_key_is_named(in_tmp):
    write(in_tmp / "newslint.toml", 'selekt = ["RP01"]\n')
    write(in_tmp / "s.txt", BAD)
    r = CliRunner().invoke(main, ["check", "s.txt"])
    assert r.exit_code == 2 and "unknown key 'selekt'" in r.output and "newslint.toml" in r.output


def test_invalid_toml_is_one_line(in_tmp):
    write(in_tmp / "newslint.toml", 'select = [\n')
    write(in_tmp / "s.txt", BAD)
    r = CliRunner().invoke(main, ["check", "s.txt"])
    assert r.exit_code == 2 and "invalid TOML" in r.output and "Traceback" not in r.output


def test_per_file_ignores_and_severity_overrides(in_tmp):
    write(in_tmp / "newslint.toml", '[per-file-ignores]\n"briefs/*.txt" = ["ST01"]\n[severity]\nRP01 = "error"\n')
    write(in_tmp / "briefs" / "a.txt", BAD)
    write(in_tmp / "b.txt", BAD)
    r = CliRunner().invoke(main, ["check", "--format", "json", "briefs/a.txt", "b.txt"])
    data = json.loads(r.output)
    assert sorted((d["path"], d["rule"], d["severity"]) for d in data) == [
        ("b.txt", "RP01", "error"), ("b.txt", "ST01", "warning"), ("briefs/a.txt", "RP01", "error")]


def test_rule_options_validated():
    assert not [d for d in check_text("He was so so tired.", {"rules": {"RP01": {"allow": ["so"]}}})]
    with pytest.raises(ConfigError, match="unknown option 'allowed'"):
        check_text("x", {"rules": {"RP01": {"allowed": ["so"]}}})
    with pytest.raises(ConfigError, match="option 'allow' must be list"):
        check_text("x", {"rules": {"RP01": {"allow": "so"}}})


def test_packs_are_relative_to_the_configuration_file(in_tmp):
    write(in_tmp / "house" / "calques.yml", """rules:
  - code: ST91
    name: calque-eventually
    category: style
    extends: existence
    message: "'{match}' is a calque of 'éventuellement' (possibly)"
    tokens: [eventually]
""")
    write(in_tmp / "newslint.toml", 'packs = ["house/calques.yml"]\n')
    write(in_tmp / "desk" / "s.txt", "The minister will eventually resign.\n")
    assert codes(in_tmp / "desk" / "s.txt") == ["ST91"]


def test_config_packs_cannot_escape_the_project_but_command_line_packs_can(in_tmp):
    write(in_tmp / "elsewhere" / "calques.yml", """rules:
  - {code: ST92, name: calque-actual, category: style, extends: existence, message: m, tokens: [actual]}
""")
    write(in_tmp / "project" / "newslint.toml", 'packs = ["../elsewhere/calques.yml"]\n')
    write(in_tmp / "project" / "s.txt", "The actual figure.\n")
    r = CliRunner().invoke(main, ["check", "project/s.txt"])
    assert r.exit_code == 2 and "packs: '../elsewhere/calques.yml' lies outside the project" in r.output
    r = CliRunner().invoke(main, ["check", "--format", "json", "--pack", "elsewhere/calques.yml", "--no-config",
                                  "project/s.txt"])
    assert [d["rule"] for d in json.loads(r.output)] == ["ST92"]


def test_house_style_unknown_name():
    with pytest.raises(ConfigError, match="house-style: unknown style 'klingon'"):
        cfg.from_table({"house-style": "klingon"}, None)


def test_selection_matches_codes_prefixes_names_categories():
    from newslint.engine.registry import lookup

    rp01 = lookup("RP01")
    for key in ("RP01", "RP", "rp01", "doubled-word", "repetition", "ALL"):
        assert cfg.matches(key, rp01), key
    for key in ("RP02", "R", "doubled", "quotes"):
        assert not cfg.matches(key, rp01), key


def test_allowlist_silences_a_rule_in_matching_sentences():
    text = "Britannia said informations were late. The agency said informations were late."
    config = {"select": ["ST01"], "allow": [{"rule": "ST01", "sentence": "^Britannia .* late"}]}
    found = check_text(text, config)
    assert [text[d.start:d.end] for d in found] == ["informations"] and found[0].start > text.index("agency")
    with pytest.raises(ConfigError, match="allow: bad regular expression"):
        check_text(text, {"allow": [{"rule": "ST01", "sentence": "("}]})
    with pytest.raises(ConfigError, match="allow must be a list"):
        check_text(text, {"allow": [{"rule": "ST01"}]})
