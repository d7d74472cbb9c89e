"""The real pre-commit runs this repository's hooks (`pre-commit try-repo`) in a temporary git repository."""

import shutil
import subprocess

import pytest
from conftest import REPO, write

BAD = "The the minister released new informations on Friday.\n"
CLEAN = "The minister released new information on Friday.\n"


@pytest.fixture
def story_repo(tmp_path):
    if shutil.which("pre-commit") is None or shutil.which("git") is None:
        pytest.skip("pre-commit or git is not installed")
    repo = tmp_path / "desk"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    write(repo / "bad.txt", BAD)
    write(repo / "clean.txt", CLEAN)
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    return repo


def try_repo(repo, hook, *files):
    return subprocess.run(["pre-commit", "try-repo", str(REPO), hook, "--files", *files], cwd=repo,
                          capture_output=True, text=True, timeout=600)


def test_check_hook_fails_on_defects_and_passes_on_clean_copy(story_repo):
    bad = try_repo(story_repo, "newslint", "bad.txt")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.txt:1:1: RP01 'The' is repeated" in bad.stdout
    clean = try_repo(story_repo, "newslint", "clean.txt")
    assert clean.returncode == 0, clean.stdout + clean.stderr


def test_fix_hook_fails_when_it_changed_a_file(story_repo):
    fixed = try_repo(story_repo, "newslint-fix", "bad.txt")
    assert fixed.returncode == 1 and "files were modified by this hook" in fixed.stdout
    assert (story_repo / "bad.txt").read_text() == CLEAN
    again = try_repo(story_repo, "newslint-fix", "bad.txt", "clean.txt")
    assert again.returncode == 0, again.stdout
