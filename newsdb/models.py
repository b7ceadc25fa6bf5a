"""The declarative models: one table per SPEC §1 entity, join tables with roles."""

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
    ForeignKey,
    Index,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import NUMERIC, TypeDecorator

from newsdb.vocab import (
    DealKind,
    DealStatus,
    LawsuitStatus,
    MentionType,
    OrgKind,
    Origin,
    PartyRole,
    Precision,
    ValuationBasis,
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
    `per_unit` = `share` marks a price per share, not a total.
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
    usd_rate: Mapped[Decimal | None] = mapped_column(Rate())
    rate_date: Mapped[dt.date | None] = mapped_column(Date())
    rate_source: Mapped[str | None] = mapped_column(String(80))
    rate_note: Mapped[str | None] = mapped_column(String(200))


def _enum(cls: type[StrEnum], length: int = 20) -> Enum:
    """A StrEnum stored by value as a constrained string, the same on every database."""
    return Enum(
        cls,
        native_enum=False,
        length=length,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
        create_constraint=False,  # one named CHECK per column instead: see _enum_checks
    )


intpk = Annotated[int, mapped_column(primary_key=True)]
created_at = Annotated[
    dt.datetime, mapped_column(DateTime(timezone=True), server_default=func.current_timestamp())
]
confidence = Annotated[float | None, mapped_column()]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {  # noqa: RUF012 (SQLAlchemy reads this class attribute as is)
        Decimal: Money(),
        dt.date: Date(),
        Precision: _enum(Precision, 5),
        OrgKind: _enum(OrgKind),
        DealKind: _enum(DealKind),
        DealStatus: _enum(DealStatus),
        LawsuitStatus: _enum(LawsuitStatus),
        ValuationBasis: _enum(ValuationBasis),
        PartyRole: _enum(PartyRole),
        Origin: _enum(Origin, 10),
        MentionType: _enum(MentionType, 12),
        str: Text(),
    }


def _precision_check(column: str) -> CheckConstraint:
    """A date's precision is given exactly when the date is."""
    return CheckConstraint(
        f"({column} IS NULL) = ({column}_precision IS NULL)", name=f"{column}_dated"
    )


def _currency_check() -> CheckConstraint:
    return CheckConstraint(
        "(amount IS NULL AND currency IS NULL) OR "
        "(amount >= 0 AND currency IS NOT NULL AND length(currency) = 3 "
        "AND upper(currency) = currency)",
        name="money",
    )


class FactMixin:
    """Columns every fact shares: a stable key and where it came from."""

    key: Mapped[str] = mapped_column(String(200), unique=True)
    origin: Mapped[Origin] = mapped_column(default=Origin.CURATED, index=True)
    confidence: Mapped[confidence]
    extractor_version: Mapped[str | None] = mapped_column(String(40))


class Article(Base):
    __tablename__ = "article"
    __table_args__ = (_precision_check("published"),)

    id: Mapped[intpk]
    key: Mapped[str] = mapped_column(String(500), unique=True)
    source: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None]
    title: Mapped[str | None]
    language: Mapped[str | None] = mapped_column(String(2))
    published: Mapped[dt.date | None] = mapped_column(index=True)
    published_precision: Mapped[Precision | None]
    body: Mapped[str]
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str | None]
    imported_at: Mapped[created_at]

    mentions: Mapped[list[Mention]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )


class Organization(Base):
    __tablename__ = "organization"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[OrgKind] = mapped_column(default=OrgKind.COMPANY)
    origin: Mapped[Origin] = mapped_column(default=Origin.CURATED, server_default="curated")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )

    parent: Mapped[Organization | None] = relationship(remote_side="Organization.id")
    aliases: Mapped[list[OrganizationAlias]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class Person(Base):
    __tablename__ = "person"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(200), unique=True)
    origin: Mapped[Origin] = mapped_column(default=Origin.CURATED, server_default="curated")

    aliases: Mapped[list[PersonAlias]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class Product(Base):
    __tablename__ = "product"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(200), unique=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )

    aliases: Mapped[list[ProductAlias]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class OrganizationAlias(Base):
    """Another name of an organization; `normalized` (casefolded) is unique."""

    __tablename__ = "organization_alias"

    id: Mapped[intpk]
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    alias: Mapped[str] = mapped_column(String(200))
    normalized: Mapped[str] = mapped_column(String(200), unique=True)


class PersonAlias(Base):
    __tablename__ = "person_alias"

    id: Mapped[intpk]
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(200))
    normalized: Mapped[str] = mapped_column(String(200), unique=True)


class ProductAlias(Base):
    __tablename__ = "product_alias"

    id: Mapped[intpk]
    product_id: Mapped[int] = mapped_column(
        ForeignKey("product.id", ondelete="CASCADE"), index=True
    )
    alias: Mapped[str] = mapped_column(String(200))
    normalized: Mapped[str] = mapped_column(String(200), unique=True)


class Affiliation(FactMixin, Base):
    __tablename__ = "affiliation"
    __table_args__ = (_precision_check("since"), _precision_check("until"))

    id: Mapped[intpk]
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(200))
    since: Mapped[dt.date | None]
    since_precision: Mapped[Precision | None]
    until: Mapped[dt.date | None]
    until_precision: Mapped[Precision | None]

    person: Mapped[Person] = relationship()
    organization: Mapped[Organization] = relationship()
    evidence: Mapped[list[Evidence]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class Deal(MoneyMixin, FactMixin, Base):
    __tablename__ = "deal"
    __table_args__ = (
        _currency_check(),
        _precision_check("announced"),
        _precision_check("completed"),
        Index("ix_deal_amount", "amount"),
    )

    id: Mapped[intpk]
    title: Mapped[str]
    kind: Mapped[DealKind] = mapped_column(index=True)
    status: Mapped[DealStatus] = mapped_column(index=True)
    amount_number: Mapped[Decimal | None] = mapped_column("amount", Money())
    currency: Mapped[str | None] = mapped_column(String(3))
    amount_text: Mapped[str | None]
    announced: Mapped[dt.date | None] = mapped_column(index=True)
    announced_precision: Mapped[Precision | None]
    completed: Mapped[dt.date | None]
    completed_precision: Mapped[Precision | None]
    description: Mapped[str | None]
    flags: Mapped[str | None]  # comma-separated notes on vague sources

    parties: Mapped[list[DealParty]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    products: Mapped[list[Product]] = relationship(secondary="deal_product")
    evidence: Mapped[list[Evidence]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class DealParty(Base):
    """A deal's organization or person (exactly one of the two) and its role."""

    __tablename__ = "deal_party"
    __table_args__ = (
        CheckConstraint("(organization_id IS NULL) <> (person_id IS NULL)", name="one_party"),
        UniqueConstraint("deal_id", "role", "organization_id", "person_id"),
    )

    id: Mapped[intpk]
    deal_id: Mapped[int] = mapped_column(ForeignKey("deal.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[PartyRole]

    organization: Mapped[Organization | None] = relationship()
    person: Mapped[Person | None] = relationship()


class DealProduct(Base):
    __tablename__ = "deal_product"

    deal_id: Mapped[int] = mapped_column(
        ForeignKey("deal.id", ondelete="CASCADE"), primary_key=True
    )
    product_id: Mapped[int] = mapped_column(
        ForeignKey("product.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class Valuation(MoneyMixin, FactMixin, Base):
    __tablename__ = "valuation"
    __table_args__ = (
        _precision_check("as_of"),
        CheckConstraint("amount >= 0 AND length(currency) = 3", name="money"),
    )

    id: Mapped[intpk]
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    amount_number: Mapped[Decimal] = mapped_column("amount", Money())
    currency: Mapped[str] = mapped_column(String(3))
    amount_text: Mapped[str | None]
    as_of: Mapped[dt.date | None] = mapped_column(index=True)
    as_of_precision: Mapped[Precision | None]
    basis: Mapped[ValuationBasis]
    deal_id: Mapped[int | None] = mapped_column(
        ForeignKey("deal.id", ondelete="SET NULL"), index=True
    )

    organization: Mapped[Organization] = relationship()
    evidence: Mapped[list[Evidence]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class Lawsuit(FactMixin, Base):
    __tablename__ = "lawsuit"
    __table_args__ = (_precision_check("filed"),)

    id: Mapped[intpk]
    title: Mapped[str]
    status: Mapped[LawsuitStatus] = mapped_column(index=True)
    filed: Mapped[dt.date | None] = mapped_column(index=True)
    filed_precision: Mapped[Precision | None]
    court: Mapped[str | None]
    claims: Mapped[str | None]
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("lawsuit.id", ondelete="SET NULL"), index=True
    )

    parent: Mapped[Lawsuit | None] = relationship(remote_side="Lawsuit.id")
    parties: Mapped[list[LawsuitParty]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    evidence: Mapped[list[Evidence]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class LawsuitParty(Base):
    __tablename__ = "lawsuit_party"
    __table_args__ = (
        CheckConstraint("(organization_id IS NULL) <> (person_id IS NULL)", name="one_party"),
        UniqueConstraint("lawsuit_id", "role", "organization_id", "person_id"),
    )

    id: Mapped[intpk]
    lawsuit_id: Mapped[int] = mapped_column(
        ForeignKey("lawsuit.id", ondelete="CASCADE"), index=True
    )
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[PartyRole]

    organization: Mapped[Organization | None] = relationship()
    person: Mapped[Person | None] = relationship()


class Evidence(Base):
    """An article's exact words supporting one fact, and the status it reported."""

    __tablename__ = "evidence"
    __table_args__ = (
        CheckConstraint(
            " + ".join(
                f"(CASE WHEN {c} IS NULL THEN 0 ELSE 1 END)"
                for c in ("deal_id", "valuation_id", "lawsuit_id", "affiliation_id")
            )
            + " = 1",
            name="one_fact",
        ),
        CheckConstraint("start_offset >= 0 AND end_offset > start_offset", name="offsets"),
    )

    id: Mapped[intpk]
    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), index=True
    )
    deal_id: Mapped[int | None] = mapped_column(
        ForeignKey("deal.id", ondelete="CASCADE"), index=True
    )
    valuation_id: Mapped[int | None] = mapped_column(
        ForeignKey("valuation.id", ondelete="CASCADE"), index=True
    )
    lawsuit_id: Mapped[int | None] = mapped_column(
        ForeignKey("lawsuit.id", ondelete="CASCADE"), index=True
    )
    affiliation_id: Mapped[int | None] = mapped_column(
        ForeignKey("affiliation.id", ondelete="CASCADE"), index=True
    )
    quote: Mapped[str]
    start_offset: Mapped[int]
    end_offset: Mapped[int]
    reported_status: Mapped[str | None] = mapped_column(String(20))
    origin: Mapped[Origin] = mapped_column(default=Origin.CURATED)
    confidence: Mapped[confidence]
    # What this article reported, where it said it (NULL: the article does not say).
    reported_amount: Mapped[Decimal | None] = mapped_column(index=True)  # as-of ranking
    reported_currency: Mapped[str | None] = mapped_column(String(3))
    reported_amount_text: Mapped[str | None]
    reported_date: Mapped[dt.date | None]
    reported_date_precision: Mapped[Precision | None]

    article: Mapped[Article] = relationship()
    reported_parties: Mapped[list[EvidenceParty]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class EvidenceParty(Base):
    """A party and its role as one piece of evidence (one article) reported them."""

    __tablename__ = "evidence_party"
    __table_args__ = (
        CheckConstraint("(organization_id IS NULL) <> (person_id IS NULL)", name="one_party"),
        UniqueConstraint("evidence_id", "role", "organization_id", "person_id"),
    )

    id: Mapped[intpk]
    evidence_id: Mapped[int] = mapped_column(
        ForeignKey("evidence.id", ondelete="CASCADE"), index=True
    )
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[PartyRole]

    organization: Mapped[Organization | None] = relationship()
    person: Mapped[Person | None] = relationship()


class Mention(MoneyMixin, Base):
    """An automatic extraction result: a span of an article and what it means."""

    __tablename__ = "mention"
    __table_args__ = (
        CheckConstraint("start_offset >= 0 AND end_offset > start_offset", name="offsets"),
        _precision_check("date"),
        Index("ix_mention_type_article", "type", "article_id"),
    )

    id: Mapped[intpk]
    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), index=True
    )
    type: Mapped[MentionType]
    start_offset: Mapped[int]
    end_offset: Mapped[int]
    text: Mapped[str]
    normalized: Mapped[str | None]  # canonical name, decimal amount or ISO date text
    amount_number: Mapped[Decimal | None] = mapped_column("amount", Money())
    currency: Mapped[str | None] = mapped_column(String(3))
    date: Mapped[dt.date | None]
    date_precision: Mapped[Precision | None]
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    product_id: Mapped[int | None] = mapped_column(
        ForeignKey("product.id", ondelete="SET NULL"), index=True
    )

    article: Mapped[Article] = relationship(back_populates="mentions")


def _enum_checks(metadata: MetaData) -> None:
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


_enum_checks(Base.metadata)
