"""The declarative base: naming convention, exact money types, enum and date checks."""

from __future__ import annotations

import datetime as dt
from decimal import Context, Decimal
from enum import StrEnum
from typing import Annotated

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    MetaData,
    Numeric,
    String,
    Text,
    func,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import NUMERIC, TypeDecorator

from newsdb.vocab import (
    AmountBasis,
    DealKind,
    DealStatus,
    LawsuitStatus,
    MentionType,
    OrgKind,
    Origin,
    PartyRole,
    Precision,
    Rank,
    SourceFlag,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# PostgreSQL's NUMERIC(24, 2): 22 digits before the point, to the cent.
MONEY_DIGITS = 24
EXACT_CHARS = 40  # ExactMoney's VARCHAR


class _SQLiteNumeric(NUMERIC):
    """NUMERIC affinity with values passed through untouched (no float detour)."""

    def bind_processor(self, dialect):
        return None

    def result_processor(self, dialect, coltype):
        return None


_WIDE = Context(prec=60)  # quantize() to the cent beyond the default 28 digits


def cents(value) -> Decimal:
    return Decimal(value).quantize(Decimal("0.01"), context=_WIDE)


class Money(TypeDecorator):
    """An amount as a number SQL can sort and sum: NUMERIC(24, 2) on PostgreSQL.

    PostgreSQL stores it exactly. SQLite has no decimal type: the decimal string
    bound into a NUMERIC column becomes an integer (exact up to 9.2 × 10^18) or a
    double (exact to 15 significant digits), so on SQLite this column is the
    number to compute with, and `ExactMoney` beside it is the amount itself (see
    `money()`). More than 24 digits is refused on both (the importers keep such an
    amount as text only).
    """

    impl = Numeric(MONEY_DIGITS, 2)
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "sqlite":
            return dialect.type_descriptor(_SQLiteNumeric(MONEY_DIGITS, 2))
        return dialect.type_descriptor(Numeric(MONEY_DIGITS, 2))

    @staticmethod
    def fits(value: Decimal, dialect_name: str = "") -> bool:
        """Whether `value`, to the cent, fits NUMERIC(24, 2): the bound of the number
        column on every database (beyond it, the `ExactMoney` text only)."""
        return max(value.adjusted() + 1, 1) + 2 <= MONEY_DIGITS

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        value = cents(value)
        if not self.fits(value, dialect.name):
            raise ValueError(f"amount {value} has more digits than NUMERIC(24, 2)")
        return str(value) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        text = repr(value) if isinstance(value, float) else str(value)
        return cents(text)


class ExactMoney(TypeDecorator):
    """An amount as its exact decimal text, to the cent ("12000000000000.00").

    The same on every database: the source of truth the ORM reads (`money()`)
    and the `amount_exact` column of the views.
    """

    impl = String(EXACT_CHARS)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else f"{cents(value):f}"

    def process_result_value(self, value, dialect):
        return None if value is None else Decimal(value)


class Rate(TypeDecorator):
    """An exchange rate (target units for one unit), kept to 10 significant digits:
    NUMERIC (unscaled, exact) on PostgreSQL; on SQLite the double of its decimal text."""

    impl = Numeric()
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "sqlite":
            return dialect.type_descriptor(_SQLiteNumeric())
        return dialect.type_descriptor(Numeric())

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return f"{Decimal(value):f}" if dialect.name == "sqlite" else Decimal(value)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return Decimal(repr(value) if isinstance(value, float) else str(value))


def money(number: str = "amount"):
    """A hybrid amount: instances read and write the exact text column
    (`<number>_exact`), SQL expressions (ORDER BY, filters) use the number column.
    Setting it sets both."""
    exact = f"{number}_exact"
    stored = f"{number}_number"

    def get(self):
        return getattr(self, exact)

    def set_(self, value):
        value = None if value is None else cents(value)
        setattr(self, exact, value)
        setattr(self, stored, value)

    def expression(cls):
        return getattr(cls, stored)

    return hybrid_property(get, set_, expr=expression)


class MoneyMixin:
    """An amount, its currency and qualifiers, and its USD equivalent with provenance.

    `amount` is exact (`amount_exact`, text); the `amount` column is the number SQL
    sorts and sums. A range keeps its lower bound in `amount` and its upper bound
    in `amount_high`; `qualifier` says how the source bounds a single figure;
    `per_unit` = `share` marks a price per share, not a total. What the amount
    measures (`basis`) is each model's own column: a valuation always has one.
    """

    amount_number: Mapped[Decimal | None] = mapped_column("amount", Money())
    amount_exact: Mapped[Decimal | None] = mapped_column(ExactMoney())
    amount = money("amount")
    qualifier: Mapped[str | None] = mapped_column(String(10))
    amount_high_number: Mapped[Decimal | None] = mapped_column("amount_high", Money())
    amount_high_exact: Mapped[Decimal | None] = mapped_column(ExactMoney())
    amount_high = money("amount_high")
    per_unit: Mapped[str | None] = mapped_column(String(10))
    amount_usd: Mapped[Decimal | None] = mapped_column(Money())
    amount_high_usd: Mapped[Decimal | None] = mapped_column(Money())  # amount_high × usd_rate
    usd_rate: Mapped[Decimal | None] = mapped_column(Rate())
    rate_date: Mapped[dt.date | None] = mapped_column(Date())
    rate_source: Mapped[str | None] = mapped_column(String(80))
    rate_note: Mapped[str | None] = mapped_column(String(200))


def enum_type(cls: type[StrEnum], length: int = 20) -> Enum:
    """A StrEnum stored by value as a constrained string, the same on every database."""
    return Enum(
        cls,
        native_enum=False,
        length=length,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
        create_constraint=False,  # one named CHECK per column instead: see enum_checks
    )


intpk = Annotated[int, mapped_column(primary_key=True)]


def code_point_text(length: int) -> String:
    """A key: on PostgreSQL in the "C" collation (code-point order, as Python and SQLite
    compare text), so its unique index serves the reports' `in_text_order` (0020)."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


created_at = Annotated[
    dt.datetime, mapped_column(DateTime(timezone=True), server_default=func.current_timestamp())
]
confidence = Annotated[float | None, mapped_column()]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {  # noqa: RUF012 (SQLAlchemy reads this class attribute as is)
        Decimal: Money(),
        dt.date: Date(),
        Precision: enum_type(Precision, 5),
        OrgKind: enum_type(OrgKind),
        DealKind: enum_type(DealKind),
        DealStatus: enum_type(DealStatus),
        LawsuitStatus: enum_type(LawsuitStatus),
        AmountBasis: enum_type(AmountBasis),
        PartyRole: enum_type(PartyRole),
        Origin: enum_type(Origin, 10),
        Rank: enum_type(Rank, 10),
        MentionType: enum_type(MentionType, 12),
        SourceFlag: enum_type(SourceFlag, 30),
        str: Text(),
    }


def precision_check(column: str) -> CheckConstraint:
    """A date's precision is given exactly when the date is."""
    return CheckConstraint(
        f"({column} IS NULL) = ({column}_precision IS NULL)", name=f"{column}_dated"
    )


CURRENCY = (
    "(amount IS NULL OR (amount >= 0 AND currency IS NOT NULL)) AND "
    "(currency IS NULL OR (length(currency) = 3 AND upper(currency) = currency))"
)  # the one money rule of deal, valuation and mention; migration 0011 copies it


def currency_check() -> CheckConstraint:
    """An amount is not negative and has its currency; a currency is 3 upper-case letters.

    A currency without an amount is an amount beyond NUMERIC(24, 2), kept as text."""
    return CheckConstraint(CURRENCY, name="money")


def enum_checks(metadata: MetaData) -> None:
    """Constrain each enum column to its values with a CHECK named after the column.

    Enum's own constraint would be named after its type, so two columns of one
    type in a table (announced_precision, completed_precision) would clash,
    and Alembic would render it unnamed.
    """
    for table in metadata.tables.values():
        for column in list(table.columns):
            if isinstance(column.type, Enum):
                values = ", ".join(f"'{value}'" for value in column.type.enums)
                table.append_constraint(
                    CheckConstraint(f"{column.name} IN ({values})", name=f"{column.name}_values")
                )
