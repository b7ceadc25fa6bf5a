"""Names and aliases → entities. Aliases are rows, not code: "x.AI" finds xAI."""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdb.extract.gazetteer import Entity, Gazetteer
from newsdb.extract.text.normalize import normalize
from newsdb.models import (
    Organization,
    OrganizationAlias,
    Person,
    PersonAlias,
    Product,
    ProductAlias,
)
from newsdb.vocab import OrgKind

MODELS = {
    "organization": (Organization, OrganizationAlias, "organization_id"),
    "person": (Person, PersonAlias, "person_id"),
    "product": (Product, ProductAlias, "product_id"),
}


NAME_CHARS = 200  # the name columns' length, checked alike on both databases
CONFUSABLE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")  # letters that look alike across them


def mixed_scripts(name: str) -> str | None:
    """How a name mixes look-alike scripts ("Mіcrosoft": a Cyrillic і among Latin
    letters), else None."""
    scripts: dict[str, str] = {}
    for ch in name:
        if ch.isalpha():
            script = unicodedata.name(ch, "").split(" ")[0]
            if script in CONFUSABLE_SCRIPTS:
                scripts.setdefault(script, ch)
    if len(scripts) < 2:
        return None
    main, *others = sorted(scripts, key=lambda s: -sum(_script(c) == s for c in name))
    odd = scripts[others[0]]
    return (
        f"mixes {main.title()} and {others[0].title()} letters "
        f"({odd} is {unicodedata.name(odd)}, U+{ord(odd):04X})"
    )


def _script(ch: str) -> str:
    return unicodedata.name(ch, "").split(" ")[0] if ch.isalpha() else ""


class UnknownEntity(LookupError):
    def __init__(self, name: str, types: tuple[str, ...], suggestions: list[str]):
        self.name, self.suggestions = name, suggestions
        hint = f" (did you mean {', '.join(suggestions)}?)" if suggestions else ""
        kinds = " or ".join(types)
        super().__init__(
            f"unknown {kinds} {name!r}: declare it under organizations:/people:/products:{hint}"
        )


class AmbiguousEntity(UnknownEntity):
    def __init__(self, name: str, found: list):
        LookupError.__init__(
            self,
            f"ambiguous name {name!r}: it names "
            + " and ".join(f"{r.name} ({r.type})" for r in found)
            + "; a name may be one organization or one person, not both",
        )
        self.name, self.suggestions = name, []


@dataclass(frozen=True)
class Ref:
    type: str
    id: int
    name: str


@dataclass
class Resolver:
    """Every known entity by normalized name and alias, loaded once per import."""

    by_name: dict[str, dict[str, Ref]] = field(default_factory=dict)  # type → normalized → ref
    aliases: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # type → name → aliases

    @classmethod
    def load(cls, session: Session) -> Resolver:
        resolver = cls()
        for type_, (model, alias_model, fk) in MODELS.items():
            names = resolver.by_name.setdefault(type_, {})
            spelled = resolver.aliases.setdefault(type_, {})
            canonical = {}
            for id_, name in session.execute(select(model.id, model.name)):
                canonical[id_] = name
                names[normalize(name)] = Ref(type_, id_, name)
                spelled[name] = []
            for owner, alias in session.execute(
                select(getattr(alias_model, fk), alias_model.alias)
            ):
                names.setdefault(normalize(alias), Ref(type_, owner, canonical[owner]))
                spelled[canonical[owner]].append(alias)
        return resolver

    def find(self, name: str, types: tuple[str, ...] = ("organization", "person")) -> Ref:
        key = normalize(name)
        found = [self.by_name[t][key] for t in types if key in self.by_name.get(t, {})]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise AmbiguousEntity(name, found)
        known = [ref.name for t in types for ref in self.by_name.get(t, {}).values()]
        raise UnknownEntity(name, types, difflib.get_close_matches(name, sorted(set(known)), 3))

    def entities(self):
        """(type, canonical name, aliases) of every entity, for the extraction gazetteer."""
        for type_, names in self.aliases.items():
            for name, aliases in names.items():
                yield type_, name, tuple(aliases)


def database_gazetteer(session: Session, resolver: Resolver) -> Gazetteer:
    """The extraction gazetteer of the database: every entity with its aliases,
    the owner of each product and the media outlets."""
    owners = session.execute(
        select(Product.name, Organization.name).join(
            Organization, Product.organization_id == Organization.id
        )
    )
    media = session.scalars(select(Organization.name).where(Organization.kind == OrgKind.MEDIA))
    entities = (Entity(name, type_, aliases) for type_, name, aliases in resolver.entities())
    return Gazetteer(entities, {product: owner for product, owner in owners}, media)
