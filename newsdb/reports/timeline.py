"""`timeline`: every dated fact (deal, valuation, lawsuit, role, article) in date order."""

from __future__ import annotations

from sqlalchemy import case, func, literal, select
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
    Person,
    Valuation,
)
from newsdb.partial_date import date_text
from newsdb.reports import asof
from newsdb.reports.common import Filters, ReportError, named_entities, origin_clause
from newsdb.reports.output import Layout

FIELDS = ["date", "date_precision", "type", "event", "key"]
TABLE = Layout(["date", "type", "event"], fields=FIELDS)


def timeline(session: Session, filters: Filters) -> list[dict]:
    if not (filters.org or filters.person or filters.since or filters.until):
        raise ReportError("give --org, --person, or a period (--since/--until)")
    if filters.as_of is not None:  # what was reported by then: a separate step
        return asof.timeline(session, filters, _events)
    return _events(session, filters)


def _events(session: Session, filters: Filters) -> list[dict]:
    """The timeline's rows. The as-of step asks for them without the period (a date
    as then reported may fall in it when today's does not), hence no check here."""
    refs = named_entities(session, filters)
    events = []
    sources = (_deals, _deals_completed, _valuations, _lawsuits, _roles, _roles_ended, _articles)
    for source in sources:
        for date, precision, type_, event, key in session.execute(source(refs, filters)):
            if date is None:
                continue
            if (filters.since and date < filters.since) or (filters.until and date > filters.until):
                continue
            events.append(
                {
                    "date": date_text(date, precision),
                    "date_precision": precision.value,
                    "type": type_,
                    "event": event,
                    "key": key,
                    "_sort": date,
                }
            )
    events.sort(key=lambda e: (e["_sort"], e["type"], e["event"]))
    for event in events:
        del event["_sort"]
    return events[: filters.limit] if filters.limit else events


def _involving(refs, party_model, fact_id, party_fact_id):
    """Conditions: the fact (fact_id) has every ref among its parties."""
    clauses = []
    for ref in refs:
        column = (
            party_model.organization_id if ref.type == "organization" else party_model.person_id
        )
        clauses.append(fact_id.in_(select(party_fact_id).where(column == ref.id)))
    return clauses


def _deals(refs, filters):
    """A deal on its announcement date: 'title (status)', or '(announced)' when it
    also has a completion date, which is an event of its own."""
    status = case((Deal.completed.is_not(None), literal("announced")), else_=Deal.status)
    return _with_parties(
        Deal,
        Deal.announced,
        Deal.announced_precision,
        "deal",
        status,
        DealParty,
        DealParty.deal_id,
        refs,
        filters,
    )


def _deals_completed(refs, filters):
    return _with_parties(
        Deal,
        Deal.completed,
        Deal.completed_precision,
        "deal",
        literal("completed"),
        DealParty,
        DealParty.deal_id,
        refs,
        filters,
    )


def _valuations(refs, filters):
    query = (
        select(
            Valuation.as_of,
            Valuation.as_of_precision,
            _label("valuation"),
            Organization.name
            + " valued at "
            + func.coalesce(Valuation.amount_text, Valuation.currency)
            + " ("
            + Valuation.basis
            + ")",
            Valuation.key,
        )
        .join(Organization)
        .where(origin_clause(Valuation, filters))
    )
    for ref in refs:
        if ref.type == "person":
            return query.where(False)
        query = query.where(Valuation.organization_id == ref.id)
    return query


def _lawsuits(refs, filters):
    return _with_parties(
        Lawsuit,
        Lawsuit.filed,
        Lawsuit.filed_precision,
        "lawsuit",
        Lawsuit.status,
        LawsuitParty,
        LawsuitParty.lawsuit_id,
        refs,
        filters,
    )


def _with_parties(model, date, precision, label, status, party_model, party_fact_id, refs, filters):
    """A deal or lawsuit event: its date, 'title (status)', when every ref is a party."""
    query = select(
        date, precision, _label(label), model.title + " (" + status + ")", model.key
    ).where(origin_clause(model, filters))
    for clause in _involving(refs, party_model, model.id, party_fact_id):
        query = query.where(clause)
    return query


def _roles(refs, filters, ended=False):
    date, precision = (
        (Affiliation.until, Affiliation.until_precision)
        if ended
        else (Affiliation.since, Affiliation.since_precision)
    )
    verb = " no longer " if ended else ": "
    query = (
        select(
            date,
            precision,
            _label("role"),
            Person.name + verb + Affiliation.role + " of " + Organization.name,
            Affiliation.key,
        )
        .join(Person, Person.id == Affiliation.person_id)
        .join(Organization, Organization.id == Affiliation.organization_id)
    )
    for ref in refs:
        column = (
            Affiliation.organization_id if ref.type == "organization" else Affiliation.person_id
        )
        query = query.where(column == ref.id)
    return query


def _roles_ended(refs, filters):
    return _roles(refs, filters, ended=True)


def _articles(refs, filters):
    title = Article.title
    query = select(
        Article.published, Article.published_precision, _label("article"), title, Article.key
    )
    for ref in refs:
        column = Mention.organization_id if ref.type == "organization" else Mention.person_id
        query = query.where(Article.id.in_(select(Mention.article_id).where(column == ref.id)))
    return query


def _label(text: str):
    return literal(text)
