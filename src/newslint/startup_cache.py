"""What newslint rebuilds identically at every start-up, kept on disk between runs (like Python's .pyc files).

Compiling the rules' regular expressions and parsing the shipped rule packs cost more than the
rest of a short check; pre-commit starts newslint on every commit. `remembered(key, build)`
returns build()'s result from an earlier run when it has one. The key must fully determine the
result, given newslint's version and the Python that runs it, which name the file. The file lives in
the user's cache folder and is replaced atomically at exit when something was added; a missing,
damaged or unwritable file only makes the run build everything again.

Values must be plain data that `marshal` writes (numbers, strings, tuples, lists, dicts).
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
import tempfile
from pathlib import Path

from . import __version__

_store: dict | None = None
_added = False


def cache_file() -> Path | None:
    """$NEWSLINT_STARTUP_CACHE (a folder; empty turns the cache off), else $XDG_CACHE_HOME/newslint or
    ~/.cache/newslint."""
    folder = os.environ.get("NEWSLINT_STARTUP_CACHE")
    if folder is None:
        folder = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "newslint")
    if not folder:
        return None
    return Path(folder) / f"startup-{__version__}-{sys.implementation.cache_tag}.marshal"


def remembered(key, build):
    """build(), or what it returned in an earlier run for this key."""
    global _store, _added
    if _store is None:
        _store = _load()
    try:
        return _store[key]
    except KeyError:
        pass
    value = build()
    try:
        marshal.dumps(value)
    except ValueError:  # not plain data (a YAML date, say): used, not kept
        return value
    _store[key] = value
    if not _added:
        _added = True
        atexit.register(_save)
    return value


def forget(key) -> None:
    """Drop an entry found unusable (damaged, or written by a different build)."""
    if _store is not None:
        _store.pop(key, None)


def _load() -> dict:
    file = cache_file()
    if file is None:
        return {}
    try:
        stored = marshal.loads(file.read_bytes())  # marshal.load(file) reads in tiny pieces: 20x slower
        return stored if isinstance(stored, dict) else {}
    except (OSError, ValueError, EOFError, TypeError):  # none yet, or damaged: start afresh
        return {}


def _save() -> None:
    """Replace the file atomically: a parallel run reads the old file or the new one, never half of one."""
    file = cache_file()
    if file is None:
        return
    tmp = None
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=".startup-")
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(_store))
        os.replace(tmp, file)
    except OSError:  # a read-only home, a full disk: the next run builds again
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
