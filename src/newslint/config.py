"""Configuration: discovery ([tool.newslint], newslint.toml, .newslint.toml), validation, rule selection."""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from pathlib import Path

from .diagnostics import SEVERITIES
from .errors import ConfigError

CONFIG_FILES = (".newslint.toml", "newslint.toml", "pyproject.toml")
KEYS = {"select", "ignore", "extend-select", "per-file-ignores", "severity", "packs", "rules", "exclude", "house-style", "grammar",
        "languagetool-url", "allow"}


@dataclass(frozen=True)
class Config:
    path: Path | None = None  # the file it came from
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    packs: tuple[Path, ...] = ()
    rules: tuple[tuple[str, tuple], ...] = ()  # (code or name, sorted option items)
    exclude: tuple[str, ...] = ()
    house_style: tuple[str, ...] = ()  # names of the house-style packs in use (rules/house/<name>.yml)
    grammar: str | None = None  # an optional grammar backend: "languagetool" or "offline"
    languagetool_url: str | None = None
    allow: tuple[tuple[str, str], ...] = ()  # known false positives: (rule selector, regex over the sentence)

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def with_overrides(self, **changes) -> Config:
        from dataclasses import replace

        return replace(self, **{k: v for k, v in changes.items() if v is not None})


DEFAULT = Config()


def _codes(value, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key} must be a list of rule codes, prefixes, names or categories")
    return tuple(v.strip() for v in value if v.strip())


def from_table(table: dict, path: Path | None) -> Config:
    """Validate a [tool.newslint] table; every problem names the file and the key."""
    where = str(path) if path else "configuration"
    for key in table:
        if key not in KEYS:
            raise ConfigError(f"{where}: unknown key {key!r} in [tool.newslint] (known: {', '.join(sorted(KEYS))})")
    base = path.parent if path else Path.cwd()
    pfi = table.get("per-file-ignores", {})
    if not isinstance(pfi, dict):
        raise ConfigError(f"{where}: per-file-ignores must be a table of glob = [codes]")
    severity = table.get("severity", {})
    if not isinstance(severity, dict):
        raise ConfigError(f"{where}: severity must be a table of code = \"error|warning|info\"")
    for key, value in severity.items():
        if value not in SEVERITIES:
            raise ConfigError(f"{where}: severity.{key} must be one of {', '.join(SEVERITIES)}, not {value!r}")
    packs = table.get("packs", [])
    if not isinstance(packs, list) or not all(isinstance(p, str) for p in packs):
        raise ConfigError(f"{where}: packs must be a list of paths to YAML rule packs")
    pack_paths = [(base / p).resolve() for p in packs]
    for given, resolved in zip(packs, pack_paths, strict=True):
        # A configuration file travels with the stories it governs: it may not reach outside its project.
        if path is not None and not resolved.is_relative_to(base.resolve()):
            raise ConfigError(f"{where}: packs: {given!r} lies outside the project ({base}); "
                              "give such a pack on the command line with --pack")
    rules = table.get("rules", {})
    if not isinstance(rules, dict) or not all(isinstance(v, dict) for v in rules.values()):
        raise ConfigError(f"{where}: rules must be a table of [rules.<CODE>] tables")
    house = table.get("house-style", [])
    house = [house] if isinstance(house, str) else house
    if not isinstance(house, list) or not all(isinstance(h, str) for h in house):
        raise ConfigError(f"{where}: house-style must be the name of a house-style pack, such as \"ap\"")
    house_packs = []
    for name in house:
        from .packs import house_style_pack

        found = house_style_pack(name)
        if found is None:
            from .packs import house_styles

            raise ConfigError(f"{where}: house-style: unknown style {name!r} (available: {', '.join(house_styles()) or 'none'})")
        house_packs.append(found)
    from .packs import pack_options

    rules = {k: dict(v) for k, v in rules.items()}
    for found in house_packs:  # a house style sets defaults for rule options; the project's own settings win
        for code, options in pack_options(found).items():
            rules[code] = {**options, **rules.get(code, {})}
    grammar = table.get("grammar")
    if grammar not in (None, "none", "languagetool", "offline"):
        raise ConfigError(f"{where}: grammar must be \"languagetool\", \"offline\" or \"none\", not {grammar!r}")
    lt_url = table.get("languagetool-url")
    if lt_url is not None and not isinstance(lt_url, str):
        raise ConfigError(f"{where}: languagetool-url must be a URL such as \"http://localhost:8081\"")
    allow = table.get("allow", [])
    if not isinstance(allow, list) or not all(isinstance(a, dict) and set(a) == {"rule", "sentence"} for a in allow):
        raise ConfigError(f"{where}: allow must be a list of {{rule = \"CODE\", sentence = \"regex\"}} tables")
    for entry in allow:
        try:
            re.compile(entry["sentence"])
        except re.error as e:
            raise ConfigError(f"{where}: allow: bad regular expression {entry['sentence']!r}: {e}") from None
    exclude = table.get("exclude", [])
    if not isinstance(exclude, list):
        raise ConfigError(f"{where}: exclude must be a list of glob patterns")
    return Config(
        path=path,
        select=_codes(table["select"], "select", where) if "select" in table else None,
        ignore=_codes(table.get("ignore", []), "ignore", where),
        extend_select=_codes(table.get("extend-select", []), "extend-select", where),
        per_file_ignores=tuple((g, _codes(c, f"per-file-ignores.{g}", where)) for g, c in pfi.items()),
        severity=tuple(severity.items()),
        packs=tuple(house_packs) + tuple(pack_paths),
        house_style=tuple(house),
        grammar=None if grammar == "none" else grammar,
        languagetool_url=lt_url,
        allow=tuple((a["rule"], a["sentence"]) for a in allow),
        rules=tuple((k, _freeze(v)) for k, v in rules.items()),
        exclude=tuple(exclude),
    )


def _freeze(value):
    if isinstance(value, dict):
        return tuple((k, _freeze(v)) for k, v in sorted(value.items()))
    if isinstance(value, list):
        return ("__list__",) + tuple(_freeze(v) for v in value)
    return value


def _thaw(value):
    if isinstance(value, tuple):
        if value[:1] == ("__list__",):
            return [_thaw(v) for v in value[1:]]
        return {k: _thaw(v) for k, v in value}
    return value


def rule_options(config: Config, cls) -> dict:
    for key, frozen in config.rules:
        if key.upper() == cls.code or key == cls.name:
            return _thaw(frozen)
    return {}


def load_file(path: Path) -> Config | None:
    """The configuration in one file, or None for a pyproject.toml without [tool.newslint]."""
    import tomllib  # here: most runs find no configuration file, and the import costs 2 ms of start-up

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise ConfigError(f"{path}: cannot read: {e.strerror or e}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: invalid TOML: {e}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("newslint")
        if table is None:
            return None
    else:
        table = data.get("tool", {}).get("newslint", data)
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.newslint] must be a table")
    return from_table(table, path.resolve())


def discover(directory: Path, memo: dict | None = None) -> Config:
    """The closest configuration at or above `directory`; defaults when there is none.

    `memo` (folder -> Config) spares a run from reading the same files for every story in a folder.
    """
    memo = {} if memo is None else memo
    walked = []
    found = DEFAULT
    for folder in (directory, *directory.parents):
        if folder in memo:
            found = memo[folder]
            break
        walked.append(folder)
        hit = next((c for c in (load_file(folder / n) for n in CONFIG_FILES if (folder / n).is_file()) if c), None)
        if hit is not None:
            found = hit
            break
    for folder in walked:
        memo[folder] = found
    return found


# ---------------------------------------------------------------------------------------------
# Selection


def matches(key: str, cls) -> bool:
    key = key.strip()
    up = key.upper()
    return (up == "ALL" or up == cls.code or (len(up) >= 2 and cls.code.startswith(up) and up.isalnum() and up[:2].isalpha())
            or key.lower() == cls.name or key.lower() == cls.category)


def check_keys(keys, known) -> None:
    """Reject selectors that match no rule at all: a typo should not silently select nothing."""
    for key in keys:
        if not any(matches(key, cls) for cls in known):
            raise ConfigError(f"unknown rule, prefix or category {key!r} (see `newslint rules`)")


def selected(config: Config, classes, path: str | None = None) -> list:
    classes = list(classes)
    check_keys((*(config.select or ()), *config.ignore, *config.extend_select), classes)
    if config.select is not None:
        chosen = [c for c in classes if any(matches(k, c) for k in config.select)]
    else:
        chosen = [c for c in classes if c.default_enabled]
    chosen += [c for c in classes if c not in chosen and any(matches(k, c) for k in config.extend_select)]
    ignore = list(config.ignore)
    if path is not None:
        rel = _relative(path, config)
        for glob, codes in config.per_file_ignores:
            if fnmatch.fnmatch(rel, glob) or fnmatch.fnmatch(Path(path).name, glob):
                ignore.extend(codes)
    return [c for c in chosen if not any(matches(k, c) for k in ignore)]


def _relative(path: str, config: Config) -> str:
    p = Path(path).resolve()
    try:
        return p.relative_to(config.root.resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def severity_for(config: Config, cls) -> str | None:
    for key, value in config.severity:
        if matches(key, cls):
            return value
    return None
