"""Replay every input the fuzzer (fuzz/fuzz.py) ever saved: each must now check cleanly or fail with one line."""

from pathlib import Path

import pytest

from newslint.api import check_text
from newslint.errors import NewslintError

CRASHES = sorted((Path(__file__).resolve().parents[1] / "fuzz" / "crashes").glob("*.*"))


@pytest.mark.parametrize("path", CRASHES, ids=[p.name for p in CRASHES])
def test_saved_crash_no_longer_crashes(path):
    text = path.read_text(encoding="utf-8", errors="surrogatepass")
    try:
        found = check_text(text, path=f"fuzz{path.suffix}")
    except NewslintError as e:
        assert "\n" not in str(e)
        return
    for d in found:
        assert 0 <= d.start <= d.end <= len(text)


def test_fuzzer_smoke():
    """A short fuzz run over every format finds nothing new."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("fuzz", Path(__file__).resolve().parents[1] / "fuzz" / "fuzz.py")
    fuzz = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fuzz)
    assert sum(fuzz.run(fmt, 40) for fmt in fuzz.EXT) == 0
