"""Keys in code-point order on PostgreSQL: the unique index of each key serves the
reports' ORDER BY key COLLATE "C".

The reports sort text in code-point order, as Python and SQLite do
(reports/common.py `in_text_order`); PostgreSQL's default collation sorts
otherwise, so an index on a key in it cannot serve that order and `report
conflicts` sorted every fact of a type to show the first 50 (~50 ms on 100k
articles). Keys are identifiers: the "C" collation is theirs. SQLite compares
text by code point already: nothing changes there.

PostgreSQL refuses to change a column's collation while a view reads it: the
views that read these tables (and the views reading those), in any schema, are
dropped and made again as the database holds them: definition, options, owner,
comments and grants (a `newsdb db grant-reader` role keeps its SELECT). Nothing
of today's code is read. A materialized view reading them stops the upgrade with
its name (it holds data: drop it first).

Revision ID: 0020_keys_in_code_point_order
Revises: 0019_known_state
Create Date: 2026-11-27
"""

from collections.abc import Sequence

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
    run = _runner(bind)
    views = _dependent_views(run)
    for view in reversed(views):
        run(f"DROP VIEW {view['name']}")
    for table, length in KEYS.items():
        run(f"ALTER TABLE {table} ALTER COLUMN key TYPE VARCHAR({length}) {collation}")
    me = run("SELECT current_user").scalar()
    for view in views:
        name = view["name"]
        options = f" WITH ({', '.join(view['options'])})" if view["options"] else ""
        run(f"CREATE VIEW {name}{options} AS {view['definition']}")
        if view["owner"] != me:
            run(f"ALTER VIEW {name} OWNER TO {_ident(view['owner'])}")
        if view["comment"] is not None:
            run(f"COMMENT ON VIEW {name} IS {_literal(view['comment'])}")
        for column, text in view["columns"]:
            run(f"COMMENT ON COLUMN {name}.{_ident(column)} IS {_literal(text)}")
        for grantee, privilege in view["grants"]:
            run(f"GRANT {privilege} ON {name} TO {grantee}")


def _literal(text: str) -> str:
    """A string literal (COMMENT ON takes no parameters)."""
    return "'" + text.replace("'", "''") + "'"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# The views reading the keys' tables, directly or through other views, in the order they
# were made (one reads only views made before it).
_DEPENDENT = """
WITH RECURSIVE reading(oid) AS (
    SELECT r.ev_class FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid
     WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass
       AND r.ev_class <> d.refobjid
       AND d.refobjid IN (
           SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relname IN ({tables}))
    UNION
    SELECT r.ev_class FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid
      JOIN reading ON d.refobjid = reading.oid
     WHERE d.classid = 'pg_rewrite'::regclass AND r.ev_class <> d.refobjid
)
SELECT c.oid, quote_ident(n.nspname) || '.' || quote_ident(c.relname), c.relkind,
       pg_get_viewdef(c.oid), obj_description(c.oid, 'pg_class'), c.reloptions,
       pg_get_userbyid(c.relowner)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.oid IN (SELECT oid FROM reading)
 ORDER BY c.oid
"""


def _runner(bind):
    """Statements as written: no bind parameters, so a ":name" or "%" in a view's text or
    comment stays what it is."""
    return lambda sql: bind.exec_driver_sql(sql, execution_options={"no_parameters": True})


def _dependent_views(run) -> list[dict]:
    tables = ", ".join(_literal(table) for table in KEYS)
    found = []
    for oid, name, kind, definition, comment, options, owner in run(
        _DEPENDENT.format(tables=tables)
    ):
        if kind != "v":
            raise RuntimeError(
                f"{name} (a materialized view) reads the keys this revision changes: drop it, "
                "upgrade, then make it again"
            )
        columns = run(
            "SELECT a.attname, col_description(a.attrelid, a.attnum) FROM pg_attribute a "
            f"WHERE a.attrelid = {oid} AND a.attnum > 0 AND NOT a.attisdropped "
            "AND col_description(a.attrelid, a.attnum) IS NOT NULL ORDER BY a.attnum"
        ).all()
        grants = run(
            "SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' "
            "ELSE quote_ident(pg_get_userbyid(a.grantee)) END, a.privilege_type "
            f"FROM pg_class c, aclexplode(c.relacl) a WHERE c.oid = {oid} "
            "AND a.grantee <> c.relowner"
        ).all()
        found.append(
            {
                "name": name,
                "definition": definition,
                "comment": comment,
                "options": list(options or []),
                "owner": owner,
                "columns": [tuple(c) for c in columns],
                "grants": [tuple(g) for g in grants],
            }
        )
    return found
