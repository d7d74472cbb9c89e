import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Tests, and the CLI runs they start, keep compiled patterns in a folder of their own, not the user's cache.
if "NEWSLINT_STARTUP_CACHE" not in os.environ:
    os.environ["NEWSLINT_STARTUP_CACHE"] = tempfile.mkdtemp(prefix="newslint-startup-")
    atexit.register(shutil.rmtree, os.environ["NEWSLINT_STARTUP_CACHE"], True)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def shared():
    """The read-only ../shared folder beside the repo; tests that need it skip cleanly without it."""
    if not (SHARED / "examples").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(autouse=True)
def _no_color(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def gold_example(category: str | None = None):
    """The canonical story and its gold defects (of one category when given); skips without ../shared."""
    import json

    story = SHARED / "examples" / "blinken-xi.txt"
    if not story.is_file():
        pytest.skip("../shared/examples is not present")
    lines = (SHARED / "examples" / "blinken-xi.gold.jsonl").read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in lines if line.strip()]
    return story.read_text(encoding="utf-8"), [g for g in gold if category in (None, g["category"])]


def write(path: Path, text: str, encoding="utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


os.environ.setdefault("NEWSLINT_TESTING", "1")
