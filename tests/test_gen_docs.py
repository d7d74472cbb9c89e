import importlib.util

from conftest import REPO

from newslint.engine.registry import all_rules


def test_one_generated_page_per_rule(tmp_path):
    spec = importlib.util.spec_from_file_location("gen_docs", REPO / "scripts" / "gen_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = module.generate(tmp_path)
    assert sorted(p.stem for p in written) == sorted(all_rules())
    for path in written:
        assert path.read_text().startswith(f"# {path.stem} ")
    assert all(f"[{code}]({code}.md)" in (tmp_path / "README.md").read_text() for code in all_rules())
