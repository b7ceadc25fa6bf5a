"""A bulk import leaves the planner statistics of what it wrote (importer.ANALYZE_AFTER).

On SQLite they count every row: sampled (analysis_limit), the statistics of
known_state on 100k articles told the planner to scan every deal for
`report deals --as-of` instead of stopping down the rank index at the limit
(44 ms p50 against 8, benchmarks/run.py)."""

from __future__ import annotations

import sqlalchemy as sa
from click.testing import CliRunner
from test_benchmarks import generate

from newsdb import db
from newsdb.cli import main
from newsdb.importer import ANALYZE_AFTER


def test_a_bulk_import_into_sqlite_leaves_statistics_of_every_row(tmp_path):
    url = f"sqlite:///{tmp_path / 'bulk.sqlite'}"
    generate(ANALYZE_AFTER + 200, tmp_path / "corpus", seed=5)
    result = CliRunner().invoke(main, ["--db", url, "import", str(tmp_path / "corpus")])
    assert result.exit_code == 0, result.output
    engine = db.make_engine(url)
    with engine.connect() as connection:
        stats = connection.execute(sa.text("SELECT tbl, idx, stat FROM sqlite_stat1")).all()
        tables = {table for table, _, _ in stats}
        assert {"known_state", "deal", "evidence", "article"} <= tables
        rows = {
            table: connection.execute(sa.text(f'SELECT count(*) FROM "{table}"')).scalar()
            for table in tables
        }
    engine.dispose()
    assert rows["known_state"] > 1000  # more than a sample of 1,000 reads
    counted: dict[str, int] = {}  # by table, its largest index's (a partial one holds less)
    for table, _, stat in stats:
        counted[table] = max(counted.get(table, 0), int(stat.split()[0]))
    assert counted == rows
