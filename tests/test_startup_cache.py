"""The start-up cache: compiled patterns and parsed packs kept between runs, never trusted blindly."""

import os
import re
import subprocess
import sys

import pytest

from newslint import lazy_regex, startup_cache

PATTERNS = [
    (r"\b(?P<verb>said|says)\b", 0),
    (r"(?x) [A-Z] \w+   # a capitalised word", 0),
    (r"über|naïve", re.IGNORECASE),
    (r"(a)(?:b)(?P<c>c)?(?(2)d|e)", re.MULTILINE | re.DOTALL),
]


def run_python(code: str, cache_dir) -> str:
    env = {**os.environ, "NEWSLINT_STARTUP_CACHE": str(cache_dir)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return out.stdout


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_remembered_pattern_is_the_pattern_re_compiles(pattern, flags):
    fresh = lazy_regex.compile(pattern, flags)
    again = lazy_regex.compile(pattern, flags)  # from the store this time
    plain = re.compile(pattern, flags)
    assert fresh == again == plain
    assert (again.groupindex, again.groups, again.flags) == (plain.groupindex, plain.groups, plain.flags)


def test_patterns_come_back_from_disk_in_a_new_process(tmp_path):
    code = ("import re, re._parser as P; from newslint import lazy_regex as L\n"
            "parsed = []; parse = P.parse; P.parse = lambda *a: parsed.append(a) or parse(*a)\n"
            f"compiled = [L.compile(p, f) for p, f in {PATTERNS!r}]\n"
            "print(len(parsed))\n"
            f"assert compiled == [re.compile(p, f) for p, f in {PATTERNS!r}]")
    assert int(run_python(code, tmp_path)) == len(PATTERNS)  # compiled, then saved at exit
    assert int(run_python(code, tmp_path)) == 0  # read back, nothing parsed again


def test_a_damaged_file_is_ignored_and_replaced(tmp_path):
    file = tmp_path / startup_cache.cache_file().name
    file.write_bytes(b"\x00not marshal data")
    code = "from newslint import lazy_regex as L; print(L.compile(r'\\d+').findall('a 12 b 3'))"
    assert run_python(code, tmp_path).strip() == "['12', '3']"
    assert run_python(code, tmp_path).strip() == "['12', '3']"
    assert file.read_bytes() != b"\x00not marshal data"


def test_a_wrong_entry_falls_back_to_re_compile(monkeypatch):
    monkeypatch.setattr(startup_cache, "_store", {("re", lazy_regex._sre.MAGIC, "x+", 0): (0, [1, 2, 3], 0, {}, ())})
    assert lazy_regex.compile("x+").fullmatch("xxx")
    assert ("re", lazy_regex._sre.MAGIC, "x+", 0) not in startup_cache._store  # dropped, not kept


def test_an_unwritable_folder_or_no_cache_costs_nothing_but_time(tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    code = "from newslint import check_text; print(len(check_text('The the minister said.')))"
    assert run_python(code, blocked).strip() == "1"
    assert run_python(code, "").strip() == "1"  # NEWSLINT_STARTUP_CACHE= turns it off


def test_values_that_marshal_cannot_write_are_used_but_not_kept(monkeypatch):
    import datetime

    monkeypatch.setattr(startup_cache, "_store", {})
    day = datetime.date(2024, 4, 26)
    assert startup_cache.remembered(("test", "date"), lambda: day) == day
    assert ("test", "date") not in startup_cache._store


def test_shipped_packs_are_parsed_once_then_remembered(tmp_path):
    code = ("import sys; from newslint import check_text\n"
            "found = check_text('The ministry released new informations on Friday.')\n"
            "print([d.code for d in found], 'yaml' in sys.modules)")
    assert run_python(code, tmp_path).split() == ["['ST01']", "True"]  # parsed the YAML once
    assert run_python(code, tmp_path).split() == ["['ST01']", "False"]


def test_a_remembered_pack_still_names_the_line_of_its_error(tmp_path):
    pack = tmp_path / "mine.yml"
    pack.write_text("rules:\n  - code: ST96\n    name: my-word\n    extends: existence\n    message: m\n"
                    "    tokens: [foo]\n    category: style\n    severity: loud\n", encoding="utf-8")
    code = (f"from newslint.packs import load_pack\ntry:\n    load_pack({str(pack)!r})\n"
            "except Exception as e:\n    print(e)")
    first = run_python(code, tmp_path / "cache")
    assert first.strip() == f"{pack}:8: severity: must be error, warning or info, not 'loud'"
    assert run_python(code, tmp_path / "cache") == first  # the second run reads the parse from the cache
