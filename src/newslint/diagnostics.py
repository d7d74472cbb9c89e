"""What a rule reports: Diagnostic, Fix and Edit (immutable values)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from operator import attrgetter

SEVERITIES = ("info", "warning", "error")
APPLICABILITIES = ("display", "unsafe", "safe")  # ordered from least to most trusted


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace text[start:end] by `text`: an insertion when start == end, a deletion when text == ""."""

    start: int
    end: int
    text: str

    @classmethod
    def delete(cls, start: int, end: int) -> Edit:
        return cls(start, end, "")

    @classmethod
    def insert(cls, at: int, text: str) -> Edit:
        return cls(at, at, text)


@dataclass(frozen=True, slots=True)
class Fix:
    title: str
    edits: tuple[Edit, ...]
    applicability: str = "safe"

    def __post_init__(self):
        if self.applicability not in APPLICABILITIES:
            raise ValueError(f"unknown applicability {self.applicability!r}")
        if len(self.edits) > 1:
            object.__setattr__(self, "edits", tuple(sorted(self.edits, key=attrgetter("start", "end"))))
        elif type(self.edits) is not tuple:
            object.__setattr__(self, "edits", tuple(self.edits))

    @classmethod
    def safe(cls, title: str, edits) -> Fix:
        return cls(title, tuple(edits), "safe")

    @classmethod
    def unsafe(cls, title: str, edits) -> Fix:
        return cls(title, tuple(edits), "unsafe")

    @classmethod
    def display(cls, title: str, edits=()) -> Fix:
        return cls(title, tuple(edits), "display")

    @property
    def start(self) -> int:
        return min(e.start for e in self.edits)

    @property
    def end(self) -> int:
        return max(e.end for e in self.edits)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    code: str
    name: str
    category: str
    severity: str
    message: str
    start: int
    end: int
    fix: Fix | None = None
    path: str = field(default="", compare=False)

    def with_severity(self, severity: str) -> Diagnostic:
        return replace(self, severity=severity)

    # The order of a report: by place, then rule and message. A key made in C, not a method: a report on
    # hostile text holds hundreds of thousands of findings.
    sort_key = attrgetter("start", "end", "code", "message")


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


def applicability_rank(applicability: str) -> int:
    return APPLICABILITIES.index(applicability)
