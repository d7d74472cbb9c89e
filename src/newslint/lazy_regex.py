"""Regular expressions compiled on first use, and word lists written as tries.

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


def trie_regex(words, capitalised: bool = False) -> str:
    """An alternation of `words` as a trie ("sa(?:id|ys)"): the engine tries one branch per letter instead
    of every word in turn. Longer words are tried first, as in a longest-first alternation; a space in a
    word matches any run of white space.

    `capitalised`: each word also with a capital first letter ("[Ss]a(?:id|ys)"), for half the pattern.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node, first: bool = False) -> str:
        branches = [_letter(ch, first and capitalised) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie, first=True)


def _letter(ch: str, either_case: bool) -> str:
    if either_case and ch != ch.upper():
        return f"[{ch}{ch.upper()}]"
    return re.escape(ch).replace(r"\ ", r"\s+")
