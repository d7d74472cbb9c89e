"""--fix never loses the original: failed writes, kills, concurrent fixers, read-only files."""

import errno
import os
import signal
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import write

from newslint.cli import main

BAD = "The the minister released new informations on Friday.\n"
FIXED = "The minister released new information on Friday.\n"


def fix(path):
    return CliRunner().invoke(main, ["check", "--fix", "--no-cache", str(path)])


def test_read_only_file_is_left_alone_with_one_line(in_tmp):
    p = write(in_tmp / "ro.txt", BAD)
    os.chmod(p, 0o444)
    r = fix(p)
    assert r.exit_code == 2 and "ro.txt: cannot write the fixed file: the file is read-only" in r.output
    assert p.read_text() == BAD


class FullDisk:
    """A file object whose writes fail as on a full disk."""

    def __init__(self, f):
        self.f = f

    def write(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.f.close()


@pytest.mark.parametrize("failing", ["write", "fsync", "replace"])
def test_disk_full_leaves_the_original_and_no_temp_file(in_tmp, monkeypatch, failing):
    p = write(in_tmp / "s.txt", BAD)
    real_fdopen = os.fdopen

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    if failing == "write":
        monkeypatch.setattr(os, "fdopen", lambda *a, **k: FullDisk(real_fdopen(*a, **k)))
    else:
        monkeypatch.setattr(os, failing, no_space)
    r = fix(p)
    monkeypatch.undo()
    assert r.exit_code == 2 and "s.txt: cannot write the fixed file: No space left on device" in r.output
    assert p.read_text() == BAD
    assert sorted(x.name for x in in_tmp.iterdir()) == ["s.txt"]


def test_process_killed_between_write_and_rename_keeps_the_original(in_tmp):
    p = write(in_tmp / "s.txt", BAD)
    code = ("import os, sys, time\n"
            "os.replace = lambda *a: (print('written', flush=True), time.sleep(60))\n"
            "from newslint.cli import entry\n"
            "sys.argv = ['newslint', 'check', '--fix', '--no-cache', sys.argv[1]]\n"
            "entry()\n")
    proc = subprocess.Popen([sys.executable, "-c", code, str(p)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "written"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert p.read_text() == BAD  # the temporary file may remain; the story is whole


def test_two_fixers_on_one_file_never_mix(in_tmp):
    paragraphs = "\n\n".join(f"Paragraph {i}: the the minister sent informations." for i in range(300)) + "\n"
    expected = paragraphs.replace("the the", "the").replace("informations", "information")
    p = write(in_tmp / "s.txt", paragraphs)
    for _ in range(3):
        p.write_text(paragraphs)
        procs = [subprocess.Popen([sys.executable, "-m", "newslint.cli", "check", "--fix", "--no-cache", "-q", str(p)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(2)]
        for proc in procs:
            proc.wait()
        assert p.read_text() == expected
