"""Third-party rules arrive through the `newslint.rules` entry-point group."""

import json
import os
import subprocess
import sys
import textwrap

from conftest import write


def test_entry_point_plugin_rule_is_registered_and_runs(tmp_path):
    site = tmp_path / "site"
    write(site / "desk_rules.py", textwrap.dedent('''
        from newslint.engine.rule import Rule

        class ExclamationInHeadline(Rule):
            """A sentence ends with an exclamation mark.

            ## Example
            Wow!
            ## Better
            Wow.
            """
            code = "ST80"; name = "exclamation-mark"; category = "style"; severity = "info"

            def check(self, doc):
                for i, ch in enumerate(doc.text):
                    if ch == "!":
                        yield self.report(i, i + 1, "Exclamation mark")
    '''))
    dist = site / "desk_rules-1.0.dist-info"
    write(dist / "METADATA", "Metadata-Version: 2.1\nName: desk-rules\nVersion: 1.0\n")
    write(dist / "entry_points.txt", "[newslint.rules]\nexclaim = desk_rules:ExclamationInHeadline\n")
    story = write(tmp_path / "s.txt", "Great news!\n")
    env = {**os.environ, "PYTHONPATH": str(site) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run([sys.executable, "-m", "newslint.cli", "check", "--format", "json", str(story)],
                          capture_output=True, text=True, env=env)
    assert [d["rule"] for d in json.loads(proc.stdout)] == ["ST80"], proc.stderr
    listing = subprocess.run([sys.executable, "-m", "newslint.cli", "rules"], capture_output=True, text=True, env=env)
    assert "ST80  exclamation-mark" in listing.stdout


def test_a_crashing_rule_costs_only_its_own_findings(tmp_path):
    site = tmp_path / "site"
    write(site / "broken_rules.py", textwrap.dedent('''
        from newslint.engine.rule import Rule

        class Broken(Rule):
            """Always crashes.

            ## Example
            x
            ## Better
            y
            """
            code = "ST81"; name = "always-crashes"; category = "style"

            def check(self, doc):
                raise ZeroDivisionError("boom")
                yield
    '''))
    dist = site / "broken_rules-1.0.dist-info"
    write(dist / "METADATA", "Metadata-Version: 2.1\nName: broken-rules\nVersion: 1.0\n")
    write(dist / "entry_points.txt", "[newslint.rules]\nbroken = broken_rules:Broken\n")
    story = write(tmp_path / "s.txt", "The the end.\n")
    env = {**os.environ, "PYTHONPATH": str(site) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run([sys.executable, "-m", "newslint.cli", "check", "--no-cache", "--format", "json", str(story)],
                          capture_output=True, text=True, env=env, cwd=tmp_path)
    assert [d["rule"] for d in json.loads(proc.stdout)] == ["RP01"] and proc.returncode == 1
    assert "rule ST81 failed on" in proc.stderr and "ZeroDivisionError: boom" in proc.stderr
    assert "Traceback" not in proc.stderr
    debug = subprocess.run([sys.executable, "-m", "newslint.cli", "--debug", "check", "--no-cache", str(story)],
                           capture_output=True, text=True, env=env, cwd=tmp_path)
    assert "Traceback" in debug.stderr and debug.returncode != 0


def test_plugin_scan_reads_entry_points_files_on_sys_path(tmp_path, monkeypatch):
    from newslint.engine.registry import _declares_plugins

    dist = tmp_path / "other-1.0.dist-info"
    write(dist / "entry_points.txt", "[console_scripts]\nother = other:main\n")
    monkeypatch.setattr("sys.path", [str(tmp_path), str(tmp_path / "missing")])
    assert not _declares_plugins()
    write(tmp_path / "desk-1.0.egg-info" / "entry_points.txt", "[newslint.rules]\nx = desk:X\n")
    assert _declares_plugins()
