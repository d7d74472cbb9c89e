#!/usr/bin/env python3
"""Fuzz the document model and every input format with hypothesis at scale.

    python3 fuzz/fuzz.py [--examples 20000] [--format text|markdown|html|nitf|newsml|ninjs|all]

Each generated or mutated input goes through `check_text` with a path of that format. An input
that raises is saved to fuzz/crashes/<format>-<sha1>.<ext>; tests/test_fuzz_corpus.py replays
every saved file, so a crash found once stays fixed.
"""

from __future__ import annotations

import argparse
import hashlib
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

HERE = Path(__file__).resolve().parent
CRASHES = HERE / "crashes"
EXT = {"text": ".txt", "markdown": ".md", "html": ".html", "nitf": ".nitf", "newsml": ".xml", "ninjs": ".json"}
SEEDS = {
    "text": "WASHINGTON (AP) — “We will go,” he said. he declares. « Oui » $95 billion, Friday, April 26, 2024.\n\n",
    "markdown": "---\ntitle: x\n---\n# Head\n\n“Quote,” she said. `code` [link](http://x) **bold** the the\n\n> block\n",
    "html": "<html><body><h1>T</h1><p>“We go,” he said &amp; left.<br>Next</p><script>x</script></body></html>",
    "nitf": "<nitf><body><body.head><hedline><hl1>T</hl1></hedline></body.head><body.content><p>“A,” he said.</p>"
            "</body.content></body></nitf>",
    "newsml": '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentMeta><headline>H</headline>'
              '</contentMeta><contentSet><inlineXML><p>The the end.</p></inlineXML></contentSet></newsItem>',
    "ninjs": '{"headline": "H", "body_text": "“We go,” he said.\\nThe the end.", "body_html": "<p>x &amp; y</p>"}',
}
PIECES = ["<p>", "</p>", "<", ">", "&", "&amp;", "&#", ";", "\"", "“", "”", "«", "»", "'", "’", "\\", "\\u", "{", "}",
          "[", "]", "(", ")", "`", "```", "*", "_", "#", "\n", "\n\n", "\r\n", " ", "said", "he", "the the", "$5",
          "%", "2024", "é", "中", "\x00", "\ufeff", "<!--", "-->", "<!DOCTYPE x [<!ENTITY a 'b'>]>", "]]>"]


def mutated(seed: str):
    edit = st.tuples(st.integers(0, len(seed)), st.integers(0, 20), st.lists(st.sampled_from(PIECES), max_size=6))
    return st.lists(edit, min_size=1, max_size=6).map(lambda edits: _apply(seed, edits))


def _apply(seed, edits):
    text = seed
    for at, cut, pieces in edits:
        at = min(at, len(text))
        text = text[:at] + "".join(pieces) + text[at + cut:]
    return text


def run(fmt: str, examples: int) -> int:
    import os

    from newslint.api import check_text
    from newslint.errors import NewslintError

    found = 0
    strategy = st.one_of(mutated(SEEDS[fmt]), st.text(max_size=300))

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def target(text):
        nonlocal found
        try:
            check_text(text, path=f"fuzz{EXT[fmt]}")
        except NewslintError:
            pass  # a clear one-line error for malformed input is the right answer
        except Exception:  # noqa: BLE001
            found += 1
            name = f"{fmt}-{hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()[:12]}{EXT[fmt]}"
            CRASHES.mkdir(exist_ok=True)
            (CRASHES / name).write_text(text, encoding="utf-8", errors="surrogatepass")
            print(f"crash saved: {name}\n{traceback.format_exc(limit=3)}")

    before = os.environ.get("NEWSLINT_DEBUG")
    os.environ["NEWSLINT_DEBUG"] = "1"  # a failing rule raises instead of being skipped with a warning
    try:
        target()
    finally:
        if before is None:
            del os.environ["NEWSLINT_DEBUG"]
        else:
            os.environ["NEWSLINT_DEBUG"] = before
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=20000)
    ap.add_argument("--format", default="all", choices=["all", *EXT])
    args = ap.parse_args()
    formats = list(EXT) if args.format == "all" else [args.format]
    total = sum(run(fmt, args.examples) for fmt in formats)
    print(f"{total} crashing input(s) saved in {CRASHES}")


if __name__ == "__main__":
    main()
