"""Import throughput and report latency on a generated corpus.

    python benchmarks/run.py --articles 10000 [--db URL] [--runs 20] [--seed 1]

Generates (or reuses) benchmarks/corpus/N-sS, imports it with `newsdb import`
in a child process (its wall time and peak memory), times a bare executemany
insert of the same article texts into the same kind of database (the floor),
then times every canned report. Prints a table, and as its last line one JSON
object with the figures. With --db, the database is emptied first (downgrade
to base) — point it at a scratch database.
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
    return {
        "deals": lambda s: deals(s, limit),
        "deals_since_2024": lambda s: deals(s, Filters(since=_date("2024-01-01"), limit=50)),
        "valuations": lambda s: valuations(s, Filters(org=(org,))),
        "lawsuits": lambda s: lawsuits(s, limit),
        "timeline": lambda s: timeline(s, Filters(org=(org,), limit=200)),
        "profile": lambda s: profile(s, org, limit),
        "sources": lambda s: sources(s, limit, key),
        "deals_as_of": lambda s: deals(s, Filters(as_of=_date("2024-06-30"), limit=50)),
        "history": lambda s: history(s, Filters(), key),
        "conflicts": lambda s: conflicts(s, Filters(limit=50)),
    }


def time_reports(url: str, runs: int) -> dict[str, dict[str, float]]:
    engine = db.make_engine(url, read_only=True)
    with Session(engine) as session:
        queries = report_queries(session)
    figures = {}
    for name, query in queries.items():
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
        default=HERE / "corpus",
        help="where generated corpora are kept and reused",
    )
    args = parser.parse_args()

    path = corpus(args.articles, args.seed, args.corpus)
    with tempfile.TemporaryDirectory() as scratch:
        url = fresh_database(args.db, Path(scratch))
        seconds, peak = timed_import(url, path, args.jobs)
        floor = baseline(url, path, Path(scratch))
        reports = time_reports(url, args.runs)
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
        f"{'import':<18}{result['articles_per_second']:>10} articles/s"
        f"  (baseline {result['baseline_articles_per_second']}/s,"
        f" ratio {result['ratio_to_baseline']}x, peak {result['peak_rss_mb']} MB)"
    )
    for name, figure in reports.items():
        print(f"{name:<18}{figure['p50_ms']:>10} ms p50  {figure['p95_ms']:>8} ms p95")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
