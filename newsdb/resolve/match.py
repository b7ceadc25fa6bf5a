"""A fact → the stored facts it repeats: its curated or extracted twins.

Deals match by (kind, amount, currency) and a shared party, valuations by
(organization, amount, currency), lawsuits by countersuit-or-not and a shared
plaintiff and defendant. A proposed fact that matches a curated one gives it
evidence instead of a row; a curated fact absorbs the extracted ones it matches.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdb.models import FACT_MODELS, Deal, DealParty, Lawsuit, LawsuitParty, Valuation
from newsdb.resolve.resolver import Ref
from newsdb.vocab import DEFENDANT_ROLES, PLAINTIFF_ROLES, LawsuitStatus, Origin


class Matcher:
    """The stored facts of one origin, indexed once per import (plain rows, not ORM
    objects: on a big database this is most of the facts)."""

    def __init__(self, session: Session, origin: Origin):
        self.session, self.origin = session, origin
        self._index: dict[str, dict] | None = None

    @property
    def indexed(self) -> bool:
        return self._index is not None

    def find(self, type_: str, group, parties) -> list[int]:
        """Ids of the indexed facts in `group` that share a party (deals), a plaintiff
        and a defendant (lawsuits), or simply the group (valuations)."""
        if self._index is None:
            self._index = _index(self.session, self.origin)
        found = []
        for row_id, theirs in self._index[type_].get(group, ()):
            if (
                type_ == "valuation"
                or (type_ == "deal" and parties & theirs)
                or (type_ == "lawsuit" and parties[0] & theirs[0] and parties[1] & theirs[1])
            ):
                found.append(row_id)
        return found

    def first(self, type_: str, group, parties):
        """The first matching fact (a curated one wins over a proposal), else None."""
        found = self.find(type_, group, parties)
        return self.session.get(FACT_MODELS[type_], found[0]) if found else None

    def twins(self, fact) -> list:
        """The indexed facts a stored fact (deal, valuation or lawsuit row) repeats; they
        leave the index, as the caller merges them into `fact`."""
        type_ = fact.__tablename__
        parties = None
        if type_ == "deal":
            group = (str(fact.kind), fact.amount, fact.currency)
            parties = {party_id_of(p) for p in fact.parties}
        elif type_ == "valuation":
            group = (fact.organization_id, fact.amount, fact.currency)
        else:
            group = fact.status == LawsuitStatus.COUNTERSUIT
            parties = (
                {party_id_of(p) for p in fact.parties if str(p.role) in PLAINTIFF_ROLES},
                {party_id_of(p) for p in fact.parties if str(p.role) in DEFENDANT_ROLES},
            )
        found = []
        for twin_id in self.find(type_, group, parties):
            twin = self.session.get(FACT_MODELS[type_], twin_id)
            if twin is None or twin is fact:
                continue
            found.append(twin)
            self._index[type_][group] = [
                entry for entry in self._index[type_][group] if entry[0] != twin_id
            ]
        return found


def _index(session: Session, origin: Origin) -> dict[str, dict]:
    """Facts of one origin: deals by (kind, amount, currency), valuations by
    (organization, amount, currency), lawsuits by countersuit or not; each as
    (id, its parties) so that matching needs no further query."""
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
                    {who for role, who in sides if role in PLAINTIFF_ROLES},
                    {who for role, who in sides if role in DEFENDANT_ROLES},
                ),
            )
        )
    return index


def party_id(ref: Ref) -> tuple[str, int]:
    return ref.type, ref.id


def party_id_of(party) -> tuple[str, int]:
    """A stored party row's (type, id)."""
    if party.organization_id is not None:
        return "organization", party.organization_id
    return "person", party.person_id
