"""Curated facts files (YAML) → entity declarations and fact records, every value checked.

Quotes are checked against article bodies by `locate_quotes`; entity names
are resolved later (newsdb/resolve/), with the line kept here for the error.
Each value is checked by curated_values.py.
The format is documented in docs/formats.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from newsdb.extract.gazetteer import bundled_path
from newsdb.readers.curated_values import ROLE_CHARS, Values
from newsdb.readers.errors import InputError, cut, printable, short
from newsdb.readers.files import read_text
from newsdb.readers.yaml_lines import load_yaml
from newsdb.vocab import (
    AmountBasis,
    DealKind,
    DealStatus,
    LawsuitStatus,
    OrgKind,
    PartyRole,
    Rank,
)

ENTITY_SECTIONS = {"organizations": "organization", "people": "person", "products": "product"}
FACT_SECTIONS = {
    "deals": "deal",
    "valuations": "valuation",
    "lawsuits": "lawsuit",
    "affiliations": "affiliation",
}
SECTIONS = {*ENTITY_SECTIONS, *FACT_SECTIONS, "aliases"}


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
    rank: str = "normal"  # the curator's: preferred | normal | deprecated (vocab.Rank)


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


@dataclass
class FactsDocument:
    path: str
    data: dict


def read_facts(path: Path) -> FactsDocument:
    """A curated facts file: YAML mappings carry their line as '__line__'."""
    data = load_yaml(read_text(path), path, "invalid YAML")
    if data is None:
        raise InputError(path, "the facts file is empty")
    if not isinstance(data, dict):
        raise InputError(path, "a facts file must be a mapping of sections (deals:, lawsuits:…)")
    return FactsDocument(printable(path), data)


def parse_facts(document: FactsDocument) -> Curated:
    """Check every section of one facts file; the first problem raises InputError."""
    return _Parser(document).parse()


def bundled_entities() -> Curated:
    """The gazetteer shipped with newsdb (newsdb/data/entities.yaml)."""
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
                    f"quote not found in article {evidence.article}: {cut(evidence.quote)!r}",
                    line,
                )
        evidence.start, evidence.end = start, start + len(evidence.quote)


class _Parser(Values):
    def __init__(self, document: FactsDocument):
        self.path = document.path
        self.data = document.data

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
                        f"each entry of {section!r} must be a mapping, not {short(item)}",
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

    def check_unique_keys(self, facts: list[FactRecord]) -> None:
        seen: set[tuple[str, str]] = set()
        for fact in facts:
            if (fact.type, fact.key) in seen:
                raise InputError(
                    self.path, f"duplicate {fact.type} key {fact.key!r}", fact.where[1]
                )
            seen.add((fact.type, fact.key))

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
            allowed = {"article", "quote", "status", "occurrence", "date", "date_precision", "rank"}
            claims = {"amount", "currency", "amount_text"} if money else set()
            self.known(entry, allowed | claims | ({"parties"} if parties else set()))
            status = self.choice(entry, "status", statuses, False) if statuses else None
            rank = self.choice(entry, "rank", Rank, False) or Rank.NORMAL
            if rank == Rank.PREFERRED and any(r.rank == Rank.PREFERRED for r in records):
                self.fail(entry, "only one evidence of a fact can have rank: preferred", "rank")
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
                    rank=str(rank),
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
                "basis",
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
            "basis": self.choice(item, "basis", AmountBasis, False),
            "flags": self.flags(item),
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
            "basis": self.choice(item, "basis", AmountBasis),
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
