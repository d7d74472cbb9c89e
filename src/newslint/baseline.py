"""Baselines: record today's findings, then show only new ones (matched by path, rule and fingerprint)."""

from __future__ import annotations

import json
from pathlib import Path

from .errors import ConfigError
from .fingerprint import fingerprints


def write_baseline(path: str, results) -> None:
    data = {"version": 1, "findings": sorted(
        [r.path, d.code, fp] for r in results for d, fp in zip(r.diagnostics, fingerprints(r.text, r.diagnostics),
                                                                strict=True))}
    Path(path).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def load_baseline(path: str) -> set[tuple[str, str, str]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return {tuple(item) for item in data["findings"]}
    except FileNotFoundError:
        raise ConfigError(f"{path}: baseline file not found") from None
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ConfigError(f"{path}: not a newslint baseline ({e})") from None


def drop_known(results, known: set) -> None:
    """Remove from each result the findings the baseline already has."""
    for r in results:
        fps = fingerprints(r.text, r.diagnostics)
        r.diagnostics = [d for d, fp in zip(r.diagnostics, fps, strict=True) if (r.path, d.code, fp) not in known]
