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
from newsdb.reports.asof.known import published_by
from newsdb.reports.common import (
    EntityRef,
    Filters,
    find_entity,
    in_text_order,
    origin_clause,
)


def _deal_date(deal: Deal) -> tuple:
    """The date `report deals` shows: announced, else completed."""
    if deal.announced is not None:
        return deal.announced, deal.announced_precision
    return deal.completed, deal.completed_precision


def profile(session: Session, name: str, filters: Filters | None = None) -> dict:
    filters = filters or Filters()
    ref = find_entity(session, name)
    result = _header(session, ref)
    result["roles"] = _roles(session, ref)
    if filters.as_of is not None:  # what was reported by then: a separate step
        return asof.profile(session, ref, result, filters)
    result["deals"] = _deals(session, ref, filters)
    result["lawsuits"] = lawsuit_roles(session, ref, filters)
    result["valuations"] = _valuations(session, ref, filters)
    result["articles"] = articles(session, ref, filters)
    return result


def _header(session: Session, ref: EntityRef) -> dict:
    is_org = ref.type == "organization"
    alias_model = OrganizationAlias if is_org else PersonAlias
    result: dict = {"name": ref.name, "type": ref.type}
    if is_org:
        org = session.get(Organization, ref.id)
        result["kind"] = org.kind.value
        result["parent"] = org.parent.name if org.parent else None
    owner = alias_model.organization_id if is_org else alias_model.person_id
    result["aliases"] = sorted(session.scalars(select(alias_model.alias).where(owner == ref.id)))
    return result


def _roles(session: Session, ref: EntityRef) -> list[dict]:
    text = functools.partial(in_text_order, session)
    is_org = ref.type == "organization"
    other = Person if is_org else Organization
    return [
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
            .where(getattr(Affiliation, _party(ref)) == ref.id)
            .order_by(text(other.name), text(Affiliation.role))
        )
    ]


def _deals(session: Session, ref: EntityRef, filters: Filters) -> list[dict]:
    return [
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
            .where(getattr(DealParty, _party(ref)) == ref.id, origin_clause(Deal, filters))
            .order_by(Deal.amount.is_(None), Deal.amount.desc(), in_text_order(session, Deal.title))
        )
    ]


def lawsuit_roles(session: Session, ref: EntityRef, filters: Filters) -> list[dict]:
    """The lawsuits the entity is a party to, with its role (--as-of keeps the roles)."""
    return [
        {
            "title": s.title,
            "role": role.value,
            "status": s.status.value,
            "filed": date_text(s.filed, s.filed_precision),
        }
        for s, role in session.execute(
            select(Lawsuit, LawsuitParty.role)
            .join(LawsuitParty)
            .where(getattr(LawsuitParty, _party(ref)) == ref.id, origin_clause(Lawsuit, filters))
            .order_by(Lawsuit.filed.is_(None), Lawsuit.filed, in_text_order(session, Lawsuit.title))
        )
    ]


def _valuations(session: Session, ref: EntityRef, filters: Filters) -> list[dict]:
    if ref.type != "organization":
        return []
    return [
        {
            "amount": v.amount,
            "currency": v.currency,
            "date": date_text(v.as_of, v.as_of_precision),
            "basis": v.basis.value,
        }
        for v in session.scalars(
            select(Valuation)
            .where(Valuation.organization_id == ref.id, origin_clause(Valuation, filters))
            .order_by(
                Valuation.as_of.is_(None), Valuation.as_of, in_text_order(session, Valuation.key)
            )
        )
    ]


def articles(session: Session, ref: EntityRef, filters: Filters) -> list[dict]:
    """The articles mentioning the entity, the earliest first (with --as-of: those
    published by then, asof/known.py)."""
    query = (
        select(
            Article.key,
            Article.title,
            Article.published,
            Article.published_precision,
            func.count(Mention.id),
        )
        .join(Mention, Mention.article_id == Article.id)
        .where(getattr(Mention, _party(ref)) == ref.id)
        .group_by(
            Article.id,
            Article.key,
            Article.title,
            Article.published,
            Article.published_precision,
        )
        .order_by(
            Article.published.is_(None), Article.published, in_text_order(session, Article.key)
        )
        .limit(filters.limit)
    )
    if filters.as_of is not None:
        query = query.where(published_by(filters.as_of))
    return [
        {
            "key": key,
            "title": title,
            "published": date_text(published, precision),
            "mentions": count,
        }
        for key, title, published, precision, count in session.execute(query)
    ]


def _party(ref: EntityRef) -> str:
    return "organization_id" if ref.type == "organization" else "person_id"
