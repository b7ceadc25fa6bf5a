"""`newsdb export`: every table and BI view to typed files, the same from either database.

Each column has one type, taken from the models (views: from the table column
of the same name): amounts are exact decimals, dates are dates. Parquet
carries the types itself (DECIMAL(24,2), DATE, TIMESTAMP WITH TIME ZONE);
CSV writes ISO dates and plain decimal amounts, and a `duckdb.sql` beside the
files declares the same types for DuckDB (`duckdb -init duckdb.sql`, from that
folder). Neither needs the database, nor DuckDB's sqlite extension.
"""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Numeric, inspect, text

from newsdb import db
from newsdb.amounts import decimal_text
from newsdb.reports.common import ReportError
from newsdb.reports.output import as_amount

# Columns of the views that are no table's column of the same name.
VIEW_COLUMNS = {
    "first_reported": "date",
    "article_count": "int",
    "known_from": "date",
    "change": "money",
    "change_usd": "money",
}
DUCKDB_TYPES = {
    "money": "DECIMAL(24,2)",
    "date": "DATE",
    "datetime": "TIMESTAMPTZ",
    "int": "BIGINT",
    "float": "DOUBLE",
    "bool": "BOOLEAN",
    "text": "VARCHAR",
}


def export(source: db.Source, directory: Path, fmt: str = "csv") -> list[tuple[str, int]]:
    """Write one file per table and view; return (file name, row count) pairs
    (CSV: then duckdb.sql, with None)."""
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise ReportError("Parquet needs pyarrow: pip install 'newsdb[parquet]'") from exc
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportError(f"cannot write to {directory}: {exc.strerror}") from exc
    written, schemas = [], {}
    with db.connect(source, read_only=True) as connection:
        db.check_schema(connection)
        inspector = inspect(connection)
        names = sorted(inspector.get_table_names()) + sorted(inspector.get_view_names())
        for name in names:
            if name == "alembic_version":
                continue
            # ORDER BY the id (every table's and view's first column): the same file from both
            result = connection.execute(text(f'SELECT * FROM "{name}" ORDER BY 1'))
            columns = list(result.keys())
            kinds = [column_kind(name, c) for c in columns]
            rows = [[_typed(v, kind) for v, kind in zip(row, kinds, strict=True)] for row in result]
            path = directory / f"{name}.{fmt}"
            try:
                (_write_parquet if fmt == "parquet" else _write_csv)(path, columns, kinds, rows)
            except OSError as exc:
                raise ReportError(f"cannot write {path}: {exc.strerror}") from exc
            schemas[name] = list(zip(columns, kinds, strict=True))
            written.append((path.name, len(rows)))
    if fmt == "csv":
        (directory / "duckdb.sql").write_text(_duckdb_script(schemas), encoding="utf-8")
        written.append(("duckdb.sql", None))
    return written


def column_kind(table: str, column: str) -> str:
    """money | date | datetime | int | float | bool | text, from the models."""
    from newsdb.models import Base

    tables = Base.metadata.tables
    if table in tables and column in tables[table].columns:
        return _kind(tables[table].columns[column].type)
    if column in VIEW_COLUMNS:
        return VIEW_COLUMNS[column]
    if column.endswith("_id"):  # evidence_id, deal_id…: the row's id in its table
        return "int"
    for model in tables.values():
        if column in model.columns:
            return _kind(model.columns[column].type)
    return "text"


def _kind(type_) -> str:
    from newsdb.models import Money, Rate

    if isinstance(type_, Money):
        return "money"
    if isinstance(type_, Rate):  # 10 significant digits: a double holds them
        return "float"
    checks = (
        (DateTime, "datetime"),
        (Date, "date"),
        (Boolean, "bool"),
        (Integer, "int"),
        (Float, "float"),
        (Numeric, "money"),
    )
    for sa_type, kind in checks:
        if isinstance(type_, sa_type):
            return kind
    return "text"


def _typed(value, kind: str):
    """One value as its column's Python type, whatever the database handed back."""
    if value is None:
        return None
    if kind == "money":
        return as_amount(value)
    if kind == "date":
        if isinstance(value, dt.datetime):
            return value.date()
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    if kind == "datetime":
        if not isinstance(value, dt.datetime):
            value = dt.datetime.fromisoformat(str(value))
        if value.tzinfo is None:  # SQLite's CURRENT_TIMESTAMP is UTC
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)
    if kind == "bool":
        return bool(value)
    if kind == "int" and not isinstance(value, int):
        return int(value)
    if kind == "float" and not isinstance(value, float):
        return float(value)
    return value


def _text(value) -> str | None:
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _write_csv(path: Path, columns: list[str], kinds: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows([[_text(v) for v in row] for row in rows])


def _write_parquet(path: Path, columns: list[str], kinds: list[str], rows: list[list]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = {
        "money": pa.decimal128(24, 2),
        "date": pa.date32(),
        "datetime": pa.timestamp("us", tz="UTC"),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "text": pa.string(),
    }
    schema = pa.schema([(c, arrow[k]) for c, k in zip(columns, kinds, strict=True)])
    data = [
        pa.array(
            [
                row[i].quantize(Decimal("0.01"))
                if kind == "money" and row[i] is not None
                else row[i]
                for row in rows
            ],
            type=arrow[kind],
        )
        for i, kind in enumerate(kinds)
    ]
    pq.write_table(pa.Table.from_arrays(data, schema=schema), path)


def _duckdb_script(schemas: dict[str, list[tuple[str, str]]]) -> str:
    lines = [
        "-- Typed views over the CSV files of this folder, for DuckDB:",
        "--   cd THIS_FOLDER && duckdb -init duckdb.sql",
    ]
    for name, columns in schemas.items():
        types = ", ".join(f"'{c}': '{DUCKDB_TYPES[k]}'" for c, k in columns)
        lines.append(
            f"CREATE OR REPLACE VIEW \"{name}\" AS SELECT * FROM read_csv('{name}.csv', "
            f"header = true, columns = {{{types}}});"
        )
    return "\n".join(lines) + "\n"
