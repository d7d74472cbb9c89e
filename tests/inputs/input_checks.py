"""Helpers for the input-format tests: lint files through the CLI, and find where a text is in the source bytes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newslint.cli import main
from newslint.markup import extract

RULES = "RP01,ST01,CN01"  # rules that exist and stay stable while other families land


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, ["check", "--no-config", "--no-cache", *args], input=input)


def lint(path: Path, select: str = RULES, *args: str) -> list[dict]:
    """The JSON findings for one file."""
    result = run("--format", "json", "--select", select, *args, str(path))
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def where(path: Path, needle: str, occurrence: int = 1) -> tuple[int, int, int]:
    """(line, column, offset) of the nth `needle` in the file, counted from its bytes (columns in characters)."""
    data = path.read_bytes()
    at = -1
    for _ in range(occurrence):
        at = data.index(needle.encode(), at + 1)
    before = data[:at].decode()
    line_start = before.rfind("\n") + 1
    return before.count("\n") + 1, len(before) - line_start + 1, len(before)


def assert_at(finding: dict, path: Path, needle: str, occurrence: int = 1) -> None:
    line, column, offset = where(path, needle, occurrence)
    assert (finding["line"], finding["column"], finding["offset"]) == (line, column, offset), finding
    assert finding["end_offset"] == offset + len(needle), finding


def assert_consistent(source: str, path: str) -> str:
    """The extraction's offsets are a valid map into the source; returns the prose."""
    ext = extract(source, path)
    assert ext.offsets is not None and len(ext.offsets) == len(ext.text) + 1
    assert all(a <= b for a, b in zip(ext.offsets, ext.offsets[1:], strict=False))
    for i, ch in enumerate(ext.text):
        if i not in ext.widths:  # a one-character copy of the source
            assert source[ext.offsets[i]] == ch or ch.isspace(), (i, ch, source[ext.offsets[i]])
    return ext.text
