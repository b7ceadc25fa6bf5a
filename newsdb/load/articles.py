"""Article records → rows, with their mentions, inside the caller's transaction.

Articles are matched by key; their sha256 says whether the text changed. A
changed text moves its curated quotes and drops what was extracted from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from newsdb.load.proposed import forget_article
from newsdb.load.summary import Summary
from newsdb.models import EXACT_CHARS, FACT_MODELS, Article, Evidence, Mention, Money, cents
from newsdb.partial_date import PartialDate
from newsdb.readers.articles import ArticleRecord
from newsdb.readers.errors import InputError, cut
from newsdb.resolve.resolver import Resolver
from newsdb.vocab import Origin

if TYPE_CHECKING:  # what the extractor found, for annotations only
    from newsdb.extract.mentions import mention as extracted

MENTION_LINKS = {"organization": "organization_id", "person": "person_id", "product": "product_id"}


def stored_articles(session: Session, records: list[ArticleRecord]) -> dict:
    """The stored articles that have these records' keys, by key: id, sha256, metadata."""
    keys = [r.key for r in records]
    return {
        row.key: row
        for chunk in _chunks(keys, 500)
        for row in session.execute(
            select(
                Article.id,
                Article.key,
                Article.sha256,
                Article.title,
                Article.url,
                Article.source,
                Article.language,
                Article.published,
                Article.published_precision,
                Article.path,
            ).where(Article.key.in_(chunk))
        )
    }


def sync_articles(
    session: Session,
    records: list[ArticleRecord],
    existing: dict,
    summary: Summary,
    redeclared: frozenset[tuple[str, str]] = frozenset(),
) -> list[tuple[int, ArticleRecord]]:
    """Insert new articles, update changed ones, skip the rest (`existing`: `stored_articles`);
    return (id, record) of the new and changed ones, whose mentions are to be extracted.

    A changed text keeps its evidence honest: each curated quote is found again in the
    new text (its offsets follow), or the article is refused naming the quote, unless
    the fact is among `redeclared` (type, key), whose evidence this import rewrites.
    Extracted evidence is dropped, with the proposals left with none."""
    hashes = {r.sha256 for r in records}
    taken = {
        sha: key
        for chunk in _chunks(list(hashes), 500)
        for sha, key in session.execute(
            select(Article.sha256, Article.key).where(Article.sha256.in_(chunk))
        )
    }
    new, mentions_for = [], []
    for record in records:
        old = existing.get(record.key)
        values = _article_values(record)
        if old is None:
            if record.sha256 in taken:
                summary.count("article", "skipped")
                summary.notes.append(
                    f"{record.where}: same text as article {taken[record.sha256]}, skipped"
                )
            else:
                taken[record.sha256] = record.key
                new.append(values)
        elif old.sha256 != record.sha256:
            relocate_evidence(session, old.id, record, redeclared)
            gone = session.execute(delete(Mention).where(Mention.article_id == old.id))
            summary.count("mention", "removed", gone.rowcount)
            forget_article(session, old.id, summary)
            _update_article(session, old.id, values)
            mentions_for.append((old.id, record))
            summary.count("article", "updated")
        elif any(getattr(old, k) != v for k, v in values.items() if k not in {"body", "sha256"}):
            _update_article(session, old.id, values)
            summary.count("article", "updated")
        else:
            summary.count("article", "unchanged")
    if new:
        by_key = {r.key: r for r in records}
        table = Article.__table__
        rows = session.connection().execute(
            insert(table).returning(table.c.id, table.c.key, sort_by_parameter_order=True), new
        )
        mentions_for.extend((row.id, by_key[row.key]) for row in rows)
        summary.count("article", "added", len(new))
    return mentions_for


def relocate_evidence(
    session: Session, article_id: int, record: ArticleRecord, redeclared=frozenset()
) -> None:
    """Move each curated quote citing the article to the same occurrence in its new text;
    a quote the new text lacks is an InputError (unless its fact is `redeclared`)."""
    old_body = session.scalar(select(Article.body).where(Article.id == article_id))
    for type_, model in FACT_MODELS.items():
        column = getattr(Evidence, f"{type_}_id")
        rows = session.execute(
            select(Evidence.id, Evidence.quote, Evidence.start_offset, model.key)
            .join(model, model.id == column)
            .where(Evidence.article_id == article_id, Evidence.origin == Origin.CURATED)
            .order_by(Evidence.id)
        ).all()
        for evidence_id, quote, start, key in rows:
            start_new = _nth(record.body, quote, _occurrence(old_body, quote, start))
            if start_new >= 0:
                if start_new != start:
                    session.execute(
                        update(Evidence)
                        .where(Evidence.id == evidence_id)
                        .values(start_offset=start_new, end_offset=start_new + len(quote))
                    )
            elif (type_, key) not in redeclared:
                raise InputError(
                    record.where,
                    f"the changed text no longer has the quote {cut(quote)!r} that {type_} {key!r} "
                    "cites: import the facts file with the quote fixed along with the article",
                )


def _occurrence(body: str, quote: str, start: int) -> int:
    """Which occurrence of `quote` (1, 2…, overlapping, as facts count them) starts at
    `start`; 1 when none does."""
    count, at = 0, -1
    while True:
        at = body.find(quote, at + 1)
        if at < 0 or at > start:
            return 1
        count += 1
        if at == start:
            return count


def _nth(body: str, quote: str, n: int) -> int:
    at = -1
    for _ in range(n):
        at = body.find(quote, at + 1)
        if at < 0:
            return -1
    return at


def _update_article(session: Session, article_id: int, values: dict) -> None:
    table = Article.__table__
    session.connection().execute(update(table).where(table.c.id == article_id).values(values))


def _article_values(record: ArticleRecord) -> dict:
    published = record.published
    return {
        "key": record.key,
        "title": record.title,
        "url": record.url,
        "source": record.source,
        "language": record.language,
        "path": record.path,
        "body": record.body,
        "sha256": record.sha256,
        "published": published.value if published else None,
        "published_precision": published.precision if published else None,
    }


def insert_mentions(
    session: Session,
    articles: list[tuple[int, list[extracted.Mention]]],
    resolver: Resolver,
    summary: Summary,
) -> None:
    """The mentions extracted from each article (id, mentions), linked to the
    entities the resolver knows them as. A money mention of a range stores its
    lower bound in `amount` and its upper bound in `amount_high`."""
    rows = []
    for article_id, mentions in articles:
        for m in mentions:
            row = {
                "article_id": article_id,
                "type": m.type,
                "start_offset": m.start,
                "end_offset": m.end,
                "text": m.text,
                "amount": m.amount,
                "amount_exact": None,
                "currency": m.currency,
                "date": None,
                "date_precision": None,
                "normalized": None,
                "organization_id": None,
                "person_id": None,
                "product_id": None,
                "rate_note": None,
                "qualifier": None,
                "amount_high": None,
                "amount_high_exact": None,
                "per_unit": None,
                "basis": None,
            }
            if m.type == "money":
                row["qualifier"], row["per_unit"], row["basis"] = m.qualifier, m.per_unit, m.basis
                if m.amount_high is not None:  # a range: the mention means low to high
                    row["amount"], row["amount_high"] = m.amount_low, m.amount_high
                    row["amount_high_exact"] = f"{cents(m.amount_high):f}"
                if m.amount is not None:
                    row["normalized"] = f"{m.amount:f}" + (f" {m.currency}" if m.currency else "")
                    row["amount_exact"] = f"{cents(row['amount']):f}"
                    if m.currency is None:  # "491,85 millions": the text names no currency
                        row["amount"] = row["amount_high"] = None  # the money CHECK
                        row["rate_note"] = "no currency in the text: exact amount only"
                    if not Money.fits(m.amount):  # beyond NUMERIC(24, 2): text only
                        row["amount"] = None
                        row["rate_note"] = "amount beyond NUMERIC(24, 2): exact text only"
                    if len(row["amount_exact"]) > EXACT_CHARS:
                        row["amount_exact"] = None
                        row["rate_note"] = "amount beyond 40 characters: in `normalized` only"
            elif m.type == "date":
                row["normalized"] = m.value
                if m.value:
                    date = PartialDate.parse(m.value)
                    row["date"], row["date_precision"] = date.value, date.precision
            else:
                row["normalized"] = m.name
                ref = resolver.lookup(m.type, m.name or "") if m.resolved else None
                if ref is not None:
                    row[MENTION_LINKS[m.type]] = ref.id
            rows.append(row)
    if rows:
        session.connection().execute(insert(Mention.__table__), rows)
    summary.count("mention", "added", len(rows))


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
