"""Keys in code-point order on PostgreSQL: the unique index of each key serves the
reports' ORDER BY key COLLATE "C".

The reports sort text in code-point order, as Python and SQLite do
(reports/common.py `in_text_order`); PostgreSQL's default collation sorts
otherwise, so an index on a key in it cannot serve that order and `report
conflicts` sorted every fact of a type to show the first 50 (~50 ms on 100k
articles). Keys are identifiers: the "C" collation is theirs. SQLite compares
text by code point already: nothing changes there.

PostgreSQL refuses to change a column's collation while a view reads it: the
views are dropped and made again from their own definitions, with their comments,
as the database holds them (nothing of today's code is read).

Revision ID: 0020_keys_in_code_point_order
Revises: 0019_known_state
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020_keys_in_code_point_order"
down_revision: str | None = "0019_known_state"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEYS = {"deal": 200, "valuation": 200, "lawsuit": 200, "affiliation": 200, "article": 500}


def upgrade() -> None:
    _collate('COLLATE "C"')


def downgrade() -> None:
    _collate("")  # the database's default collation, as 0001 made them


def _collate(collation: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    views = _views(bind)
    for name, *_ in reversed(views):
        op.execute(f"DROP VIEW {name}")
    for table, length in KEYS.items():
        op.execute(f"ALTER TABLE {table} ALTER COLUMN key TYPE VARCHAR({length}) {collation}")
    for name, definition, comment, columns in views:
        op.execute(f"CREATE VIEW {name} AS {definition}")
        if comment is not None:
            op.execute(f"COMMENT ON VIEW {name} IS {_literal(comment)}")
        for column, text in columns:
            op.execute(f'COMMENT ON COLUMN {name}."{column}" IS {_literal(text)}')


def _literal(text: str) -> str:
    """A string literal (COMMENT ON takes no parameters)."""
    return "'" + text.replace("'", "''") + "'"


def _views(bind) -> list[tuple[str, str, str | None, list[tuple[str, str]]]]:
    """The schema's views in the order they were made (one reads only views made
    before it): name, definition, comment, (column, comment) of the commented columns."""
    views = bind.execute(
        sa.text(
            "SELECT c.oid, c.relname, pg_get_viewdef(c.oid), obj_description(c.oid, 'pg_class') "
            "FROM pg_class c WHERE c.relkind = 'v' "
            "AND c.relnamespace = current_schema()::regnamespace ORDER BY c.oid"
        )
    ).all()
    found = []
    for oid, name, definition, comment in views:
        columns = bind.execute(
            sa.text(
                "SELECT a.attname, col_description(a.attrelid, a.attnum) FROM pg_attribute a "
                "WHERE a.attrelid = :oid AND a.attnum > 0 AND NOT a.attisdropped "
                "AND col_description(a.attrelid, a.attnum) IS NOT NULL ORDER BY a.attnum"
            ).bindparams(oid=oid)
        ).all()
        found.append((name, definition, comment, [tuple(c) for c in columns]))
    return found
