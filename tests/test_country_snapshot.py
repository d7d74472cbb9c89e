"""The shipped ISO country names are pycountry's, so the entity rules need no pycountry at run time."""

import importlib.util

import pytest
from conftest import REPO


def test_shipped_country_names_match_the_installed_pycountry():
    pycountry = pytest.importorskip("pycountry")
    spec = importlib.util.spec_from_file_location("gen_country_names", REPO / "scripts" / "gen_country_names.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = (REPO / "src" / "newslint" / "data" / "iso_countries.tsv").read_text(encoding="utf-8")
    rows = [line for line in shipped.splitlines() if not line.startswith("#")]
    assert rows == module.rows(), f"re-run scripts/gen_country_names.py for pycountry {pycountry.__version__}"
    assert any(row.startswith("FR\tFrance\t") for row in rows)
