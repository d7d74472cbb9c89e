"""The library API: check and fix text with no global state beyond the read-only rule registry."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from . import config as cfg
from .diagnostics import Diagnostic
from .document import Document
from .engine.fixer import fix_until_stable
from .engine.registry import all_rules
from .engine.runner import run_rules
from .errors import ConfigError


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
    chosen = cfg.selected(config, classes, path)
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


def make_document(text: str, path: str = "<text>") -> Document:
    from .markup import prose_view

    return Document(text, path, prose_view(text, path))


def check_document(text: str, config: cfg.Config, path: str = "<text>", grammar: bool = True) -> list[Diagnostic]:
    """newslint's rules, then the configured grammar backend (skipped inside the fix loop)."""
    doc = make_document(text, path)
    found = run_rules(doc, rules_for(config, path if path != "<text>" else None))
    if grammar and config.grammar:
        from .grammar import grammar_findings

        found = sorted(found + grammar_findings(doc, found, config), key=Diagnostic.sort_key)
    return found


def check_text(text: str, config=None, path: str = "<text>") -> list[Diagnostic]:
    """Every finding in `text`, sorted by offset. `config`: a Config, a [tool.newslint]-like dict, a path, or None."""
    return check_document(text, _as_config(config), path)


def fix_text(text: str, config=None, unsafe: bool = False, path: str = "<text>") -> tuple[str, list[Diagnostic]]:
    """Apply safe fixes (and unsafe ones when asked) until stable; returns (new text, findings that remain)."""
    conf = _as_config(config)
    fixed, _, _ = fix_until_stable(text, lambda t: check_document(t, conf, path, grammar=False),
                                   "unsafe" if unsafe else "safe")
    return fixed, check_document(fixed, conf, path)
