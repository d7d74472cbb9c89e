"""Load and validate YAML rule packs into Rule classes. Packs are data: safe YAML, no code."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from .engine.rule import CATEGORIES, RuleDoc
from .errors import ConfigError
from .startup_cache import remembered

RULE_KEYS = {"code", "name", "category", "extends", "message", "severity", "ignorecase", "scope", "tokens",
             "exceptions", "swap", "either", "prefer", "fix", "doc", "quoted", "nonword", "enabled"}
REQUIRED = {"existence": {"tokens"}, "substitution": {"swap"}, "consistency": {"either"}}
PACK_KEYS = {"pack", "category", "description", "rules", "options"}
DOC_KEYS = {"summary", "why", "example", "examples", "better", "fix-safety"}
FIX_KEYS = {"applicability", "title", "replacement"}


def packs_dir() -> Path:
    """The packaged `rules/` folder (inside the wheel as newslint/packs, or the repo's rules/ in development)."""
    here = Path(__file__).resolve().parent
    packaged = here / "packs"
    return packaged if packaged.is_dir() else here.parents[1] / "rules"


def house_styles() -> list[str]:
    return sorted(p.stem for p in (packs_dir() / "house").glob("*.yml"))


def house_style_pack(name: str) -> Path | None:
    path = packs_dir() / "house" / f"{name}.yml"
    return path if path.is_file() else None


class _LineDict(dict):
    """A YAML mapping that knows the line of each key, for error messages."""

    def __init__(self, items=(), lines=None, line=0):
        super().__init__(items)
        self.lines: dict = lines or {}
        self.line = line


def _parse_yaml(text: str):
    """The pack's YAML as _LineDicts, lists and scalars. Parsed once and then remembered between runs by
    its text (importing and running PyYAML costs more than the rest of a short check's start-up); a
    remembered mapping is a tuple (items, key lines, line)."""
    plain = remembered(("pack-yaml", text), lambda: _plain(_load_yaml(text)))
    return _rebuilt(plain)


def _load_yaml(text: str):
    import yaml

    class LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when present
        """Safe loader that remembers the line of every mapping key."""

    def construct_mapping(loader, node, deep=False):
        mapping = _LineDict(line=node.start_mark.line + 1)
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=deep)
            mapping[key] = loader.construct_object(value_node, deep=deep)
            mapping.lines[key] = key_node.start_mark.line + 1
        return mapping

    LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    try:
        return yaml.load(text, Loader=LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        raise _YAMLProblem(e) from None


class _YAMLProblem(Exception):
    def __init__(self, error):
        mark = getattr(error, "problem_mark", None)
        self.where = f":{mark.line + 1}" if mark else ""
        self.problem = getattr(error, "problem", error)


def _plain(node):
    if isinstance(node, _LineDict):
        return {k: _plain(v) for k, v in node.items()}, node.lines, node.line
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


def _rebuilt(node):
    if isinstance(node, tuple):
        items, lines, line = node
        return _LineDict({k: _rebuilt(v) for k, v in items.items()}, dict(lines), line)
    if isinstance(node, list):
        return [_rebuilt(v) for v in node]
    return node


def builtin_pack_rules() -> list[type]:
    rules = []
    for path in sorted(packs_dir().glob("*.yml")):
        rules.extend(load_pack(path))
    return rules


@cache
def load_pack(path: Path) -> tuple[type, ...]:
    """Read one pack file into rule classes; any problem raises ConfigError naming file, line and key."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read rule pack: {e}") from None
    try:
        data = _parse_yaml(text)
    except _YAMLProblem as e:
        raise ConfigError(f"{path}{e.where}: invalid YAML: {e.problem}") from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise ConfigError(f"{path}:1: a rule pack is a mapping with a 'rules' list")
    for key in data:
        if key not in PACK_KEYS:
            raise ConfigError(f"{path}:{data.lines[key]}: unknown key {key!r} (expected one of {sorted(PACK_KEYS)})")
    return tuple(build_rule(spec, path, data.get("category")) for spec in data["rules"])


@cache
def pack_options(path: Path) -> dict:
    """A house-style pack's `options`: defaults for rules' options, {code: {option: value}}."""
    try:
        data = _parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
    except _YAMLProblem as e:
        raise ConfigError(f"{path}{e.where}: invalid YAML: {e.problem}") from None
    options = data.get("options", {})
    if not isinstance(options, dict) or not all(isinstance(v, dict) for v in options.values()):
        raise ConfigError(f"{path}: options must map rule codes to tables of option values")
    return options


def build_rule(spec, path: Path, default_category: str | None):
    from .checks import KINDS

    line = getattr(spec, "line", 0)

    def fail(key, problem):
        at = spec.lines.get(key, line) if isinstance(spec, _LineDict) else line
        raise ConfigError(f"{path}:{at}: {key}: {problem}")

    if not isinstance(spec, dict):
        raise ConfigError(f"{path}:{line}: each rule is a mapping")
    for key in spec:
        if key not in RULE_KEYS:
            fail(key, f"unknown key (expected one of {', '.join(sorted(RULE_KEYS))})")
    kind = spec.get("extends")
    if kind not in KINDS:
        fail("extends", f"unknown check kind {kind!r} (one of {', '.join(KINDS)})")
    for key in {"code", "name", "message"} | REQUIRED[kind]:
        if key not in spec:
            fail(key, "missing")
    category = spec.get("category", default_category)
    if category not in CATEGORIES:
        fail("category", f"unknown category {category!r}")
    severity = spec.get("severity", "warning")
    if severity not in ("error", "warning", "info"):
        fail("severity", f"must be error, warning or info, not {severity!r}")
    scope = spec.get("scope", "all")
    if scope not in ("all", "inside-quotes", "outside-quotes", "sentence-start"):
        fail("scope", f"must be all, inside-quotes, outside-quotes or sentence-start, not {scope!r}")
    fix = spec.get("fix", {})
    if not isinstance(fix, dict) or set(fix) - FIX_KEYS:
        fail("fix", f"a mapping with keys {sorted(FIX_KEYS)}")
    if fix.get("applicability", "safe") not in ("safe", "unsafe", "display"):
        fail("fix", "applicability must be safe, unsafe or display")
    doc = spec.get("doc", {}) or {}
    if not isinstance(doc, dict) or set(doc) - DOC_KEYS:
        fail("doc", f"a mapping with keys {sorted(DOC_KEYS)}")

    flags = re.IGNORECASE if spec.get("ignorecase") else 0  # the same flag value in `regex`
    trusted = Path(path).resolve().is_relative_to(packs_dir().resolve())  # shipped with newslint
    compiled = dict(spec)

    def pattern(key, source):
        if not isinstance(source, str) or not source:
            fail(key, f"patterns are non-empty strings, not {source!r}")
        try:
            compile_pattern(source, flags, trusted)  # alone first, so the error's position is the author's
        except BadPattern as e:
            fail(key, f"bad regular expression {source!r}: {e}")
        body = source if spec.get("nonword") else rf"(?<![\w'’-])(?:{source})(?![\w-])"
        return compile_pattern(body, flags, trusted)

    if kind == "existence":
        tokens = spec["tokens"]
        if not isinstance(tokens, list) or not tokens:
            fail("tokens", "a non-empty list of patterns")
        for t in tokens:
            pattern("tokens", t)
        compiled["_pattern"] = pattern("tokens", "|".join(f"(?:{t})" for t in tokens))
        exc = spec.get("exceptions") or []
        compiled["_exceptions"] = (compile_pattern("|".join(f"(?:{e})" for e in exc), flags, trusted)
                                    if exc else None)
    elif kind == "substitution":
        swap = spec["swap"]
        if not isinstance(swap, dict) or not swap:
            fail("swap", "a non-empty mapping of pattern: replacement")
        compiled["_swaps"] = [(pattern("swap", k), str(v)) for k, v in swap.items()]
    else:
        groups = spec["either"]
        if isinstance(groups, dict):
            groups = [groups]
        if not isinstance(groups, list) or not all(isinstance(g, dict) and len(g) >= 2 for g in groups):
            fail("either", "a list of mappings, each with two or more spelling: pattern entries")
        compiled["_groups"] = [[(str(form), pattern("either", rx or re.escape(str(form)))) for form, rx in g.items()]
                               for g in groups]
        prefer = spec.get("prefer", [])
        compiled["prefer"] = [prefer] if isinstance(prefer, str) else prefer

    examples = doc.get("examples", doc.get("example", []))
    rule_doc = RuleDoc(
        summary=str(doc.get("summary", spec["message"])),
        why=str(doc.get("why", "")),
        examples=tuple([examples] if isinstance(examples, str) else examples),
        better=tuple([doc["better"]] if isinstance(doc.get("better"), str) else doc.get("better", [])),
        fix_safety=str(doc.get("fix-safety", "")),
    )
    attrs = {
        "code": str(spec["code"]), "name": str(spec["name"]), "category": category, "severity": severity,
        "quoted": spec.get("quoted", "include"), "spec": compiled, "rule_doc": rule_doc,
        "fixable": kind != "existence" or "replacement" in fix, "default_enabled": spec.get("enabled", True),
        "source": f"{path.name}:{line}", "__doc__": rule_doc.summary, "__module__": "newslint.packs",
    }
    from .engine.rule import Option

    if kind == "consistency":
        attrs["options"] = {"prefer": Option(list, [], "spellings the house style prefers")}
    cls = type("".join(w.capitalize() for w in attrs["name"].split("-")), (KINDS[kind],), attrs)
    try:
        cls.validate_class()
    except TypeError as e:
        fail("code", str(e).split(": ", 1)[-1])
    return cls


class PatternTimeout(Exception):
    """A pack's pattern ran past its time limit on one document (the rule is skipped there)."""


class BadPattern(ValueError):
    """A pack's pattern does not compile."""


class PackPattern:
    """A pack's regular expression, run by the `regex` engine.

    Packs may come from users: a pattern that backtracks catastrophically on hostile text must
    not hang a run, so a user's pattern runs with a time limit that grows with the text (1 s plus
    1 s per MB), far above normal cost. The packs shipped with newslint are reviewed and tested;
    the limit's clock would double their cost, so their patterns run without it (`limited` is
    False). Python's `re` would spare importing `regex`, but it cannot skip ahead to a literal
    behind a leading look-behind, as `(?<![\\w-])(?:informations|...)` starts: 25 times slower here.
    """

    __slots__ = ("compiled", "source", "limited")

    def __init__(self, source: str, flags: int = 0, trusted: bool = False):
        import regex

        self.source = source
        self.limited = not trusted
        try:
            self.compiled = regex.compile(source, flags | regex.VERSION0)
        except regex.error as e:
            raise BadPattern(str(e)) from None

    def finditer(self, text: str):
        if not self.limited:
            return self.compiled.finditer(text)
        return self._finditer_limited(text)

    def _finditer_limited(self, text: str):
        try:
            yield from self.compiled.finditer(text, timeout=self._limit(text))
        except TimeoutError:
            raise PatternTimeout(self.source) from None

    def search(self, text: str):
        return self._call(self.compiled.search, text)

    def fullmatch(self, text: str):
        return self._call(self.compiled.fullmatch, text)

    def _call(self, method, text: str):
        if not self.limited:
            return method(text)
        try:
            return method(text, timeout=self._limit(text))
        except TimeoutError:
            raise PatternTimeout(self.source) from None

    @staticmethod
    def _limit(text: str) -> float:
        return 1.0 + len(text) / 1_000_000


def compile_pattern(source: str, flags: int = 0, trusted: bool = False) -> PackPattern:
    return PackPattern(source, flags, trusted)
