"""profile --as-of: the deals, lawsuits, valuations and roles of an entity some counted
article reports, on their values as then reported (`known_state` and the claims),
without building the deals', lawsuits' and valuations' report rows: a profile shows
every one of them, not a limit's worth.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdb.models import (
    Affiliation,
    Deal,
    DealParty,
    KnownState,
    Lawsuit,
    Organization,
    Person,
    Valuation,
)
from newsdb.partial_date import date_text
from newsdb.reports.asof.known import counted, holding, known_lawsuits, period
from newsdb.reports.asof.overlays import OWN, latest
from newsdb.reports.asof.ranking import ranked_deals
from newsdb.reports.claims import claims_for, name_of
from newsdb.reports.common import Filters, origin_clause


def profile(session: Session, ref, result: dict, filters: Filters) -> dict:
    """The profile (`result`: its header and roles) with the deals, lawsuits, valuations
    and roles some counted article reports (status, amount and date as then reported)
    and the counted articles."""
    from newsdb.reports import profile as module

    by = {"org": (ref.name,)} if ref.type == "organization" else {"person": (ref.name,)}
    loose = replace(filters, limit=None, **by)
    other = Person if ref.type == "organization" else Organization
    column = Affiliation.person_id if ref.type == "organization" else Affiliation.organization_id
    own = Affiliation.organization_id if ref.type == "organization" else Affiliation.person_id
    held = set(
        session.execute(
            select(other.name, Affiliation.role)
            .join(other, other.id == column)
            .join(KnownState, KnownState.__table__.c.affiliation_id == Affiliation.id)
            .where(own == ref.id, *holding(filters.as_of))
        ).all()
    )
    result["roles"] = [r for r in result["roles"] if (r["name"], r["role"]) in held]
    result["deals"] = _profile_deals(session, ref, loose)
    roles = {(s["title"], s["role"]) for s in module.lawsuit_roles(session, ref, filters)}
    state = KnownState.__table__.c
    result["lawsuits"] = [
        {"title": title, "role": role, "status": status, "filed": date_text(date, precision)}
        for title, status, date, precision in session.execute(
            known_lawsuits(
                session, loose, Lawsuit.title, state.status, state.date, state.date_precision
            )
        )
        for shown, role in sorted(roles)
        if shown == title
    ]
    result["valuations"] = (
        _profile_valuations(session, ref, filters) if ref.type == "organization" else []
    )
    result["articles"] = module.articles(session, ref, filters)
    return result


def _profile_deals(session: Session, ref, filters: Filters) -> list[dict]:
    """The profile's deals known then, ranked as `deals` ranks them, each with the
    entity's role among the parties as then reported (the first by role; none: the
    deal is left out), its status and date as then reported (`known_state`) and the
    amount (deal_overlay's choices, without building the deals' rows)."""
    ids = ranked_deals(session, filters)
    state = KnownState.__table__.c
    found, own_parties = {}, {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found |= {
            row.id: row
            for row in session.execute(
                select(
                    Deal.id,
                    Deal.title,
                    Deal.kind,
                    Deal.amount_exact,
                    Deal.currency,
                    state.status,
                    state.date,
                    state.date_precision,
                )
                .join(KnownState, state.deal_id == Deal.id)
                .where(Deal.id.in_(chunk), *holding(filters.as_of))
            )
        }
        for deal_id, name, person, role in session.execute(
            select(
                DealParty.deal_id,
                name_of(Organization, DealParty.organization_id),
                name_of(Person, DealParty.person_id),
                DealParty.role,
            ).where(DealParty.deal_id.in_(chunk))
        ):
            own_parties.setdefault(deal_id, []).append((name or person, str(role)))
    claims = claims_for(session, "deal", ids)
    rows = []
    for deal_id in ids:
        row, every = found[deal_id], claims[deal_id]
        known = counted(every, filters.as_of)
        # the deal's own parties when no article names them, else the latest counted
        # claim's (none while only later claims name them)
        named = latest(known, every, "parties", OWN)
        parties = own_parties.get(deal_id, []) if named is OWN else getattr(named, "parties", ())
        roles = sorted(role for name, role in parties if name == ref.name)
        if not roles:
            continue
        money = latest(known, every, "amount", OWN)
        if money is OWN:
            amount, currency = row.amount_exact, row.currency
        else:
            amount, currency = (money.amount, money.currency) if money else (None, None)
        rows.append(
            {
                "title": row.title,
                "role": roles[0],
                "kind": row.kind.value,
                "status": row.status,
                "amount": amount,
                "currency": currency,
                "date": date_text(row.date, row.date_precision),
            }
        )
    return rows


def _profile_valuations(session: Session, ref, filters: Filters) -> list[dict]:
    """The organization's valuations known then, in `report valuations`' order (its own
    date), on their date as then reported (`known_state`) and amount
    (valuation_overlay's choice: a valuation keeps its own until a counted claim
    states another)."""
    state = KnownState.__table__.c
    found = session.execute(
        select(
            Valuation.id,
            Valuation.amount_exact,
            Valuation.currency,
            Valuation.basis,
            state.date,
            state.date_precision,
        )
        .join(KnownState, state.valuation_id == Valuation.id)
        .where(
            Valuation.organization_id == ref.id,
            origin_clause(Valuation, filters),
            *holding(filters.as_of),
            *period(state.date, filters),
        )
        .order_by(Valuation.as_of.is_(None), Valuation.as_of, Valuation.id)
    ).all()
    claims = claims_for(session, "valuation", [row.id for row in found])
    rows = []
    for row in found:
        every = claims[row.id]
        money = latest(counted(every, filters.as_of), every, "amount", OWN)
        if money is OWN or money is None:  # none counted states another
            amount, currency = row.amount_exact, row.currency
        else:
            amount, currency = money.amount, money.currency
        rows.append(
            {
                "amount": amount,
                "currency": currency,
                "date": date_text(row.date, row.date_precision),
                "basis": row.basis.value,
            }
        )
    return rows
