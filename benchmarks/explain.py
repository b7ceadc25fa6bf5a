"""Print the query plans of every canned report, to check which indexes they use.

    python benchmarks/explain.py --db sqlite:///bench.sqlite

Runs each report once with the statements captured, then asks the database
for each statement's plan (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on
PostgreSQL) and prints the lines that name scans and sorts.
"""

from __future__ import annotations

import argparse

from sqlalchemy import event, text
from sqlalchemy.orm import Session

from newsdb import db
from newsdb.reports.common import Filters
from newsdb.reports.deals import deals
from newsdb.reports.lawsuits import lawsuits
from newsdb.reports.profile import profile
from newsdb.reports.sources import sources
from newsdb.reports.timeline import timeline
from newsdb.reports.valuations import valuations


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
        org = session.execute(
            text(
                "SELECT o.name FROM deal_party p JOIN organization o ON o.id = p.organization_id "
                "GROUP BY o.name ORDER BY count(*) DESC, o.name LIMIT 1"
            )
        ).scalar()
        key = session.execute(text("SELECT key FROM deal ORDER BY id LIMIT 1")).scalar()
        limit = Filters(limit=50)
        reports = {
            "deals": lambda: deals(session, limit),
            "valuations": lambda: valuations(session, Filters(org=(org,))),
            "lawsuits": lambda: lawsuits(session, limit),
            "timeline": lambda: timeline(session, Filters(org=(org,), limit=200)),
            "profile": lambda: profile(session, org, limit),
            "sources": lambda: sources(session, limit, key),
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
