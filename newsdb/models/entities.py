"""Organizations, people and products, and the other names each is known by."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from newsdb.models.base import Base, intpk
from newsdb.vocab import OrgKind, Origin


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
