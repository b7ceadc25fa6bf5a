"""Who took part in a fact, in which role: deal, lawsuit and reported (evidence) parties."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from newsdb.models.base import Base
from newsdb.vocab import PartyRole

if TYPE_CHECKING:
    from newsdb.models.entities import Organization, Person

PARTY_COLUMNS = ("organization_id", "person_id")


def party_table_args(table: str, owner: str) -> tuple:
    """Exactly one of organization/person, and one row per owner, role and party.

    A plain UNIQUE (owner, role, organization_id, person_id) never fires, NULL
    being distinct from NULL: one partial unique index per party column instead
    (the same on SQLite and PostgreSQL; migration 0011 makes them).
    """
    return (
        CheckConstraint("(organization_id IS NULL) <> (person_id IS NULL)", name="one_party"),
        *(
            Index(
                f"uq_{table}_{column}",
                owner,
                "role",
                column,
                unique=True,
                sqlite_where=text(f"{column} IS NOT NULL"),
                postgresql_where=text(f"{column} IS NOT NULL"),
            )
            for column in PARTY_COLUMNS
        ),
    )


class PartyMixin:
    """An organization or a person (exactly one of the two) and its role."""

    id: Mapped[int] = mapped_column(primary_key=True, sort_order=-1)  # first, as before
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[PartyRole]

    @declared_attr
    def organization(cls) -> Mapped[Organization | None]:
        return relationship()

    @declared_attr
    def person(cls) -> Mapped[Person | None]:
        return relationship()


class DealParty(PartyMixin, Base):
    """A deal's party and its role."""

    __tablename__ = "deal_party"
    __table_args__ = party_table_args("deal_party", "deal_id")

    deal_id: Mapped[int] = mapped_column(ForeignKey("deal.id", ondelete="CASCADE"), index=True)


class LawsuitParty(PartyMixin, Base):
    """A lawsuit's party and its role."""

    __tablename__ = "lawsuit_party"
    __table_args__ = party_table_args("lawsuit_party", "lawsuit_id")

    lawsuit_id: Mapped[int] = mapped_column(
        ForeignKey("lawsuit.id", ondelete="CASCADE"), index=True
    )


class EvidenceParty(PartyMixin, Base):
    """A party and its role as one piece of evidence (one article) reported them."""

    __tablename__ = "evidence_party"
    __table_args__ = party_table_args("evidence_party", "evidence_id")

    evidence_id: Mapped[int] = mapped_column(
        ForeignKey("evidence.id", ondelete="CASCADE"), index=True
    )
