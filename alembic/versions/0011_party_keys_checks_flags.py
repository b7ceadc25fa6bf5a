"""Party rows unique for real, the reported_status and money CHECKs, deal flags as rows.

- deal_party, lawsuit_party, evidence_party: UNIQUE (owner, role,
  organization_id, person_id) never fired (one of the two is always NULL, and
  NULL is distinct from NULL). Duplicate rows already present are merged (the
  first kept), then the constraint becomes two partial unique indexes, one per
  party column (`WHERE organization_id IS NOT NULL`, `… person_id …`).
- evidence.reported_status: a deal status on a deal's evidence, a lawsuit
  status on a lawsuit's, nothing on the others.
- deal, valuation and mention share one money CHECK (newsdb.models.base.CURRENCY);
  a money mention whose amount 0007 recovered from `normalized` gets its
  currency from there too.
- deal.flags (comma-separated) becomes the deal_flag table (deal_id, flag),
  flags CHECKed against the known ones; deal_overview.flags still lists them
  `; `-separated, now in flag order.

On SQLite a CHECK is changed by editing the table's SQL in sqlite_schema (the
documented route for a change that leaves the stored rows as they are, after
checking that the rows pass); dropping a UNIQUE clause rebuilds the party
table (no table refers to it). The views are dropped around the change and
recreated as they were, deal_overview with the flags from deal_flag. The SQL
is frozen here; downgrade() undoes each step.

Revision ID: 0011_party_keys_checks_flags
Revises: 0010_reported_claims_view
Create Date: 2026-11-26
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from newsdb.catalog import comment_statements
from newsdb.db import DatabaseError

revision: str = "0011_party_keys_checks_flags"
down_revision: str | None = "0010_reported_claims_view"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VIEWS = ("deal_overview", "valuation_history", "lawsuit_overview", "reported_claims")
PARTY_TABLES = {
    "deal_party": "deal_id",
    "lawsuit_party": "lawsuit_id",
    "evidence_party": "evidence_id",
}
FLAGS = (
    "amount_by_reference",
    "amount_doubtful",
    "amount_vague",
    "amount_without_unit",
    "counterparty_unnamed",
    "date_doubtful",
    "speculative",
)
DEAL_STATUSES = (
    "rumored",
    "in_talks",
    "announced",
    "completed",
    "rejected",
    "withdrawn",
    "cancelled",
)
LAWSUIT_STATUSES = (
    "threatened", "filed", "countersuit", "dismissed", "settled", "ruled", "withdrawn",
)  # fmt: skip


def _in(values) -> str:
    return ", ".join(f"'{value}'" for value in values)


MONEY = (
    "(amount IS NULL OR (amount >= 0 AND currency IS NOT NULL)) AND "
    "(currency IS NULL OR (length(currency) = 3 AND upper(currency) = currency))"
)
OLD_MONEY = {
    "deal": "(amount IS NULL AND currency IS NULL) OR "
    "(amount >= 0 AND currency IS NOT NULL AND length(currency) = 3 "
    "AND upper(currency) = currency)",
    "valuation": "amount >= 0 AND length(currency) = 3",
    "mention": None,
}
REPORTED_STATUS = (
    f"reported_status IS NULL"
    f" OR (deal_id IS NOT NULL AND reported_status IN ({_in(DEAL_STATUSES)}))"
    f" OR (lawsuit_id IS NOT NULL AND reported_status IN ({_in(LAWSUIT_STATUSES)}))"
)


# --- views ----------------------------------------------------------------------


def _deal_overview(dialect: str, flags_from_rows: bool) -> str:
    """0008's deal_overview; `flags` from deal_flag (in flag order) or from deal.flags."""
    collate = ' COLLATE "C"' if dialect == "postgresql" else ""

    def ordered_agg(expression: str, source: str, order: str) -> str:
        if dialect == "postgresql":
            return f"(SELECT string_agg({expression}, '; ' ORDER BY {order}) {source})"
        return (
            f"(SELECT group_concat(item, '; ') FROM "
            f"(SELECT {expression} AS item {source} ORDER BY {order}))"
        )

    if dialect == "postgresql":
        last_day = (
            "CASE a.published_precision "
            "WHEN 'year' THEN (date_trunc('year', a.published) + interval '1 year - 1 day')::date "
            "WHEN 'month' THEN (date_trunc('month', a.published) + interval '1 month - 1 day')::date "
            "ELSE a.published END"
        )
    else:
        last_day = (
            "CASE a.published_precision "
            "WHEN 'year' THEN date(a.published, 'start of year', '+1 year', '-1 day') "
            "WHEN 'month' THEN date(a.published, 'start of month', '+1 month', '-1 day') "
            "ELSE a.published END"
        )
    party = "COALESCE(o.name, p.name)"
    parties = ordered_agg(
        f"{party} || ' (' || dp.role || ')'",
        """FROM deal_party dp
          LEFT JOIN organization o ON o.id = dp.organization_id
          LEFT JOIN person p ON p.id = dp.person_id
         WHERE dp.deal_id = d.id""",
        f"dp.role{collate}, {party}{collate}",
    )
    flags = (
        ordered_agg("df.flag", "FROM deal_flag df WHERE df.deal_id = d.id", f"df.flag{collate}")
        if flags_from_rows
        else "replace(d.flags, ',', '; ')"
    )
    first = f"""FROM evidence e JOIN article a ON a.id = e.article_id
         WHERE e.deal_id = d.id AND a.published IS NOT NULL
         ORDER BY {last_day}, a.key{collate} LIMIT 1"""
    money = (
        "amount_exact, d.qualifier, d.amount_high, d.amount_high_exact, d.per_unit, "
        "d.amount_usd, d.usd_rate, d.rate_date, d.rate_source, d.rate_note"
    )
    return f"""
SELECT d.id AS deal_id, d.key, d.title, d.kind, d.status,
       d.amount, d.currency, d.amount_text,
       d.announced, d.announced_precision, d.completed, d.completed_precision,
       {parties} AS parties,
       (SELECT count(DISTINCT e.article_id) FROM evidence e WHERE e.deal_id = d.id)
         AS article_count,
       (SELECT a.published {first}) AS first_reported,
       d.origin, d.confidence, d.description,
       {flags} AS flags,
       (SELECT a.published_precision {first}) AS first_reported_precision,
       (SELECT a.key {first}) AS first_reported_by,
       d.{money}
  FROM deal d"""


def _drop_views(bind) -> dict[str, str]:
    """Drop the views, returning each one's SQL as the database has it."""
    saved = {}
    for name in VIEWS:
        if bind.dialect.name == "postgresql":
            body = bind.scalar(
                sa.text("SELECT pg_get_viewdef(CAST(:v AS regclass), true)"), {"v": name}
            )
            saved[name] = f"CREATE VIEW {name} AS {body}"
        else:
            saved[name] = bind.scalar(
                sa.text("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = :v"),
                {"v": name},
            )
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW {name}")
    return saved


def _create_views(bind, saved: dict[str, str], flags_from_rows: bool) -> None:
    """Recreate the views as saved, deal_overview with its flags from rows or the column."""
    deal_overview = _deal_overview(bind.dialect.name, flags_from_rows)
    saved = dict(saved, deal_overview=f"CREATE VIEW deal_overview AS {deal_overview}")
    for name in VIEWS:
        op.execute(saved[name])
    if bind.dialect.name == "postgresql":
        inspector = sa.inspect(bind)
        for name in VIEWS:
            columns = [c["name"] for c in inspector.get_columns(name)]
            for statement in comment_statements(name, columns):
                op.execute(statement)


# --- CHECKs -----------------------------------------------------------------------


def _refuse_failing_rows(bind, table: str, check: str) -> None:
    bad = bind.scalar(sa.text(f"SELECT min(id) FROM {table} WHERE NOT ({check})"))
    if bad is not None:
        raise DatabaseError(
            f"cannot migrate (0011): {table} row {bad} does not pass CHECK ({check})"
        )


def _mention_currencies(bind) -> None:
    """Money mentions whose amount 0007 took back from `normalized` ("<decimal> <currency>")
    have no currency: it is the second word of that same text."""
    rows = bind.execute(
        sa.text(
            "SELECT id, normalized FROM mention WHERE amount IS NOT NULL AND currency IS NULL"
            " AND normalized IS NOT NULL"
        )
    )
    found = [
        {"id": i, "currency": words[1]}
        for i, words in ((i, normalized.split()) for i, normalized in rows)
        if len(words) == 2 and re.fullmatch("[A-Z]{3}", words[1])
    ]
    if found:
        bind.execute(sa.text("UPDATE mention SET currency = :currency WHERE id = :id"), found)


def _set_check(bind, table: str, name: str, old: str | None, new: str | None) -> None:
    """Replace CHECK `name` of `table` (old → new; None: absent), on either database."""
    if new is not None:
        _refuse_failing_rows(bind, table, new)
    constraint = f"ck_{table}_{name}"
    if bind.dialect.name == "postgresql":
        if old is not None:
            op.drop_constraint(op.f(constraint), table, type_="check")
        if new is not None:
            op.create_check_constraint(op.f(constraint), table, new)
        return
    sql = bind.scalar(
        sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :t"), {"t": table}
    )
    if old is not None:
        clause = f"CONSTRAINT {constraint} CHECK ({old})"
        if clause not in sql:
            raise DatabaseError(f"cannot migrate: {table} has no {clause}")
        sql = sql.replace(f", \n\t{clause}", "").replace(clause, "")
    if new is not None:
        sql = sql.rstrip()[:-1].rstrip() + f", \n\tCONSTRAINT {constraint} CHECK ({new})\n)"
    version = bind.scalar(sa.text("PRAGMA schema_version"))
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.execute(
        sa.text("UPDATE sqlite_master SET sql = :sql WHERE type = 'table' AND name = :t"),
        {"sql": sql, "t": table},
    )
    bind.exec_driver_sql(f"PRAGMA schema_version = {version + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")


# --- party keys -----------------------------------------------------------------


def _old_unique(table: str, owner: str) -> str:
    return f"uq_{table}_{owner}_role_organization_id_person_id"


def _sqlite_rebuild(bind, table: str, sql: str) -> None:
    """Recreate `table` from `sql` (its CREATE TABLE) with its rows and indexes."""
    indexes = (
        bind.execute(
            sa.text(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :t AND sql IS NOT NULL"
            ),
            {"t": table},
        )
        .scalars()
        .all()
    )
    op.execute(re.sub(r'^CREATE TABLE "?\w+"? \(', f"CREATE TABLE _new_{table} (", sql))
    op.execute(f"INSERT INTO _new_{table} SELECT * FROM {table}")
    op.execute(f"DROP TABLE {table}")
    op.execute(f"ALTER TABLE _new_{table} RENAME TO {table}")
    for index in indexes:
        op.execute(index)


def _party_keys_up(bind) -> None:
    for table, owner in PARTY_TABLES.items():
        op.execute(
            f"DELETE FROM {table} WHERE id NOT IN (SELECT min(id) FROM {table}"
            f" GROUP BY {owner}, role, organization_id, person_id)"
        )
        unique = _old_unique(table, owner)
        if bind.dialect.name == "postgresql":
            op.drop_constraint(op.f(unique), table, type_="unique")
        else:
            sql = bind.scalar(
                sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :t"),
                {"t": table},
            )
            clause = f"CONSTRAINT {unique} UNIQUE ({owner}, role, organization_id, person_id)"
            _sqlite_rebuild(bind, table, sql.replace(f", \n\t{clause}", ""))
        for column in ("organization_id", "person_id"):
            op.create_index(
                op.f(f"uq_{table}_{column}"),
                table,
                [owner, "role", column],
                unique=True,
                sqlite_where=sa.text(f"{column} IS NOT NULL"),
                postgresql_where=sa.text(f"{column} IS NOT NULL"),
            )


def _party_keys_down(bind) -> None:
    for table, owner in PARTY_TABLES.items():
        for column in ("organization_id", "person_id"):
            op.drop_index(op.f(f"uq_{table}_{column}"), table_name=table)
        unique = _old_unique(table, owner)
        columns = [owner, "role", "organization_id", "person_id"]
        if bind.dialect.name == "postgresql":
            op.create_unique_constraint(op.f(unique), table, columns)
        else:
            sql = bind.scalar(
                sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :t"),
                {"t": table},
            )
            clause = f"CONSTRAINT {unique} UNIQUE ({', '.join(columns)})"
            _sqlite_rebuild(bind, table, sql.rstrip()[:-1].rstrip() + f", \n\t{clause}\n)")


# --- flags ------------------------------------------------------------------------


def _flag_rows(bind) -> list[dict]:
    """deal.flags as deal_flag rows; a flag deal_flag does not know is refused."""
    rows = bind.execute(sa.text("SELECT id, key, flags FROM deal WHERE flags IS NOT NULL"))
    flags = []
    for deal_id, key, text in rows:
        for flag in sorted({f.strip() for f in text.split(",") if f.strip()}):
            if flag not in FLAGS:
                raise DatabaseError(
                    f"cannot upgrade to 0011: deal {key!r} has flag {flag!r}, not one of: "
                    + ", ".join(FLAGS)
                )
            flags.append({"deal_id": deal_id, "flag": flag})
    return flags


def _flags_up(flags: list[dict]) -> None:
    table = op.create_table(
        "deal_flag",
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("flag", sa.String(30), nullable=False),
        sa.CheckConstraint(f"flag IN ({_in(FLAGS)})", name=op.f("ck_deal_flag_flag_values")),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deal.id"], name=op.f("fk_deal_flag_deal_id_deal"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("deal_id", "flag", name=op.f("pk_deal_flag")),
    )
    if flags:
        op.bulk_insert(table, flags)
    op.drop_column("deal", "flags")


def _flags_down(bind) -> None:
    op.add_column("deal", sa.Column("flags", sa.Text(), nullable=True))
    joined: dict[int, list[str]] = {}
    for deal_id, flag in bind.execute(sa.text("SELECT deal_id, flag FROM deal_flag ORDER BY flag")):
        joined.setdefault(deal_id, []).append(flag)
    if joined:
        bind.execute(
            sa.text("UPDATE deal SET flags = :flags WHERE id = :id"),
            [{"id": i, "flags": ",".join(f)} for i, f in joined.items()],
        )
    op.drop_table("deal_flag")


# --- the revision -------------------------------------------------------------------


def upgrade() -> None:
    bind = op.get_bind()
    flags = _flag_rows(bind)  # refused before anything changes
    saved = _drop_views(bind)
    _party_keys_up(bind)
    _mention_currencies(bind)
    for table, old in OLD_MONEY.items():
        _set_check(bind, table, "money", old, MONEY)
    _set_check(bind, "evidence", "reported_status", None, REPORTED_STATUS)
    _flags_up(flags)
    _create_views(bind, saved, flags_from_rows=True)


def downgrade() -> None:
    bind = op.get_bind()
    saved = _drop_views(bind)
    _flags_down(bind)
    _set_check(bind, "evidence", "reported_status", REPORTED_STATUS, None)
    for table, old in OLD_MONEY.items():
        _set_check(bind, table, "money", MONEY, old)
    _party_keys_down(bind)
    _create_views(bind, saved, flags_from_rows=False)
