"""`newsdb export`: every table and BI view to CSV (or Parquet with pyarrow) files."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import inspect, text

from newsdb import db
from newsdb.reports.common import ReportError
from newsdb.reports.output import decimal_text


def export(url: str | None, directory: Path, fmt: str = "csv") -> list[tuple[str, int]]:
    """Write one file per table and view; return (file name, row count) pairs."""
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise ReportError("Parquet needs pyarrow: pip install 'newsdb[parquet]'") from exc
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    with db.connect(url, read_only=True) as connection:
        inspector = inspect(connection)
        names = sorted(inspector.get_table_names()) + sorted(inspector.get_view_names())
        for name in names:
            if name == "alembic_version":
                continue
            result = connection.execute(text(f'SELECT * FROM "{name}"'))
            columns = list(result.keys())
            rows = [[_value(v) for v in row] for row in result]
            path = directory / f"{name}.{fmt}"
            (_write_parquet if fmt == "parquet" else _write_csv)(path, columns, rows)
            written.append((path.name, len(rows)))
    return written


def _value(value):
    from decimal import Decimal

    return decimal_text(value) if isinstance(value, Decimal) else value


def _write_csv(path: Path, columns: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows(rows)


def _write_parquet(path: Path, columns: list[str], rows: list[list]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = {
        c: [
            None if r[i] is None else str(r[i]) if not isinstance(r[i], int | float) else r[i]
            for r in rows
        ]
        for i, c in enumerate(columns)
    }
    pq.write_table(pa.table(data), path)
