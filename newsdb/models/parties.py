"""Who took part in a fact, in which role: deal, lawsuit and reported (evidence) parties."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from newsdb.models.base import Base, intpk
from newsdb.vocab import PartyRole

if TYPE_CHECKING:
    from newsdb.models.entities import Organization, Person


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
