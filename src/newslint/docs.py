"""Per-rule documentation pages (for `newslint rule CODE`, docs/rules/*.md and SARIF help)."""

from __future__ import annotations


def rule_page(cls) -> str:
    d = cls.doc()
    lines = [f"# {cls.code} {cls.name}", "", d.summary, "",
             f"Category: {cls.category}. Default severity: {cls.severity}. Fixable: {'yes' if cls.fixable else 'no'}."
             + ("" if cls.default_enabled else " Off by default (enable with --extend-select)."), ""]
    if d.why:
        lines += ["## Why", "", d.why, ""]
    if d.examples:
        lines += ["## Example", ""] + [f"    {e}" for e in d.examples] + [""]
    if d.better:
        lines += ["## Better", ""] + [f"    {e}" for e in d.better] + [""]
    if d.fix_safety:
        lines += ["## Fix safety", "", d.fix_safety, ""]
    if cls.options:
        lines += ["## Options", ""]
        for key, opt in cls.options.items():
            default = opt.default if not isinstance(opt.default, list) or len(opt.default) < 8 else f"[{len(opt.default)} items]"
            lines.append(f"- `{key}` ({opt.type.__name__}, default `{default}`): {opt.help}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
