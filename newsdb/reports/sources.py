"""`sources`: each fact with the articles and exact quotes that support it."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from newsdb.reports.common import Filters
from newsdb.reports.output import date_text

TABLE = ["fact", "article_key", "published", "reported_status", "quote"]


def sources(session: Session, filters: Filters, fact_key: str | None = None) -> list[dict]:
    """Rows of the fact_evidence view: the same answer plain SQL on the view gives."""
    sql = "SELECT * FROM fact_evidence WHERE 1 = 1"
    params: dict = {}
    if fact_key:
        sql += " AND fact_key = :key"
        params["key"] = fact_key
    if filters.kind:
        sql += " AND fact_type = :kind"
        params["kind"] = filters.kind
    if filters.reviewed_only:
        sql += " AND origin = 'curated'"
    sql += " ORDER BY fact_type, fact_key, published IS NULL, published, article_key, start_offset"
    if filters.limit:
        sql += " LIMIT :limit"
        params["limit"] = filters.limit
    rows = []
    for row in session.execute(text(sql), params).mappings():
        published = _as_date(row["published"])
        rows.append(
            {
                "fact_type": row["fact_type"],
                "fact_key": row["fact_key"],
                "fact": row["fact"],
                "article_key": row["article_key"],
                "article_title": row["article_title"],
                "source": row["source"],
                "published": date_text(published, row["published_precision"]),
                "published_precision": row["published_precision"],
                "reported_status": row["reported_status"],
                "quote": row["quote"],
                "start": row["start_offset"],
                "end": row["end_offset"],
            }
        )
    return rows


def _as_date(value):
    """Views hand SQLite dates back as text."""
    import datetime as dt

    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value
