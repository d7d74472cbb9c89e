"""The fixed stories every output format is rendered from, and the golden files they must match.

Regenerate the golden files after an intended change of output (then review the diff):

    python3 tests/formatters/formatter_story.py
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

import newslint
from newslint.api import check_text
from newslint.diagnostics import Diagnostic, Edit, Fix
from newslint.formatters import Context, render
from newslint.run import FileResult

GOLDEN = Path(__file__).resolve().parent / "golden"
FORMATS = ("concise", "github", "sarif", "gitlab", "junit", "rdjson")
EXTENSION = {"sarif": "sarif", "gitlab": "json", "rdjson": "json", "junit": "xml"}

# Only rules that exist today, each pinned, so the goldens do not move as rule families land.
# ST01 raised to error and a doubling inside a quotation (reported as info) give all three severities.
CONFIG = {"select": ["RP01", "ST01", "CN01"], "severity": {"ST01": "error"}}

# Non-ASCII before the findings on their lines ("Zürich", the dash): columns count code points, except
# rdjson's, which count UTF-8 bytes.
SUMMIT = (
    "Zürich talks end with the the usual promises\n"
    "\n"
    "ZÜRICH, May 3 — U.S. officials said on Friday that the US would share more informations with Beijing.\n"
    "\n"
    '"We will look at the the figures," the minister said, adding that a agreement was close.\n'
    "\n"
    "U.S. aid continues, officials said.\n"
)
CLEAN = "Talks resume in Geneva\n\nDiplomats met on Monday, officials said.\n"


def grammar_finding(text: str) -> Diagnostic:
    """A finding as a grammar backend reports it: a code that is not a registered rule."""
    at = text.index("a agreement")
    return Diagnostic("LT-EN_A_VS_AN", "en-a-vs-an", "grammar", "warning",
                      "Use 'an' instead of 'a' before a vowel sound: 'a agreement'", at, at + len("a agreement"),
                      Fix.unsafe("Write 'an agreement'", [Edit(at, at + 1, "an")]))


def story_results() -> list[FileResult]:
    found = check_text(SUMMIT, CONFIG) + [grammar_finding(SUMMIT)]
    return [FileResult("stories/summit.txt", SUMMIT, sorted(found, key=Diagnostic.sort_key)),
            FileResult("stories/clean.txt", CLEAN, check_text(CLEAN, CONFIG))]


@contextmanager
def fixed_environment():
    """A pinned version and no GitHub environment, so that the output depends on the stories only."""
    saved_version = newslint.__version__
    saved_env = {k: os.environ.pop(k) for k in ("GITHUB_STEP_SUMMARY", "GITHUB_WORKSPACE") if k in os.environ}
    newslint.__version__ = "0.0.0-golden"
    try:
        yield
    finally:
        newslint.__version__ = saved_version
        os.environ.update(saved_env)


def rendered(fmt: str) -> str:
    with fixed_environment():
        return render(fmt, story_results(), Context())


def golden_path(fmt: str) -> Path:
    return GOLDEN / f"story.{fmt}.{EXTENSION.get(fmt, 'txt')}"


def golden(fmt: str) -> str:
    return golden_path(fmt).read_text(encoding="utf-8")


if __name__ == "__main__":
    GOLDEN.mkdir(exist_ok=True)
    for name in FORMATS:
        golden_path(name).write_text(rendered(name), encoding="utf-8")
        print(f"wrote {golden_path(name)}")
