import re

from newslint.lazy_regex import lazy, trie_regex


def test_lazy_pattern_compiles_on_first_use_and_behaves_like_re():
    pattern = lazy(r"\bsaid\b", re.IGNORECASE)
    assert "search" not in vars(pattern)
    assert pattern.search("He SAID so").span() == (3, 7)
    assert "search" in vars(pattern) and pattern.pattern == r"\bsaid\b"


def test_trie_regex_is_a_longest_first_alternation():
    words = ["say", "said", "says", "point out", "tell"]
    pattern = re.compile(r"\b(?:" + trie_regex(words) + r")\b")
    assert [m.group() for m in pattern.finditer("said, says, sa, point  out, telling")] == ["said", "says", "point  out"]
    capital = re.compile(trie_regex(["said"], capitalised=True))
    assert capital.fullmatch("Said") and capital.fullmatch("said") and not capital.fullmatch("SAID")
    assert re.compile(trie_regex(["a.b"])).fullmatch("a.b") and not re.compile(trie_regex(["a.b"])).fullmatch("axb")
