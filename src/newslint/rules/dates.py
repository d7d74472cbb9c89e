"""Rules of the dates family: weekdays, dates and years checked against the calendar and the story date.

The analysis lives in newslint/datefacts.py (written dates, the story date, relative days).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..datefacts import (
    MONTH_PATTERN,
    dates,
    is_certainly_a_date,
    relative_days,
    resolve,
    story_date,
    story_dates,
    weekday_name,
)
from ..diagnostics import Edit, Fix
from ..engine.registry import register
from ..engine.rule import Rule
from ..lazy_regex import lazy

# How far from the story date a date with a wrong year may lie and still be read as a typo for the story's year.
_NEAR_DAYS = 10


@register
class WeekdayDateMismatch(Rule):
    """A weekday does not match the date it is written with ("Thursday, April 26, 2024").

    ## Why
    Weekdays are added, moved and translated separately from the date; one of the two is then
    wrong. The date is usually the one checked at the source, so the fix changes the weekday.
    A date without a year is read in the year of the story date, when the story has one.
    ## Example
    Blinken met Xi in Beijing on Thursday, April 26, 2024.
    The summit opens on Sunday 3 March 2025 in Brussels.
    ## Better
    Blinken met Xi in Beijing on Friday, April 26, 2024.
    The summit opens on Monday 3 March 2025 in Brussels, and on Tuesday and Wednesday, March 4-5, in Paris.
    ## Fix safety
    Unsafe: the date may be the wrong half of the pair; the fix trusts the date and changes the weekday.
    """

    code = "DT01"
    name = "weekday-date-mismatch"
    category = "dates"
    severity = "error"
    fixable = True

    def check(self, doc):
        story = story_date(doc)
        for d in dates(doc):
            if d.weekday is None or d.day_range or not d.possible:
                continue
            day = resolve(d, story)
            if day is None or day.weekday() == d.weekday or _year_typo(d, story):
                continue
            right = weekday_name(day.weekday())
            ws, we = d.weekday_span
            written = doc.text[ws:we]
            when = "" if d.year is not None else f" (read in {day.year}, the year of the story date)"
            yield self.report(d.start, d.end,
                              f"'{d.text}': {day:%B} {day.day}, {day.year} is a {right}, not a {written}{when}",
                              Fix.unsafe(f"Change '{written}' to '{right}'", [Edit(ws, we, right)]))


def _year_typo(d, story) -> bool:
    """True when the weekday fits only with the story's year and the date lies next to the story date."""
    base = story.date if story else None
    if base is None or d.year is None or d.year == base.year:
        return False
    same = d.on(base.year)
    return same is not None and same.weekday() == d.weekday and abs((same - base).days) <= _NEAR_DAYS


@register
class ImpossibleDate(Rule):
    """A date that does not exist ("February 30", "April 31", "29 February 2023").

    ## Why
    Day and month swapped in translation (26/04 read as 04/26), or a typo: no reader can place the event.
    ## Example
    The ceasefire was signed on February 30 in Doha.
    The decree, dated 31 April 2024, was published on Monday.
    The law took effect on February 29, 2023.
    ## Better
    The ceasefire was signed on February 28 in Doha.
    In April 31 people died on the roads, police said.
    The law took effect on February 29, 2024.
    """

    code = "DT02"
    name = "impossible-date"
    category = "dates"
    severity = "error"

    def check(self, doc):
        for d in dates(doc):
            if d.possible or not is_certainly_a_date(doc.text, d):
                continue
            if not 1 <= d.month <= 12:
                why = f"there is no month {d.month}"
            elif d.month == 2 and d.day == 29 and d.year:
                why = f"{d.year} is not a leap year"
            else:
                why = f"{_month_name(d.month)} has {_days_in(d)} days"
            yield self.report(d.start, d.end, f"'{d.text}' is not a date: {why}")


def _month_name(month: int) -> str:
    return dt.date(2000, month, 1).strftime("%B")


def _days_in(d) -> int:
    return calendar.monthrange(d.year or 2000, d.month)[1]


@register
class RelativeDayMismatch(Rule):
    """"Today", "yesterday" or "tomorrow" names a weekday that contradicts the story date.

    ## Why
    Copy written one day and filed or translated the next keeps "yesterday (Thursday)" when the
    dateline already says Saturday. The story date comes from the date header or the dateline.
    ## Example
    date 2024-04-26 Blinken met Xi today (Thursday) in Beijing.
    date 2024-04-26 The talks ended yesterday, Wednesday, after six hours.
    ## Better
    date 2024-04-26 Blinken met Xi today (Friday) in Beijing.
    date 2024-04-26 The talks ended yesterday, Thursday, after six hours.
    ## Fix safety
    Unsafe: the weekday may be right and the relative word wrong; the fix trusts the story date.
    """

    code = "DT03"
    name = "relative-day-mismatch"
    category = "dates"
    severity = "warning"
    fixable = True

    def check(self, doc):
        story = story_date(doc)
        base = story.date if story else None
        if base is None:
            return
        for r in relative_days(doc):
            if r.offset is None or r.weekday is None:
                continue
            day = base + dt.timedelta(days=r.offset)
            if day.weekday() == r.weekday:
                continue
            ws, we = r.weekday_span
            right = weekday_name(day.weekday())
            yield self.report(r.start, r.end,
                              f"'{r.text.strip()}': the story is dated {_long(base)} ({story.source}), "
                              f"so that day is a {right}",
                              Fix.unsafe(f"Change '{doc.text[ws:we]}' to '{right}'", [Edit(ws, we, right)]))


def _long(day: dt.date) -> str:
    return f"{day:%A}, {day:%B} {day.day}, {day.year}"


# "this year (2023)", "last year, in 2022", "2023 (this year)": a year said two ways.
_YEAR_PAIR = lazy(
    r"\b(?P<rel>this|last|next)\s+year\b\s*(?:\(\s*|,\s*in\s+(?:" + MONTH_PATTERN + r"\s+)?|[—–]\s*)"
    r"(?P<y>(?:19|20)\d\d)\b(?!\s*(?:-|–|to)\s*\d)\)?"
    r"|\b(?P<y2>(?:19|20)\d\d)\s*\(\s*(?P<rel2>this|last|next)\s+year\s*\)", re.IGNORECASE)
_REL_YEAR = {"this": 0, "last": -1, "next": 1}
# Completed events dated after the story was written ("signed on May 3, 2025" in a 2024 story).
_PAST_EVENT_BEFORE = lazy(
    r"\b(?:signed|died|met|held|took place|arrived|visited|was born|were born|was killed|were killed|"
    r"was elected|were elected|was arrested|were arrested|was sworn in|was founded|was released|were released|"
    r"ended|began|happened|occurred|took effect|came into force|entered into force|was adopted|was approved|"
    r"was passed|was signed|were signed|was announced|was published)\s+(?:on|in)\s+$")


@register
class YearMismatch(Rule):
    """A year disagrees with the story's date.

    ## Why
    Dates are retyped in translation and a year slips: "this year (2023)" in a 2024 story, a weekday
    and date that only fit the story's year, an event reported as done on a date after the story
    was written, a dateline whose year differs from the date header.
    ## Example
    date 2024-04-26 Exports rose 5% this year (2023), the ministry said.
    date 2024-04-26 Blinken met Xi on Friday, April 26, 2023, in Beijing.
    date 2024-04-26 The accord was signed on March 3, 2025, in Doha.
    ## Better
    date 2024-04-26 Exports rose 5% this year (2024), the ministry said.
    date 2024-04-26 Blinken met Xi on Friday, April 26, 2024, in Beijing.
    date 2024-04-26 The accord will take effect on March 3, 2025.
    Exports rose 5% this year (2023), the ministry said.
    ## Fix safety
    Unsafe: the fix writes the story's year, which is right for a typo but not if the story date is wrong.
    """

    code = "DT04"
    name = "year-mismatch"
    category = "dates"
    severity = "warning"
    fixable = True

    def check(self, doc):
        story = story_date(doc)
        base = story.date if story else None
        if story is not None:
            yield from self._story_dates_disagree(doc, story)
        if base is None:
            return
        text = doc.text
        for m in _YEAR_PAIR.finditer(text):
            rel = (m.group("rel") or m.group("rel2")).lower()
            group = "y" if m.group("y") else "y2"
            want = base.year + _REL_YEAR[rel]
            if int(m.group(group)) != want:
                ys, ye = m.span(group)
                yield self.report(m.start(), m.end(), f"'{m.group()}': the story is dated {base.year}, "
                                                      f"so {rel} year is {want}",
                                  Fix.unsafe(f"Write {want}", [Edit(ys, ye, str(want))]))
        for d in dates(doc):
            if d.year is None or d.start == story.start:
                continue
            if d.weekday is not None and _year_typo(d, story):
                ys, ye = d.year_span
                yield self.report(d.start, d.end, f"'{d.text}': the weekday fits {base.year}, the year of the "
                                                  f"story date, not {d.year}",
                                  Fix.unsafe(f"Write {base.year}", [Edit(ys, ye, str(base.year))]))
            elif _PAST_EVENT_BEFORE.search(text, max(0, d.start - 30), d.start):
                day = d.on(d.year) if d.possible else None
                if day is not None and (day - base).days > 1:
                    yield self.report(d.start, d.end, f"'{d.text}' is after the story date ({_long(base)}), "
                                                      f"but the event is reported as past")

    def _story_dates_disagree(self, doc, story):
        """A dateline whose year differs from the header's (a day apart is normal: time zones, filing)."""
        for other in story_dates(doc):
            if other is not story and None not in (other.year, story.year) and other.year != story.year:
                yield self.report(other.start, other.end,
                                  f"The {other.source} says {other.year}, the {story.source} {story.year}")
