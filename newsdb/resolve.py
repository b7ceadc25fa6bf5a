"""Names and aliases → entities. Aliases are rows, not code: "x.AI" finds xAI."""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdb.models import (
    Organization,
    OrganizationAlias,
    Person,
    PersonAlias,
    Product,
    ProductAlias,
)

MODELS = {
    "organization": (Organization, OrganizationAlias, "organization_id"),
    "person": (Person, PersonAlias, "person_id"),
    "product": (Product, ProductAlias, "product_id"),
}


def normalize(name: str) -> str:
    """The form names are compared in: NFKC, casefolded, one space, straight apostrophes."""
    text = unicodedata.normalize("NFKC", name).replace("’", "'").casefold()
    return " ".join(text.split())


class UnknownEntity(LookupError):
    def __init__(self, name: str, types: tuple[str, ...], suggestions: list[str]):
        self.name, self.suggestions = name, suggestions
        hint = f" (did you mean {', '.join(suggestions)}?)" if suggestions else ""
        kinds = " or ".join(types)
        super().__init__(
            f"unknown {kinds} {name!r}: declare it under organizations:/people:/products:{hint}"
        )


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
            raise UnknownEntity(name, types, [f"{r.name} ({r.type})" for r in found])
        known = [ref.name for t in types for ref in self.by_name.get(t, {}).values()]
        raise UnknownEntity(name, types, difflib.get_close_matches(name, sorted(set(known)), 3))

    def entities(self):
        """(type, canonical name, aliases) of every entity, for the extraction gazetteer."""
        for type_, names in self.aliases.items():
            for name, aliases in names.items():
                yield type_, name, tuple(aliases)
