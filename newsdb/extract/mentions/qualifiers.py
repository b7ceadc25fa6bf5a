"""What a money mention means: a bound ("up to", "plus de"), a range ("between 500
and 625 million euros", "entre 1 et 2 milliards"), or a price per share ("$157 a
share", "par action"), in English and French.

`meaning(body, money, mentions)` reads the words around one money mention; it
does not change the mention (extract/mentions/money.py finds and normalizes amounts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from newsdb.extract.mentions.mention import Mention

_APOS = "['’]"
# The words just before an amount, longest first within each qualifier.
_BEFORE = {
    "up_to": rf"up to|as much as|jusqu{_APOS}\s*à|jusqu{_APOS}\s*a",
    "at_least": r"at least|a minimum of|no less than|au moins|au minimum|pas moins de",
    "more_than": (
        r"more than|over|above|in excess of|upwards of|north of|"
        r"plus de|au-delà de|au-dela de|supérieur à|supérieure à"
    ),
    "less_than": r"less than|under|below|fewer than|moins de|inférieur à|inférieure à",
    "about": (
        r"about|around|roughly|approximately|some|nearly|almost|close to|an estimated|"
        r"an approximate|circa|environ|près de|pres de|quelque|autour de|approximativement|"
        r"de l{_APOS}ordre de"
    ),
}
_QUALIFIER = re.compile(
    r"(?:^|[^\w])(?P<words>"
    + "|".join(f"(?P<{name}>{words})" for name, words in _BEFORE.items())
    + r")\s+$",
    re.IGNORECASE,
)
_NUMBER = r"\d+(?:[.,\u00a0 ]\d+)*"
_SCALE = (
    r"(?:thousand|million|billion|trillion|bn|mn|m|k|mille|millions?|milliards?|"
    r"billions?|mds?|md)"
)
# "between 500 and " / "entre 1,5 et " right before the upper bound's mention
_RANGE_BARE = re.compile(
    rf"(?:between|from|entre|de)\s+(?P<low>{_NUMBER})(?:\s*(?P<scale>{_SCALE}))?\s*"
    r"(?:and|to|et|à|-|–)\s*$",
    re.IGNORECASE,
)
_RANGE_WORD = re.compile(r"(?:between|from|entre|de)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:and|to|et|à|-|–)\s*", re.IGNORECASE)
_PER_SHARE = re.compile(
    rf"\s*(?:a|per|each|par|pour chaque|l{_APOS})\s*(?:share|action|titre)\b|\s*/\s*share\b",
    re.IGNORECASE,
)
_SCALES = {
    "thousand": 3, "k": 3, "mille": 3,
    "million": 6, "millions": 6, "m": 6, "mn": 6,
    "billion": 9, "bn": 9, "milliard": 9, "milliards": 9, "md": 9, "mds": 9,
    "trillion": 12, "billions": 12,
}  # fmt: skip
WINDOW = 40  # characters looked at before an amount


@dataclass(frozen=True)
class Meaning:
    qualifier: str | None = None  # up_to | more_than | less_than | about | at_least
    low: Decimal | None = None  # a range: its bounds, in the mention's currency
    high: Decimal | None = None
    per_unit: str | None = None  # "share"


def meaning(body: str, money: Mention, mentions: Sequence[Mention] = ()) -> Meaning:
    """The qualifier, range and unit of `money` (a money mention of `body`)."""
    if money.amount is None:
        return Meaning()
    before = body[max(0, money.start - WINDOW) : money.start]
    per_unit = "share" if _PER_SHARE.match(body, money.end) else None
    low = high = None
    bare = _RANGE_BARE.search(before)
    if bare:  # "between 500 and 625 million euros": the mention is the upper bound
        low = _bare_amount(bare.group("low"), bare.group("scale"), money)
        if low is not None and low < money.amount:
            high = money.amount
        else:
            low = None
    if low is None and _RANGE_WORD.search(before):  # "between $500m and $625m"
        following = _next_money(money, mentions)
        if (
            following is not None
            and following.currency == money.currency
            and _RANGE_JOIN.fullmatch(body, money.end, following.start)
            and following.amount is not None
            and following.amount > money.amount
        ):
            low, high = money.amount, following.amount
    qualifier = None
    found = _QUALIFIER.search(before)
    if found and low is None:
        qualifier = next(name for name in _BEFORE if found.group(name))
    return Meaning(qualifier, low, high, per_unit)


def _next_money(money: Mention, mentions: Sequence[Mention]) -> Mention | None:
    later = [m for m in mentions if m.type == "money" and m.start >= money.end]
    return min(later, key=lambda m: m.start, default=None)


def _bare_amount(number: str, scale: str | None, money: Mention) -> Decimal | None:
    """A range's lower bound written without its currency: scaled by its own word,
    else by the upper bound's ("500 and 625 million")."""
    value = _number(number)
    if value is None:
        return None
    if scale:
        return value * Decimal(10) ** _SCALES.get(scale.lower(), 0)
    figure = re.search(_NUMBER, money.text)
    upper = _number(figure.group()) if figure else None
    if not upper:
        return None
    factor = (money.amount / upper).normalize()
    return (value * factor).quantize(Decimal("0.01"))


def _number(text: str) -> Decimal | None:
    """1.5 / 1,5 (decimal comma) / 1,500 / 1 500 (thousands)."""
    text = text.replace("\u00a0", " ").replace(" ", "")
    if "," in text and "." not in text and not re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):
        text = text.replace(",", ".")
    text = text.replace(",", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None
