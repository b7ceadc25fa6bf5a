"""Keys in code-point order on PostgreSQL (migration 0020): the unique index of each key
serves the reports' ORDER BY key COLLATE "C", and the views PostgreSQL made the
migration drop come back as they were, comments and all."""

from __future__ import annotations

import sqlalchemy as sa
from click.testing import CliRunner
from conditions import drop_role
from sqlalchemy.engine import make_url

from newsdb import db
from newsdb.cli import main

TABLES = ("deal", "valuation", "lawsuit", "affiliation", "article")
BEFORE = "0019_known_state"
THIS = "0020_keys_in_code_point_order"


def _collations(connection) -> dict[str, str | None]:
    return dict(
        connection.execute(
            sa.text(
                "SELECT table_name, collation_name FROM information_schema.columns "
                "WHERE column_name = 'key' AND table_name = ANY(:t)"
            ).bindparams(t=list(TABLES))
        ).all()
    )


def _views(connection) -> dict:
    """Each view's definition, comment and column comments."""
    rows = connection.execute(
        sa.text(
            "SELECT c.relname, pg_get_viewdef(c.oid), obj_description(c.oid, 'pg_class'), "
            "array(SELECT a.attname || '=' || coalesce(col_description(c.oid, a.attnum), '') "
            "      FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 "
            "      ORDER BY a.attnum) "
            "FROM pg_class c WHERE c.relkind = 'v' "
            "AND c.relnamespace = current_schema()::regnamespace"
        )
    ).all()
    return {name: (definition, comment, columns) for name, definition, comment, columns in rows}


def _plan(connection, table: str) -> str:
    """The plan of the first keys in code-point order, sorting priced out: a Sort node
    means no index can give that order."""
    connection.exec_driver_sql("SET enable_sort = off")
    plan = connection.exec_driver_sql(
        f'EXPLAIN SELECT id FROM {table} ORDER BY key COLLATE "C" LIMIT 5'
    ).all()
    connection.exec_driver_sql("RESET enable_sort")
    return "\n".join(row[0] for row in plan)


def _report(url: str) -> str:
    result = CliRunner().invoke(main, ["--db", url, "report", "conflicts", "--format", "json"])
    assert result.exit_code == 0, result.output
    return result.stdout


# A user's own view in another schema (a mixed-case name), reading a key through one of
# newsdb's views, with a ":name" and a "%" in its text and comment.
USER_VIEW = """
CREATE SCHEMA "Analyst Work";
CREATE VIEW "Analyst Work"."Big deals" AS
  SELECT key, title, 'at :noon, 100%' AS note FROM deal_overview WHERE title LIKE '%a%';
COMMENT ON VIEW "Analyst Work"."Big deals" IS 'deals :daily, 50% checked';
"""


def _privileges(connection, role: str) -> dict[str, bool]:
    return dict(
        connection.execute(
            sa.text(
                "SELECT c.relname, has_table_privilege(:role, c.oid, 'SELECT') FROM pg_class c "
                "WHERE c.relkind = 'v' AND c.relnamespace = "
                "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())"
            ).bindparams(role=role)
        ).all()
    )


def test_keys_sort_by_code_point_down_their_index_and_the_views_survive(postgres_url, tmp_path):
    result = CliRunner().invoke(main, ["--db", postgres_url, "import", "seeds", "tests/claims"])
    assert result.exit_code == 0, result.output
    conflicts = _report(postgres_url)
    assert "fact_key" in conflicts  # the seeds and tests/claims disagree somewhere
    role = f"reader_{make_url(postgres_url).database}"
    result = CliRunner().invoke(main, ["--db", postgres_url, "db", "grant-reader", "--role", role])
    assert result.exit_code == 0, result.output
    db.downgrade(postgres_url, THIS)  # the views a later revision adds are not this one's
    engine = db.make_engine(postgres_url)
    with engine.connect() as connection:
        connection.exec_driver_sql(USER_VIEW, execution_options={"no_parameters": True})
        connection.commit()
        assert _collations(connection) == dict.fromkeys(TABLES, "C")
        views = _views(connection)
        mine = _user_view(connection)
        granted = _privileges(connection, role)
        assert granted and all(granted.values())
        assert all("Sort" not in _plan(connection, table) for table in TABLES)
    engine.dispose()

    db.downgrade(postgres_url, BEFORE)
    engine = db.make_engine(postgres_url)
    with engine.connect() as connection:
        assert _collations(connection) == dict.fromkeys(TABLES, None)  # the default again
        assert _views(connection) == views
        assert _user_view(connection) == mine
        assert _privileges(connection, role) == granted
        assert all("Sort" in _plan(connection, table) for table in TABLES)
    engine.dispose()

    db.upgrade(postgres_url, THIS)
    engine = db.make_engine(postgres_url)
    with engine.connect() as connection:
        assert _collations(connection) == dict.fromkeys(TABLES, "C")
        assert _views(connection) == views
        assert _user_view(connection) == mine
        assert _privileges(connection, role) == granted
    engine.dispose()
    db.upgrade(postgres_url)
    assert _report(postgres_url) == conflicts
    drop_role(postgres_url, role)


def _user_view(connection) -> tuple:
    return connection.exec_driver_sql(
        'SELECT pg_get_viewdef(\'"Analyst Work"."Big deals"\'::regclass), '
        "obj_description('\"Analyst Work\".\"Big deals\"'::regclass, 'pg_class'), "
        '(SELECT count(*) FROM "Analyst Work"."Big deals")',
        execution_options={"no_parameters": True},
    ).one()
