"""Automatically extracted facts → rows, stored apart from curated ones.

A proposed deal, valuation or lawsuit is matched to what the database holds:
the same fact reported again (in other words, currency or precision) gets one
more piece of evidence, keeping what this article said, instead of a second row;
a curated fact it matches keeps its columns and only gains the evidence;
otherwise a new fact is stored with origin 'extracted', its confidence and the
extractor's version. Which stored fact a proposal repeats, and which extracted
facts a curated one absorbs, is resolve/match.py's; the entities it names come
from resolve/resolver.py (`ExtractedNames`).
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
    FACT_MODELS,
    Article,
    Deal,
    DealParty,
    Evidence,
    EvidenceParty,
    Lawsuit,
    LawsuitParty,
    Money,
    Valuation,
)
from newsdb.partial_date import PartialDate
from newsdb.resolve import match
from newsdb.resolve.match import Matcher, party_id
from newsdb.resolve.resolver import ExtractedNames, Ref, mention_types
from newsdb.vocab import DEFENDANT_ROLES, PLAINTIFF_ROLES, DealStatus, LawsuitStatus, Origin


class ProposedLoader:
    """Stores proposed facts, inside the caller's transaction, for one import.

    Fast because it keeps what it learns: the curated facts a proposal may
    match (loaded once), and the extracted facts it met or made, by key. New
    rows are flushed once per chunk of articles (`flush`), not once per fact.
    """

    def __init__(self, session: Session, names: ExtractedNames, summary):
        self.session, self.names, self.summary = session, names, summary
        self.match_curated = Matcher(session, Origin.CURATED)  # what a proposal may repeat
        self.match_extracted = Matcher(session, Origin.EXTRACTED)  # what a curated fact absorbs
        self.match_repeats = Matcher(session, Origin.EXTRACTED, strict=True)  # facts told again
        self.rows: dict[str, object] = {}  # key → extracted fact met in this import
        self.latest: dict[str, tuple] = {}  # key → (article date, status) of its latest report
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
        types = mention_types(mentions)
        seen: set[tuple] = set()
        self.articles_here.add(article_id)
        for fact in facts:
            cites = frozenset({(article_id, fact.start, fact.end, fact.status)})
            stored = getattr(self, fact.type)(fact, types, published, cites)
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

    # --- facts ------------------------------------------------------------------

    def deal(self, fact: Fact, types, published: PartialDate | None, cites: frozenset):
        parties = self.names.parties(fact, types)
        if not parties or not fact.kind:
            return None
        amount = fact.amount if fact.amount is not None and fact.currency else None
        currency = fact.currency if amount is not None else None
        qualifier = fact.qualifier if amount is not None else None
        high = fact.amount_high if amount is not None else None
        claim = _claim(
            fact,
            published,
            cites,
            kind=str(fact.kind),
            parties=frozenset(party_id(ref) for _, ref in parties),
            amount=(amount, currency, qualifier, high),
        )
        key = _key("deal", str(fact.kind), _amount(amount), currency, _names(r for _, r in parties))
        same = self.repeated(key, claim)
        if same is not None:
            if same.origin == Origin.EXTRACTED and same.amount is None and amount is not None:
                # the first to say how much
                same.amount, same.currency, same.amount_text = amount, currency, fact.amount_text
                same.qualifier, same.amount_high = qualifier, high
            return same, "deal_id"
        row = self.extracted(
            key,
            Deal,
            lambda: Deal(
                key=key,
                title=_title(fact.kind, parties),
                kind=fact.kind,
                status=fact.status or DealStatus.ANNOUNCED,
                amount=amount,
                currency=currency,
                amount_text=fact.amount_text if amount is not None else None,
                qualifier=qualifier,
                amount_high=high,
                basis=fact.basis if amount is not None else None,
                **_dated("announced", fact),
                **_extracted(fact),
                parties=[DealParty(role=role, **_party_columns(ref)) for role, ref in parties],
            ),
            claim,
        )
        return row, "deal_id"

    def repeated(self, key: str, claim: match.Claim):
        """The fact a claim repeats: the closest curated or extracted one (curated on a
        tie), else None. An extracted claim told in these very words (its key) is that
        fact's, unless a curated one matches."""
        curated = self.match_curated.closest(claim)
        repeat = self.match_repeats.closest(claim)
        if curated is not None and (repeat is None or curated[0] <= repeat[0]):
            return curated[1]
        if repeat is None or key in self.rows or self._stored(key):
            return None
        self.rows[key] = repeat[1]  # told again in other words: one fact
        return repeat[1]

    def valuation(self, fact: Fact, types, published: PartialDate | None, cites: frozenset):
        if not fact.organization or fact.amount is None or not fact.currency:
            return None
        org = self.names.entity(fact.organization, {fact.organization: "organization"})
        if org.type != "organization":
            return None
        claim = _claim(
            fact,
            published,
            cites,
            parties=frozenset({party_id(org)}),
            amount=(fact.amount, fact.currency, fact.qualifier, fact.amount_high),
        )
        key = _key("valuation", _names([org]), _amount(fact.amount), fact.currency, *_when(fact))
        return self.repeated(key, claim) or self.extracted(
            key,
            Valuation,
            lambda: Valuation(
                key=key,
                organization_id=org.id,
                amount=fact.amount,
                currency=fact.currency,
                amount_text=fact.amount_text,
                qualifier=fact.qualifier,
                amount_high=fact.amount_high,
                basis=fact.basis or "other",
                **_dated("as_of", fact),
                **_extracted(fact),
            ),
            claim,
        ), "valuation_id"

    def lawsuit(self, fact: Fact, types, published: PartialDate | None, cites: frozenset):
        parties = self.names.parties(fact, types)
        plaintiffs = frozenset(party_id(r) for role, r in parties if role in PLAINTIFF_ROLES)
        defendants = frozenset(party_id(r) for role, r in parties if role in DEFENDANT_ROLES)
        if not plaintiffs or not defendants:
            return None
        counter = fact.status == LawsuitStatus.COUNTERSUIT
        claim = _claim(
            fact,
            published,
            cites,
            kind=match.suit_kind(fact.status),
            parties=plaintiffs,
            against=defendants,
        )
        key = _key(
            "lawsuit",
            _names(r for role, r in parties if role in PLAINTIFF_ROLES),
            _names(r for role, r in parties if role in DEFENDANT_ROLES),
            counter,
            *_when(fact),
        )
        return self.repeated(key, claim) or self.extracted(
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
            claim,
        ), "lawsuit_id"

    def extracted(self, key: str, model, make, claim: match.Claim):
        """The extracted fact with this key: met before, in the database, or new (which
        later claims may repeat)."""
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
                self.match_repeats.add(row, claim)
            self.rows[key] = row
        return row

    def _stored(self, key: str) -> bool:
        """Whether an extracted fact with this key is in the database."""
        if self._keys is None:
            self._load_keys()
        return key in self._keys

    def _load_keys(self) -> None:
        self._keys = {
            key: id_
            for m in FACT_MODELS.values()
            for key, id_ in self.session.execute(
                select(m.key, m.id).where(m.origin == Origin.EXTRACTED)
            )
        }

    def absorb(self, curated: list) -> None:
        """A curated fact wins over the extracted facts it repeats: they give it their
        evidence and go. Closest pairs first: each extracted fact goes to the curated
        fact closest to it, which takes its own closest twin and the others that say
        the same amount and date as that one; a twin that says another (a second deal
        between the same companies) stays a fact of its own, or goes to another
        curated fact it repeats. (Called once per batch of curated facts loaded.)"""
        if not self.match_extracted.indexed:
            self.session.flush()  # the index sees this import's proposals
        matcher = self.match_extracted
        matcher.learn_owners()  # the batch may hold affiliations
        pairs = sorted(
            ((rank, n, entry.order), entry)
            for n, fact in enumerate(curated)
            for rank, entry in matcher.twins(fact)
        )
        closest: dict[int, match.Claim] = {}  # curated fact (by position) → its closest twin
        taken = set()
        for (_, n, _), entry in pairs:
            if id(entry) in taken or matcher.row(entry) is None:
                continue
            if n in closest and not match.same_report(entry.claim, closest[n]):
                continue
            closest.setdefault(n, entry.claim)
            taken.add(id(entry))
            self._absorb(curated[n], matcher.row(entry))

    def _absorb(self, curated, twin) -> None:
        for matcher in (self.match_extracted, self.match_repeats):
            matcher.take(twin)
        self.rows.pop(twin.key, None)
        self._uncount(curated.__tablename__, twin.key in self.new_keys)
        for evidence in _move_evidence(self.session, twin, curated):
            self._uncount("evidence", evidence.article_id in self.articles_here)

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
                self.names.parties(fact, types) if fact.parties else [],
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


def _claim(
    fact: Fact,
    published: PartialDate | None,
    cites: frozenset,
    amount: tuple = (None, None, None, None),
    **what,
) -> match.Claim:
    """What a proposed fact says, for matching: `what` (kind, parties, against), its
    amount (amount, currency, qualifier, high), its date, its article's date and span."""
    stated = PartialDate.parse(fact.date) if fact.date else None
    when = (stated or published).value if (stated or published) else None
    return match.Claim(
        fact.type,
        span=match.span(*amount, when),
        when=None if stated is None else (stated.value, stated.last_day()),
        reported=None if published is None else (published.value, published.last_day()),
        cites=cites,
        **what,
    )


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


def _party_columns(ref: Ref) -> dict:
    return {"organization_id": ref.id} if ref.type == "organization" else {"person_id": ref.id}


def _key(*parts) -> str:
    """A key from the fact's content: its kind, its parties' names, its amount. Never a
    database id, which a rolled-back run (PostgreSQL sequences do not roll back) shifts.
    Not the article either: every article reporting the fact must find the same row."""
    digest = hashlib.sha1(repr(parts).encode()).hexdigest()[:16]
    return f"auto-{parts[0]}-{digest}"


def _when(fact: Fact) -> list[str]:
    """A valuation's or a suit's stated date, for its key: the same words at another
    time are another fact (resolve/match.py, `SAME_TIME`)."""
    return [fact.date] if fact.date else []


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
    plaintiffs = ", ".join(dict.fromkeys(r.name for role, r in parties if role in PLAINTIFF_ROLES))
    defendants = ", ".join(dict.fromkeys(r.name for role, r in parties if role in DEFENDANT_ROLES))
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
