"""Articles as imported, and the spans extraction found in them (mentions)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from newsdb.models.base import (
    Base,
    Money,
    MoneyMixin,
    code_point_text,
    created_at,
    currency_check,
    intpk,
    precision_check,
)
from newsdb.vocab import AmountBasis, MentionType, Precision


class Article(Base):
    __tablename__ = "article"
    __table_args__ = (precision_check("published"),)

    id: Mapped[intpk]
    key: Mapped[str] = mapped_column(code_point_text(500), unique=True)
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


class Mention(MoneyMixin, Base):
    """An automatic extraction result: a span of an article and what it means."""

    __tablename__ = "mention"
    __table_args__ = (
        CheckConstraint("start_offset >= 0 AND end_offset > start_offset", name="offsets"),
        precision_check("date"),
        currency_check(),
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
    basis: Mapped[AmountBasis | None]  # money: what the article says it measures
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
