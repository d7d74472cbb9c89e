"""Issue 5, dates: the story date, weekday checks over the calendar, relative days."""

import datetime as dt

import pytest

from newslint.api import check_text
from newslint.datefacts import extract_dates, relative_days, resolve, resolve_relative, story_date
from newslint.document import Document

DT = {"select": ["dates"]}


@pytest.mark.parametrize("text, source, date", [
    ("date 2024-04-26 US Secretary of State Antony Blinken met Xi.", "header", dt.date(2024, 4, 26)),
    ("Date: April 26, 2024\n\nBlinken met Xi.", "header", dt.date(2024, 4, 26)),
    ("BEIJING, April 26, 2024 (Xinhua) -- Blinken met Xi.", "dateline", dt.date(2024, 4, 26)),
    ("BLINKEN IN BEIJING\n\nBEIJING, 26 April 2024 (AFP) — Blinken met Xi.", "dateline", dt.date(2024, 4, 26)),
    ("Friday, April 26, 2024\n\nBlinken met Xi.", "date line", dt.date(2024, 4, 26)),
])
def test_story_date(text, source, date):
    story = story_date(Document(text))
    assert (story.source, story.date) == (source, date)


def test_dateline_without_a_year_gives_month_and_day_only():
    story = story_date(Document("COCOA REVIEW\n\nSALVADOR, Feb 26 - Showers continued."))
    assert (story.month, story.day, story.date) == (2, 26, None)


def test_date_without_year_is_read_nearest_the_story_date():
    doc = Document("date 2025-01-02\n\nMarkets closed on December 31.")
    (header, d) = extract_dates(doc.text)
    assert resolve(d, story_date(doc)) == dt.date(2024, 12, 31)


@pytest.mark.parametrize("year", [1987, 2000, 2004, 2023, 2024, 2025])
def test_every_correct_pair_is_silent_and_every_wrong_one_flagged(year):
    day = dt.date(year, 1, 1)
    while day.year == year:
        right, wrong = day.strftime("%A"), (day + dt.timedelta(days=3)).strftime("%A")
        for fmt in ("{w}, {d:%B} {d.day}, {d.year}", "{w} {d.day} {d:%B} {d.year}"):
            assert not check_text("The talks ended on " + fmt.format(w=right, d=day) + ".", DT)
            found = check_text("The talks ended on " + fmt.format(w=wrong, d=day) + ".", DT)
            assert [d.code for d in found] == ["DT01"]
        day += dt.timedelta(days=17)


def test_weekday_fix_names_the_right_day():
    (d,) = check_text("Blinken met Xi on Thursday, April 26, 2024.", DT)
    assert d.fix.title == "Change 'Thursday' to 'Friday'" and d.fix.applicability == "unsafe"


def test_relative_days_resolve_from_the_story_date(shared):
    doc = Document((shared / "examples" / "blinken-xi.txt").read_text(encoding="utf-8"))
    story = story_date(doc)
    resolved = {r.text: resolve_relative(r, story) for r in relative_days(doc)}
    assert resolved["Wednesday"] == dt.date(2024, 4, 24)
    assert resolved["Friday"] == dt.date(2024, 4, 26)


def test_future_weekday_resolves_forward():
    doc = Document("date 2024-04-26 Putin will travel to China on Monday.")
    (r,) = relative_days(doc)
    assert resolve_relative(r, story_date(doc)) == dt.date(2024, 4, 29)


def test_example_dates_are_silent(shared):
    text = (shared / "examples" / "blinken-xi.txt").read_text(encoding="utf-8")
    assert check_text(text, DT) == []
