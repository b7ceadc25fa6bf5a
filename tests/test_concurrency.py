"""Two `newsdb import` processes at once on one database: no duplicate, no error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from newsdb import db

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_two_concurrent_imports_end_with_one_copy(empty_url):
    command = [sys.executable, "-m", "newsdb", "--db", empty_url, "import", str(SEEDS)]
    processes = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    results = [p.communicate(timeout=120) for p in processes]
    for process, (_out, err) in zip(processes, results, strict=True):
        assert process.returncode == 0, err
    engine = db.make_engine(empty_url)
    with engine.connect() as connection:
        for table, expected in [("article", 5), ("deal", None), ("organization", None)]:
            rows = connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            if expected is not None:
                assert rows == expected
        duplicates = connection.execute(
            text("SELECT count(*) FROM (SELECT key FROM deal GROUP BY key HAVING count(*) > 1) d")
        ).scalar()
        assert duplicates == 0
    engine.dispose()
