"""Print every statement the canned reports send, its time and its query plan.

    python benchmarks/explain.py --db sqlite:///bench.sqlite [--only as_of] [--analyze]

Runs each report once to warm up, then once more with the statements captured as
the driver received them (bound parameters and all): the report's wall time, the
part spent in the database, and for each statement its time and the lines of its
plan that name scans and sorts (EXPLAIN QUERY PLAN on SQLite; EXPLAIN on
PostgreSQL, EXPLAIN ANALYZE with --analyze, run with the same parameters). A plan
explained by hand can differ from the one a report gets, and a report's time can
sit in a statement nobody explained: this shows them all.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import report_queries

from newsdb import db

PLAN_WORDS = ("SCAN", "SEARCH", "Scan", "Sort", "SORT", "Join")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--only", help="only the reports whose name contains this")
    parser.add_argument(
        "--analyze", action="store_true", help="PostgreSQL: EXPLAIN ANALYZE (runs each again)"
    )
    args = parser.parse_args()
    engine = db.make_engine(args.db, read_only=True)
    captured: list[tuple[float, str, object]] = []

    @event.listens_for(engine, "before_cursor_execute")
    def start(conn, _cursor, _statement, _parameters, _context, _executemany):
        conn.info["started"] = time.perf_counter()

    @event.listens_for(engine, "after_cursor_execute")
    def capture(conn, _cursor, statement, parameters, _context, executemany):
        if not executemany and statement.lstrip().upper().startswith("SELECT"):
            elapsed = (time.perf_counter() - conn.info["started"]) * 1000
            captured.append((elapsed, statement, parameters))

    sqlite = engine.dialect.name == "sqlite"
    prefix = (
        "EXPLAIN QUERY PLAN " if sqlite else ("EXPLAIN ANALYZE " if args.analyze else "EXPLAIN ")
    )
    with Session(engine) as session:
        reports = {
            name: functools.partial(query, session)
            for name, query in report_queries(session).items()
            if not args.only or args.only in name
        }
        for name, run in reports.items():
            run()  # warm: caches, compiled statements
            captured.clear()
            started = time.perf_counter()
            run()
            total = (time.perf_counter() - started) * 1000
            statements = list(captured)
            in_sql = sum(ms for ms, _, _ in statements)
            print(
                f"== {name}: {total:.1f} ms, {len(statements)} statements, {in_sql:.1f} ms in them"
            )
            for ms, statement, parameters in statements:
                plan = session.connection().exec_driver_sql(prefix + statement, parameters)
                lines = [str(row[-1]).strip() for row in plan]
                print(f"  {ms:7.1f} ms  " + " ".join(statement.split())[:100])
                shown = [line for line in lines if any(w in line for w in PLAN_WORDS)][:6]
                shown += [line for line in lines if line.startswith("Execution Time")]
                for line in dict.fromkeys(shown):
                    print(f"               {line[:110]}")
            captured.clear()
    engine.dispose()


if __name__ == "__main__":
    main()
