"""`profile NAME`: an organization or person, with everything the database knows of it."""

from __future__ import annotations

import functools

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from newsdb.models import (
    Affiliation,
    Article,
    Deal,
    DealParty,
    Lawsuit,
    LawsuitParty,
    Mention,
    Organization,
    OrganizationAlias,
    Person,
    PersonAlias,
    Valuation,
)
from newsdb.partial_date import date_text
from newsdb.reports import asof
from newsdb.reports.common import Filters, find_entity, in_text_order, origin_clause


def _deal_date(deal: Deal) -> tuple:
    """The date `report deals` shows: announced, else completed."""
    if deal.announced is not None:
        return deal.announced, deal.announced_precision
    return deal.completed, deal.completed_precision


def profile(session: Session, name: str, filters: Filters | None = None) -> dict:
    filters = filters or Filters()
    if filters.as_of is not None:  # what was reported by then: a separate step
        return asof.profile(session, name, filters, profile)
    text = functools.partial(in_text_order, session)
    ref = find_entity(session, name)
    is_org = ref.type == "organization"
    party = "organization_id" if is_org else "person_id"
    alias_model = OrganizationAlias if is_org else PersonAlias
    result: dict = {"name": ref.name, "type": ref.type}
    if is_org:
        org = session.get(Organization, ref.id)
        result["kind"] = org.kind.value
        result["parent"] = org.parent.name if org.parent else None
    result["aliases"] = sorted(
        session.scalars(select(alias_model.alias).where(getattr(alias_model, party) == ref.id))
    )

    other = Person if is_org else Organization
    result["roles"] = [
        {
            "name": other_name,
            "role": a.role,
            "since": date_text(a.since, a.since_precision),
            "until": date_text(a.until, a.until_precision),
        }
        for a, other_name in session.execute(
            select(Affiliation, other.name)
            .join(
                other,
                other.id == getattr(Affiliation, "person_id" if is_org else "organization_id"),
            )
            .where(getattr(Affiliation, party) == ref.id)
            .order_by(text(other.name), text(Affiliation.role))
        )
    ]
    result["deals"] = [
        {
            "title": d.title,
            "role": role.value,
            "kind": d.kind.value,
            "status": d.status.value,
            "amount": d.amount,
            "currency": d.currency,
            "date": date_text(*_deal_date(d)),
        }
        for d, role in session.execute(
            select(Deal, DealParty.role)
            .join(DealParty)
            .where(getattr(DealParty, party) == ref.id, origin_clause(Deal, filters))
            .order_by(Deal.amount.is_(None), Deal.amount.desc(), text(Deal.title))
        )
    ]
    result["lawsuits"] = [
        {
            "title": s.title,
            "role": role.value,
            "status": s.status.value,
            "filed": date_text(s.filed, s.filed_precision),
        }
        for s, role in session.execute(
            select(Lawsuit, LawsuitParty.role)
            .join(LawsuitParty)
            .where(getattr(LawsuitParty, party) == ref.id, origin_clause(Lawsuit, filters))
            .order_by(Lawsuit.filed.is_(None), Lawsuit.filed, text(Lawsuit.title))
        )
    ]
    result["valuations"] = (
        [
            {
                "amount": v.amount,
                "currency": v.currency,
                "date": date_text(v.as_of, v.as_of_precision),
                "basis": v.basis.value,
            }
            for v in session.scalars(
                select(Valuation)
                .where(Valuation.organization_id == ref.id, origin_clause(Valuation, filters))
                .order_by(Valuation.as_of.is_(None), Valuation.as_of, text(Valuation.key))
            )
        ]
        if is_org
        else []
    )
    result["articles"] = [
        {
            "key": key,
            "title": title,
            "published": date_text(published, precision),
            "mentions": count,
        }
        for key, title, published, precision, count in session.execute(
            select(
                Article.key,
                Article.title,
                Article.published,
                Article.published_precision,
                func.count(Mention.id),
            )
            .join(Mention, Mention.article_id == Article.id)
            .where(getattr(Mention, party) == ref.id)
            .group_by(
                Article.id,
                Article.key,
                Article.title,
                Article.published,
                Article.published_precision,
            )
            .order_by(Article.published.is_(None), Article.published, text(Article.key))
            .limit(filters.limit)
        )
    ]
    return result
