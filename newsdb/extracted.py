"""Automatically extracted facts → rows, stored apart from curated ones.

A proposed deal, valuation or lawsuit is matched to what the database holds:
the same fact reported again (same kind, amount and a shared party) gets one
more piece of evidence instead of a second row; a curated fact it matches
keeps its columns and only gains the evidence; otherwise a new fact is stored
with origin 'extracted', its confidence and the extractor's version. Names
the gazetteer does not know become organizations or people marked extracted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from newsdb.extract.facts import EXTRACTOR_VERSION, Fact
from newsdb.extract.mentions.mention import Mention
from newsdb.extract.text.normalize import normalize
from newsdb.models import (
    Article,
    Deal,
    DealParty,
    Evidence,
    EvidenceParty,
    Lawsuit,
    LawsuitParty,
    Money,
    Organization,
    Person,
    Valuation,
)
from newsdb.partial_date import PartialDate
from newsdb.resolve import Ref, Resolver
from newsdb.vocab import DealStatus, LawsuitStatus, Origin

MODELS = {"deal": Deal, "valuation": Valuation, "lawsuit": Lawsuit}
PLAINTIFFS = {"plaintiff", "counter_plaintiff"}
DEFENDANTS = {"defendant", "counter_defendant"}


class ExtractedLoader:
    """Stores proposed facts, inside the caller's transaction, for one import.

    Fast because it keeps what it learns: the curated facts a proposal may
    match (loaded once), and the extracted facts it met or made, by key. New
    rows are flushed once per chunk of articles (`flush`), not once per fact.
    """

    def __init__(self, session: Session, resolver: Resolver, summary):
        self.session, self.resolver, self.summary = session, resolver, summary
        self.rows: dict[str, object] = {}  # key → extracted fact met in this import
        self.latest: dict[str, tuple] = {}  # key → (article date, status) of its latest report
        self._curated: dict[str, dict] | None = None  # curated facts, for matching
        self._twins: dict[str, dict] | None = None  # extracted facts, for absorbing
        self._keys: dict[str, int] | None = None  # keys of extracted facts already stored
        self.pending: list[tuple] = []  # evidence waiting for its fact's id
        # What this import added, so that a proposal a curated fact absorbs in the
        # same import is not counted as added: keys of new facts, articles read.
        self.new_keys: set[str] = set()
        self.articles_here: set[int] = set()

    def load(
        self,
        article_id: int,
        published: PartialDate | None,
        facts: list[Fact],
        mentions: list[Mention],
    ) -> None:
        types = {
            (m.name or m.text): m.type for m in mentions if m.type in ("organization", "person")
        }
        seen: set[tuple] = set()
        self.articles_here.add(article_id)
        for fact in facts:
            stored = getattr(self, fact.type)(fact, types)
            if stored is None:
                continue
            row, column = stored
            if (id(row), fact.start) in seen:
                continue
            seen.add((id(row), fact.start))
            self._evidence(row, column, article_id, published, fact, types)

    def flush(self) -> None:
        """Write the chunk's new facts (ORM), then their evidence (one executemany)."""
        self.session.flush()
        if self.pending:
            rows = [dict(values, **{column: row.id}) for row, column, values, _ in self.pending]
            table = Evidence.__table__
            ids = self.session.connection().execute(
                insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
            )
            parties = [
                {
                    "evidence_id": evidence_id,
                    "role": role,
                    "organization_id": ref.id if ref.type == "organization" else None,
                    "person_id": ref.id if ref.type == "person" else None,
                }
                for (evidence_id,), (*_, named) in zip(ids, self.pending, strict=True)
                for role, ref in named
            ]
            if parties:
                self.session.connection().execute(insert(EvidenceParty.__table__), parties)
            for row in {id(r): r for r, *_ in self.pending}.values():
                self.session.expire(row, ["evidence"])
            self.pending = []
        # Keep ids, not objects, so that memory does not grow with the corpus.
        if self._keys is None:
            self._load_keys()
        self._keys.update((key, row.id) for key, row in self.rows.items())
        self.rows.clear()

    def declare(self, analyses: list[tuple[list[Fact], list[Mention]]]) -> None:
        """Create, in one flush, the entities these facts name that nobody declared."""
        new = []
        for facts, mentions in analyses:
            types = {
                (m.name or m.text): m.type for m in mentions if m.type in ("organization", "person")
            }
            for fact in facts:
                names = [p.name for p in fact.parties if p.name]
                if fact.type == "valuation" and fact.organization:
                    names.append(fact.organization)
                    types = {**types, fact.organization: "organization"}
                for name in names:
                    if self.known(name) is None:
                        new.append(self.create(name, types))
        if new:
            self.session.flush()
            for type_, key, row in new:
                self.resolver.by_name.setdefault(type_, {})[key] = Ref(type_, row.id, row.name)
                self.resolver.aliases.setdefault(type_, {})[row.name] = []

    # --- entities ---------------------------------------------------------------

    def known(self, name: str) -> Ref | None:
        key = normalize(name)
        for type_ in ("organization", "person"):
            ref = self.resolver.by_name.get(type_, {}).get(key)
            if ref is not None:
                return ref
        return None

    def create(self, name: str, types: dict[str, str]):
        """A new organization or person, marked extracted (pending until flushed)."""
        type_ = "person" if types.get(name) == "person" else "organization"
        model = Person if type_ == "person" else Organization
        row = model(name=name[:200], origin=Origin.EXTRACTED)
        self.session.add(row)
        # Placeholder so a name met twice before the flush is created once.
        self.resolver.by_name.setdefault(type_, {})[normalize(name)] = Ref(type_, -1, name)
        self.summary.count(model.__tablename__, "added")
        return type_, normalize(name), row

    def entity(self, name: str, types: dict[str, str]) -> Ref:
        """The entity called `name` (made by `declare` when the text introduced it)."""
        ref = self.known(name)
        if ref is None:
            type_, key, row = self.create(name, types)
            self.session.flush()
            ref = self.resolver.by_name[type_][key] = Ref(type_, row.id, row.name)
        return ref

    def parties(self, fact: Fact, types) -> list[tuple[str, Ref]]:
        return _unique((p.role, self.entity(p.name, types)) for p in fact.parties if p.name)

    # --- facts ------------------------------------------------------------------

    def deal(self, fact: Fact, types):
        parties = self.parties(fact, types)
        if not parties or not fact.kind:
            return None
        ids = {_party_id(ref) for _, ref in parties}
        amount = fact.amount if fact.amount is not None and fact.currency else None
        curated = self.curated_match(
            "deal", (fact.kind, amount, fact.currency if amount else None), ids
        )
        if curated is not None:
            return curated, "deal_id"
        key = _key(
            "deal",
            str(fact.kind),
            _amount(amount),
            fact.currency if amount else None,
            _names(ref for _, ref in parties),
        )
        return self.extracted(
            key,
            Deal,
            lambda: Deal(
                key=key,
                title=_title(fact.kind, parties),
                kind=fact.kind,
                status=fact.status or DealStatus.ANNOUNCED,
                amount=amount,
                currency=fact.currency if amount is not None else None,
                amount_text=fact.amount_text if amount is not None else None,
                qualifier=getattr(fact, "qualifier", None) if amount is not None else None,
                amount_high=getattr(fact, "amount_high", None) if amount is not None else None,
                **_dated("announced", fact),
                **_extracted(fact),
                parties=[DealParty(role=role, **_party_columns(ref)) for role, ref in parties],
            ),
        ), "deal_id"

    def valuation(self, fact: Fact, types):
        if not fact.organization or fact.amount is None or not fact.currency:
            return None
        org = self.entity(fact.organization, {fact.organization: "organization"})
        if org.type != "organization":
            return None
        curated = self.curated_match("valuation", (org.id, fact.amount, fact.currency), None)
        if curated is not None:
            return curated, "valuation_id"
        key = _key("valuation", _names([org]), _amount(fact.amount), fact.currency)
        return self.extracted(
            key,
            Valuation,
            lambda: Valuation(
                key=key,
                organization_id=org.id,
                amount=fact.amount,
                currency=fact.currency,
                amount_text=fact.amount_text,
                qualifier=getattr(fact, "qualifier", None),
                amount_high=getattr(fact, "amount_high", None),
                basis=fact.basis or "other",
                **_dated("as_of", fact),
                **_extracted(fact),
            ),
        ), "valuation_id"

    def lawsuit(self, fact: Fact, types):
        parties = self.parties(fact, types)
        plaintiffs = {_party_id(r) for role, r in parties if role in PLAINTIFFS}
        defendants = {_party_id(r) for role, r in parties if role in DEFENDANTS}
        if not plaintiffs or not defendants:
            return None
        counter = fact.status == LawsuitStatus.COUNTERSUIT
        curated = self.curated_match("lawsuit", counter, (plaintiffs, defendants))
        if curated is not None:
            return curated, "lawsuit_id"
        key = _key(
            "lawsuit",
            _names(r for role, r in parties if role in PLAINTIFFS),
            _names(r for role, r in parties if role in DEFENDANTS),
            counter,
        )
        return self.extracted(
            key,
            Lawsuit,
            lambda: Lawsuit(
                key=key,
                title=_suit_title(parties),
                status=fact.status or LawsuitStatus.FILED,
                **_dated("filed", fact),
                **_extracted(fact),
                parties=[LawsuitParty(role=role, **_party_columns(ref)) for role, ref in parties],
            ),
        ), "lawsuit_id"

    def extracted(self, key: str, model, make):
        """The extracted fact with this key: met before, in the database, or new."""
        row = self.rows.get(key)
        if row is None:
            if self._keys is None:
                self._load_keys()
            row = self.session.get(model, self._keys[key]) if key in self._keys else None
            if row is None:
                row = make()
                self.session.add(row)
                self.summary.count(model.__tablename__, "added")
                self.new_keys.add(key)
            self.rows[key] = row
        return row

    def _load_keys(self) -> None:
        self._keys = {
            key: id_
            for m in MODELS.values()
            for key, id_ in self.session.execute(
                select(m.key, m.id).where(m.origin == Origin.EXTRACTED)
            )
        }

    def curated_match(self, type_: str, group, parties):
        """A curated fact the proposal matches (it wins), from an index built once."""
        if self._curated is None:
            self._curated = _index(self.session, Origin.CURATED)
        found = _matches(self._curated, type_, group, parties)
        return self.session.get(MODELS[type_], found[0]) if found else None

    def absorb(self, curated) -> None:
        """A curated fact wins: the extracted facts it matches give it their
        evidence and go. (Called for each curated fact loaded.)"""
        if self._twins is None:
            self.session.flush()
            self._twins = _index(self.session, Origin.EXTRACTED)
        type_ = curated.__tablename__
        parties = None
        if type_ == "deal":
            group = (str(curated.kind), curated.amount, curated.currency)
            parties = {_party_id_of(p) for p in curated.parties}
        elif type_ == "valuation":
            group = (curated.organization_id, curated.amount, curated.currency)
        else:
            group = curated.status == LawsuitStatus.COUNTERSUIT
            parties = (
                {_party_id_of(p) for p in curated.parties if str(p.role) in PLAINTIFFS},
                {_party_id_of(p) for p in curated.parties if str(p.role) in DEFENDANTS},
            )
        for twin_id in _matches(self._twins, type_, group, parties):
            twin = self.session.get(MODELS[type_], twin_id)
            if twin is None or twin is curated:
                continue
            self.rows.pop(twin.key, None)
            self._uncount(type_, twin.key in self.new_keys)
            for evidence in _move_evidence(self.session, twin, curated):
                self._uncount("evidence", evidence.article_id in self.articles_here)
            self._twins[type_][group] = [
                entry for entry in self._twins[type_][group] if entry[0] != twin_id
            ]

    def _uncount(self, table: str, added_here: bool) -> None:
        """A row this import added is gone again: not added; an older one: removed."""
        if added_here:
            self.summary.count(table, "added", -1)
        else:
            self.summary.count(table, "removed")

    def _evidence(self, row, column: str, article_id: int, published, fact: Fact, types) -> None:
        if row.origin != Origin.EXTRACTED and any(e.article_id == article_id for e in row.evidence):
            return  # a curated fact's quote already speaks for this article
        amount = fact.amount if fact.amount is not None and fact.currency else None
        if amount is not None and not Money.fits(amount, self.session.bind.dialect.name):
            amount = None  # too many digits to store exactly: the fact's text keeps it
        date = _dated("reported_date", fact)
        self.pending.append(
            (
                row,
                column,
                {
                    "article_id": article_id,
                    "quote": fact.quote,
                    "start_offset": fact.start,
                    "end_offset": fact.end,
                    "reported_status": fact.status,
                    "origin": Origin.EXTRACTED,
                    "confidence": fact.confidence,
                    "deal_id": None,
                    "valuation_id": None,
                    "lawsuit_id": None,
                    "affiliation_id": None,
                    # what this article reported, kept whatever later articles say
                    "reported_amount": amount,
                    "reported_currency": fact.currency if amount is not None else None,
                    "reported_amount_text": fact.amount_text if amount is not None else None,
                    **date,
                },
                self.parties(fact, types) if fact.parties else [],
            )
        )
        self.summary.count("evidence", "added")
        if row.origin != Origin.EXTRACTED:
            return
        row.confidence = max(row.confidence or 0, fact.confidence)
        if fact.status and hasattr(row, "status"):
            when = published.last_day() if published else dt.date.min
            latest = self.latest.get(row.key)
            if latest is None and row.id is not None:  # reported before this import
                latest = _latest_report(self.session, row, column)
            if latest is None or when >= latest[0]:
                self.latest[row.key] = (when, fact.status)
                row.status = fact.status
            else:
                self.latest[row.key] = latest


def _index(session: Session, origin: Origin) -> dict[str, dict]:
    """Facts of one origin: deals by (kind, amount, currency), valuations by
    (organization, amount, currency), lawsuits by countersuit or not; each as
    (id, its parties) so that matching needs no further query. Plain rows, not
    ORM objects: on a big database this is most of the facts."""
    parties: dict[tuple[str, int], list] = {}
    for table, model, fk in (
        ("deal", DealParty, DealParty.deal_id),
        ("lawsuit", LawsuitParty, LawsuitParty.lawsuit_id),
    ):
        for fact_id, role, org, person in session.execute(
            select(fk, model.role, model.organization_id, model.person_id)
        ):
            who = ("organization", org) if org is not None else ("person", person)
            parties.setdefault((table, fact_id), []).append((str(role), who))
    index: dict[str, dict] = {"deal": {}, "valuation": {}, "lawsuit": {}}
    for row_id, kind, amount, currency in session.execute(
        select(Deal.id, Deal.kind, Deal.amount_exact, Deal.currency).where(Deal.origin == origin)
    ):
        index["deal"].setdefault((str(kind), amount, currency), []).append(
            (row_id, {who for _, who in parties.get(("deal", row_id), ())})
        )
    for row_id, org, amount, currency in session.execute(
        select(
            Valuation.id, Valuation.organization_id, Valuation.amount_exact, Valuation.currency
        ).where(Valuation.origin == origin)
    ):
        index["valuation"].setdefault((org, amount, currency), []).append((row_id, None))
    for row_id, status in session.execute(
        select(Lawsuit.id, Lawsuit.status).where(Lawsuit.origin == origin)
    ):
        sides = parties.get(("lawsuit", row_id), ())
        index["lawsuit"].setdefault(status == LawsuitStatus.COUNTERSUIT, []).append(
            (
                row_id,
                (
                    {who for role, who in sides if role in PLAINTIFFS},
                    {who for role, who in sides if role in DEFENDANTS},
                ),
            )
        )
    return index


def _latest_report(session: Session, row, column: str) -> tuple | None:
    """(last day of the article's date, status) of the latest dated report of a fact."""
    found = session.execute(
        select(Article.published, Article.published_precision, Evidence.reported_status)
        .join(Article)
        .where(getattr(Evidence, column) == row.id, Evidence.reported_status.is_not(None))
        .order_by(Article.published.desc().nulls_last(), Evidence.id.desc())
        .limit(1)
    ).first()
    if found is None:
        return None
    date = PartialDate.of(found.published, found.published_precision)
    return (date.last_day() if date else dt.date.min, found.reported_status)


# --- matching, shared with the curated loader ---------------------------------------


def _matches(index: dict, type_: str, group, parties) -> list[int]:
    """Ids of the indexed facts in `group` that share a party (deals), a plaintiff
    and a defendant (lawsuits), or simply the group (valuations)."""
    found = []
    for row_id, theirs in index[type_].get(group, ()):
        if (
            type_ == "valuation"
            or (type_ == "deal" and parties & theirs)
            or (type_ == "lawsuit" and parties[0] & theirs[0] and parties[1] & theirs[1])
        ):
            found.append(row_id)
    return found


def _move_evidence(session: Session, twin, curated) -> list:
    """The twin's evidence from articles the curated fact does not cite yet moves over
    (the curator's quote speaks for an article it cites); then the twin goes, with
    the evidence that did not move (returned)."""
    have = {e.article_id for e in curated.evidence}
    for evidence in list(twin.evidence):
        if evidence.article_id not in have:
            twin.evidence.remove(evidence)
            curated.evidence.append(evidence)
    session.delete(twin)
    return list(twin.evidence)


def forget_article(session: Session, article_id: int, summary=None) -> None:
    """Before an article's text changes: drop its extracted evidence, and the
    extracted facts left with none (counted as removed in `summary`)."""
    gone = session.execute(
        delete(Evidence).where(
            Evidence.article_id == article_id, Evidence.origin == Origin.EXTRACTED
        )
    )
    if summary is not None:
        summary.count("evidence", "removed", gone.rowcount)
    for model, column in (
        (Deal, Evidence.deal_id),
        (Valuation, Evidence.valuation_id),
        (Lawsuit, Evidence.lawsuit_id),
    ):
        orphans = select(model.id).where(
            model.origin == Origin.EXTRACTED,
            ~model.id.in_(select(column).where(column.is_not(None))),
        )
        gone = session.execute(delete(model).where(model.id.in_(orphans)))
        if summary is not None:
            summary.count(model.__tablename__, "removed", gone.rowcount)


# --- helpers ------------------------------------------------------------------------


def _party_id(ref: Ref) -> tuple[str, int]:
    return ref.type, ref.id


def _party_id_of(party) -> tuple[str, int]:
    if party.organization_id is not None:
        return "organization", party.organization_id
    return "person", party.person_id


def _party_columns(ref: Ref) -> dict:
    return {"organization_id": ref.id} if ref.type == "organization" else {"person_id": ref.id}


def _unique(parties: Iterable[tuple[str, Ref]]) -> list[tuple[str, Ref]]:
    seen, out = set(), []
    for role, ref in parties:
        if (role, ref.type, ref.id) not in seen:
            seen.add((role, ref.type, ref.id))
            out.append((role, ref))
    return out


def _key(*parts) -> str:
    """A key from the fact's content: its kind, its parties' names, its amount. Never a
    database id, which a rolled-back run (PostgreSQL sequences do not roll back) shifts.
    Not the article either: every article reporting the fact must find the same row."""
    digest = hashlib.sha1(repr(parts).encode()).hexdigest()[:16]
    return f"auto-{parts[0]}-{digest}"


def _names(refs: Iterable[Ref]) -> list[tuple[str, str]]:
    """(type, normalized canonical name) of each party, sorted, once each."""
    return sorted({(ref.type, normalize(ref.name)) for ref in refs})


def _amount(amount) -> str | None:
    """The amount as plain digits, alike however the extractor wrote it (6.87E+10)."""
    return None if amount is None else f"{amount.normalize():f}"


def _title(kind: str, parties: list[tuple[str, Ref]]) -> str:
    names = ", ".join(dict.fromkeys(ref.name for _, ref in parties))
    return f"{kind.replace('_', ' ').capitalize()}: {names}"[:300]


def _suit_title(parties: list[tuple[str, Ref]]) -> str:
    plaintiffs = ", ".join(dict.fromkeys(r.name for role, r in parties if role in PLAINTIFFS))
    defendants = ", ".join(dict.fromkeys(r.name for role, r in parties if role in DEFENDANTS))
    return f"{plaintiffs} v. {defendants}"[:300]


def _dated(column: str, fact: Fact) -> dict:
    if not fact.date:
        return {column: None, f"{column}_precision": None}
    date = PartialDate.parse(fact.date)
    return {column: date.value, f"{column}_precision": date.precision}


def _extracted(fact: Fact) -> dict:
    return {
        "origin": Origin.EXTRACTED,
        "confidence": fact.confidence,
        "extractor_version": EXTRACTOR_VERSION,
    }
