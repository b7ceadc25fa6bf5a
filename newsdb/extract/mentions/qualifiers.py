"""What a money mention means: a bound ("up to", "plus de"), a range ("between 500
and 625 million euros", "entre 1 et 2 milliards", "between $500m and $625m"), a
price per share ("$157 a share", "par action"), and what it measures ("raised",
"pre-money", "valorisation post-money", "implied valuation", "market value",
"capitalisation boursière", "offer", "sale price"), in English and French.

`meaning(body, money, mentions)` reads the words around one money mention;
`with_meanings(body, money)` gives the mentions with it (find_mentions does so);
extract/mentions/money.py finds and normalizes the amounts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from newsdb.extract.mentions.mention import Mention

_APOS = "['’]"
# The words just before an amount, longest first within each qualifier.
_BEFORE = {
    "up_to": rf"up to|as much as|jusqu{_APOS}\s*à|jusqu{_APOS}\s*a",
    "at_least": r"at least|a minimum of|no less than|au moins|au minimum|pas moins de",
    "more_than": (
        rf"more than|over|above|in excess of|upwards of|north of|exceed(?:s|ed|ing)?|"
        rf"plus de|plus d{_APOS}|au-delà de|au-dela de|supérieur à|supérieure à|"
        rf"dépass(?:e|ent|ait|era|ant)"
    ),
    "less_than": (
        rf"less than|under|below|fewer than|moins de|moins d{_APOS}|inférieur à|inférieure à"
    ),
    "about": (
        rf"about|around|roughly|approximately|some|nearly|almost|close to|an estimated|"
        rf"an approximate|circa|environ|près de|pres de|près d{_APOS}|quelque|autour de|"
        rf"approximativement|de l{_APOS}ordre de|avoisin(?:e|ent|ait|ant)|~"
    ),
}
# A word ending in an apostrophe ("plus d'un milliard") or "~" needs no space after it.
_QUALIFIER = re.compile(
    r"(?:^|[^\w])(?P<words>"
    + "|".join(f"(?P<{name}>{words})" for name, words in _BEFORE.items())
    + r")(?:\s+|(?<=['’~])\s*)$",
    re.IGNORECASE,
)
# "$100 million-plus", "a $5 billion-plus deal": at least the amount
_PLUS_AFTER = re.compile(r"-plus(?!\w)|\+", re.IGNORECASE)
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
# Only these make the second amount an upper bound: "from $3bn to $5bn" is as often a change.
_RANGE_BETWEEN = re.compile(r"(?:between|entre)\s+$", re.IGNORECASE)
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

# What an amount measures (newsdb.vocab.AmountBasis), by the words nearest before it
# (after the amount before it, if any); "valuation" alone says nothing more than that.
_BASIS_WORDS = {
    "pre_money": rf"pre[- ]?money|pré[- ]?money|avant(?: l{_APOS}opération| la levée| levée)",
    "post_money": rf"post[- ]?money|après(?: l{_APOS}opération| la levée| levée)",
    "implied": r"implied|implying|implicite|implicitement",
    "market": (
        r"market (?:cap|capitali[sz]ation|value|valuation)|stock market value|"
        r"capitalisation(?: boursière)?|valorisation boursière|valeur boursière|"
        r"valeur en bourse|pèse en bourse"
    ),
    "raised": (
        r"rais(?:e|es|ed|ing)|fundraising|funding round of|round of|"
        r"l[eè]v(?:e|ent|é|ée|ées|er|era|ait|ant)|levée de fonds|tour de table de"
    ),
    "offer": r"offer(?:s|ed|ing)?|bid(?:s|ding)?|offr(?:e|es|ait|ent)|propos(?:e|é|ait)",
    "sale_price": r"sale price|sold (?:\w+ )?for|prix de cession|cédée? pour|vendue? pour",
    "valuation": r"valuation|valued|valuing|valoris\w*|worth|valeur",
}
_BASIS = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<{name}>{words})" for name, words in _BASIS_WORDS.items()) + ")",
    re.IGNORECASE,
)
# "$2 billion pre-money valuation", "2 milliards post-money"
_BASIS_AFTER = re.compile(
    r"\s*(?:(?P<pre_money>pre[- ]?money|pré[- ]?money)|(?P<post_money>post[- ]?money)"
    r"|(?P<market>(?:in )?market (?:cap|capitali[sz]ation|value)))(?!\w)",
    re.IGNORECASE,
)
_STATED = ("pre_money", "post_money", "implied", "market")  # what qualifies "valuation"


@dataclass(frozen=True)
class Meaning:
    qualifier: str | None = None  # up_to | more_than | less_than | about | at_least
    amount_low: Decimal | None = None  # a range: its bounds, in the mention's currency
    amount_high: Decimal | None = None
    per_unit: str | None = None  # "share"
    basis: str | None = None  # an AmountBasis value, when the words say it


def with_meanings(body: str, mentions: Sequence[Mention]) -> list[Mention]:
    """`mentions` with what each money mention means (the others unchanged)."""
    money = [m for m in mentions if m.type == "money"]
    # vars(): a Meaning's fields are Mention fields (asdict would deep-copy them, slowly)
    return [
        replace(m, **vars(meaning(body, m, money))) if m.type == "money" else m for m in mentions
    ]


def meaning(body: str, money: Mention, mentions: Sequence[Mention] = ()) -> Meaning:
    """The qualifier, range, unit and basis of `money` (a money mention of `body`)."""
    if money.amount is None:
        return Meaning()
    previous = _previous_money(money, mentions)
    start = max(0, money.start - WINDOW, previous.end if previous else 0)
    before = body[start : money.start]
    per_unit = (
        "share"
        if _PER_SHARE.match(body, money.end) or _part_of_price(body, previous, money)
        else None
    )
    basis = _basis(body, money, before)
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
    if low is None and _is_range(body, previous, money):  # "… and $625m": the upper bound
        low, high = previous.amount, money.amount
    qualifier = None
    found = _QUALIFIER.search(before)
    if found and low is None:
        qualifier = next(name for name in _BEFORE if found.group(name))
    elif low is None and _PLUS_AFTER.match(body, money.end):
        qualifier = "at_least"
    return Meaning(qualifier, low, high, per_unit, basis)


def _part_of_price(body: str, price: Mention | None, money: Mention) -> bool:
    """ "US$22 a share that included US$17 in cash": a part of a price per share."""
    return (
        price is not None
        and price.amount is not None
        and money.amount < price.amount
        and bool(_PER_SHARE.match(body, price.end))
        and bool(_PARTS.search(body, price.end, money.start))
    )


_PARTS = re.compile(
    r"(?:that|which|qui)?\s*(?:included|includes|including|consisting of|comprising|made up of|"
    r"composed of|comprenant|composée? de|dont)\s+$"
)


def _is_range(body: str, low: Mention | None, high: Mention) -> bool:
    """Whether `low` and `high` are "between $500m and $625m" ("entre … et …")."""
    return (
        low is not None
        and low.amount is not None
        and low.currency == high.currency
        and low.amount < high.amount
        and bool(_RANGE_JOIN.fullmatch(body, low.end, high.start))
        and bool(_RANGE_BETWEEN.search(body[max(0, low.start - WINDOW) : low.start]))
    )


def _basis(body: str, money: Mention, before: str) -> str | None:
    """What the words just after, else nearest before, `money` say it measures."""
    after = _BASIS_AFTER.match(body, money.end)
    if after:
        return after.lastgroup
    found = list(_BASIS.finditer(before))
    if not found:
        return None
    last = found[-1]
    if last.lastgroup != "valuation":
        return last.lastgroup
    # "a pre-money valuation of", "valorisation post-money de": what qualifies it
    stated = [m for m in found[:-1] if m.lastgroup in _STATED and last.start() - m.end() <= 3]
    if stated:
        return stated[-1].lastgroup
    after_word = _BASIS_AFTER.match(before, last.end())
    return after_word.lastgroup if after_word else None


def _next_money(money: Mention, mentions: Sequence[Mention]) -> Mention | None:
    later = [m for m in mentions if m.type == "money" and m.start >= money.end]
    return min(later, key=lambda m: m.start, default=None)


def _previous_money(money: Mention, mentions: Sequence[Mention]) -> Mention | None:
    earlier = [m for m in mentions if m.type == "money" and m.end <= money.start]
    return max(earlier, key=lambda m: m.end, default=None)


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
