"""`newsdb import`: read → extract → resolve → load, in one transaction.

Atomic by default: the first bad file aborts the import and the database is
left as it was. With `keep_going`, each file is loaded in a savepoint of its
own: the good ones are committed and every bad one is reported.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from newsdb import db
from newsdb.extract import Entity, Gazetteer
from newsdb.facts import Curated, bundled_entities, locate_quotes, parse_facts
from newsdb.load import FactLoader, Summary, sync_articles, sync_entities
from newsdb.models import Article
from newsdb.partial_date import PartialDate
from newsdb.readers import (
    ArticleRecord,
    InputError,
    find_files,
    is_facts,
    is_sidecar,
    read_articles,
    read_facts,
)
from newsdb.resolve import Resolver


@dataclass
class ImportReport:
    summary: Summary
    errors: list[InputError] = field(default_factory=list)
    files: int = 0


class ImportFailed(Exception):
    """The import was rolled back; `errors` says why, one line each."""

    def __init__(self, errors: list[InputError]):
        self.errors = errors
        super().__init__(str(errors[0]))


def import_paths(
    url: str | None,
    paths: list[Path],
    *,
    keep_going: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import the articles and facts under `paths` into the database at `url`.

    `progress(done, total)` is called as articles are loaded.
    """
    report = ImportReport(Summary())
    article_files, facts_files = [], []
    for path in find_files(paths):
        if is_sidecar(path):
            continue
        (facts_files if is_facts(path) else article_files).append(path)
    report.files = len(article_files) + len(facts_files)

    batches: list[tuple[Path, list[ArticleRecord]]] = []
    documents = []
    for path in article_files:
        _attempt(report, keep_going, lambda p=path: batches.append((p, read_articles(p))))
    for path in facts_files:
        _attempt(report, keep_going, lambda p=path: documents.append(parse_facts(read_facts(p))))
    batches = _without_duplicates(batches, report, keep_going)

    with db.connect(url) as connection:
        db.lock_for_writing(connection)
        db.upgrade_connection(connection)
        with Session(bind=connection, autoflush=False) as session:
            _load(session, batches, documents, report, keep_going, progress)
            session.commit()
        connection.commit()
    return report


def _without_duplicates(batches, report: ImportReport, keep_going: bool):
    """Refuse an article given twice in one import (same key or same text)."""
    seen: dict[str, ArticleRecord] = {}
    kept = []
    for path, records in batches:
        unique = []
        for record in records:
            first = seen.get(record.key) or seen.get(record.sha256)
            if first is None:
                seen[record.key] = seen[record.sha256] = record
                unique.append(record)
                continue
            same = "key" if first.key == record.key else "text"
            _attempt(
                report,
                keep_going,
                functools.partial(
                    _raise,
                    InputError(
                        record.where,
                        f"same article {same} as {first.where} (key {first.key!r}): "
                        "remove one of them",
                    ),
                ),
            )
        kept.append((path, unique))
    return kept


def _raise(error: Exception):
    raise error


def _attempt(report: ImportReport, keep_going: bool, step: Callable[[], object]) -> bool:
    """Run one file's step; record its InputError (and stop unless keep_going)."""
    try:
        step()
        return True
    except InputError as exc:
        report.errors.append(exc)
        if not keep_going:
            raise ImportFailed(report.errors) from exc
        return False


def _load(
    session: Session,
    batches,
    documents: list[Curated],
    report: ImportReport,
    keep_going: bool,
    progress,
) -> None:
    summary = report.summary
    declared = Curated(entities=bundled_entities().entities)
    for document in documents:
        declared.entities.extend(document.entities)
        declared.aliases.extend(document.aliases)
    sync_entities(session, declared, summary)
    resolver = Resolver.load(session)
    gazetteer = Gazetteer(
        Entity(name, type_, aliases) for type_, name, aliases in resolver.entities()
    )

    total = sum(len(records) for _, records in batches)
    done = 0
    for path, records in batches:

        def load_file(records=records):
            with session.begin_nested():
                sync_articles(session, records, gazetteer, resolver, summary)

        _attempt_db(report, keep_going, path, load_file)
        done += len(records)
        if progress:
            progress(done, total)

    articles = _ArticleIndex(session)
    loader = FactLoader(session, resolver, articles, summary)
    for document in documents:

        def load_facts(document=document):
            for fact in document.facts:
                locate_quotes(fact, articles.body)
            with session.begin_nested():
                loader.load(document.facts)

        _attempt_db(report, keep_going, Path(document.path), load_facts)


def _attempt_db(report, keep_going, path: Path, step) -> None:
    try:
        _attempt(report, keep_going, step)
    except SQLAlchemyError as exc:
        error = InputError(path, f"rejected by the database: {db.first_line(exc)}")
        report.errors.append(error)
        if not keep_going:
            raise ImportFailed(report.errors) from exc


class _ArticleIndex(dict):
    """Article key → (id, published); bodies fetched on demand for quote checks."""

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.bodies: dict[str, str] = {}

    def __missing__(self, key: str):
        row = self.session.execute(
            select(Article.id, Article.published, Article.published_precision, Article.body).where(
                Article.key == key
            )
        ).one_or_none()
        if row is None:
            raise KeyError(key)
        self[key] = (row.id, PartialDate.of(row.published, row.published_precision))
        self.bodies[key] = row.body
        return self[key]

    def body(self, key: str) -> str | None:
        try:
            self[key]
        except KeyError:
            return None
        return self.bodies[key]
