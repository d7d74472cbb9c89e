"""Output formats: each module exposes `render(results, ctx) -> str`."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

FORMATS = {name: name for name in ("text", "json", "concise", "github", "sarif", "gitlab", "junit", "rdjson")}


@dataclass
class Context:
    color: bool = False
    show_fixes: bool = True
    quiet: bool = False
    unsafe_fixes: bool = False
    input_errors: int = 0  # files that could not be checked


def render(name: str, results, ctx: Context) -> str:
    return importlib.import_module(f"newslint.formatters.{FORMATS[name]}").render(results, ctx)
