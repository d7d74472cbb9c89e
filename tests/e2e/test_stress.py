"""10,000 stories in one invocation with --jobs, some malformed: every other one reported correctly."""

import json
import subprocess
import sys

STORY = "Story {i}: the the minister met officials on Friday.\n"


def test_ten_thousand_stories_with_some_malformed(tmp_path):
    desk = tmp_path / "desk"
    desk.mkdir()
    bad = set(range(0, 10_000, 997))
    for i in range(10_000):
        path = desk / f"{i:05}.txt"
        if i in bad:
            path.write_bytes(b"\x80\x81 broken")  # invalid UTF-8
        else:
            path.write_text(STORY.format(i=i))
    proc = subprocess.run([sys.executable, "-m", "newslint.cli", "check", "--no-cache", "-j", "2", "--format", "json",
                           "--select", "RP01", str(desk)], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 2
    errors = [line for line in proc.stderr.splitlines() if line.startswith("newslint: error:")]
    assert len(errors) == len(bad) and all("invalid UTF-8 at byte 0" in e for e in errors)
    findings = json.loads(proc.stdout)
    assert len(findings) == 10_000 - len(bad)
    assert {f["path"].rsplit("/", 1)[-1] for f in findings} == {f"{i:05}.txt" for i in range(10_000) if i not in bad}
    assert all(f["rule"] == "RP01" and f["offset"] == len(f"Story {int(f['path'][-9:-4])}: ") for f in findings)
