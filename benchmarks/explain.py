"""Print the query plans of every canned report, to check which indexes they use.

    python benchmarks/explain.py --db sqlite:///bench.sqlite

Runs each report once with the statements captured, then asks the database
for each statement's plan (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on
PostgreSQL) and prints the lines that name scans and sorts.
"""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import report_queries

from newsdb import db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    url = parser.parse_args().db
    engine = db.make_engine(url, read_only=True)
    captured: list[tuple[str, object]] = []

    @event.listens_for(engine, "before_cursor_execute")
    def capture(_conn, _cursor, statement, parameters, _context, executemany):
        if not executemany and statement.lstrip().upper().startswith("SELECT"):
            captured.append((statement, parameters))

    with Session(engine) as session:
        reports = {
            name: functools.partial(query, session)
            for name, query in report_queries(session).items()
        }
        sqlite = engine.dialect.name == "sqlite"
        for name, run in reports.items():
            captured.clear()
            run()
            print(f"== {name}")
            for statement, parameters in list(captured):
                prefix = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN "
                plan = session.connection().exec_driver_sql(prefix + statement, parameters)
                lines = [str(row[-1]) for row in plan]
                keep = [
                    line.strip()
                    for line in lines
                    if any(w in line for w in ("SCAN", "SEARCH", "Scan", "Sort", "SORT"))
                ]
                print("  " + " ".join(statement.split())[:90])
                for line in keep[:6]:
                    print(f"      {line}")
            captured.clear()
    engine.dispose()


if __name__ == "__main__":
    main()
