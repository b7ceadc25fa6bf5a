"""`newsdb import`: read → extract → resolve → load, in one transaction.

Atomic by default: the first bad file aborts the import and the database is
left as it was. With `keep_going`, each file is loaded in a savepoint of its
own: the good ones are committed and every bad one is reported. Article files
are streamed, a chunk at a time, so memory does not grow with the corpus.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from newsdb import db
from newsdb.extract import Gazetteer, detect_language, extract_article
from newsdb.extract.pool import ExtractorPool
from newsdb.load.articles import insert_mentions, stored_articles, sync_articles
from newsdb.load.conversions import CITED, citing, converting, refresh
from newsdb.load.curated import CuratedLoader
from newsdb.load.entities import sync_entities
from newsdb.load.known import refresh_known
from newsdb.load.proposed import ProposedLoader
from newsdb.load.standing import refresh_standing
from newsdb.load.summary import Summary
from newsdb.models import Article
from newsdb.partial_date import PartialDate
from newsdb.readers.articles import ArticleRecord, read_articles
from newsdb.readers.curated import (
    Curated,
    bundled_entities,
    locate_quotes,
    parse_facts,
    read_facts,
)
from newsdb.readers.errors import InputError, printable
from newsdb.readers.files import JSONL_SUFFIXES, find_files, is_facts, is_sidecar
from newsdb.resolve.resolver import ExtractedNames, Resolver, database_gazetteer

CHUNK = 1000  # articles per insert batch
ANALYZE_AFTER = 1000  # articles written: then refresh the planner's statistics


@dataclass
class ImportReport:
    summary: Summary
    errors: list[InputError] = field(default_factory=list)
    files: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # each named step's, for benchmarks


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
    jobs: int = 1,
    wait: float = db.WRITE_LOCK_PATIENCE,
    waiting: Callable[[str], None] | None = None,
) -> ImportReport:
    """Import the articles and facts under `paths` into the database at `url`.

    `jobs` > 1 runs the extraction in that many worker processes. While another
    import holds the write lock, `waiting(message)` is called once and the import
    waits up to `wait` seconds for it.
    `progress(done, total)` is called in articles as they are loaded.
    """
    report = ImportReport(Summary())
    article_files, facts_files = [], []
    skipped = lambda error: _attempt(report, keep_going, lambda: _raise(error))  # noqa: E731
    for path in find_files(paths, skipped):
        if not is_sidecar(path):
            (facts_files if is_facts(path) else article_files).append(path)
    report.files = len(article_files) + len(facts_files)
    documents: list[Curated] = []
    for path in facts_files:
        _attempt(report, keep_going, lambda p=path: documents.append(parse_facts(read_facts(p))))

    with db.connect(url) as connection:
        phase = _Phase(report.seconds)
        try:
            with phase("waiting for the write lock"):
                db.lock_for_writing(connection, waiting=waiting, patience=wait)
            with phase("migrating the schema"):
                db.upgrade_connection(connection)
            with Session(bind=connection, autoflush=False) as session:
                load = _Load(session, report, keep_going, jobs)
                try:
                    with phase("loading the declared entities"):
                        documents = load.entities(documents)
                    load.redeclared = frozenset(
                        (fact.type, fact.key) for d in documents for fact in d.facts
                    )
                    load.articles(article_files, progress)
                    load.facts(documents)
                finally:
                    load.close()
                with phase("converting amounts to USD"):
                    session.flush()
                    touched = converting(session, load.written, load.redeclared, load.cited)
                    refresh(session, load.written, touched)
                with phase("counting the conflicts between articles"):
                    refresh_standing(session, touched)
                with phase("storing what was known when"):
                    refresh_known(session, touched)
                with phase("committing"):
                    session.commit()
                    connection.commit()
        except _Lost as lost:
            raise db.DatabaseError(lost.message) from lost.__cause__
        written = report.summary.counts["article"]
        if written["added"] + written["updated"] >= ANALYZE_AFTER:
            # The import is committed: a failure here is a note, not a failure.
            try:
                db.refresh_statistics(connection)
                connection.commit()
            except DBAPIError as exc:
                report.summary.notes.append(
                    "the import is committed, but refreshing the planner's statistics "
                    f"(ANALYZE) failed: {db.first_line(exc)}"
                )
    return report


class _Lost(Exception):
    """The database failed between files (lost connection, lock, disk): one line."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


class _Phase:
    """Names the step the import is in, for the one line a database failure gets, and
    adds the seconds it took to `seconds`."""

    def __init__(self, seconds: dict[str, float]):
        self.seconds = seconds

    def __call__(self, name: str):
        self.name = name
        return self

    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, kind, exc, _tb):
        elapsed = time.perf_counter() - self.start
        self.seconds[self.name] = self.seconds.get(self.name, 0.0) + elapsed
        if exc is None or not isinstance(exc, DBAPIError):
            return False
        if self.name == "committing":
            message = (
                f"the database failed while committing: {db.first_line(exc)} (the import may "
                "or may not be saved: run it again, importing the same files changes nothing)"
            )
        else:
            message = (
                f"the database failed while {self.name}: {db.first_line(exc)} "
                "(nothing imported: the transaction was rolled back)"
            )
        raise _Lost(message) from exc


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


class _Load:
    """The database side of one import, inside the caller's transaction."""

    def __init__(self, session: Session, report: ImportReport, keep_going: bool, jobs: int):
        self.session, self.report, self.keep_going = session, report, keep_going
        self.jobs = jobs
        self.summary = report.summary
        self.seen: dict[str, str] = {}  # key or sha256 → where it was first read
        self.redeclared: frozenset[tuple[str, str]] = frozenset()  # facts this import loads
        self.written: set[int] = set()  # the articles this import added or changed
        # the facts its articles reported before this import changed them
        self.cited: dict[str, set[int]] = {type_: set() for type_ in CITED}

    def entities(self, documents: list[Curated]) -> list[Curated]:
        """Sync the bundled and declared entities; return the documents that passed."""
        sync_entities(self.session, bundled_entities(), self.summary)
        good = []
        for document in documents:

            def declare(document=document):
                with self.session.begin_nested():
                    sync_entities(self.session, document, self.summary)
                good.append(document)

            self.attempt(Path(document.path), declare)
        self.resolver = Resolver.load(self.session)
        self.names = ExtractedNames(self.session, self.resolver, self.summary)
        self.proposals = ProposedLoader(self.session, self.names, self.summary)
        self.analyzer = ExtractorPool(database_gazetteer(self.session, self.resolver), self.jobs)
        return good

    def articles(self, files: list[Path], progress) -> None:
        counts = [_count_articles(path) for path in files] if progress else []
        total, done = sum(counts), 0
        for i, path in enumerate(files):

            def chunk_done(n: int, before=done, most=counts[i] if progress else 0) -> None:
                if progress:
                    progress(before + min(n, most), total)

            self.attempt(path, lambda p=path, tell=chunk_done: self.article_file(p, tell))
            if progress:
                done += counts[i]
                progress(done, total)

    def article_file(self, path: Path, chunk_done=lambda n: None) -> None:
        records = [r for r in read_articles(path) if self.first_time(r)]
        with self.session.begin_nested():
            for start in range(0, len(records), CHUNK):
                if start:
                    chunk_done(start)
                self.article_chunk(records[start : start + CHUNK])

    def article_chunk(self, records: list[ArticleRecord]) -> None:
        """Read → extract → resolve → load, for a chunk of one file's articles."""
        stored = stored_articles(self.session, records)
        for type_, ids in citing(self.session, [old.id for old in stored.values()]).items():
            self.cited[type_].update(ids)  # a changed article may take a claim away
        for record in records:  # the language is detected once: an unchanged text keeps its own
            if record.language is None:
                old = stored.get(record.key)
                same = old is not None and old.sha256 == record.sha256 and old.language
                record.language = old.language if same else detect_language(record.body)
        written = sync_articles(self.session, records, stored, self.summary, self.redeclared)
        self.written.update(article_id for article_id, _ in written)
        analyses = self.analyzer([(r.body, r.anchor, r.language) for _, r in written])
        self.names.declare([(a.facts, a.mentions) for a in analyses if a.facts])
        for (article_id, record), analysis in zip(written, analyses, strict=True):
            if analysis.facts:
                self.proposals.load(article_id, record.published, analysis.facts, analysis.mentions)
        self.proposals.flush()
        insert_mentions(
            self.session,
            [
                (article_id, a.mentions)
                for (article_id, _), a in zip(written, analyses, strict=True)
            ],
            self.resolver,
            self.summary,
        )

    def first_time(self, record: ArticleRecord) -> bool:
        """False (and an error) for an article given twice in this import."""
        first = self.seen.get(record.key) or self.seen.get(record.sha256)
        if first is None:
            self.seen[record.key] = self.seen[record.sha256] = f"{record.where}|{record.key}"
            return True
        where, key = first.split("|", 1)
        same = "key" if key == record.key else "text"
        error = InputError(
            record.where, f"same article {same} as {where} (key {key!r}): remove one of them"
        )
        _attempt(self.report, self.keep_going, lambda: _raise(error))
        return False

    def close(self) -> None:
        if hasattr(self, "analyzer"):
            self.analyzer.close()

    def facts(self, documents: list[Curated]) -> None:
        index = _ArticleIndex(self.session)
        loader = CuratedLoader(self.session, self.resolver, index, self.summary, self.proposals)
        for document in documents:

            def load(document=document):
                index.clear()  # one document's articles at a time: memory stays flat
                index.bodies.clear()
                index.prefetch({e.article for f in document.facts for e in f.evidence})
                for fact in document.facts:
                    locate_quotes(fact, index.body)
                with self.session.begin_nested():
                    loader.load(document.facts)

            self.attempt(Path(document.path), load)

    def attempt(self, path: Path, step) -> None:
        """One file's step; a database refusal is reported against the file, and the
        counts of a file that failed are taken back with its rows."""
        counts = copy.deepcopy(self.summary.counts)
        try:
            if _attempt(self.report, self.keep_going, step):
                return
        except (OperationalError, InterfaceError) as exc:  # the server went away, disk full…
            raise db.DatabaseError(
                f"the database failed while importing {printable(path)}: {db.first_line(exc)} "
                "(nothing imported: the transaction was rolled back)"
            ) from exc
        except SQLAlchemyError as exc:
            error = InputError(path, f"rejected by the database: {db.first_line(exc)}")
            self.report.errors.append(error)
            if not self.keep_going:
                raise ImportFailed(self.report.errors) from exc
        self.summary.counts = counts


def _count_articles(path: Path) -> int:
    """Articles in a file, for the progress bar: a line per article in JSON Lines."""
    if path.suffix.lower() not in JSONL_SUFFIXES:
        return 1
    try:
        with path.open("rb") as lines:
            return sum(1 for line in lines if line.strip())
    except OSError:
        return 0  # reading it will report the error


def _raise(error: Exception):
    raise error


class _ArticleIndex(dict):
    """Article key → (id, published); bodies kept for quote checks."""

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.bodies: dict[str, str] = {}

    def prefetch(self, keys: set[str]) -> None:
        wanted = sorted(keys - self.keys())
        for start in range(0, len(wanted), 500):
            rows = self.session.execute(
                select(
                    Article.key,
                    Article.id,
                    Article.published,
                    Article.published_precision,
                    Article.body,
                ).where(Article.key.in_(wanted[start : start + 500]))
            )
            for row in rows:
                self[row.key] = (row.id, PartialDate.of(row.published, row.published_precision))
                self.bodies[row.key] = row.body

    def __missing__(self, key: str):
        self.prefetch({key})
        if not dict.__contains__(self, key):
            raise KeyError(key)
        return dict.__getitem__(self, key)

    def body(self, key: str) -> str | None:
        try:
            self[key]
        except KeyError:
            return None
        return self.bodies[key]


def gazetteer_from(url: str | None) -> Gazetteer:
    """The gazetteer of the database at `url` (read only), or the bundled one."""
    if url is None:
        return Gazetteer.bundled()
    with db.connect(url, read_only=True) as connection:
        db.check_schema(connection)
        with Session(bind=connection) as session:
            return database_gazetteer(session, Resolver.load(session))


def extract_files(paths: list[Path], gazetteer: Gazetteer, facts: bool = False) -> Iterator[dict]:
    """`newsdb extract`: read → extract, nothing written. One SPEC §4 object per
    article in `paths` (facts files are skipped); with `facts`, each object also
    lists the deals, valuations and lawsuits proposed."""
    for path in find_files(paths):
        if is_sidecar(path) or is_facts(path):
            continue
        for record in read_articles(path):
            found = extract_article(
                record.body,
                gazetteer,
                language=record.language,
                published=record.anchor,
                facts=facts,
            )
            result = {
                "path": record.where,
                "language": found.language,
                "published": record.published.iso() if record.published else None,
                "mentions": [m.to_json() for m in found.mentions],
            }
            if facts:
                result["facts"] = [fact.to_json() for fact in found.facts]
            yield result
