"""Calendar arithmetic for relative dates (``dates``): a month or a day moved from an
anchor, "last Monday", "next March", the latest "June" before the anchor, a period
with its precision (week, quarter)."""

from __future__ import annotations

import datetime as dt
import functools
from typing import NamedTuple

from newsdb.extract.mentions.date_words import (
    MONTH_NUMBER,
    WEEKDAY_NUMBER,
)
from newsdb.partial_date import PartialDate, Precision


class Period(NamedTuple):
    """An ISO week ("2023-W43") or a calendar quarter ("2024-Q1"): finer than
    a year but not a calendar month, so not a :class:`PartialDate`.  The
    database keeps the text in the mention's ``normalized`` column and the
    smallest enclosing :class:`PartialDate` in its date columns
    (:meth:`storable`)."""

    text: str
    precision: str  # "week" | "quarter"
    first: dt.date
    last: dt.date

    @classmethod
    def week(cls, day: dt.date) -> Period:
        year, week, weekday = day.isocalendar()
        monday = day - dt.timedelta(days=weekday - 1)
        return cls(f"{year:04d}-W{week:02d}", "week", monday, monday + dt.timedelta(days=6))

    @classmethod
    def quarter(cls, year: int, number: int) -> Period:
        first = dt.date(year, 3 * number - 2, 1)
        following = dt.date(year + (number == 4), (3 * number) % 12 + 1, 1)
        return cls(f"{year:04d}-Q{number}", "quarter", first, following - dt.timedelta(days=1))

    def iso(self) -> str:
        return self.text

    def storable(self) -> PartialDate:
        """The smallest :class:`PartialDate` the database can hold for it."""
        return PartialDate.parse(self.text)


def month_shift(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def anchor_day(anchor: PartialDate) -> dt.date | None:
    if anchor.precision is Precision.DAY:
        return anchor.value
    if anchor.precision is Precision.MONTH:
        return anchor.value.replace(day=15)
    return None


def day_result(day: dt.date, anchor: PartialDate) -> PartialDate:
    if anchor.precision is Precision.DAY:
        return PartialDate(day, Precision.DAY)
    return PartialDate(day.replace(day=1), Precision.MONTH)


def in_calendar(function):
    """None instead of a crash when the arithmetic leaves years 1 to 9999."""

    @functools.wraps(function)
    def wrapper(*args):
        try:
            return function(*args)
        except (OverflowError, ValueError):
            return None

    return wrapper


@in_calendar
def relative(unit: str, offset: int, anchor: PartialDate | None) -> PartialDate | None:
    if anchor is None:
        return None
    if unit == "year":
        return PartialDate(dt.date(anchor.value.year + offset, 1, 1), Precision.YEAR)
    if anchor.precision is Precision.YEAR:
        return None
    if unit == "month":
        year, month = month_shift(anchor.value.year, anchor.value.month, offset)
        return PartialDate(dt.date(year, month, 1), Precision.MONTH)
    day = anchor_day(anchor)
    assert day is not None
    if unit == "week":
        shifted = day + dt.timedelta(days=7 * offset)
        if anchor.precision is Precision.DAY:
            return Period.week(shifted)
        return PartialDate(shifted.replace(day=1), Precision.MONTH)
    return day_result(day + dt.timedelta(days=offset), anchor)


@in_calendar
def weekday(name: str, direction: str | None, anchor: PartialDate | None) -> PartialDate | None:
    day = anchor_day(anchor) if anchor is not None else None
    if day is None or anchor is None:
        return None
    target = WEEKDAY_NUMBER[name.lower()]
    if direction in ("next", "prochain"):
        delta = (target - day.weekday()) % 7 or 7
    else:
        delta = -((day.weekday() - target) % 7)
        if delta == 0 and direction in ("last", "dernier"):
            delta = -7
    return day_result(day + dt.timedelta(days=delta), anchor)


def next_or_last(month_word: str, direction: str, anchor: PartialDate | None):
    """ "last October": October of the year before publication (a writer
    names the month just gone by "in October"); "next March": the first
    March after the publication month."""
    if anchor is None or anchor.precision is Precision.YEAR:
        return None
    month = MONTH_NUMBER[month_word.lower().rstrip(".")]
    year, ref = anchor.value.year, anchor.value.month
    if direction == "last":
        year -= 1
    else:
        year = year if month > ref else year + 1
    return PartialDate(dt.date(year, month, 1), Precision.MONTH)


def latest_month(month_word: str, direction: str, anchor: PartialDate | None):
    """ "janvier dernier": the last January strictly before the publication
    month; "mars prochain": the first March after it."""
    if anchor is None or anchor.precision is Precision.YEAR:
        return None
    month = MONTH_NUMBER[month_word.lower().rstrip(".")]
    year, ref = anchor.value.year, anchor.value.month
    if direction == "dernier":
        year = year if month < ref else year - 1
    else:
        year = year if month > ref else year + 1
    return PartialDate(dt.date(year, month, 1), Precision.MONTH)
