"""Dates in a story: the story's own date (header or dateline), written dates, and relative days.

`story_date(doc)`, `dates(doc)` and `relative_days(doc)` are memoised on the Document, so the
dates rules and `newslint facts` share one pass. Only the standard library is used: `datetime`
and `calendar` know the weekdays and the month lengths.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from .lazy_regex import lazy
from .quantities import candidates, scan

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
           "nov": 11, "dec": 12}
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}  # Monday = 0

MONTH_PATTERN = _MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                          r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_ORD = r"(?:st|nd|rd|th)"

# A written date, with the weekday that names it when there is one ("Friday, April 26, 2024",
# "Friday 26 April", "the 26th of April 2024", "2024-04-26", "April 26 (Friday)").
_DATE = lazy(
    r"(?=[A-Z\d])(?:(?P<wd>" + _WEEKDAY + r")(?:,\s*|\s+|\s*\(\s*)(?:the\s+)?)?"
    r"(?:\b(?P<m1>" + _MONTH + r")[ \t]+(?P<d1>\d{1,2})(?P<o1>" + _ORD + r")?(?![\d:.,]\d|-[A-Za-z])"
    r"(?:(?:,[ \t]*|[ \t]+)(?P<y1>" + _YEAR + r")(?!\d|[ \t]*(?:GMT|BST|CET|UTC|hrs|hours|local)\b))?"
    r"|(?<![\d.,])\b(?P<d2>\d{1,2})(?P<o2>" + _ORD + r"|\.(?=[ \t]))?[ \t]+(?:of[ \t]+)?(?P<m2>" + _MONTH + r")"
    r"(?:(?:,[ \t]*|[ \t]+)(?P<y2>" + _YEAR + r")(?!\d|[ \t]*(?:GMT|BST|CET|UTC|hrs|hours|local)\b))?"
    r"|\b(?P<y3>" + _YEAR + r")-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)(?![\d-]))"
    r"(?:\)|\s*\(\s*(?P<wd2>" + _WEEKDAY + r")\s*\))?"
)
# Words after "April 31" that make it a count, not a date ("In April 31 people died").
_COUNT_AFTER = lazy(r"\s+(?!(?:and|to|at|in|on|the|when|as|after|before|by|until|of|or|with|for|from|"
                          r"this|last|next|was|is|will|would|saw|marks?|marked)\b)[a-z]")
_DAY_RANGE_AFTER = lazy(r"\s*(?:[-–—]|to|and|through)\s*\d")
# Words before a date that make it certainly one ("on April 31", "until the 31st of April").
_DATE_CUE_BEFORE = lazy(r"\b(?:on|by|until|till|since|from|before|after|through|dated|to|of|the)\s+$"
                              r"|" + _WEEKDAY + r",?\s+$", re.IGNORECASE)


class DateMention(NamedTuple):
    """A written date: its span, its parts as written, and the weekday beside it if any (a named tuple:
    quick to build)."""

    start: int
    end: int
    text: str
    year: int | None
    month: int
    day: int
    weekday: int | None = None  # the weekday written with it, Monday = 0
    weekday_span: tuple[int, int] | None = None
    year_span: tuple[int, int] | None = None
    ordinal: bool = False
    day_range: bool = False  # "March 3-4": the weekday may name the other day

    @property
    def possible(self) -> bool:
        if not 1 <= self.month <= 12 or self.day < 1:
            return False
        return self.day <= (calendar.monthrange(self.year, self.month)[1] if self.year else
                            (29 if self.month == 2 else calendar.monthrange(2001, self.month)[1]))

    def on(self, year: int) -> dt.date | None:
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class StoryDate:
    """The date the story is written on, as its header or dateline gives it."""

    year: int | None
    month: int
    day: int
    source: str  # "header" | "dateline" | "date line"
    start: int
    end: int

    @property
    def date(self) -> dt.date | None:
        if self.year is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class RelativeDay:
    """A day named relative to the story date: "on Wednesday", "yesterday", "today (Friday)"."""

    start: int
    end: int
    text: str
    offset: int | None  # days from the story date for today/yesterday/tomorrow, else None
    weekday: int | None
    weekday_span: tuple[int, int] | None
    future: bool  # the sentence speaks of what will happen


def dates(doc) -> list[DateMention]:
    """Every written date, in reading order (memoised on the document)."""
    return doc.cached("dates", lambda d: extract_dates(d.text, candidates(d)[1]))


def extract_dates(text: str, starts: list[int] | None = None) -> list[DateMention]:
    """The written dates in `text`; `starts` are its date candidates if already scanned (quantities.scan)."""
    found = []
    last = 0
    for pos in scan(text)[1] if starts is None else starts:
        if pos < last:
            continue  # inside the last date: the same matches as _DATE.finditer(text)
        m = _DATE.match(text, pos)
        if m is None:
            continue
        last = m.end()
        # All groups in one call (by position, in the order of _DATE): quicker than a dict of them.
        wd1, m1, d1, o1, y1, d2, o2, m2, y2, y3, m3, d3, wd2 = m.groups()
        if m1:
            month, day, year, ordinal, first, year_group = MONTHS[m1.rstrip(".").lower()], d1, y1, o1, "m1", "y1"
        elif m2:
            month, day, year, ordinal, first, year_group = MONTHS[m2.rstrip(".").lower()], d2, y2, o2, "d2", "y2"
        else:
            month, day, year, ordinal, first, year_group = int(m3), d3, y3, None, "y3", "y3"
        wd = wd1 or wd2
        wd_group = "wd" if wd1 else "wd2"
        start = m.start() if wd1 else m.start(first)
        end = m.end()
        if text[end - 1] == ")" and not wd2 and "(" not in text[start:end]:
            end -= 1  # the ")" closing an earlier "(" belongs to the text around
        found.append(DateMention(
            start, end, text[start:end], int(year) if year else None, month, int(day),
            WEEKDAYS[wd.lower()] if wd else None, m.span(wd_group) if wd else None,
            m.span(year_group) if year else None, bool(ordinal),
            bool(_DAY_RANGE_AFTER.match(text, m.end("d1") if m1 else m.end())),
        ))
    return found


def is_certainly_a_date(text: str, d: DateMention) -> bool:
    """True unless "April 31" may be a month and a count ("In April 31 people died")."""
    if d.year is not None or d.ordinal or d.weekday is not None or d.text[:4].isdigit():
        return True
    if _COUNT_AFTER.match(text, d.end):
        return False
    return bool(_DATE_CUE_BEFORE.search(text, max(0, d.start - 12), d.start))


# ---------------------------------------------------------------------------------------------
# The story date

# "date 2024-04-26", "Date: April 26, 2024", "Published: 26 April 2024", front matter "date: ...".
_HEADER = lazy(r"\A(?:\s*---\s*\n(?:[^\n]*\n){0,20}?)?\s*(?P<key>(?i:date[d]?|published|posted|updated))"
                     r"\s*[:=]?\s*")
# "SALVADOR, Feb 26 -", "BEIJING, April 26 (Xinhua) --", "Moscow, 26 April 2024 (AFP) —".
_DATELINE = lazy(r"[A-Z][\w .'’/-]{1,40}?,\s+(?:" + _WEEKDAY + r",?\s+)?(?=\S)")
_DATELINE_END = lazy(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:-{1,2}|–|—|:)\s")
_HEAD_PARAGRAPHS = 3


def story_date(doc) -> StoryDate | None:
    """The story's date from its header, else its dateline, else a line holding only a date."""
    return doc.cached("story_date", _find_story_date)


def story_dates(doc) -> list[StoryDate]:
    """Every statement of the story's own date (header, dateline, date line), in reading order."""
    return doc.cached("story_dates", _find_story_dates)


def _find_story_date(doc) -> StoryDate | None:
    found = story_dates(doc)
    with_year = [s for s in found if s.year is not None]
    if not found:
        return None
    best = with_year[0] if with_year else found[0]
    if best.year is None:
        return best
    return best


def _find_story_dates(doc) -> list[StoryDate]:
    text = doc.text
    out: list[StoryDate] = []
    mentions = dates(doc)
    h = _HEADER.match(text)
    if h:
        d = _mention_at(mentions, h.end())
        if d is not None:
            out.append(StoryDate(d.year, d.month, d.day, "header", d.start, d.end))
    for p in doc.paragraphs[:_HEAD_PARAGRAPHS]:
        m = _DATELINE.match(text, p.start)
        if m:
            d = _mention_at(mentions, m.end())
            if d is not None and _DATELINE_END.match(text, d.end):
                out.append(StoryDate(d.year, d.month, d.day, "dateline", d.start, d.end))
                break
        d = _mention_at(mentions, p.start)
        if d is not None and d.end == p.end and (not out or d.start >= out[-1].end):
            out.append(StoryDate(d.year, d.month, d.day, "date line", d.start, d.end))
    return out


def _mention_at(mentions: list[DateMention], offset: int) -> DateMention | None:
    for d in mentions:
        if d.start == offset:
            return d
        if d.start > offset:
            return None
    return None


def resolve(d: DateMention, story: StoryDate | None) -> dt.date | None:
    """The calendar date of `d`: its own year, else the year that puts it nearest the story date."""
    if d.year is not None:
        return d.on(d.year)
    base = story.date if story else None
    if base is None:
        return None
    options = [x for x in (d.on(base.year - 1), d.on(base.year), d.on(base.year + 1)) if x]
    return min(options, key=lambda x: abs((x - base).days)) if options else None


# ---------------------------------------------------------------------------------------------
# Relative days

_RELATIVE = lazy(
    r"\b(?P<rel>today|yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening)\b"
    r"(?:\s*(?:,|\(|—|–)\s*(?P<wd>" + _WEEKDAY + r")\b)?"
    r"|\b(?P<wd2>" + _WEEKDAY + r")(?:['’]s)?\b(?:\s*(?:,|\()\s*(?P<rel2>today|yesterday|tomorrow)\b)?",
    re.IGNORECASE)
_OFFSETS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
            "yesterday": -1, "last night": -1, "tomorrow": 1}
_FUTURE = lazy(r"\b(?:will|shall|is to|are to|is due|are due|is scheduled|are scheduled|is expected to|"
                     r"are expected to|plans? to|planned for|is set to|are set to|next|upcoming|later this week|"
                     r"'ll|would)\b", re.IGNORECASE)


_TENSE_WINDOW = 160  # how far back the future markers of a weekday's clause are looked for


def relative_days(doc) -> list[RelativeDay]:
    """Weekdays not written with a date, and today/yesterday/tomorrow (memoised on the document)."""
    return doc.cached("relative_days", _find_relative_days)


def _find_relative_days(doc) -> list[RelativeDay]:
    text = doc.text
    written = [d.weekday_span for d in dates(doc) if d.weekday_span]
    taken = {span[0] for span in written}
    out = []
    for m in _RELATIVE.finditer(text):
        rel = (m.group("rel") or m.group("rel2") or "").lower()
        wd_group = "wd" if m.group("wd") else "wd2" if m.group("wd2") else None
        if wd_group and m.start(wd_group) in taken:
            continue  # the weekday of a written date
        if wd_group and not rel and not m.group(wd_group)[0].isupper():
            continue
        if rel and m.group()[0].isupper() and not _sentence_start(text, m.start()):
            continue  # "Today" the programme, "Tomorrow's World"
        s = doc.sentence_at(m.start())
        lo = s.start if s else max(0, m.start() - 200)
        future = bool(_FUTURE.search(text, max(lo, m.start() - _TENSE_WINDOW), m.start()))
        end = m.end() + (text.startswith(")", m.end()) and "(" in m.group())
        out.append(RelativeDay(m.start(), end, text[m.start():end], _OFFSETS.get(rel) if rel else None,
                               WEEKDAYS[m.group(wd_group).lower()] if wd_group else None,
                               m.span(wd_group) if wd_group else None, future))
    return out


def _sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\"“‘'(":
        j -= 1
    return j < 0 or text[j] in ".!?\n"


def resolve_relative(r: RelativeDay, story: StoryDate | None) -> dt.date | None:
    """The calendar date a relative day names, counted from the story date."""
    base = story.date if story else None
    if base is None:
        return None
    if r.offset is not None:
        return base + dt.timedelta(days=r.offset)
    if r.weekday is None:
        return None
    delta = (r.weekday - base.weekday()) % 7
    if r.future:
        return base + dt.timedelta(days=delta)
    return base - dt.timedelta(days=(7 - delta) % 7)


def weekday_name(i: int) -> str:
    return calendar.day_name[i]
