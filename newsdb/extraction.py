"""`newsdb extract`: articles in, mentions out as SPEC §4 JSON objects, no database written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsdb.extract import Entity, Gazetteer, detect_language, extract
from newsdb.extract.facts import extract_facts
from newsdb.readers.articles import read_articles
from newsdb.readers.files import find_files, is_facts, is_sidecar


def gazetteer_from(url: str | None) -> Gazetteer:
    """The entities of the database at `url`, or the bundled gazetteer."""
    if url is None:
        return Gazetteer.bundled()
    from sqlalchemy.orm import Session

    from newsdb import db
    from newsdb.resolve.resolver import Resolver

    with db.connect(url, read_only=True) as connection:
        db.check_schema(connection)
        with Session(bind=connection) as session:
            resolver = Resolver.load(session)
    return Gazetteer(Entity(name, type_, aliases) for type_, name, aliases in resolver.entities())


def extract_files(paths: list[Path], gazetteer: Gazetteer, facts: bool = False) -> Iterator[dict]:
    """One SPEC §4 object per article in `paths` (facts files are skipped); with
    `facts`, each object also lists the deals, valuations and lawsuits proposed."""
    for path in find_files(paths):
        if is_sidecar(path) or is_facts(path):
            continue
        for record in read_articles(path):
            language = record.language or detect_language(record.body)
            mentions = extract(
                record.body, published=record.published, language=language, gazetteer=gazetteer
            )
            result = {
                "path": record.where,
                "language": language,
                "published": record.published.iso() if record.published else None,
                "mentions": [m.to_json() for m in mentions],
            }
            if facts:
                proposed = extract_facts(record.body, mentions, language=language)
                result["facts"] = [fact.to_json() for fact in proposed]
            yield result
