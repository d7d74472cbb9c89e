"""Fix application: idempotent, byte-exact outside the edits, encodings and newlines kept, atomic."""

import codecs
import os

from click.testing import CliRunner
from conftest import write

from newslint.api import fix_text
from newslint.cli import main
from newslint.diagnostics import Diagnostic, Edit, Fix
from newslint.engine.fixer import apply_edits

BAD = "The the minister released new informations on Friday."


def fix_file(path, *extra):
    return CliRunner().invoke(main, ["check", "--fix", *extra, str(path)])


def test_fix_is_idempotent_and_touches_only_the_edits():
    text = "Intro line.\n\n" + BAD + "\n\nUntouched   spacing\t and ‘marks’ stay.\n"
    fixed, remaining = fix_text(text)
    assert fixed == text.replace("The the", "The").replace("informations", "information")
    assert fix_text(fixed)[0] == fixed
    assert not [d for d in remaining if d.fix and d.fix.applicability == "safe"]


def test_crlf_and_utf8_bom_are_kept(in_tmp):
    original = "\ufeffLine one.\r\n\r\n" + BAD + "\r\n"
    p = in_tmp / "crlf.txt"
    p.write_bytes(original.encode("utf-8"))
    fix_file(p)
    data = p.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert data == ("\ufeffLine one.\r\n\r\n" + "The minister released new information on Friday.\r\n").encode("utf-8")


def test_utf16_with_bom_is_read_and_written_back(in_tmp):
    p = in_tmp / "u16.txt"
    p.write_bytes(codecs.BOM_UTF16_LE + (BAD + "\n").encode("utf-16-le"))
    r = fix_file(p)
    assert r.exit_code == 0
    assert p.read_bytes() == codecs.BOM_UTF16_LE + "The minister released new information on Friday.\n".encode("utf-16-le")


def test_atomic_write_keeps_permissions_and_symlinks_and_leaves_no_temp(in_tmp):
    target = write(in_tmp / "real.txt", BAD + "\n")
    os.chmod(target, 0o640)
    link = in_tmp / "link.txt"
    link.symlink_to(target)
    fix_file(link)
    assert link.is_symlink() and target.read_text() == "The minister released new information on Friday.\n"
    assert oct(target.stat().st_mode & 0o777) == oct(0o640)
    assert sorted(p.name for p in in_tmp.iterdir()) == ["link.txt", "real.txt"]


def test_overlapping_fixes_never_corrupt_each_other():
    def diag(start, end, text, code):
        return Diagnostic(code, "x", "style", "warning", "m", start, end, Fix.safe("t", [Edit(start, end, text)]))

    text = "abcdef"
    new, applied = apply_edits(text, [diag(0, 3, "X", "A"), diag(2, 5, "Y", "B"), diag(5, 6, "Z", "C")])
    assert (new, applied) == ("XdeZ", 2)


def test_fix_loop_stops_at_a_fixed_point():
    # "the the the" needs two passes: each pass removes one doubled word.
    fixed, _ = fix_text("He saw the the the ministers.")
    assert fixed == "He saw the ministers."
