"""Real copy wrapped in each format gives the same findings, on the same words, as the plain text."""

import html
import json
from collections import Counter
from pathlib import Path

import pytest

from newslint.api import check_text

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def wrap(paragraphs: list[str]) -> dict[str, str]:
    """The story as each input format, headline first, as a newsroom system would write it."""
    head, body = paragraphs[0], paragraphs[1:]
    esc = lambda s: html.escape(s, quote=False)  # noqa: E731
    return {
        "story.txt": "\n\n".join(paragraphs) + "\n",
        "story.md": (f"# {head}\n\n" + "\n\n".join(body) + "\n").replace("<", "&lt;"),  # "<BAC>" is HTML
        "story.html": f"<html><body>\n<h1>{esc(head)}</h1>\n" + "\n".join(f"<p>{esc(p)}</p>" for p in body)
                      + "\n</body></html>\n",
        "story.xml": f"<nitf><body><body.head><hedline><hl1>{esc(head)}</hl1></hedline></body.head><body.content>\n"
                     + "\n".join(f"  <p>{esc(p)}</p>" for p in body) + "\n</body.content></body></nitf>\n",
        "story.json": json.dumps({"headline": head, "body_text": "\n".join(body)}, ensure_ascii=True, indent=1),
    }


def findings(source: str, path: str) -> Counter:
    """(rule, the source text it points at), with JSON escapes read back so formats compare."""
    found = Counter()
    for d in check_text(source, None, path):
        text = source[d.start : d.end]
        found[d.code, json.loads(f'"{text}"') if path.endswith(".json") else html.unescape(text)] += 1
    return found


def stories(shared: Path, per_folder: int = 15):
    for folder in ("bbc/politics", "reuters21578", "wmt-ref/generaltest2022.zh-en/refA"):
        for path in sorted((shared / "corpus" / folder).glob("*.txt"))[:per_folder]:
            paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
            if len(paragraphs) > 1:
                yield path.name, paragraphs


def test_every_format_agrees_with_plain_text():
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared/corpus is not present")
    checked = 0
    for name, paragraphs in stories(SHARED):
        versions = wrap(paragraphs)
        expected = findings(versions["story.txt"], "story.txt")
        for path, source in versions.items():
            assert findings(source, path) == expected, (name, path)
        checked += 1
    assert checked >= 10
