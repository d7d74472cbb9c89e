"""The composite GitHub Action: structure, and its script run for real with a fake GitHub environment."""

import os
import re
import subprocess

import yaml
from conftest import REPO, write


def action():
    return yaml.safe_load((REPO / "action.yml").read_text())


def test_action_is_a_composite_that_reports_in_github_format():
    a = action()
    assert a["runs"]["using"] == "composite"
    assert {"paths", "changed-only", "args"} <= set(a["inputs"])
    run = a["runs"]["steps"][-1]["run"]
    assert "newslint check --format github" in run
    assert "${{" not in run  # inputs reach the script through env, never pasted into it


def test_action_script_runs_on_given_paths(tmp_path):
    step = action()["runs"]["steps"][-1]
    write(tmp_path / "story.txt", "The the minister arrived.\n")
    env = {**os.environ, "NEWSLINT_PATHS": "story.txt", "NEWSLINT_CHANGED_ONLY": "false", "NEWSLINT_ARGS": "--select RP01",
           "BASE_REF": "", "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md")}
    proc = subprocess.run(["bash", "-c", step["run"]], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert proc.returncode == 1
    assert re.search(r"^::warning file=story\.txt,line=1,", proc.stdout, re.M), proc.stdout + proc.stderr
