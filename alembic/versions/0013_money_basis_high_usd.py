"""What an amount measures (its basis), a range's upper bound in USD, and every
amount converted, including those of databases made before conversion existed.

- `basis` (AmountBasis: raised, pre_money, post_money, implied, offer,
  sale_price, market, other): valuation's CHECK takes the new values `raised`
  and `implied`; deal and mention get a nullable `basis` (empty: not stated),
  CHECKed the same way.
- `amount_high_usd` on deal, valuation and mention: `amount_high` × `usd_rate`,
  to the cent, so a range compares in USD as its lower bound does.
- The USD columns 0007 added were filled only by a later import: this revision
  fills them for every amount not converted yet (at the rate newsdb/fx.py gives
  for the fact's date, else its first article's, else undated), so an upgraded
  database ranks by USD at once; `newsdb import` keeps them current afterwards.
- deal_overview gets `basis` and `amount_high_usd` at its end, valuation_history
  `amount_high_usd`; PostgreSQL comments re-applied from newsdb/catalog.py. The
  view SQL is frozen here (deal_overview as 0011 left it, valuation_history as 0008).

downgrade() refuses, naming the first one, a valuation whose basis the older
CHECK does not allow (raised, implied), then drops the new columns; the USD
values it filled stay (the older schema has those columns).

Revision ID: 0013_money_basis_high_usd
Revises: 0012_evidence_amount_index
Create Date: 2026-11-26
"""

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from newsdb import fx
from newsdb.catalog import comment_statements
from newsdb.db import DatabaseError

revision: str = "0013_money_basis_high_usd"
down_revision: str | None = "0012_evidence_amount_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_BASES = ("post_money", "pre_money", "sale_price", "offer", "market", "other")
BASES = ("raised", "pre_money", "post_money", "implied", "offer", "sale_price", "market", "other")
TABLES = ("deal", "valuation", "mention")
VIEWS = ("deal_overview", "valuation_history")


def _in(values) -> str:
    return "basis IN (" + ", ".join(f"'{v}'" for v in values) + ")"


# --- views ----------------------------------------------------------------------


def _deal_overview(dialect: str, new: bool) -> str:
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
    flags = ordered_agg("df.flag", "FROM deal_flag df WHERE df.deal_id = d.id", f"df.flag{collate}")
    first = f"""FROM evidence e JOIN article a ON a.id = e.article_id
         WHERE e.deal_id = d.id AND a.published IS NOT NULL
         ORDER BY {last_day}, a.key{collate} LIMIT 1"""
    money = (
        "amount_exact, d.qualifier, d.amount_high, d.amount_high_exact, d.per_unit, "
        "d.amount_usd, d.usd_rate, d.rate_date, d.rate_source, d.rate_note"
    )
    extra = ",\n       d.basis, d.amount_high_usd" if new else ""
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
       d.{money}{extra}
  FROM deal d"""


def _valuation_history(new: bool) -> str:
    order = "ORDER BY CASE WHEN v.as_of IS NULL THEN 1 ELSE 0 END, v.as_of, v.id"
    extra = ",\n       v.amount_high_usd" if new else ""
    return f"""
SELECT v.id AS valuation_id, v.key, o.name AS organization, v.amount, v.currency,
       v.amount_text, v.as_of, v.as_of_precision, v.basis,
       d.title AS deal, v.origin, v.confidence,
       v.amount_exact, v.qualifier, v.amount_high, v.amount_high_exact, v.per_unit,
       v.amount_usd, v.usd_rate, v.rate_date, v.rate_source, v.rate_note,
       v.amount - LAG(v.amount) OVER (
         PARTITION BY v.organization_id, v.currency {order}) AS change,
       v.amount_usd - LAG(v.amount_usd) OVER (
         PARTITION BY v.organization_id, v.amount_usd IS NULL {order}) AS change_usd{extra}
  FROM valuation v
  JOIN organization o ON o.id = v.organization_id
  LEFT JOIN deal d ON d.id = v.deal_id"""


def _replace_views(bind, new: bool) -> None:
    sql = {
        "deal_overview": _deal_overview(bind.dialect.name, new),
        "valuation_history": _valuation_history(new),
    }
    for name in VIEWS:
        op.execute(f"DROP VIEW {name}")
        op.execute(f"CREATE VIEW {name} AS {sql[name]}")
    if bind.dialect.name == "postgresql":
        inspector = sa.inspect(bind)
        for name in VIEWS:
            columns = [c["name"] for c in inspector.get_columns(name)]
            for statement in comment_statements(name, columns):
                op.execute(statement)


# --- the basis CHECK of valuation ----------------------------------------------------


def _valuation_check(bind, old: tuple[str, ...], new: tuple[str, ...]) -> None:
    """Replace the values ck_valuation_basis_values allows (a wider list, or back)."""
    if bind.dialect.name == "postgresql":
        op.drop_constraint(op.f("ck_valuation_basis_values"), "valuation", type_="check")
        op.create_check_constraint(op.f("ck_valuation_basis_values"), "valuation", _in(new))
        return
    # SQLite: the CHECK is text in the table's schema; this changes only what it allows
    # (every row was checked against `new` first), so no table rebuild is needed.
    sql = bind.scalar(
        sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'valuation'")
    )
    if _in(old) not in sql:
        raise DatabaseError(f"cannot migrate (0013): valuation has no CHECK ({_in(old)})")
    version = bind.scalar(sa.text("PRAGMA schema_version"))
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.execute(
        sa.text("UPDATE sqlite_master SET sql = :sql WHERE type = 'table' AND name = 'valuation'"),
        {"sql": sql.replace(_in(old), _in(new))},
    )
    bind.exec_driver_sql(f"PRAGMA schema_version = {version + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")


# --- filling the USD columns -------------------------------------------------------


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _first_article(owner: str) -> str:
    return (
        "(SELECT min(a.published) FROM evidence e JOIN article a ON a.id = e.article_id "
        f"WHERE e.{owner}_id = t.id)"
    )


# Per table: the date (and its precision) each amount is converted at, by priority.
_DATES = {
    "deal": (
        "t.announced, t.announced_precision, t.completed, t.completed_precision, "
        f"{_first_article('deal')}, NULL"
    ),
    "valuation": f"t.as_of, t.as_of_precision, NULL, NULL, {_first_article('valuation')}, NULL",
    "mention": (
        "NULL, NULL, NULL, NULL, "
        "(SELECT a.published FROM article a WHERE a.id = t.article_id), "
        "(SELECT a.published_precision FROM article a WHERE a.id = t.article_id)"
    ),
}


def _number(bind, value: Decimal | None):
    """A decimal as the NUMERIC columns take it: its text on SQLite (no float detour)."""
    if value is None:
        return None
    return f"{value:f}" if bind.dialect.name == "sqlite" else value


def _fill_usd(bind, table: str) -> None:
    """Convert every amount of `table` not looked at yet, and every range's upper bound."""
    rows = bind.execute(
        sa.text(
            "SELECT t.id, t.amount_exact, t.amount_high_exact, t.currency, t.usd_rate, "
            f"t.rate_source IS NULL AND t.rate_note IS NULL, {_DATES[table]} "
            f"FROM {table} t WHERE t.amount_exact IS NOT NULL"
        )
    ).all()
    updates = []
    for id_, amount, high, currency, rate, pending, *dates in rows:
        day, precision = None, None
        for value, value_precision in zip(dates[::2], dates[1::2], strict=True):
            if value is not None:
                day, precision = _date(value), value_precision
                break
        if pending:
            c = fx.convert(Decimal(amount), currency, day, precision)
            values = {
                "amount_usd": c.amount,
                "usd_rate": c.rate,
                "rate_date": c.rate_date,
                "rate_source": c.source,
                "rate_note": c.note,
            }
            if table == "mention" and not (c.source or c.note):
                values["rate_note"] = "no conversion"  # as newsdb/load/conversions.py: looked at
            rate = c.rate
        else:
            values = {}
        if high is not None and rate is not None:
            values["amount_high_usd"] = fx.at_rate(Decimal(high), Decimal(str(rate)))
        if values:
            for name in ("amount_usd", "usd_rate", "amount_high_usd"):
                if name in values:
                    values[name] = _number(bind, values[name])
            updates.append((id_, values))
    for id_, values in updates:
        setting = ", ".join(f"{name} = :{name}" for name in values)
        statement = sa.text(f"UPDATE {table} SET {setting} WHERE id = :id")
        if "rate_date" in values:
            statement = statement.bindparams(sa.bindparam("rate_date", type_=sa.Date()))
        bind.execute(statement, {"id": id_, **values})


# --- the revision -------------------------------------------------------------------


def upgrade() -> None:
    bind = op.get_bind()
    _valuation_check(bind, OLD_BASES, BASES)
    for table in ("deal", "mention"):
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN basis VARCHAR(20) "
            f"CONSTRAINT ck_{table}_basis_values CHECK ({_in(BASES)})"
        )
    for table in TABLES:
        op.add_column(table, sa.Column("amount_high_usd", sa.Numeric(24, 2)))
    for table in TABLES:
        _fill_usd(bind, table)
    _replace_views(bind, new=True)


def downgrade() -> None:
    bind = op.get_bind()
    new = tuple(b for b in BASES if b not in OLD_BASES)
    bad = bind.execute(
        sa.text(
            f"SELECT key, basis FROM valuation WHERE basis IN ({', '.join(repr(b) for b in new)}) "
            "ORDER BY key LIMIT 1"
        )
    ).first()
    if bad is not None:
        raise DatabaseError(
            f"cannot downgrade (0013): valuation {bad.key!r} has basis {bad.basis!r}, which "
            f"the older schema does not allow ({', '.join(OLD_BASES)}); change it first"
        )
    _replace_views(bind, new=False)
    for table in TABLES:
        op.drop_column(table, "amount_high_usd")
    for table in ("deal", "mention"):
        op.drop_column(table, "basis")
    _valuation_check(bind, BASES, OLD_BASES)
