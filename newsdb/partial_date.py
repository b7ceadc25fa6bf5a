"""Dates known to a year, a month or a day: the value and its precision together."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum


class Precision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


_PERIOD = re.compile(r"^(\d{4})-(?:W(\d{2})|Q([1-4]))$")
_FORM = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date stored as its first day plus the precision the source gives.

    ``PartialDate.parse("2025-04")`` is April 2025 at month precision; it prints
    as ``2025-04``, never as ``2025-04-01``.
    """

    value: dt.date
    precision: Precision

    @classmethod
    def parse(cls, text: str | int | dt.date) -> PartialDate:
        """Read "2023", "2025-04", "2025-05-02" or "2025-05-02 11:09" (time dropped)."""
        if isinstance(text, dt.datetime):
            return cls(text.date(), Precision.DAY)
        if isinstance(text, dt.date):
            return cls(text, Precision.DAY)
        period = _PERIOD.match(str(text).strip())
        if period:
            return cls._enclosing(*_period_days(period))
        match = _FORM.match(str(text).strip())
        if not match:
            raise ValueError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
        year, month, day = match.group(1), match.group(2), match.group(3)
        if match.group(4) is not None:  # a time is dropped, but it must be a time
            dt.time(*(int(g) for g in match.group(4, 5, 6) if g is not None))
        if day is not None:
            return cls(dt.date(int(year), int(month), int(day)), Precision.DAY)
        if month is not None:
            return cls(dt.date(int(year), int(month), 1), Precision.MONTH)
        return cls(dt.date(int(year), 1, 1), Precision.YEAR)

    @classmethod
    def _enclosing(cls, first: dt.date, last: dt.date) -> PartialDate:
        """The month holding both days, else the year of ``last`` (an ISO week
        or a quarter read as text: "2023-W43" is 2023-10, "2024-Q1" is 2024)."""
        if (first.year, first.month) == (last.year, last.month):
            return cls(first.replace(day=1), Precision.MONTH)
        return cls(dt.date(last.year if first.month == 12 else first.year, 1, 1), Precision.YEAR)

    @classmethod
    def of(cls, value: dt.date | None, precision: str | None) -> PartialDate | None:
        """Rebuild from the two database columns (None when the date is unknown)."""
        if value is None:
            return None
        return cls(value, Precision(precision or Precision.DAY))

    def last_day(self) -> dt.date:
        """The last day the date can mean: 2025-05 → 2025-05-31."""
        if self.precision is Precision.YEAR:
            return dt.date(self.value.year, 12, 31)
        if self.precision is Precision.MONTH:  # (December 9999 has a last day too)
            days = calendar.monthrange(self.value.year, self.value.month)[1]
            return self.value.replace(day=days)
        return self.value

    def iso(self) -> str:
        if self.precision is Precision.YEAR:
            return f"{self.value.year:04d}"
        if self.precision is Precision.MONTH:
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()

    def __str__(self) -> str:
        return self.iso()


def date_text(value: dt.date | None, precision: str | None) -> str | None:
    """The two database columns as text at their precision ("2023", never "2023-01-01");
    None when the date is unknown."""
    date = PartialDate.of(value, precision)
    return date.iso() if date else None


def _period_days(match: re.Match) -> tuple[dt.date, dt.date]:
    """First and last day of "YYYY-Www" (ISO week) or "YYYY-Qn"."""
    year = int(match.group(1))
    if match.group(2):
        monday = dt.date.fromisocalendar(year, int(match.group(2)), 1)
        return monday, monday + dt.timedelta(days=6)
    number = int(match.group(3))
    following = dt.date(year + (number == 4), (3 * number) % 12 + 1, 1)
    return dt.date(year, 3 * number - 2, 1), following - dt.timedelta(days=1)
