"""A fact → the stored facts it repeats: its curated or extracted twins.

Deals match by kind, parties and amounts: two amounts that are compatible
(below) and a party in common; one amount and parties that agree (one side's
all among the other's, or two in common: Microsoft's investment in OpenAI is not
OpenAI's Stargate); no amount and a party in common (between two extracted
deals, which no curator has read: parties that agree). Valuations match by
(organization, amount, currency), lawsuits by countersuit-or-not and a shared
plaintiff and defendant. A proposed fact that matches a curated one gives it
evidence instead of a row; a curated fact absorbs the extracted ones it matches;
an extracted deal repeated with another amount joins the first one reported.

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
from decimal import Decimal
from functools import cache

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from newsdb import fx
from newsdb.models import FACT_MODELS, Deal, DealParty, Lawsuit, LawsuitParty, Valuation
from newsdb.resolve.resolver import Ref
from newsdb.vocab import DEFENDANT_ROLES, PLAINTIFF_ROLES, LawsuitStatus, Origin


class Matcher:
    """The stored facts of one origin, indexed once per import (plain rows, not ORM
    objects: on a big database this is most of the facts)."""

    def __init__(self, session: Session, origin: Origin, strict: bool = False):
        self.session, self.origin = session, origin
        self.strict = strict  # two deals without amounts need `same_parties`
        self._index: dict[str, dict] | None = None
        self._added = 0  # deals `add`ed: they sort after the stored ones, in that order

    def same_deal(self, mine: set, my_span, theirs: set, their_span) -> bool:
        """Two amounts that agree and a party in common; else, with one amount or
        none (none: unless `strict`), parties that agree (`same_parties`)."""
        if my_span is not None and their_span is not None:
            return bool(mine & theirs) and compatible(my_span, their_span)
        if my_span is None and their_span is None and not self.strict:
            return bool(mine & theirs)
        return same_parties(mine, theirs)

    @property
    def indexed(self) -> bool:
        return self._index is not None

    def find(self, type_: str, group, parties, span=None) -> list:
        """The indexed facts in `group` that share a party and have a compatible
        amount (deals, most parties in common first), a plaintiff and a defendant
        (lawsuits), or simply the group (valuations): ids, or rows added by `add`
        that have none yet."""
        if self._index is None:
            self._index = _index(self.session, self.origin)
        found = []
        for entry in self._entries(type_, group, parties):
            row, theirs = entry[0], entry[1]
            if (
                type_ == "valuation"
                or (type_ == "deal" and self.same_deal(parties, span, theirs, entry[2]))
                or (type_ == "lawsuit" and parties[0] & theirs[0] and parties[1] & theirs[1])
            ):
                found.append((row, len(parties & theirs) if type_ == "deal" else 0))
        # the deal with the most parties in common first (Microsoft investing in
        # OpenAI is their investment deal, not OpenAI's Stargate)
        return [row for row, _ in sorted(found, key=lambda pair: -pair[1])]

    def _entries(self, type_: str, group, parties) -> list[tuple]:
        """The index entries to compare: a deal's are filed under each of its
        parties (by (kind, party)), so a proposal reads only the deals it may repeat."""
        if type_ != "deal":
            return self._index[type_].get(group, [])
        found = {}
        for party in parties:
            for entry in self._index["deal"].get((group, party), ()):
                found[id(entry)] = entry
        return sorted(found.values(), key=lambda entry: entry[3])  # stored first, by id

    def first(self, type_: str, group, parties, span=None):
        """The first matching fact (a curated one wins over a proposal), else None."""
        for ref in self.find(type_, group, parties, span):
            row = self.session.get(FACT_MODELS[type_], ref) if isinstance(ref, int) else ref
            if row is not None and not inspect(row).deleted and not inspect(row).was_deleted:
                return row  # (a curated fact may have absorbed it since)
        return None

    def add(self, deal, parties: set, span) -> None:
        """A deal this import made (no id yet): later proposals may repeat it."""
        if self._index is None:
            self._index = _index(self.session, self.origin)
        self._added += 1
        _file_deal(self._index["deal"], str(deal.kind), (deal, parties, span, (1, self._added)))

    def twins(self, fact) -> list:
        """The indexed facts a stored fact (deal, valuation or lawsuit row) repeats; they
        leave the index, as the caller merges them into `fact`."""
        type_ = fact.__tablename__
        parties = span = None
        if type_ == "deal":
            group = str(fact.kind)
            parties = {party_id_of(p) for p in fact.parties}
            span = deal_span(fact)
        elif type_ == "valuation":
            group = (fact.organization_id, fact.amount, fact.currency)
        else:
            group = fact.status == LawsuitStatus.COUNTERSUIT
            parties = (
                {party_id_of(p) for p in fact.parties if str(p.role) in PLAINTIFF_ROLES},
                {party_id_of(p) for p in fact.parties if str(p.role) in DEFENDANT_ROLES},
            )
        found = []
        for twin_ref in self.find(type_, group, parties, span):
            twin = (
                self.session.get(FACT_MODELS[type_], twin_ref)
                if isinstance(twin_ref, int)
                else twin_ref
            )
            if twin is None or twin is fact:
                continue
            found.append(twin)
            for entry in self._entries(type_, group, parties):
                if entry[0] is twin_ref:
                    keys = [(group, p) for p in entry[1]] if type_ == "deal" else [group]
                    for key in keys:
                        self._index[type_][key].remove(entry)
        return found


def _index(session: Session, origin: Origin) -> dict[str, dict]:
    """Facts of one origin: deals by (kind, party), with the span of their amount;
    valuations by (organization, amount, currency); lawsuits by countersuit or not;
    each as (id, its parties, …) so that matching needs no further query."""
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
    for row in session.execute(
        select(
            Deal.id,
            Deal.kind,
            Deal.amount_exact,
            Deal.currency,
            Deal.qualifier,
            Deal.amount_high_exact,
            Deal.announced,
            Deal.completed,
        ).where(Deal.origin == origin)
    ):
        _file_deal(
            index["deal"],
            str(row.kind),
            (
                row.id,
                {who for _, who in parties.get(("deal", row.id), ())},
                span(
                    row.amount_exact,
                    row.currency,
                    row.qualifier,
                    row.amount_high_exact,
                    row.announced or row.completed,
                ),
                (0, row.id),
            ),
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
                    {who for role, who in sides if role in PLAINTIFF_ROLES},
                    {who for role, who in sides if role in DEFENDANT_ROLES},
                ),
            )
        )
    return index


def _file_deal(deals: dict, kind: str, entry: tuple) -> None:
    """File a deal's entry (ref, parties, span, order) under (kind, party), each party."""
    for party in entry[1]:
        deals.setdefault((kind, party), []).append(entry)


def party_id(ref: Ref) -> tuple[str, int]:
    return ref.type, ref.id


def party_id_of(party) -> tuple[str, int]:
    """A stored party row's (type, id)."""
    if party.organization_id is not None:
        return "organization", party.organization_id
    return "person", party.person_id


def same_parties(mine: set, theirs: set) -> bool:
    """Parties of one deal: one side names no one the other does not, or both name
    two of the same (a party left out or added by one article)."""
    return bool(mine and theirs) and (mine <= theirs or theirs <= mine or len(mine & theirs) >= 2)


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
