"""Regular expressions compiled on first use and kept compiled between runs; word lists written as tries.

Compiling newslint's patterns takes longer than starting Python, and a run over one short file
needs only some of them: a module-level pattern made with `lazy()` is compiled the first time a
rule calls one of its methods, and from then on costs nothing extra per call.

Python compiles a pattern in pure Python (re._parser, re._compiler) into a list of integers that
the C engine (_sre) takes in microseconds, and the large word-list patterns cost ~25 ms at every
start-up. So `compile()` keeps those lists in the start-up cache between runs. Anything unexpected
(a Python without these internals, a damaged entry) falls back to plain `re.compile`.
"""

from __future__ import annotations

import re

from .startup_cache import forget, remembered

try:  # CPython's compiler internals; without them every pattern goes through re.compile
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other Pythons
    _sre = None


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - this package's re.compile
    """re.compile, with the compiler's output remembered between runs."""
    if _sre is None:
        return re.compile(pattern, flags)
    key = ("re", _sre.MAGIC, pattern, int(flags))
    try:
        return _sre.compile(pattern, *remembered(key, lambda: _compiled_form(pattern, int(flags))))
    except Exception:  # noqa: BLE001 - a damaged entry or an unknown compiler: the slow, sure way
        forget(key)
        return re.compile(pattern, flags)


def _compiled_form(pattern: str, flags: int) -> tuple:
    """What re._compiler.compile hands to _sre.compile after the pattern, as data that marshal writes."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    names = dict(parsed.state.groupdict)
    index = [None] * parsed.state.groups
    for name, i in names.items():
        index[i] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, names, tuple(index)

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
        compiled = compile(*self._source)
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
