"""Rule packs as data: the shipped packs lint clean; malformed packs fail with file, line and key."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import REPO, write

from newslint.cli import main
from newslint.errors import ConfigError
from newslint.packs import load_pack, packs_dir

SHIPPED = sorted(packs_dir().glob("*.yml")) + sorted((packs_dir() / "house").glob("*.yml"))


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_shipped_pack_loads_and_swaps_do_not_retrigger(path):
    rules = load_pack(path)
    assert rules
    for cls in rules:
        for pattern, replacement in cls.spec.get("_swaps", []):
            if "\\" not in replacement:  # a replacement must not be flagged again by its own pattern
                assert not pattern.search(replacement), f"{cls.code}: {replacement!r} re-triggers its swap"


def load_error(tmp_path, text):
    p = write(tmp_path / "pack.yml", text)
    load_pack.cache_clear()
    with pytest.raises(ConfigError) as e:
        load_pack(p)
    return str(e.value)


def test_unknown_key_names_file_line_and_key(tmp_path):
    msg = load_error(tmp_path, "rules:\n  - code: ST90\n    name: x-y\n    extends: existence\n    message: m\n"
                               "    tokens: [a]\n    colour: red\n")
    assert msg.startswith(str(tmp_path / "pack.yml") + ":7: colour: unknown key")


def test_bad_regex_names_the_key_and_pattern(tmp_path):
    msg = load_error(tmp_path, "rules:\n  - code: ST90\n    name: x-y\n    category: style\n    extends: existence\n"
                               "    message: m\n    tokens: ['(unclosed']\n")
    assert ":7: tokens: bad regular expression '(unclosed'" in msg


def test_unknown_kind_missing_key_bad_yaml(tmp_path):
    assert ":4: extends: unknown check kind 'sequence2'" in load_error(
        tmp_path, "rules:\n  - code: ST90\n    name: x-y\n    extends: sequence2\n")
    assert "swap: missing" in load_error(
        tmp_path, "rules:\n  - {code: ST90, name: x-y, category: style, extends: substitution, message: m}\n")
    assert "invalid YAML" in load_error(tmp_path, "rules:\n  - [unclosed\n")
    assert "code: code must be two capitals" in load_error(
        tmp_path, "rules:\n  - {code: S1, name: x-y, category: style, extends: existence, message: m, tokens: [a]}\n")


def test_a_pack_cannot_construct_python_objects(tmp_path):
    msg = load_error(tmp_path, "rules: !!python/object/apply:os.system ['echo pwned']\n")
    assert "invalid YAML" in msg


def test_malformed_pack_in_config_exits_2_with_one_line(in_tmp):
    write(in_tmp / "pack.yml", "rules:\n  - {code: ST90, name: x-y, category: style, extends: existence, message: m, tokens: ['(']}\n")
    write(in_tmp / "newslint.toml", 'packs = ["pack.yml"]\n')
    write(in_tmp / "s.txt", "Hello.\n")
    load_pack.cache_clear()
    r = CliRunner().invoke(main, ["check", "s.txt"])
    assert r.exit_code == 2 and "pack.yml:2: tokens: bad regular expression '(': missing ) at position 1" in r.output
    assert "Traceback" not in r.output


def test_user_pack_scopes(tmp_path):
    from newslint.api import check_text

    p = write(tmp_path / "scopes.yml", """rules:
  - {code: ST95, name: inside-word, category: style, extends: existence, message: m, tokens: [regime], scope: inside-quotes}
  - {code: ST96, name: outside-word, category: style, extends: existence, message: m, tokens: [regime], scope: outside-quotes}
  - {code: ST97, name: start-word, category: style, extends: existence, message: m, tokens: [also], scope: sentence-start, ignorecase: true}
""")
    text = 'The regime said "the regime will fall." Also, it left. It also said no.'
    found = {(d.code, text[d.start:d.end], d.start) for d in check_text(text, {"packs": [str(p)]}) if d.code.startswith("ST9")}
    assert found == {("ST95", "regime", text.index("regime", 10)), ("ST96", "regime", 4), ("ST97", "Also", text.index("Also"))}


def test_packs_ship_inside_the_wheel(tmp_path):
    """A plain `pip install .` must find rules/: build the wheel and look inside."""
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(tmp_path), str(REPO)], capture_output=True, text=True)
    if proc.returncode != 0 and "hatchling" in proc.stderr:
        pytest.skip("hatchling is not installed for --no-build-isolation")
    assert proc.returncode == 0, proc.stderr
    wheel = next(Path(tmp_path).glob("newslint-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for pack in sorted((REPO / "rules").rglob("*.yml")):
        assert f"newslint/packs/{pack.relative_to(REPO / 'rules').as_posix()}" in names
    yaml.safe_load(zipfile.ZipFile(wheel).read("newslint/packs/style.yml"))


def test_catastrophic_user_pattern_times_out_instead_of_hanging(tmp_path, capsys):
    from newslint.api import check_text

    p = write(tmp_path / "slow.yml", """rules:
  - {code: ST98, name: slow-pattern, category: style, extends: existence, message: m, tokens: ['(x+x+)+y'], nonword: true}
""")
    found = check_text("x" * 3000 + " and then the the end.", {"packs": [str(p)]})
    assert [d.code for d in found] == ["RP01"]  # the other rules still ran
    assert "rule ST98 skipped on <text>: its pattern (?:(x+x+)+y) took too long" in capsys.readouterr().err


def test_only_user_packs_run_under_the_time_limit(tmp_path):
    user = write(tmp_path / "mine.yml", """rules:
  - {code: ST97, name: my-word, category: style, extends: existence, message: m, tokens: [foo]}
""")
    (rule,) = load_pack(user)
    assert rule.spec["_pattern"].limited
    shipped = [cls for path in sorted(packs_dir().glob("*.yml")) for cls in load_pack(path)]
    assert shipped and not any(cls.spec.get("_pattern", None) and cls.spec["_pattern"].limited for cls in shipped)
    assert not any(p.limited for cls in shipped for p, _ in cls.spec.get("_swaps", []))
