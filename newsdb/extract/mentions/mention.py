"""The one record every extractor returns: a typed span of the article body."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from newsdb.amounts import decimal_text

MENTION_TYPES = ("money", "date", "organization", "person", "product")


@dataclass(frozen=True)
class Mention:
    """A span ``body[start:end] == text`` with its normalized value.

    money: ``amount`` (exact ``Decimal``) and ``currency`` (ISO 4217);
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

    def to_json(self) -> dict:
        """The SPEC section 4 object; None fields are left out, except a money
        mention's currency, null where the text names none ("491,85
        millions"); amounts are decimal strings without exponent ("97400000000")."""
        out: dict = {"type": self.type, "text": self.text, "start": self.start, "end": self.end}
        if self.amount is not None:
            out["amount"] = decimal_text(self.amount)
        if self.type == "money":
            out["currency"] = self.currency
        for key in ("value", "precision", "name"):
            field = getattr(self, key)
            if field is not None:
                out[key] = field
        return out


def overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end
