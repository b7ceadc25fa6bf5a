"""Curated fact records → rows, inside the caller's transaction, as idempotent upserts.

Facts are matched by key; their parties, products and evidence are diffed, so
re-loading the same records writes nothing and counts everything as unchanged.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from newsdb.load.proposed import ProposedLoader
from newsdb.load.summary import Summary
from newsdb.models import (
    FACT_MODELS,
    Deal,
    DealParty,
    Evidence,
    EvidenceParty,
    Lawsuit,
    LawsuitParty,
    Product,
)
from newsdb.partial_date import PartialDate
from newsdb.readers.curated import FactRecord
from newsdb.readers.errors import InputError
from newsdb.resolve.resolver import Resolver, UnknownEntity
from newsdb.vocab import DealStatus, LawsuitStatus, Origin, Rank

# What a curated evidence entry may state its article reported (Evidence.reported_*).
REPORTED = ("amount", "currency", "amount_text", "date", "date_precision")


def _diff(children: list, wanted: dict, key_of, make, mine=lambda child: True, count=None) -> bool:
    """Remove the children (those that are `mine`) whose key is not wanted, add the
    wanted ones missing; `count(outcome, n)` hears how many were added and removed."""
    have = {key_of(child): child for child in children if mine(child)}
    if have.keys() == wanted.keys():
        return False
    gone = [child for key, child in have.items() if key not in wanted]
    for child in gone:
        children.remove(child)
    new = sorted(wanted.keys() - have.keys(), key=str)
    for key in new:
        children.append(make(key))
    if count is not None:
        count("added", len(new))
        count("removed", len(gone))
    return True


def _party_keys(parties) -> frozenset:
    return frozenset((p.role.value, p.organization_id, p.person_id) for p in parties)


class CuratedLoader:
    """Upserts curated facts by key; parties, products and evidence are diffed, so an
    unchanged fact writes nothing."""

    def __init__(
        self,
        session: Session,
        resolver: Resolver,
        articles: dict[str, tuple],
        summary: Summary,
        proposals: ProposedLoader | None = None,
    ):
        self.session, self.resolver, self.summary = session, resolver, summary
        self.articles = articles  # key → (id, published PartialDate | None)
        self.proposals = proposals  # the import's extracted facts, which curated ones absorb

    def load(self, facts: list[FactRecord]) -> None:
        existing = self.prefetch(facts)
        rows = [(fact, self.upsert(fact, existing.get((fact.type, fact.key)))) for fact in facts]
        self.session.flush()
        for fact, row in rows:  # references between facts, once every key exists
            self.link(fact, row)
        self.session.flush()
        for fact, row in rows:
            if fact.type == "lawsuit" and row.parent_id is not None:
                self.refuse_cycle(fact, row)
        if self.proposals is not None:
            # a curated fact wins over the extracted ones it repeats
            self.proposals.absorb([row for fact, row in rows if fact.type != "affiliation"])
            self.session.flush()

    def prefetch(self, facts: list[FactRecord]) -> dict[tuple[str, str], object]:
        """The facts already in the database, with their parties and evidence, by key."""
        found = {}
        for type_, model in FACT_MODELS.items():
            keys = [f.key for f in facts if f.type == type_]
            options = [selectinload(model.evidence).selectinload(Evidence.reported_parties)]
            if hasattr(model, "parties"):
                options.append(selectinload(model.parties))
            if model is Deal:
                options.append(selectinload(Deal.products))
            for start in range(0, len(keys), 500):
                for row in self.session.scalars(
                    select(model).where(model.key.in_(keys[start : start + 500])).options(*options)
                ):
                    found[type_, row.key] = row
        return found

    def entity(self, name: str, where, types=("organization", "person")):
        try:
            return self.resolver.find(name, types)
        except UnknownEntity as exc:
            raise InputError(where[0], str(exc), where[1]) from exc

    def upsert(self, fact: FactRecord, row):
        model = FACT_MODELS[fact.type]
        columns = dict(fact.columns, origin=Origin.CURATED, confidence=None, extractor_version=None)
        if "status" in columns and columns["status"] is None:
            columns["status"] = self.reported_status(fact)
        for ref in ("organization", "person"):
            if ref in fact.refs:
                columns[f"{ref}_id"] = self.entity(fact.refs[ref], fact.at(ref), (ref,)).id
        if row is None:
            row = model(key=fact.key, **columns)
            self.session.add(row)
            self.sync_children(fact, row)
            self.summary.count(model.__tablename__, "added")
            return row
        changed = False
        for name, value in columns.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
                changed = True
        changed |= any(
            getattr(row, column) != self.target(fact, ref, strict=False)
            for ref, column in self.links(fact, row)
        )
        changed |= self.sync_children(fact, row)
        self.summary.count(model.__tablename__, "updated" if changed else "unchanged")
        return row

    def reported_status(self, fact: FactRecord):
        """The status of the latest dated evidence (undated ones in the order given)."""
        vocab = DealStatus if fact.type == "deal" else LawsuitStatus
        dated = [
            (self.articles[e.article][1] or PartialDate.parse("0001"), i, e.status)
            for i, e in enumerate(fact.evidence)
            if e.status
        ]
        if not dated:
            raise InputError(
                fact.where[0],
                f"{fact.type} {fact.key!r} has no status: give "
                "'status:' or a status on its evidence",
                fact.where[1],
            )
        return vocab(max(dated, key=lambda t: (t[0].value, t[1]))[2])

    def sync_children(self, fact: FactRecord, row) -> bool:
        """Make the row's parties, products and evidence those of the fact; True if changed."""
        evidence = {
            (
                self.articles[e.article][0],
                e.start,
                e.end,
                e.quote,
                e.status.value if e.status else None,
                *(e.reported.get(column) for column in REPORTED),
                e.rank,
                self.reported_parties(e),
            ): e
            for e in fact.evidence
        }
        changed = _diff(
            row.evidence,
            evidence,
            lambda e: (
                e.article_id,
                e.start_offset,
                e.end_offset,
                e.quote,
                e.reported_status,
                *(getattr(e, f"reported_{column}") for column in REPORTED),
                str(e.rank or Rank.NORMAL),
                _party_keys(e.reported_parties),
            ),
            lambda k: Evidence(
                article_id=k[0],
                start_offset=k[1],
                end_offset=k[2],
                quote=k[3],
                reported_status=k[4],
                origin=Origin.CURATED,
                **dict(zip([f"reported_{c}" for c in REPORTED], k[5:-2], strict=True)),
                rank=k[-2],
                reported_parties=[
                    EvidenceParty(role=role, organization_id=org, person_id=person)
                    for role, org, person in sorted(k[-1], key=str)
                ],
            ),
            # extracted evidence a curated fact absorbed is not the curator's to diff
            mine=lambda e: e.origin == Origin.CURATED,
            count=lambda outcome, n: self.summary.count("evidence", outcome, n),
        )
        if fact.type in ("deal", "lawsuit"):
            party_model = DealParty if fact.type == "deal" else LawsuitParty
            parties = {}
            for party in fact.parties:
                ref = self.entity(party.name, party.where)
                org = ref.id if ref.type == "organization" else None
                parties[party.role.value, org, ref.id if ref.type == "person" else None] = party
            changed |= _diff(
                row.parties,
                parties,
                lambda p: (p.role.value, p.organization_id, p.person_id),
                lambda k: party_model(role=k[0], organization_id=k[1], person_id=k[2]),
            )
        if fact.type == "deal":
            where = fact.at("products")
            products = {self.entity(n, where, ("product",)).id: n for n in fact.products}
            changed |= _diff(
                row.products, products, lambda p: p.id, lambda k: self.session.get(Product, k)
            )
        return changed

    def reported_parties(self, evidence) -> frozenset:
        """(role, organization id, person id) of the parties one evidence entry names."""
        found = set()
        for party in evidence.parties:
            ref = self.entity(party.name, party.where)
            org = ref.id if ref.type == "organization" else None
            found.add((party.role.value, org, ref.id if ref.type == "person" else None))
        return frozenset(found)

    @staticmethod
    def links(fact: FactRecord, row) -> list[tuple[str, str]]:
        """The (reference, column) pairs of this fact: a valuation's deal, a suit's parent."""
        return [
            (ref, column)
            for ref, column in (("deal", "deal_id"), ("parent", "parent_id"))
            if hasattr(row, column)
        ]

    def target(self, fact: FactRecord, ref: str, strict: bool = True) -> int | None:
        """The id the reference names; -1 (not strict) when that key is not loaded yet."""
        if ref not in fact.refs:
            return None
        model = Deal if ref == "deal" else Lawsuit
        target = self.session.scalar(select(model.id).where(model.key == fact.refs[ref]))
        if target is None and not strict:
            return -1
        if target is None:
            path, line = fact.at(ref)
            raise InputError(
                path, f"{ref} {fact.refs[ref]!r} is not a known {model.__tablename__} key", line
            )
        return target

    def refuse_cycle(self, fact: FactRecord, row) -> None:
        """A suit may answer another, not (through others) itself."""
        chain, at = [row.key], row.parent_id
        seen = {row.id}
        while at is not None and at not in seen:
            seen.add(at)
            key, at = self.session.execute(
                select(Lawsuit.key, Lawsuit.parent_id).where(Lawsuit.id == at)
            ).one()
            chain.append(key)
        if at == row.id:
            path, line = fact.at("parent")
            raise InputError(path, f"parent cycle: {' → '.join([*chain, row.key])}", line)

    def link(self, fact: FactRecord, row) -> None:
        for ref, column in self.links(fact, row):
            target = self.target(fact, ref)
            if getattr(row, column) != target:
                setattr(row, column, target)
