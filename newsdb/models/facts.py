"""The facts: deals, valuations, lawsuits and affiliations, each with a key and origin."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.ext.associationproxy import AssociationProxy, association_proxy
from sqlalchemy.orm import Mapped, mapped_column, relationship

from newsdb.models.base import (
    Base,
    Money,
    MoneyMixin,
    code_point_text,
    confidence,
    currency_check,
    intpk,
    precision_check,
)
from newsdb.vocab import (
    AmountBasis,
    DealKind,
    DealStatus,
    LawsuitStatus,
    Origin,
    Precision,
    SourceFlag,
)

if TYPE_CHECKING:
    from newsdb.models.entities import Organization, Person, Product
    from newsdb.models.evidence import Evidence
    from newsdb.models.parties import DealParty, LawsuitParty


class FactMixin:
    """Columns every fact shares: a stable key and where it came from."""

    key: Mapped[str] = mapped_column(code_point_text(200), unique=True)
    origin: Mapped[Origin] = mapped_column(default=Origin.CURATED, index=True)
    confidence: Mapped[confidence]
    extractor_version: Mapped[str | None] = mapped_column(String(40))


class StandingMixin:
    """Where a fact's articles disagree, as `newsdb report conflicts` says
    (newsdb/load/standing.py stores it on import): `conflicts` is the number of claims
    that disagree with the preferred one (the report's rows for the fact), and each
    `preferred_*` is the preferred claim's value of a field on which claims disagree
    (empty when they agree: the fact's own value stands)."""

    conflicts: Mapped[int] = mapped_column(default=0, server_default="0")
    preferred_amount: Mapped[Decimal | None]
    preferred_currency: Mapped[str | None] = mapped_column(String(3))
    preferred_status: Mapped[str | None] = mapped_column(String(20))
    preferred_date: Mapped[dt.date | None]
    preferred_date_precision: Mapped[Precision | None]


class Affiliation(FactMixin, Base):
    __tablename__ = "affiliation"
    __table_args__ = (precision_check("since"), precision_check("until"))

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


class Deal(MoneyMixin, FactMixin, StandingMixin, Base):
    __tablename__ = "deal"
    __table_args__ = (
        currency_check(),
        precision_check("announced"),
        precision_check("completed"),
        Index("ix_deal_amount", "amount"),
        Index("ix_deal_amount_usd", "amount_usd"),  # `report deals` ranks on it
    )

    id: Mapped[intpk]
    title: Mapped[str]
    kind: Mapped[DealKind] = mapped_column(index=True)
    status: Mapped[DealStatus] = mapped_column(index=True)
    amount_number: Mapped[Decimal | None] = mapped_column("amount", Money())
    currency: Mapped[str | None] = mapped_column(String(3))
    amount_text: Mapped[str | None]
    basis: Mapped[AmountBasis | None]  # what the amount measures: raised, offer, sale_price…
    announced: Mapped[dt.date | None] = mapped_column(index=True)
    announced_precision: Mapped[Precision | None]
    completed: Mapped[dt.date | None]
    completed_precision: Mapped[Precision | None]
    description: Mapped[str | None]
    flag_rows: Mapped[list[DealFlag]] = relationship(
        order_by="DealFlag.flag",
        lazy="selectin",  # a report lists many deals: their flags in one query, not one each
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    # The flags as a list of names, in flag order: `deal.flags = ["amount_vague"]`.
    flags: AssociationProxy[list[str]] = association_proxy(
        "flag_rows", "flag", creator=lambda flag: DealFlag(flag=flag)
    )

    parties: Mapped[list[DealParty]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    products: Mapped[list[Product]] = relationship(secondary="deal_product")
    evidence: Mapped[list[Evidence]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class DealFlag(Base):
    """A note on a vague or doubtful source of a deal (an amount given without its unit…)."""

    __tablename__ = "deal_flag"

    deal_id: Mapped[int] = mapped_column(
        ForeignKey("deal.id", ondelete="CASCADE"), primary_key=True
    )
    flag: Mapped[SourceFlag] = mapped_column(primary_key=True)


class DealProduct(Base):
    __tablename__ = "deal_product"

    deal_id: Mapped[int] = mapped_column(
        ForeignKey("deal.id", ondelete="CASCADE"), primary_key=True
    )
    product_id: Mapped[int] = mapped_column(
        ForeignKey("product.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class Valuation(MoneyMixin, FactMixin, StandingMixin, Base):
    __tablename__ = "valuation"
    __table_args__ = (
        precision_check("as_of"),
        currency_check(),
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
    basis: Mapped[AmountBasis]
    deal_id: Mapped[int | None] = mapped_column(
        ForeignKey("deal.id", ondelete="SET NULL"), index=True
    )

    organization: Mapped[Organization] = relationship()
    evidence: Mapped[list[Evidence]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class Lawsuit(FactMixin, StandingMixin, Base):
    __tablename__ = "lawsuit"
    __table_args__ = (precision_check("filed"),)

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
