"""Import throughput and report latency on a generated corpus.

    python benchmarks/run.py --articles 10000 [--db URL] [--runs 20] [--seed 1]
    python benchmarks/run.py --articles 100000 --reuse [--only as_of]

Generates (or reuses) the corpus N-sS in a temporary directory
($TMPDIR/newsdb-bench, or --corpus), imports it with `newsdb import` in a child
process (its wall time and peak memory), times a bare executemany insert of the
same article texts into the same kind of database (the floor), then times every
canned report as a library call (p50 and p95 over --runs; the `*_as_of` ones
with --as-of). Prints a table, and as its last line one JSON object with the
figures. With --db, the database is emptied first (downgrade to base) — point
it at a scratch database.

--reuse skips the import timing: it imports the corpus once into N-sS.sqlite
beside it (or into --db, if that is still empty), upgrades it to the current
schema, and times the reports only: a 100k corpus takes most of an hour to
import on a small machine.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate

from newsdb import db
from newsdb.reports.common import Filters
from newsdb.reports.conflicts import conflicts
from newsdb.reports.deals import deals
from newsdb.reports.history import history
from newsdb.reports.lawsuits import lawsuits
from newsdb.reports.profile import profile
from newsdb.reports.sources import sources
from newsdb.reports.timeline import timeline
from newsdb.reports.valuations import valuations

HERE = Path(__file__).resolve().parent


def corpus(n: int, seed: int, root: Path) -> Path:
    path = root / f"{n}-s{seed}"
    if not (path / "entities.yaml").exists():
        generate(n, path, seed)
    return path


def reused_database(url: str | None, path: Path) -> str:
    """The database holding `path`'s corpus, imported once and kept (at head). A
    PostgreSQL --db that is still empty gets a copy of the SQLite one (imported first if
    need be): copying takes minutes where importing takes most of an hour."""
    cached = f"sqlite:///{path.with_suffix('.sqlite')}"
    for target in dict.fromkeys([cached, url or cached]):
        db.upgrade(target)
        if not _articles(target):
            if target == cached:
                timed_import(target, path)
            else:
                copy_tables(cached, target)
    return url or cached


def _articles(url: str) -> int:
    engine = db.make_engine(url)
    with engine.connect() as connection:
        count = connection.execute(text("SELECT count(*) FROM article")).scalar()
    engine.dispose()
    return count


def copy_tables(source: str, target: str) -> None:
    """Every table's rows from `source` into `target` (at the same revision, empty), in
    one transaction; foreign keys unchecked meanwhile, as rows keep their ids."""
    from newsdb.models import Base

    reader, writer = db.make_engine(source), db.make_engine(target)
    with reader.connect() as read, writer.begin() as write:
        postgresql = writer.dialect.name == "postgresql"
        if postgresql:  # parents may come after their children (organization.parent_id)
            write.execute(text("SET LOCAL session_replication_role = replica"))
        for table in Base.metadata.sorted_tables:
            rows = read.execution_options(yield_per=5000).execute(table.select())
            for batch in rows.partitions():
                write.execute(table.insert(), [row._asdict() for row in batch])
            if postgresql and "id" in table.c:
                write.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                    )
                )
        if postgresql:
            write.execute(text("ANALYZE"))
    reader.dispose()
    writer.dispose()


def fresh_database(url: str | None, scratch: Path) -> str:
    if url is None:
        return f"sqlite:///{scratch / 'bench.sqlite'}"
    db.downgrade(url, "base")
    return url


def timed_import(url: str, path: Path, jobs: int = 1) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of `newsdb import` in a child process."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "newsdb", "--db", url, "import", "--jobs", str(jobs), str(path)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, peak_kb / 1024


def baseline(url: str, path: Path, scratch: Path) -> float:
    """Seconds to executemany the same article texts into a bare table, no extraction."""
    rows = [
        json.loads(line)
        for f in sorted(path.glob("*.jsonl"))
        for line in f.read_text(encoding="utf-8").splitlines()
    ]
    target = url if not url.startswith("sqlite") else f"sqlite:///{scratch / 'baseline.sqlite'}"
    engine = db.make_engine(target)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE IF EXISTS bench_baseline"))
        connection.execute(
            text(
                "CREATE TABLE bench_baseline (key TEXT PRIMARY KEY, title TEXT,"
                " published TEXT, body TEXT NOT NULL)"
            )
        )
    start = time.perf_counter()
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO bench_baseline VALUES (:id, :title, :published, :body)"), rows
        )
    seconds = time.perf_counter() - start
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE bench_baseline"))
    engine.dispose()
    return seconds


def report_queries(session: Session) -> dict:
    """Each canned report as a callable on a session, with arguments that find rows:
    the organization in most deals, the first deal's key."""
    org = session.execute(
        text(
            "SELECT o.name FROM deal_party p JOIN organization o ON o.id = p.organization_id "
            "GROUP BY o.name ORDER BY count(*) DESC, o.name LIMIT 1"
        )
    ).scalar()
    key = session.execute(text("SELECT key FROM deal ORDER BY id LIMIT 1")).scalar()
    limit = Filters(limit=50)
    then = _date("2024-06-30")  # three quarters of the corpus is published by then
    return {
        "deals": lambda s: deals(s, limit),
        "deals_since_2024": lambda s: deals(s, Filters(since=_date("2024-01-01"), limit=50)),
        "valuations": lambda s: valuations(s, Filters(org=(org,))),
        "lawsuits": lambda s: lawsuits(s, limit),
        "timeline": lambda s: timeline(s, Filters(org=(org,), limit=200)),
        "profile": lambda s: profile(s, org, limit),
        "sources": lambda s: sources(s, limit, key),
        "deals_as_of": lambda s: deals(s, Filters(as_of=then, limit=50)),
        "deals_as_of_status": lambda s: deals(s, Filters(as_of=then, status="completed", limit=50)),
        "valuations_as_of": lambda s: valuations(s, Filters(org=(org,), as_of=then)),
        "lawsuits_as_of": lambda s: lawsuits(s, Filters(as_of=then, limit=50)),
        # every other report that takes --as-of, and the as-of ones with other filters
        "deals_as_of_since": lambda s: deals(
            s, Filters(as_of=then, since=_date("2024-01-01"), limit=50)
        ),
        "deals_as_of_org": lambda s: deals(s, Filters(as_of=then, org=(org,), limit=50)),
        "lawsuits_as_of_status": lambda s: lawsuits(
            s, Filters(as_of=then, status="filed", limit=50)
        ),
        "timeline_as_of": lambda s: timeline(s, Filters(org=(org,), as_of=then, limit=200)),
        "profile_as_of": lambda s: profile(s, org, Filters(as_of=then, limit=50)),
        "sources_as_of": lambda s: sources(s, Filters(as_of=then, limit=50), key),
        "history_as_of": lambda s: history(s, Filters(as_of=then), key),
        "conflicts_as_of": lambda s: conflicts(s, Filters(as_of=then, limit=50)),
        "history": lambda s: history(s, Filters(), key),
        "conflicts": lambda s: conflicts(s, Filters(limit=50)),
    }


def time_reports(url: str, runs: int, only: str | None = None) -> dict[str, dict[str, float]]:
    """p50 and p95 of each report (those whose name contains `only`), in milliseconds."""
    engine = db.make_engine(url, read_only=True)
    with Session(engine) as session:
        queries = report_queries(session)
    figures = {}
    for name, query in queries.items():
        if only and only not in name:
            continue
        times = []
        for _ in range(runs):
            with Session(engine) as session:
                start = time.perf_counter()
                query(session)
                times.append((time.perf_counter() - start) * 1000)
        times.sort()
        figures[name] = {
            "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[math.ceil(len(times) * 0.95) - 1], 2),
        }
    engine.dispose()
    return figures


def print_reports(reports: dict[str, dict[str, float]]) -> None:
    for name, figure in reports.items():
        print(f"{name:<20}{figure['p50_ms']:>8} ms p50  {figure['p95_ms']:>8} ms p95")


def _date(text_: str):
    import datetime as dt

    return dt.date.fromisoformat(text_)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--db", help="scratch database URL (default: a temporary SQLite file)")
    parser.add_argument("--runs", type=int, default=20, help="runs per report")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1, help="newsdb import --jobs")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=Path(tempfile.gettempdir()) / "newsdb-bench",
        help="where generated corpora are kept and reused (default: $TMPDIR/newsdb-bench)",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="time the reports only, on the corpus imported once and kept (see above)",
    )
    parser.add_argument("--only", help="time only the reports whose name contains this")
    args = parser.parse_args()

    path = corpus(args.articles, args.seed, args.corpus)
    if args.reuse:
        url = reused_database(args.db, path)
        reports = time_reports(url, args.runs, args.only)
        print_reports(reports)
        print(json.dumps({"articles": args.articles, "reports": reports, "cpus": os.cpu_count()}))
        return
    with tempfile.TemporaryDirectory() as scratch:
        url = fresh_database(args.db, Path(scratch))
        seconds, peak = timed_import(url, path, args.jobs)
        floor = baseline(url, path, Path(scratch))
        reports = time_reports(url, args.runs, args.only)
    result = {
        "articles": args.articles,
        "jobs": args.jobs,
        "database": url.split(":", 1)[0],
        "import_seconds": round(seconds, 2),
        "articles_per_second": round(args.articles / seconds, 1),
        "baseline_articles_per_second": round(args.articles / floor, 1),
        "ratio_to_baseline": round(seconds / floor, 1),
        "reports": reports,
        "peak_rss_mb": round(peak, 1),
        "cpus": os.cpu_count(),
    }
    print(
        f"{'import':<20}{result['articles_per_second']:>8} articles/s"
        f"  (baseline {result['baseline_articles_per_second']}/s,"
        f" ratio {result['ratio_to_baseline']}x, peak {result['peak_rss_mb']} MB)"
    )
    print_reports(reports)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
