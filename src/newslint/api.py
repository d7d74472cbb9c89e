"""The library API: check and fix text with no global state beyond the read-only rule registry (and the garbage
collector paused while the rules run over a document)."""

from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from . import config as cfg
from .diagnostics import Diagnostic, Edit, Fix
from .document import Document, LineIndex
from .engine.fixer import fix_until_stable
from .engine.registry import all_rules
from .engine.runner import run_rules
from .errors import ConfigError
from .lazy_regex import lazy


def _as_config(config) -> cfg.Config:
    if config is None:
        return cfg.DEFAULT
    if isinstance(config, cfg.Config):
        return config
    if isinstance(config, dict):
        return cfg.from_table(config, None)
    if isinstance(config, (str, Path)):
        loaded = cfg.load_file(Path(config))
        return loaded or cfg.DEFAULT
    raise TypeError("config is a Config, a dict like [tool.newslint], a path, or None")


@lru_cache(maxsize=256)
def rules_for(config: cfg.Config, path: str | None = None) -> tuple:
    """Instantiate the rules a configuration enables for a file (cached: rules hold no state)."""
    from .packs import load_pack

    classes = list(all_rules().values())
    for pack in config.packs:
        classes.extend(load_pack(pack))
    chosen = cfg.selected(_without_grammar_keys(config), classes, path)
    rules = []
    for cls in chosen:
        options = cfg.rule_options(config, cls)
        for key, value in options.items():
            if key not in cls.options:
                known = ", ".join(cls.options) or "none"
                raise ConfigError(f"{config.path or 'configuration'}: rules.{cls.code}: unknown option {key!r} (known: {known})")
            try:
                options[key] = cls.options[key].validate(key, value)
            except ValueError as e:
                raise ConfigError(f"{config.path or 'configuration'}: rules.{cls.code}: {e}") from None
        rules.append(cls(cfg.severity_for(config, cls), options, config))
    return tuple(rules)


def check_document(text: str, config: cfg.Config, path: str = "<text>", grammar: bool = True) -> list[Diagnostic]:
    """newslint's rules, then the configured grammar backend (skipped inside the fix loop).

    Offsets in the result index `text`, the source, whatever its format.
    """
    from .markup import extract

    ext = extract(text, path)
    doc = Document(ext.text, path)
    with collector_paused():
        found = run_rules(doc, rules_for(config, path if path != "<text>" else None))
    if config.allow:
        found = [d for d in found if not allowed(d, doc, config.allow)]
    if grammar and config.grammar:
        from .grammar import grammar_findings

        found = found + grammar_findings(doc, found, config)
    if ext.offsets is not None:
        found = [to_source(d, ext) for d in found]
    if ext.directives:
        found = apply_directives(found, ext.directives, text)
    return sorted(found, key=Diagnostic.sort_key)


@contextmanager
def collector_paused():
    """Python's cyclic garbage collector paused while the rules run over one document.

    The rules make millions of short-lived objects, which reference counting frees, and keep the
    document's findings and analyses alive until the end: each collection pass walks all of those
    again, 7% of a run over news copy and a third of it on a document with 500,000 findings. The
    few reference cycles made meanwhile wait for the next pass, after the document.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def allowed(d: Diagnostic, doc: Document, allow) -> bool:
    """A configured known false positive: the rule matches and the regex finds the finding's sentence."""
    sentence = doc.sentence_at(d.start)
    text = doc.text[sentence.start:sentence.end] if sentence else doc.text[d.start:d.end]
    return any(_code_matches(rule.upper(), d) and re.search(pattern, text) for rule, pattern in allow)


def to_source(d: Diagnostic, ext) -> Diagnostic:
    """Map a finding on extracted prose back to the source; a fix whose edit spans markup becomes display-only."""
    start, end = ext.source_span(d.start, d.end)
    fix = d.fix
    if fix is not None and fix.edits:
        edits = []
        for e in fix.edits:
            mapped = ext.source_edit(e.start, e.end, e.text)  # None: markup or an escape inside the edited text
            if mapped is None:
                edits = None
                break
            edits.append(Edit(*mapped))
        fix = Fix(fix.title, tuple(edits), fix.applicability) if edits is not None else Fix.display(fix.title)
    return replace(d, start=start, end=end, fix=fix)


def apply_directives(found: list[Diagnostic], directives, source: str) -> list[Diagnostic]:
    """Drop findings switched off by `newslint-disable` / `-enable` / `-disable-next-line` comments."""
    lines = LineIndex(source)
    ranges = []  # (start offset, end offset, codes)
    open_at: dict[tuple, int] = {}
    for d in directives:
        if d.kind == "disable":
            open_at.setdefault(d.codes, d.offset)
        elif d.kind == "enable":
            for codes in [c for c in open_at if not d.codes or c == d.codes or set(d.codes) & set(c)]:
                ranges.append((open_at.pop(codes), d.offset, codes))
        else:
            line, _ = lines.position(d.offset)
            if line < len(lines.starts):
                nxt = lines.starts[line]
                stop = lines.starts[line + 1] if line + 1 < len(lines.starts) else len(source)
                ranges.append((nxt, stop, d.codes))
    ranges += [(start, len(source) + 1, codes) for codes, start in open_at.items()]

    def silenced(diag):
        return any(a <= diag.start < b and (not codes or any(_code_matches(c, diag) for c in codes))
                   for a, b, codes in ranges)

    return [d for d in found if not silenced(d)]


def _code_matches(key: str, d: Diagnostic) -> bool:
    code = d.code.upper()  # grammar codes are mixed case (GR-Spelling); directive codes arrive upper-cased
    return code == key or code.startswith(key) or d.name == key.lower() or d.category == key.lower()


_GRAMMAR_KEY = lazy(r"(?i)grammar|(?:gr|lt)(?:-\S+)?")


def _without_grammar_keys(config: cfg.Config) -> cfg.Config:
    """Selectors for grammar-backend findings (grammar, GR, LT-<RULE>) are no rules: newslint.grammar applies them."""
    keys = (*(config.select or ()), *config.ignore, *config.extend_select)
    if not any(_GRAMMAR_KEY.fullmatch(k.strip()) for k in keys):
        return config

    def rules_only(selectors):
        return tuple(k for k in selectors if not _GRAMMAR_KEY.fullmatch(k.strip()))

    return replace(config, select=None if config.select is None else rules_only(config.select),
                   ignore=rules_only(config.ignore), extend_select=rules_only(config.extend_select))


def check_text(text: str, config=None, path: str = "<text>") -> list[Diagnostic]:
    """Every finding in `text`, sorted by offset. `config`: a Config, a [tool.newslint]-like dict, a path, or None."""
    return check_document(text, _as_config(config), path)


def fix_text(text: str, config=None, unsafe: bool = False, path: str = "<text>") -> tuple[str, list[Diagnostic]]:
    """Apply safe fixes (and unsafe ones when asked) until stable; returns (new text, findings that remain)."""
    conf = _as_config(config)
    fixed, _, _ = fix_until_stable(text, lambda t: check_document(t, conf, path, grammar=False),
                                   "unsafe" if unsafe else "safe")
    return fixed, check_document(fixed, conf, path)
