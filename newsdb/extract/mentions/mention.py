"""The one record every extractor returns: a typed span of the article body."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from newsdb.amounts import decimal_text

MENTION_TYPES = ("money", "date", "organization", "person", "product")


@dataclass(frozen=True, init=False)
class Mention:
    """A span ``body[start:end] == text`` with its normalized value.

    money: ``amount`` (exact ``Decimal``) and ``currency`` (ISO 4217), and what
    the words around it say (extract/mentions/qualifiers.py): ``qualifier``
    ("up_to", "more_than", "less_than", "about", "at_least"), a range's
    ``amount_low`` and ``amount_high`` (on both of its amounts, or on the one
    after "between 500 and"), ``per_unit`` ("share") and ``basis`` (a
    newsdb.vocab.AmountBasis value: "raised", "pre_money", "implied"…);
    date: ``value`` ("2023", "2025-04", "2025-05-02", or None when it cannot be
    resolved) and ``precision`` ("year" | "month" | "day");
    organization / person / product: ``name`` (canonical name, or the text
    itself when unresolved) and ``resolved`` (True when it matched the
    gazetteer).
    """

    type: str
    text: str
    start: int
    end: int
    amount: Decimal | None = None
    currency: str | None = None
    value: str | None = None
    precision: str | None = None
    name: str | None = None
    resolved: bool = False
    qualifier: str | None = None
    amount_low: Decimal | None = None
    amount_high: Decimal | None = None
    per_unit: str | None = None
    basis: str | None = None

    def __init__(
        self,
        type: str,
        text: str,
        start: int,
        end: int,
        amount: Decimal | None = None,
        currency: str | None = None,
        value: str | None = None,
        precision: str | None = None,
        name: str | None = None,
        resolved: bool = False,
        qualifier: str | None = None,
        amount_low: Decimal | None = None,
        amount_high: Decimal | None = None,
        per_unit: str | None = None,
        basis: str | None = None,
    ):
        """The dataclass's own __init__ for a frozen class sets each field
        through object.__setattr__, which costs 3 µs a mention (an article
        makes about sixty); filling the instance's dict at once gives the
        same frozen object four times faster.  Keep it in step with the
        fields above (tests/test_extract.py checks that it is)."""
        vars(self).update(
            type=type,
            text=text,
            start=start,
            end=end,
            amount=amount,
            currency=currency,
            value=value,
            precision=precision,
            name=name,
            resolved=resolved,
            qualifier=qualifier,
            amount_low=amount_low,
            amount_high=amount_high,
            per_unit=per_unit,
            basis=basis,
        )

    def to_json(self) -> dict:
        """The SPEC section 4 object; None fields are left out, except a money
        mention's currency, null where the text names none ("491,85
        millions"); amounts are decimal strings without exponent ("97400000000")."""
        out: dict = {"type": self.type, "text": self.text, "start": self.start, "end": self.end}
        if self.amount is not None:
            out["amount"] = decimal_text(self.amount)
        if self.type == "money":
            out["currency"] = self.currency
        for key in ("value", "precision", "name", "qualifier"):
            field = getattr(self, key)
            if field is not None:
                out[key] = field
        for key in ("amount_low", "amount_high"):
            if getattr(self, key) is not None:
                out[key] = decimal_text(getattr(self, key))
        for key in ("per_unit", "basis"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        return out


def overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end
