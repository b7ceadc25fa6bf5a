"""The review loop: unreviewed (extracted) facts out to curated YAML, and back in.

`export_unreviewed` writes every extracted deal, valuation and lawsuit in the
curated format of docs/formats.md, with the organizations and people the
extractor created. A person edits or deletes entries; `newsdb import` of the
file then stores what is left as curated facts (same keys: the extracted rows
become curated ones).
"""

from __future__ import annotations

from pathlib import Path

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from newsdb import db
from newsdb.amounts import decimal_text
from newsdb.models import Article, Deal, Evidence, Lawsuit, Organization, Person, Valuation
from newsdb.partial_date import date_text
from newsdb.vocab import Origin

HEADER = """\
# Facts proposed by newsdb's extractor, not yet reviewed (format: docs/formats.md).
# Edit what is wrong, delete what is not a fact, then: newsdb import {name}
# Every entry kept becomes a curated fact; deleted ones stay unreviewed.
"""


def export_unreviewed(source: db.Source, path: Path) -> dict[str, int]:
    """Write the unreviewed facts to `path`; return how many of each were written."""
    with db.reading(source) as session:
        document = _document(session)
    path.write_text(
        HEADER.format(name=path.name)
        + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8",
    )
    return {section: len(items) for section, items in document.items()}


def _document(session: Session) -> dict[str, list]:
    bodies: dict[int, tuple[str, str]] = {}
    names: set[tuple[str, str]] = set()

    def evidence(rows: list[Evidence]) -> list[dict]:
        out = []
        for e in sorted(rows, key=lambda e: (e.article_id, e.start_offset)):
            if e.article_id not in bodies:
                bodies[e.article_id] = session.execute(
                    select(Article.key, Article.body).where(Article.id == e.article_id)
                ).one()
            key, body = bodies[e.article_id]
            item = {"article": key, "quote": e.quote}
            occurrence = body.count(e.quote, 0, e.start_offset) + 1
            if occurrence > 1:
                item["occurrence"] = occurrence
            if e.reported_status:
                item["status"] = e.reported_status
            out.append(item)
        return out

    def parties(rows) -> list[dict]:
        out = []
        for p in rows:
            entity = p.organization or p.person
            names.add(("organization" if p.organization else "person", entity.name))
            out.append({"name": entity.name, "role": str(p.role)})
        return out

    deals = [
        {
            "key": d.key,
            "title": d.title,
            "kind": str(d.kind),
            "status": str(d.status),
            **_money(d.amount, d.currency, d.amount_text),
            **_date("announced", d.announced, d.announced_precision),
            "parties": parties(d.parties),
            "evidence": evidence(d.evidence),
        }
        for d in _unreviewed(session, Deal, Deal.parties, Deal.evidence)
    ]
    valuations = []
    for v in _unreviewed(session, Valuation, Valuation.organization, Valuation.evidence):
        names.add(("organization", v.organization.name))
        valuations.append(
            {
                "key": v.key,
                "organization": v.organization.name,
                **_money(v.amount, v.currency, v.amount_text),
                **_date("as_of", v.as_of, v.as_of_precision),
                "basis": str(v.basis),
                "evidence": evidence(v.evidence),
            }
        )
    lawsuits = [
        {
            "key": s.key,
            "title": s.title,
            "status": str(s.status),
            **_date("filed", s.filed, s.filed_precision),
            "parties": parties(s.parties),
            "evidence": evidence(s.evidence),
        }
        for s in _unreviewed(session, Lawsuit, Lawsuit.parties, Lawsuit.evidence)
    ]
    created = _created_by_extraction(session, names)
    return {**created, "deals": deals, "valuations": valuations, "lawsuits": lawsuits}


def _unreviewed(session: Session, model, *loads):
    query = select(model).where(model.origin == Origin.EXTRACTED).order_by(model.key)
    return session.scalars(query.options(*(selectinload(attr) for attr in loads))).all()


def _created_by_extraction(session: Session, names: set[tuple[str, str]]) -> dict[str, list]:
    """The entities the extractor made up that these facts name: to be declared."""
    out = {"organizations": [], "people": []}
    for type_, model, section in (
        ("organization", Organization, "organizations"),
        ("person", Person, "people"),
    ):
        wanted = sorted(name for t, name in names if t == type_)
        for name in session.scalars(
            select(model.name)
            .where(model.name.in_(wanted), model.origin == Origin.EXTRACTED)
            .order_by(model.name)
        ):
            out[section].append({"name": name})
    return out


def _money(amount, currency, text) -> dict:
    if amount is None:
        return {}
    return {"amount": decimal_text(amount), "currency": currency, "amount_text": text}


def _date(column: str, value, precision) -> dict:
    return {column: date_text(value, precision)} if value is not None else {}
