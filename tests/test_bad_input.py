"""Bad input: one clear line, no traceback, other files still checked, exit code 2."""

import json
import os

from click.testing import CliRunner
from conftest import write

from newslint.cli import main

BAD = "The the minister arrived.\n"


def check(*paths, fmt="text"):
    return CliRunner().invoke(main, ["check", "--format", fmt, *map(str, paths)])


def assert_one_line_error(result, fragment):
    errors = [line for line in result.output.splitlines() if line.startswith("newslint: error:")]
    assert len(errors) == 1 and fragment in errors[0], result.output
    assert "Traceback" not in result.output and result.exit_code == 2


def test_missing_path_others_still_checked(in_tmp):
    write(in_tmp / "ok.txt", BAD)
    r = check("missing.txt", "ok.txt")
    assert_one_line_error(r, "missing.txt: no such file or directory")
    assert "ok.txt:1:1: RP01" in r.output


def test_unreadable_file(in_tmp, monkeypatch):
    from pathlib import Path

    write(in_tmp / "ok.txt", BAD)
    locked = write(in_tmp / "locked.txt", BAD)
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":  # root ignores chmod 000, so simulate the OS refusal
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    r = check(locked, "ok.txt")
    assert_one_line_error(r, "locked.txt: permission denied")
    assert "ok.txt:1:1: RP01" in r.output


def test_directory_with_nothing_to_check(in_tmp):
    (in_tmp / "empty").mkdir()
    write(in_tmp / "empty" / "image.png", "x")
    assert_one_line_error(check("empty"), "empty: no files to check")


def test_directory_recursion_skips_hidden_and_other_extensions(in_tmp):
    write(in_tmp / "d" / "a.txt", BAD)
    write(in_tmp / "d" / "sub" / "b.md", BAD)
    write(in_tmp / "d" / ".git" / "c.txt", BAD)
    write(in_tmp / "d" / "notes.csv", BAD)
    data = json.loads(check("d", fmt="json").output)
    assert sorted({d["path"] for d in data}) == [os.path.join("d", "a.txt"), os.path.join("d", "sub", "b.md")]


def test_invalid_utf8_names_file_and_byte_offset(in_tmp):
    p = in_tmp / "latin1.txt"
    p.write_bytes("Caf\u00e9 d\u00e9bat.".encode("latin-1"))
    write(in_tmp / "ok.txt", BAD)
    r = check(p, "ok.txt")
    assert_one_line_error(r, "latin1.txt: invalid UTF-8 at byte 3")
    assert "ok.txt:1:1: RP01" in r.output


def test_binary_file_is_skipped_with_a_warning(in_tmp):
    p = in_tmp / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    r = check(p)
    assert "newslint: warning: " in r.output and "photo.txt: binary file skipped" in r.output
    assert r.exit_code == 0


def test_empty_file_is_fine(in_tmp):
    write(in_tmp / "empty.txt", "")
    r = check("empty.txt")
    assert r.exit_code == 0 and "All checks passed (1 file)." in r.output


def test_large_single_paragraph_file_is_checked(in_tmp):
    # Not timed (see bench/): a 2 MB paragraph with no punctuation must simply go through.
    p = in_tmp / "big.txt"
    p.write_text("alpha beta gamma delta " * 100_000 + "the the end.\n")
    r = check(p, fmt="json")
    assert [d["rule"] for d in json.loads(r.output)] == ["RP01"]
