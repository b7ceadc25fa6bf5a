"""A fact → the stored facts it repeats: its curated or extracted twins, closest first.

What one fact says is a `Claim`: its kind, parties, amount (as a `Span`), its own date,
and the article spans behind it. Two claims are one real-world fact when:

- deals: kinds of one family (below), and two amounts that are compatible (below)
  with a party in common; or one amount, or another kind of the family, and parties
  that agree (one side's all among the other's, or two in common: Microsoft's
  investment in OpenAI is not OpenAI's Stargate); or no amount and parties
  that agree (KKR's stake in Belvia is not KKR's talks with Meridia);
- valuations: one organization, compatible amounts and stated dates at most
  `SAME_TIME` apart (whatever basis each article names: "market value" and
  "post-money" of one round are one figure). A valuation that really
  changed is two facts: "$40 billion" in March and "$50 billion" in October differ
  in amount; "more than $40 billion" (any amount above) and "$50 billion" differ
  in date. An undated claim matches on amount alone, as news repeats a worth long
  after the round that set it;
- lawsuits: both countersuits or neither, a plaintiff and a defendant in common,
  not two different courts, and stated filing dates at most `SAME_TIME` apart
  (Musk's suit of February 2024 and his new one of August are two suits).

Parties agree through the database's aliases (one entity), and through control: a
person and the company they own (an affiliation as owner or founder, not co-founder
nor chief executive: Altman runs OpenAI but does not stand for it). Deal kinds come in
families: taking control (acquisition, merger, bid), putting money in (investment,
funding round), a service (hosting, contract); a partnership is a service or an
investment as the press words it, and "other" any kind. Another kind matches only a
curated fact (a curator's word against an extractor's), with parties that agree;
two extracted claims of different kinds stay apart.

Among the facts a claim repeats, the closest wins (`Matcher.closest`): the one whose
evidence quotes the same passage, then the nearest kind, then the one its article
also reports (with the same status first), then the most parties in common (named
before owned), then the nearest amount and date, then the oldest. A proposal joins the
closest of the curated and extracted facts (curated on a tie). A curated fact absorbs
the extracted fact closest to it and those that agree with that one on amount and
date (`same_report`), not every extracted fact it matches: two deals between the same
companies, at $1 billion and at $3 billion, stay two (load/proposed.py, `absorb`).

Two amounts are compatible when the ranges they can mean overlap once both are
in US dollars (newsdb/fx.py, at the rate of the fact's or article's date) and
widened by `SAME_DEAL_SLACK`. A figure means the
range it rounds from ("$97.4 billion": 97.35–97.45 billion; "$100 billion", a
round figure, at most ±5%), a qualifier widens it ("nearly", "about": ±10%;
"up to": 0 up to it; "more than": it and above), a range is its two ends. The
slack covers outlets that round differently or convert at another day's rate:
"$97.4 billion", "97,4 milliards de dollars", "nearly $100 billion" and "98
milliards" are one bid; $10 billion and $33 billion are two deals. The amounts
that disagree stay on the evidence as claims (`report conflicts`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from newsdb import fx
from newsdb.models import (
    FACT_MODELS,
    Affiliation,
    Deal,
    DealParty,
    Evidence,
    Lawsuit,
    LawsuitParty,
    Valuation,
)
from newsdb.partial_date import PartialDate
from newsdb.resolve.resolver import Ref
from newsdb.vocab import DEFENDANT_ROLES, PLAINTIFF_ROLES, LawsuitStatus, Origin

SAME_TIME = dt.timedelta(days=92)  # valuations, lawsuits: stated dates further apart are two
# Deal kinds of one family may name one deal; "partnership" and "other" are loose words.
FAMILY = {
    "acquisition": "control",
    "merger": "control",
    "bid": "control",
    "investment": "money",
    "funding_round": "money",
    "hosting": "service",
    "contract": "service",
}
LOOSE = {"partnership": {"service", "money"}, "other": set()}  # the families each is nearest
# An affiliation that makes a person stand for the organization: they own it.
CONTROL = re.compile(
    r"\b(owner|majority shareholder|controlling shareholder|propriétaire|(?<![-\w])founder"
    r"|(?<![-\w])fondateur)\b",
    re.IGNORECASE,
)

Party = tuple[str, int]  # ("organization" | "person", id)
Period = tuple[dt.date, dt.date]  # the first and last day a stated date can mean


@dataclass(frozen=True)
class Claim:
    """What one fact says, as matching reads it."""

    type: str  # "deal" | "valuation" | "lawsuit"
    kind: str | None = None  # deal: its kind; lawsuit: "counter" or ""
    parties: frozenset[Party] = frozenset()  # deal: all; valuation: its company; suit: plaintiffs
    against: frozenset[Party] = frozenset()  # lawsuit: defendants
    span: Span | None = None
    when: Period | None = None  # the fact's own date, as stated
    reported: Period | None = None  # else its article's publication (to rank, never to split)
    court: str | None = None
    cites: frozenset[tuple] = frozenset()  # (article id, start, end, status) of its evidence


@dataclass
class _Entry:
    ref: object  # a fact id, or a row this import added (no id yet)
    claim: Claim
    order: tuple[int, int]  # stored facts first, by id; then the added ones, in order
    cites: frozenset | None = field(default=None)  # read on demand (`Matcher._cites`)


class Matcher:
    """The stored facts of one origin, indexed once per import (plain rows, not ORM
    objects: on a big database this is most of the facts), by party."""

    def __init__(self, session: Session, origin: Origin, strict: bool = False):
        self.session, self.origin = session, origin
        # between extracted facts (no curator read them): one kind only
        self.strict = strict
        self._index: dict[tuple[str, Party], list[_Entry]] | None = None
        self._entries: dict[tuple[str, object], _Entry] = {}  # (type, ref) → its entry
        self._owns: dict[Party, set[Party]] = {}  # person → organizations, and back
        self._added = 0  # facts `add`ed: they sort after the stored ones, in that order

    @property
    def indexed(self) -> bool:
        return self._index is not None

    def _load(self) -> None:
        if self._index is None:
            self._index, self._owns = {}, owners(self.session)
            for entry in _entries(self.session, self.origin):
                self._file(entry)

    def learn_owners(self) -> None:
        """Read the owners again (an import may have just loaded affiliations)."""
        if self._index is not None:
            self._owns = owners(self.session)

    def _file(self, entry: _Entry) -> None:
        """File an entry under each of its parties."""
        self._entries[entry.claim.type, entry.ref] = entry
        for party in entry.claim.parties | entry.claim.against:
            self._index.setdefault((entry.claim.type, party), []).append(entry)

    def same(self, mine: Claim, theirs: Claim) -> bool:
        """Whether two claims are one fact (the module doc), with the owners known."""
        if mine.type != theirs.type:
            return False
        direct, owned = shared(mine.parties, theirs.parties, self._owns)
        agree = same_parties(mine.parties, theirs.parties, direct + owned)
        if mine.type == "deal":
            kinds = kind_distance(mine.kind, theirs.kind)
            if kinds is None:
                return False
            if kinds:  # another kind: a curator's word against an extractor's only
                return not self.strict and agree and compatible(mine.span, theirs.span)
            if mine.span is not None and theirs.span is not None:
                return bool(direct + owned) and compatible(mine.span, theirs.span)
            return agree
        if not _near(mine.when, theirs.when):
            return False
        if mine.type == "valuation":
            return bool(direct) and compatible(mine.span, theirs.span)
        against = sum(shared(mine.against, theirs.against, self._owns))
        courts = {_court(mine.court), _court(theirs.court)} - {None}
        return (
            mine.kind == theirs.kind and bool(direct + owned) and bool(against) and len(courts) < 2
        )

    def candidates(self, claim: Claim) -> list[tuple[tuple, _Entry]]:
        """(distance, entry) of every indexed fact the claim repeats, closest first."""
        self._load()
        entries = {}
        for party in claim.parties | claim.against:
            for who in (party, *self._owns.get(party, ())):
                for entry in self._index.get((claim.type, who), ()):
                    entries[id(entry)] = entry
        found = [entry for entry in entries.values() if self.same(claim, entry.claim)]
        if len(found) > 1 or (found and claim.cites):
            self._cites(found)
        ranked = sorted((self.distance(claim, entry), entry.order, entry) for entry in found)
        return [(rank, entry) for rank, _, entry in ranked]

    def closest(self, claim: Claim):
        """(distance, fact) of the closest live fact the claim repeats, else None."""
        for rank, entry in self.candidates(claim):
            row = self.row(entry)
            if row is not None:
                return rank, row
        return None

    def row(self, entry: _Entry):
        """The fact an entry names, unless gone (a curated fact may have absorbed it)."""
        if isinstance(entry.ref, int):
            row = self.session.get(FACT_MODELS[entry.claim.type], entry.ref)
        else:
            row = entry.ref
        if row is None or inspect(row).deleted or inspect(row).was_deleted:
            return None
        return row

    def distance(self, claim: Claim, entry: _Entry) -> tuple:
        """How far a matching fact is from the claim (the module doc), smaller first."""
        theirs = entry.claim
        cites = entry.cites or theirs.cites
        quoted = any(
            a == b and start < other_end and other_start < end
            for a, start, end, _ in claim.cites
            for b, other_start, other_end, _ in cites
        )
        articles = {a: status for a, *_, status in cites}
        told = [a for a, *_, status in claim.cites if a in articles]
        same_status = any(articles[a] == s for a, *_, s in claim.cites if a in articles)
        direct, owned = shared(
            claim.parties | claim.against, theirs.parties | theirs.against, self._owns
        )
        return (
            0 if quoted else 1,
            (kind_distance(claim.kind, theirs.kind) or 0) if claim.type == "deal" else 0,
            0 if same_status else 1 if told else 2,
            -direct,
            -owned,
            _amount_gap(claim.span, theirs.span),
            _days_apart(claim.when or claim.reported, theirs.when or theirs.reported),
        )

    def _cites(self, entries: list[_Entry]) -> None:
        """Read the evidence spans of stored facts among `entries` (once each)."""
        wanted = [e for e in entries if e.cites is None and isinstance(e.ref, int)]
        for type_ in {e.claim.type for e in wanted}:
            column = getattr(Evidence, f"{type_}_id")
            ids = [e.ref for e in wanted if e.claim.type == type_]
            found: dict[int, set] = {}
            for row in self.session.execute(
                select(
                    column,
                    Evidence.article_id,
                    Evidence.start_offset,
                    Evidence.end_offset,
                    Evidence.reported_status,
                ).where(column.in_(ids))
            ):
                found.setdefault(row[0], set()).add(tuple(row[1:]))
            for entry in wanted:
                if entry.claim.type == type_:
                    entry.cites = frozenset(found.get(entry.ref, ()))

    def add(self, row, claim: Claim) -> None:
        """A fact this import made (no id yet): later proposals may repeat it."""
        self._load()
        self._added += 1
        self._file(_Entry(row, claim, (1, self._added), claim.cites))

    def take(self, fact) -> None:
        """Drop a fact row from the index (merged into another)."""
        for ref in (fact.id, fact):
            entry = self._entries.pop((fact.__tablename__, ref), None)
            if entry is not None:
                for party in entry.claim.parties | entry.claim.against:
                    self._index[entry.claim.type, party].remove(entry)

    def twins(self, fact) -> list[tuple[tuple, _Entry]]:
        """(distance, entry) of the indexed facts a stored fact repeats, closest first."""
        return [(rank, e) for rank, e in self.candidates(claim_of(fact)) if e.ref is not fact]


def owners(session: Session) -> dict[Party, set[Party]]:
    """Each owner (a person) → the organizations they own, and each of those → its
    owners, from the current affiliations whose role says so (`CONTROL`)."""
    owns: dict[Party, set[Party]] = {}
    for person, org, role in session.execute(
        select(Affiliation.person_id, Affiliation.organization_id, Affiliation.role).where(
            Affiliation.until.is_(None)
        )
    ):
        if CONTROL.search(role or ""):
            owns.setdefault(("person", person), set()).add(("organization", org))
            owns.setdefault(("organization", org), set()).add(("person", person))
    return owns


def _entries(session: Session, origin: Origin) -> list[_Entry]:
    """The facts of one origin as claims, read in a few queries (no ORM objects)."""
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
    found = []
    for row in session.execute(
        select(
            Deal.id,
            Deal.kind,
            Deal.amount_exact,
            Deal.currency,
            Deal.qualifier,
            Deal.amount_high_exact,
            Deal.announced,
            Deal.announced_precision,
            Deal.completed,
            Deal.completed_precision,
        ).where(Deal.origin == origin)
    ):
        when = period(row.announced, row.announced_precision) or period(
            row.completed, row.completed_precision
        )
        claim = Claim(
            "deal",
            str(row.kind),
            frozenset(who for _, who in parties.get(("deal", row.id), ())),
            span=span(
                row.amount_exact,
                row.currency,
                row.qualifier,
                row.amount_high_exact,
                row.announced or row.completed,
            ),
            when=when,
        )
        found.append(_Entry(row.id, claim, (0, row.id)))
    for row in session.execute(
        select(
            Valuation.id,
            Valuation.organization_id,
            Valuation.amount_exact,
            Valuation.currency,
            Valuation.qualifier,
            Valuation.amount_high_exact,
            Valuation.as_of,
            Valuation.as_of_precision,
        ).where(Valuation.origin == origin)
    ):
        claim = Claim(
            "valuation",
            parties=frozenset({("organization", row.organization_id)}),
            span=span(
                row.amount_exact, row.currency, row.qualifier, row.amount_high_exact, row.as_of
            ),
            when=period(row.as_of, row.as_of_precision),
        )
        found.append(_Entry(row.id, claim, (0, row.id)))
    for row in session.execute(
        select(
            Lawsuit.id, Lawsuit.status, Lawsuit.court, Lawsuit.filed, Lawsuit.filed_precision
        ).where(Lawsuit.origin == origin)
    ):
        sides = parties.get(("lawsuit", row.id), ())
        claim = Claim(
            "lawsuit",
            suit_kind(row.status),
            frozenset(who for role, who in sides if role in PLAINTIFF_ROLES),
            frozenset(who for role, who in sides if role in DEFENDANT_ROLES),
            when=period(row.filed, row.filed_precision),
            court=row.court,
        )
        found.append(_Entry(row.id, claim, (0, row.id)))
    return found


def claim_of(fact) -> Claim:
    """The claim of a stored fact row (deal, valuation or lawsuit), with its evidence."""
    type_ = fact.__tablename__
    cites = frozenset(
        (e.article_id, e.start_offset, e.end_offset, e.reported_status) for e in fact.evidence
    )
    if type_ == "deal":
        return Claim(
            "deal",
            str(fact.kind),
            frozenset(party_id_of(p) for p in fact.parties),
            span=deal_span(fact),
            when=period(fact.announced, fact.announced_precision)
            or period(fact.completed, fact.completed_precision),
            cites=cites,
        )
    if type_ == "valuation":
        return Claim(
            "valuation",
            parties=frozenset({("organization", fact.organization_id)}),
            span=span(fact.amount, fact.currency, fact.qualifier, fact.amount_high, fact.as_of),
            when=period(fact.as_of, fact.as_of_precision),
            cites=cites,
        )
    return Claim(
        "lawsuit",
        suit_kind(fact.status),
        frozenset(party_id_of(p) for p in fact.parties if str(p.role) in PLAINTIFF_ROLES),
        frozenset(party_id_of(p) for p in fact.parties if str(p.role) in DEFENDANT_ROLES),
        when=period(fact.filed, fact.filed_precision),
        court=fact.court,
        cites=cites,
    )


def same_report(mine: Claim, theirs: Claim) -> bool:
    """Two claims that do not tell two facts apart: compatible amounts, near dates."""
    return compatible(mine.span, theirs.span) and _near(mine.when, theirs.when)


def suit_kind(status) -> str:
    """What tells two suits between the same parties apart: a countersuit or not."""
    return "counter" if status == LawsuitStatus.COUNTERSUIT else ""


def period(value: dt.date | None, precision: str | None) -> Period | None:
    """The first and last day a stored date can mean."""
    date = PartialDate.of(value, precision)
    return None if date is None else (date.value, date.last_day())


def kind_distance(mine: str | None, theirs: str | None) -> int | None:
    """0 the same kind, 1 one family (or a loose word's nearest), 2 a loose word for
    another kind, None two families."""
    if mine == theirs:
        return 0
    if mine in LOOSE or theirs in LOOSE:
        loose, other = (mine, theirs) if mine in LOOSE else (theirs, mine)
        return 1 if FAMILY.get(other) in LOOSE[loose] else 2
    if FAMILY.get(mine) is not None and FAMILY.get(mine) == FAMILY.get(theirs):
        return 1
    return None


def shared(mine: frozenset, theirs: frozenset, owns: dict) -> tuple[int, int]:
    """(named by both, one side's owner or property of the other's): each party of
    the other side counts once."""
    direct = mine & theirs
    left = set(theirs - direct)
    owned = 0
    for party in mine - direct:
        for other in owns.get(party, ()):
            if other in left:
                left.discard(other)
                owned += 1
                break
    return len(direct), owned


def party_id(ref: Ref) -> Party:
    return ref.type, ref.id


def party_id_of(party) -> Party:
    """A stored party row's (type, id)."""
    if party.organization_id is not None:
        return "organization", party.organization_id
    return "person", party.person_id


def same_parties(mine: frozenset, theirs: frozenset, common: int) -> bool:
    """Parties of one fact: one side names no one the other does not, or both name
    two of the same (a party left out or added by one article); `common` from `shared`."""
    return bool(mine and theirs) and (common >= min(len(mine), len(theirs)) or common >= 2)


def _near(a: Period | None, b: Period | None) -> bool:
    """Two stated dates at most `SAME_TIME` apart, or one unknown."""
    return a is None or b is None or _days_apart(a, b) <= SAME_TIME.days


def _days_apart(a: Period | None, b: Period | None) -> int:
    if a is None or b is None:
        return 0
    return max((b[0] - a[1]).days, (a[0] - b[1]).days, 0)


def _court(name: str | None) -> str | None:
    return " ".join(name.lower().split()) if name else None


def _amount_gap(a: Span | None, b: Span | None) -> float:
    """How far apart two compatible amounts are (0 when their ranges overlap)."""
    if a is None or b is None or a[0] != b[0] or (a[1] <= b[2] and b[1] <= a[2]):
        return 0.0
    low, high = sorted((max(a[1], b[1]), min(a[2], b[2])))
    return math.log(float(high) / float(low)) if low > 0 else math.inf


# --- amounts ------------------------------------------------------------------------

SAME_DEAL_SLACK = Decimal("0.05")  # each side's range widened by 5% before comparing
ROUND_FIGURE = Decimal("0.05")  # a round figure means at most ±5% of itself
ABOUT = Decimal("0.10")  # "nearly", "about": ±10%
Span = tuple[str, Decimal, Decimal]  # (currency, lowest, highest) an amount can mean


def deal_span(deal) -> Span | None:
    """The span of a deal row's amount (at the rate of its date)."""
    return span(
        deal.amount,
        deal.currency,
        deal.qualifier,
        deal.amount_high,
        deal.announced or deal.completed,
    )


def span(amount, currency, qualifier, high, date: dt.date | None) -> Span | None:
    """What a stated amount can mean, in US dollars when fx.py has the rate (else in
    its own currency); None without an amount."""
    if amount is None or currency is None:
        return None
    low, top = _meaning(Decimal(amount), qualifier, None if high is None else Decimal(high))
    found = _usd_rate(currency, date)
    if found is None:
        return currency, low, top
    return "USD", low * found, top * found


def compatible(a: Span | None, b: Span | None) -> bool:
    """One side without an amount, or overlapping spans once each is widened by
    `SAME_DEAL_SLACK` (spans in two currencies fx.py cannot convert never match)."""
    if a is None or b is None:
        return True
    if a[0] != b[0]:
        return False
    return a[1] * (1 - SAME_DEAL_SLACK) <= b[2] * (1 + SAME_DEAL_SLACK) and b[1] * (
        1 - SAME_DEAL_SLACK
    ) <= a[2] * (1 + SAME_DEAL_SLACK)


def _meaning(amount: Decimal, qualifier: str | None, high: Decimal | None):
    """(lowest, highest) value a figure can mean: a range is its ends; a figure
    the values that round to it (at most ±`ROUND_FIGURE`), widened by its qualifier."""
    if high is not None:
        return min(amount, high), max(amount, high)
    if qualifier == "about":
        return amount * (1 - ABOUT), amount * (1 + ABOUT)
    unit = Decimal(1).scaleb(amount.normalize().as_tuple().exponent)
    half = min(unit / 2, abs(amount) * ROUND_FIGURE)
    if qualifier in ("up_to", "less_than"):
        return Decimal(0), amount + half
    if qualifier in ("more_than", "at_least"):
        return amount - half, Decimal("Infinity")
    return amount - half, amount + half


@cache
def _usd_rate(currency: str, date: dt.date | None) -> Decimal | None:
    if currency == "USD":
        return Decimal(1)
    found = fx.rate(currency, "USD", date)
    return None if isinstance(found, str) else found[0]
