"""Regular expressions compiled on first use.

Compiling newslint's patterns takes longer than starting Python, and a run over one short file
needs only some of them: a module-level pattern made with `lazy()` is compiled the first time a
rule calls one of its methods, and from then on costs nothing extra per call.
"""

from __future__ import annotations

import re

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
            "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    """A stand-in for `re.Pattern` that compiles itself when first used."""

    def __init__(self, pattern: str, flags: int = 0):
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        # Called only while uncompiled: afterwards the compiled methods sit in the instance.
        if name.startswith("__") or name not in _METHODS:
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
