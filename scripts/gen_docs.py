#!/usr/bin/env python3
"""Write docs/rules/<CODE>.md (one page per rule) and docs/rules/README.md (the index)."""

from __future__ import annotations

import sys
from pathlib import Path


def generate(out: Path) -> list[Path]:
    from newslint.docs import rule_page
    from newslint.engine.registry import all_rules

    out.mkdir(parents=True, exist_ok=True)
    rules = sorted(all_rules().values(), key=lambda c: c.code)
    written = []
    for cls in rules:
        path = out / f"{cls.code}.md"
        path.write_text(rule_page(cls), encoding="utf-8")
        written.append(path)
    index = ["# Rules", "", "| code | name | category | severity | fix | summary |", "|---|---|---|---|---|---|"]
    index += [f"| [{c.code}]({c.code}.md) | {c.name} | {c.category} | {c.severity} | {'yes' if c.fixable else ''} | "
              f"{c.doc().summary} |" for c in rules]
    (out / "README.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "rules"
    print(f"wrote {len(generate(target))} rule pages to {target}")
