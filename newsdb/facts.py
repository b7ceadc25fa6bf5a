"""Curated YAML → entity declarations and fact records, every value checked.

Quotes are checked against article bodies by `locate_quotes`; entity names
are resolved later (resolve.py), with the line kept here for the error.
The format is documented in docs/formats.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from importlib.resources import files

from newsdb.extract.gazetteer import bundled_path
from newsdb.extract.text.normalize import clean_name
from newsdb.partial_date import PartialDate
from newsdb.readers import FactsDocument, InputError
from newsdb.resolve import NAME_CHARS, mixed_scripts
from newsdb.vocab import (
    DealKind,
    DealStatus,
    LawsuitStatus,
    OrgKind,
    PartyRole,
    ValuationBasis,
)

ENTITY_SECTIONS = {"organizations": "organization", "people": "person", "products": "product"}
FACT_SECTIONS = {
    "deals": "deal",
    "valuations": "valuation",
    "lawsuits": "lawsuit",
    "affiliations": "affiliation",
}
SECTIONS = {*ENTITY_SECTIONS, *FACT_SECTIONS, "aliases"}
CURRENCIES = frozenset(files("newsdb").joinpath("data/currencies.txt").read_text().split())
# What the amount columns (NUMERIC(24, 2), models.Money) hold exactly.
AMOUNT_DIGITS, AMOUNT_PLACES = 22, 2
QUALIFIERS = frozenset({"up_to", "more_than", "less_than", "about", "at_least"})
PER_UNITS = ("share",)
# Column lengths (models: fact keys, affiliation roles), checked alike on both databases.
KEY_CHARS = ROLE_CHARS = 200


@dataclass
class EntityDecl:
    type: str  # organization | person | product
    name: str
    aliases: list[str]
    kind: OrgKind | None = None
    parent: str | None = None  # organization's parent, product's owner
    where: tuple[str, int | None] = ("", None)


@dataclass
class AliasDecl:
    entity: str
    alias: str
    where: tuple[str, int | None]


@dataclass
class PartyRecord:
    name: str
    role: PartyRole
    where: tuple[str, int | None]


@dataclass
class EvidenceRecord:
    article: str
    quote: str
    status: str | None
    occurrence: int
    where: tuple[str, int | None]
    start: int = -1
    end: int = -1
    # What this article reported, when it differs or the fact has several sources
    # (None: the entry does not say): amount, currency, amount_text, date, date_precision.
    reported: dict = field(default_factory=dict)
    parties: list[PartyRecord] = field(default_factory=list)


@dataclass
class FactRecord:
    type: str  # deal | valuation | lawsuit | affiliation
    key: str
    columns: dict  # column name → value, ready for the model
    refs: dict[str, str]  # entity names and fact keys to resolve: {"organization": "OpenAI"}
    where: tuple[str, int | None]
    parties: list[PartyRecord] = field(default_factory=list)
    products: list[str] = field(default_factory=list)
    evidence: list[EvidenceRecord] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)  # key of the YAML entry → its line

    def at(self, key: str) -> tuple[str, int | None]:
        """Where the entry's `key` is written (else the entry itself), for errors."""
        return self.where[0], self.lines.get(key) or self.where[1]


@dataclass
class Curated:
    path: str = ""
    entities: list[EntityDecl] = field(default_factory=list)
    aliases: list[AliasDecl] = field(default_factory=list)
    facts: list[FactRecord] = field(default_factory=list)


def parse_facts(document: FactsDocument) -> Curated:
    """Check every section of one facts file; the first problem raises InputError."""
    return _Parser(document).parse()


def bundled_entities() -> Curated:
    """The gazetteer shipped with newsdb (newsdb/data/entities.yaml)."""
    from newsdb.readers import read_facts

    return parse_facts(read_facts(bundled_path()))  # type: ignore[arg-type]


def locate_quotes(fact: FactRecord, body_of: Callable[[str], str | None]) -> None:
    """Set each evidence's offsets; a missing article or quote raises InputError."""
    for evidence in fact.evidence:
        path, line = evidence.where
        body = body_of(evidence.article)
        if body is None:
            raise InputError(
                path,
                f"article {evidence.article!r} is not imported (cite the key "
                "of an article in this import or in the database)",
                line,
            )
        start = -1
        for _ in range(evidence.occurrence):
            start = body.find(evidence.quote, start + 1)
            if start < 0:
                raise InputError(
                    path,
                    f"quote not found in article {evidence.article}: {_short(evidence.quote)!r}",
                    line,
                )
        evidence.start, evidence.end = start, start + len(evidence.quote)


class _Parser:
    def __init__(self, document: FactsDocument):
        self.path = document.path
        self.data = document.data

    def fail(self, item, message: str, key: str | None = None):
        """Raise for `item` at the line of its `key` (else of the item itself)."""
        line = None
        if isinstance(item, dict):
            line = item.get("__lines__", {}).get(key) or item.get("__line__")
        raise InputError(self.path, message, line)

    def parse(self) -> Curated:
        curated = Curated(self.path)
        for section, items in self.data.items():
            if section in ("__line__", "__lines__"):
                continue
            if section not in SECTIONS:
                self.fail(
                    self.data, f"unknown section {section!r} (known: {', '.join(sorted(SECTIONS))})"
                )
            if items is None:
                continue
            if not isinstance(items, list):
                self.fail(self.data, f"section {section!r} must be a list of entries")
            for item in items:
                if not isinstance(item, dict):
                    self.fail(
                        self.data,
                        f"each entry of {section!r} must be a mapping, not {_short(repr(item))}",
                    )
                if section in ENTITY_SECTIONS:
                    curated.entities.append(self.entity(ENTITY_SECTIONS[section], item))
                elif section == "aliases":
                    curated.aliases.append(
                        AliasDecl(
                            self.name(item, "entity"), self.name(item, "alias"), self.where(item)
                        )
                    )
                else:
                    fact = getattr(self, FACT_SECTIONS[section])(item)
                    fact.lines = item.get("__lines__", {})
                    curated.facts.append(fact)
        self.check_unique_keys(curated.facts)
        return curated

    def where(self, item: dict, key: str | None = None) -> tuple[str, int | None]:
        return self.path, item.get("__lines__", {}).get(key) or item.get("__line__")

    def check_unique_keys(self, facts: list[FactRecord]) -> None:
        seen: set[tuple[str, str]] = set()
        for fact in facts:
            if (fact.type, fact.key) in seen:
                raise InputError(
                    self.path, f"duplicate {fact.type} key {fact.key!r}", fact.where[1]
                )
            seen.add((fact.type, fact.key))

    # --- values -------------------------------------------------------------

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

    def evidence(
        self,
        item: dict,
        statuses: type[StrEnum] | None,
        money: bool = False,
        parties: bool = False,
    ) -> list[EvidenceRecord]:
        """The entry's evidence; each may state what its article reported: status, date,
        and (`money`) amount, currency, amount_text, (`parties`) parties and roles."""
        entries = item.get("evidence")
        if not entries:
            self.fail(item, "missing 'evidence': cite at least one article and quote")
        if not isinstance(entries, list):
            self.fail(item, "'evidence' must be a list of {article, quote}")
        records = []
        for entry in entries:
            if not isinstance(entry, dict):
                self.fail(item, "each evidence must be a mapping {article, quote}")
            allowed = {"article", "quote", "status", "occurrence", "date", "date_precision"}
            claims = {"amount", "currency", "amount_text"} if money else set()
            self.known(entry, allowed | claims | ({"parties"} if parties else set()))
            status = self.choice(entry, "status", statuses, False) if statuses else None
            reported = self.date(entry, "date")
            if money:
                reported.update(self.money(entry))
            occurrence = entry.get("occurrence", 1)
            if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
                self.fail(entry, "occurrence must be a positive integer")
            records.append(
                EvidenceRecord(
                    self.text(entry, "article"),
                    self.text(entry, "quote"),
                    status,
                    occurrence,
                    self.where(entry, "quote"),
                    reported=reported,
                    parties=self.parties(entry) if parties else [],
                )
            )
        return records

    def parties(self, item: dict) -> list[PartyRecord]:
        parties = []
        if not isinstance(item.get("parties") or [], list):
            self.fail(item, "'parties' must be a list of {name, role}", "parties")
        for entry in item.get("parties") or []:
            if not isinstance(entry, dict):
                self.fail(item, "each party must be a mapping {name, role}")
            self.known(entry, {"name", "role"})
            parties.append(
                PartyRecord(
                    self.name(entry, "name"),
                    self.choice(entry, "role", PartyRole),
                    self.where(entry, "name"),
                )
            )
        return parties

    # --- sections -----------------------------------------------------------

    def entity(self, type_: str, item: dict) -> EntityDecl:
        allowed = {"name", "aliases"} | {
            "organization": {"kind", "parent"},
            "product": {"owner"},
            "person": set(),
        }[type_]
        self.known(item, allowed)
        return EntityDecl(
            type=type_,
            name=self.name(item, "name"),
            aliases=self.entity_names(item, "aliases"),
            kind=self.choice(item, "kind", OrgKind, False) if type_ == "organization" else None,
            parent=self.name(item, "parent" if type_ == "organization" else "owner", False)
            if type_ != "person"
            else None,
            where=self.where(item),
        )

    def deal(self, item: dict) -> FactRecord:
        self.known(
            item,
            {
                "key",
                "title",
                "kind",
                "status",
                "amount",
                "currency",
                "amount_text",
                "qualifier",
                "amount_high",
                "per_unit",
                "announced",
                "announced_precision",
                "completed",
                "completed_precision",
                "description",
                "flags",
                "parties",
                "products",
                "evidence",
            },
        )
        columns = {
            "title": self.text(item, "title"),
            "kind": self.choice(item, "kind", DealKind),
            "status": self.choice(item, "status", DealStatus, False),
            "description": self.text(item, "description", False),
            "flags": ",".join(self.names(item, "flags")) or None,
            **self.money(item),
            **self.date(item, "announced"),
            **self.date(item, "completed"),
        }
        self.in_order(item, columns, "announced", "completed")
        return FactRecord(
            "deal",
            self.key(item),
            columns,
            {},
            self.where(item),
            self.parties(item),
            self.entity_names(item, "products"),
            self.evidence(item, DealStatus, money=True, parties=True),
        )

    def valuation(self, item: dict) -> FactRecord:
        self.known(
            item,
            {
                "key",
                "organization",
                "amount",
                "currency",
                "amount_text",
                "qualifier",
                "amount_high",
                "per_unit",
                "as_of",
                "as_of_precision",
                "basis",
                "deal",
                "evidence",
            },
        )
        columns = {
            "basis": self.choice(item, "basis", ValuationBasis),
            **self.money(item, required=True),
            **self.date(item, "as_of"),
        }
        refs = {"organization": self.name(item, "organization")}
        if item.get("deal"):
            refs["deal"] = self.text(item, "deal")
        return FactRecord(
            "valuation",
            self.key(item),
            columns,
            refs,
            self.where(item),
            evidence=self.evidence(item, None, money=True),
        )

    def lawsuit(self, item: dict) -> FactRecord:
        self.known(
            item,
            {
                "key",
                "title",
                "status",
                "filed",
                "filed_precision",
                "court",
                "claims",
                "parent",
                "parties",
                "evidence",
            },
        )
        columns = {
            "title": self.text(item, "title"),
            "status": self.choice(item, "status", LawsuitStatus, False),
            "court": self.text(item, "court", False),
            "claims": self.text(item, "claims", False),
            **self.date(item, "filed"),
        }
        refs = {"parent": self.text(item, "parent")} if item.get("parent") else {}
        return FactRecord(
            "lawsuit",
            self.key(item),
            columns,
            refs,
            self.where(item),
            self.parties(item),
            evidence=self.evidence(item, LawsuitStatus, parties=True),
        )

    def affiliation(self, item: dict) -> FactRecord:
        self.known(
            item,
            {
                "key",
                "person",
                "organization",
                "role",
                "since",
                "since_precision",
                "until",
                "until_precision",
                "evidence",
            },
        )
        columns = {
            "role": self.text(item, "role"),
            **self.date(item, "since"),
            **self.date(item, "until"),
        }
        self.in_order(item, columns, "since", "until")
        if len(columns["role"]) > ROLE_CHARS:
            self.fail(item, f"'role' is over the limit of {ROLE_CHARS} characters", "role")
        refs = {
            "person": self.name(item, "person"),
            "organization": self.name(item, "organization"),
        }
        return FactRecord(
            "affiliation",
            self.key(item),
            columns,
            refs,
            self.where(item),
            evidence=self.evidence(item, None),
        )


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
