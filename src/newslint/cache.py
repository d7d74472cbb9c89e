"""A result cache like ruff's: keyed by the file's bytes, the configuration, and newslint's own code and packs.

Entries live in one index, `.newslint_cache/<version>/results.json`, read once and replaced
atomically once per run; worker processes never touch it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from . import __version__
from .diagnostics import Diagnostic, Edit, Fix

CACHE_DIR = ".newslint_cache"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Changes whenever newslint's code or shipped packs change (an editable install included)."""
    from .packs import packs_dir

    h = hashlib.sha256(__version__.encode())
    for folder in (Path(__file__).parent, packs_dir()):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".py", ".yml", ".yaml", ".json", ".txt", ".tsv"):
                st = path.stat()
                h.update(f"{path}:{st.st_mtime_ns}:{st.st_size}".encode())
    return h.hexdigest()


@lru_cache(maxsize=256)
def config_fingerprint(config) -> str:
    h = hashlib.sha256(repr(config).encode())
    for pack in config.packs:  # a user's pack may change between runs
        try:
            h.update(Path(pack).read_bytes())
        except OSError:
            pass
    return h.hexdigest()


class Cache:
    """One index file per cache folder, read once at the start of a run and written once at the end."""

    MAX_ENTRIES = 200_000

    def __init__(self, root: Path | None = None):
        self.file = Path(root or Path.cwd()) / CACHE_DIR / __version__ / "results.json"
        self.entries: dict[str, list] = {}
        self.dirty = False
        try:
            loaded = json.loads(self.file.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self.entries = loaded
        except (OSError, ValueError):
            pass  # no cache yet, or a damaged one: start afresh

    @staticmethod
    def key(data: bytes, path: str, config) -> str:
        h = hashlib.sha256()
        for part in (code_fingerprint(), config_fingerprint(config), path):
            h.update(part.encode())
            h.update(b"\0")
        h.update(data)
        return h.hexdigest()

    def get(self, key: str) -> list[Diagnostic] | None:
        try:
            items = self.entries.get(key)
            return None if items is None else [_load(item) for item in items]
        except (ValueError, KeyError, TypeError, IndexError):
            return None

    def put(self, key: str, diagnostics: list[Diagnostic]) -> None:
        self.entries[key] = [_dump(d) for d in diagnostics]
        self.dirty = True

    def save(self) -> None:
        if not self.dirty:
            return
        if len(self.entries) > self.MAX_ENTRIES:
            self.entries = dict(list(self.entries.items())[-self.MAX_ENTRIES:])
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.file.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(self.entries, f, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, self.file)  # atomic: a concurrent run sees the old index or the new one
        except OSError:
            pass  # a read-only tree just runs without a cache


def _dump(d: Diagnostic) -> list:
    fix = [d.fix.title, d.fix.applicability, [[e.start, e.end, e.text] for e in d.fix.edits]] if d.fix else None
    return [d.code, d.name, d.category, d.severity, d.message, d.start, d.end, fix]


def _load(item: list) -> Diagnostic:
    code, name, category, severity, message, start, end, fix = item
    if fix is not None:
        fix = Fix(fix[0], tuple(Edit(*e) for e in fix[2]), fix[1])
    return Diagnostic(code, name, category, severity, message, start, end, fix)
