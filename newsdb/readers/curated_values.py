"""Checking one value of a curated facts entry: text, names, keys, choices, dates, money.

Every problem is an InputError at the line of the key that is wrong.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from enum import StrEnum
from importlib.resources import files

from newsdb.extract.text.normalize import clean_name
from newsdb.partial_date import PartialDate
from newsdb.readers.errors import InputError
from newsdb.resolve.resolver import NAME_CHARS, mixed_scripts
from newsdb.vocab import SourceFlag

CURRENCIES = frozenset(files("newsdb").joinpath("data/currencies.txt").read_text().split())
# What the amount columns (NUMERIC(24, 2), models.Money) hold exactly.
AMOUNT_DIGITS, AMOUNT_PLACES = 22, 2
QUALIFIERS = frozenset({"up_to", "more_than", "less_than", "about", "at_least"})
PER_UNITS = ("share",)
# Column lengths (models: fact keys, affiliation roles), checked alike on both databases.
KEY_CHARS = ROLE_CHARS = 200


class Values:
    """The value checks of one facts file (`path`), for its parser."""

    path: str

    def fail(self, item, message: str, key: str | None = None):
        """Raise for `item` at the line of its `key` (else of the item itself)."""
        line = None
        if isinstance(item, dict):
            line = item.get("__lines__", {}).get(key) or item.get("__line__")
        raise InputError(self.path, message, line)

    def where(self, item: dict, key: str | None = None) -> tuple[str, int | None]:
        return self.path, item.get("__lines__", {}).get(key) or item.get("__line__")

    def known(self, item: dict, allowed: set[str]) -> None:
        for key in item:
            if key not in ("__line__", "__lines__") and key not in allowed:
                self.fail(item, f"unknown key {key!r} (known: {', '.join(sorted(allowed))})", key)

    def text(self, item: dict, key: str, required: bool = True) -> str | None:
        value = item.get(key)
        if value is None or value == "":
            if required:
                self.fail(item, f"missing {key!r}")
            return None
        if isinstance(value, bool):  # yes/no/on/off unquoted
            self.fail(item, f"{key!r} must be text, not {value} (quote it)", key)
        if not isinstance(value, str | int):
            self.fail(item, f"{key!r} must be text, not {type(value).__name__}", key)
        return str(value)

    def name(self, item: dict, key: str, required: bool = True, value=None) -> str | None:
        """An entity's name: cleaned (NFKC, invisible characters removed); blank, too
        long or mixing look-alike scripts is an error."""
        raw = self.text(item, key, required) if value is None else value
        if raw is None:
            return None
        if not isinstance(raw, str):
            raw = str(raw)
        name = clean_name(raw)
        if not name:
            self.fail(item, f"{key!r} is blank: {raw!r} has no visible character", key)
        if len(name) > NAME_CHARS:
            self.fail(
                item, f"{key!r} is {len(name)} characters, over the limit of {NAME_CHARS}", key
            )
        confused = mixed_scripts(name)
        if confused:
            self.fail(item, f"{key!r} {name!r} {confused}: write it in one script", key)
        return name

    def entity_names(self, item: dict, key: str) -> list[str]:
        return [self.name(item, key, value=value) for value in self.names(item, key)]

    def key(self, item: dict) -> str:
        key = self.text(item, "key")
        if len(key) > KEY_CHARS:
            self.fail(item, f"'key' is {len(key)} characters, over the limit of {KEY_CHARS}", "key")
        return key

    def choice(self, item: dict, key: str, vocab: type[StrEnum], required: bool = True):
        value = self.text(item, key, required)
        if value is None:
            return None
        try:
            return vocab(value)
        except ValueError:
            self.fail(
                item, f"{key} {value!r} is not one of: {', '.join(v.value for v in vocab)}", key
            )

    def date(self, item: dict, key: str) -> dict:
        """`key` and `key_precision` columns from "2023" / "2025-04" / "2025-05-02"."""
        value = item.get(key)
        if value is None:
            if item.get(f"{key}_precision") is not None:
                self.fail(item, f"{key}_precision given without {key}")
            return {key: None, f"{key}_precision": None}
        try:
            date = PartialDate.parse(value)
        except (ValueError, TypeError):
            self.fail(
                item, f"{key} is not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)", key
            )
        stated = item.get(f"{key}_precision")
        if stated is not None and stated != date.precision:
            self.fail(
                item,
                f"{key}_precision {stated!r} contradicts {key} {value!r} "
                f"({date.precision} precision)",
                f"{key}_precision",
            )
        return {key: date.value, f"{key}_precision": date.precision}

    def in_order(self, item: dict, columns: dict, first: str, then: str) -> None:
        """`then` may not end before `first` begins (dates of any precision)."""
        start = PartialDate.of(columns[first], columns[f"{first}_precision"])
        end = PartialDate.of(columns[then], columns[f"{then}_precision"])
        if start and end and end.last_day() < start.value:
            self.fail(item, f"{then} {end} is before {first} {start}", then)

    def money(self, item: dict, required: bool = False) -> dict:
        value, currency = item.get("amount"), item.get("currency")
        if value is None:
            if required:
                self.fail(item, "missing 'amount'")
            if currency is not None:
                self.fail(item, "currency given without amount")
            for key in ("qualifier", "amount_high", "per_unit"):
                if item.get(key) is not None:
                    self.fail(item, f"{key} given without amount", key)
            return {
                "amount": None,
                "currency": None,
                "amount_text": self.text(item, "amount_text", False),
                "qualifier": None,
                "amount_high": None,
                "per_unit": None,
            }
        amount = self.decimal(item, "amount")
        if not isinstance(currency, str) or currency not in CURRENCIES:
            self.fail(
                item,
                f"currency {currency!r} is not an ISO 4217 code (e.g. USD, EUR, JPY)",
                "currency",
            )
        money = {
            "amount": amount,
            "currency": currency,
            "amount_text": self.text(item, "amount_text", False),
        }
        # issue 15: what the number means (models.MoneyMixin)
        qualifier = item.get("qualifier")
        if qualifier is not None and qualifier not in QUALIFIERS:
            self.fail(
                item,
                f"qualifier {qualifier!r} is not one of {', '.join(sorted(QUALIFIERS))}",
                "qualifier",
            )
        high = self.decimal(item, "amount_high") if item.get("amount_high") is not None else None
        if high is not None and high <= amount:
            self.fail(
                item,
                f"amount_high {item['amount_high']!r} must be above amount {item['amount']!r} "
                "(a range is amount to amount_high)",
                "amount_high",
            )
        per_unit = item.get("per_unit")
        if per_unit is not None and per_unit not in PER_UNITS:
            self.fail(
                item, f"per_unit {per_unit!r} is not one of {', '.join(PER_UNITS)}", "per_unit"
            )
        return money | {"qualifier": qualifier, "amount_high": high, "per_unit": per_unit}

    def decimal(self, item: dict, key: str) -> Decimal:
        value = item.get(key)
        if isinstance(value, float | bool):
            self.fail(
                item,
                f'{key} {value!r}: write amounts as quoted decimal strings, e.g. "97400000000"',
                key,
            )
        try:
            amount = Decimal(str(value).replace("_", ""))
        except InvalidOperation:
            self.fail(
                item,
                f'{key} {value!r} is not a number (write digits, e.g. "33000000000")',
                key,
            )
        if not amount.is_finite() or amount.is_signed():  # -0.00 too
            self.fail(item, f"{key} {value!r} must be a non-negative number", key)
        if amount >= 10**AMOUNT_DIGITS:
            self.fail(
                item,
                f"{key} {value!r} is too large (at most {AMOUNT_DIGITS} digits before the point)",
                key,
            )
        if amount % Decimal(10) ** -AMOUNT_PLACES:
            self.fail(
                item,
                f"{key} {value!r} has more than {AMOUNT_PLACES} decimal places "
                "(amounts are stored exactly, to the cent)",
                key,
            )
        return amount

    def names(self, item: dict, key: str) -> list[str]:
        value = item.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(item, f"{key!r} must be a list of names")
        return value

    def flags(self, item: dict) -> list[str]:
        """The deal's flags, each one of SourceFlag, in flag order (as deal_flag keeps them)."""
        flags = self.names(item, "flags")
        for flag in flags:
            if flag not in set(SourceFlag):
                known = ", ".join(SourceFlag)
                self.fail(item, f"flag {flag!r} is not one of: {known}", "flags")
        return sorted(set(flags))
