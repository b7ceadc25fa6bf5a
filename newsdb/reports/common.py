"""What every report shares: its filters and finding an entity by name or alias."""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from newsdb.extract.text.normalize import normalize
from newsdb.models import (
    Evidence,
    Organization,
    OrganizationAlias,
    Person,
    PersonAlias,
)
from newsdb.vocab import Origin


class ReportError(Exception):
    """A report cannot run as asked (unknown name, bad filter): one line for the user."""


@dataclass(frozen=True)
class Filters:
    since: dt.date | None = None
    until: dt.date | None = None
    org: tuple[str, ...] = ()  # every one of them must be involved
    person: tuple[str, ...] = ()
    kind: str | None = None
    status: str | None = None
    limit: int | None = None
    reviewed_only: bool = False
    as_of: dt.date | None = None  # only what articles published by then said (asof/)
    currency: str | None = None  # convert amounts to this one (deals, valuations)


@dataclass(frozen=True)
class EntityRef:
    type: str  # organization | person
    id: int
    name: str


TABLES = {
    "organization": (Organization, OrganizationAlias, OrganizationAlias.organization_id),
    "person": (Person, PersonAlias, PersonAlias.person_id),
}


def find_entity(session: Session, name: str, types=("organization", "person")) -> EntityRef:
    """The organization or person called `name` (canonical name or alias, any case)."""
    for type_ in types:
        ref = _named(session, name, type_)
        if ref:
            return ref
    known = [n for type_ in types for n in session.scalars(select(TABLES[type_][0].name))]
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
    hint = f" (closest: {', '.join(close)})" if close else ""
    raise ReportError(f"no {' or '.join(types)} called {name!r}{hint}")


def _named(session: Session, name: str, type_: str) -> EntityRef | None:
    """The entity of this type called `name`, looked up once per session (a scan of the
    names): an --as-of report asks again for each part it overlays."""
    found = session.info.setdefault("entities", {})
    if (name, type_) not in found:
        model, alias, fk = TABLES[type_]
        key = normalize(name)
        row = session.execute(
            select(model.id, model.name).where(
                or_(
                    func.lower(model.name) == key,
                    model.id.in_(select(fk).where(alias.normalized == key)),
                )
            )
        ).first()
        found[name, type_] = EntityRef(type_, row.id, row.name) if row else None
    return found[name, type_]


def party_filter(session: Session, filters: Filters, party_model, fk_column):
    """Ids of facts with the --org/--person among their parties (None: no filter)."""
    conditions = []
    for ref in named_entities(session, filters):
        column = (
            party_model.organization_id if ref.type == "organization" else party_model.person_id
        )
        conditions.append(select(fk_column).where(column == ref.id))
    return conditions


def named_entities(session: Session, filters: Filters) -> list[EntityRef]:
    """The --org and --person entities, each found through names and aliases."""
    return [find_entity(session, name, ("organization",)) for name in filters.org] + [
        find_entity(session, name, ("person",)) for name in filters.person
    ]


def in_text_order(session: Session, column):
    """`column` sorted in code-point order, as Python and SQLite sort text: PostgreSQL's
    default collation (en_US.UTF-8…) would otherwise ignore case and punctuation."""
    return column.collate("C") if session.get_bind().dialect.name == "postgresql" else column


def origin_clause(model, filters: Filters):
    return model.origin == Origin.CURATED if filters.reviewed_only else True


def evidence_for(session: Session, column, ids: list[int]) -> dict[int, list]:
    """Evidence rows (with their article) of the given facts, grouped by fact id."""
    from newsdb.models import Article

    grouped: dict[int, list] = {i: [] for i in ids}
    if not ids:
        return grouped
    rows = session.execute(
        select(
            column.label("fact_id"),
            Evidence,
            Article.key,
            Article.title,
            Article.source,
            Article.published,
            Article.published_precision,
        )
        .join(Article, Article.id == Evidence.article_id)
        .where(column.in_(ids))
        .order_by(
            Article.published.is_(None), Article.published, in_text_order(session, Article.key)
        )
    )
    for row in rows:  # row.Evidence, row.key, row.published, row.published_precision…
        grouped[row.fact_id].append(row)
    return grouped


def days_between(first, confirmed) -> int | None:
    """Days from the first report to the confirming one, when both are dated to the
    day (rows or claims: anything with `published` and `published_precision`)."""
    if first and confirmed and first.published_precision == confirmed.published_precision == "day":
        return (confirmed.published - first.published).days
    return None
