"""Names and aliases → entities. Aliases are rows, not code: "x.AI" finds xAI.

`Resolver` knows every entity of the database by normalized name and alias;
`ExtractedNames` resolves the names an extractor found, and creates the ones
nobody declared as organizations or people marked extracted."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from newsdb.extract.gazetteer import Entity, Gazetteer
from newsdb.extract.text.normalize import normalize
from newsdb.models import (
    ALIAS_MODELS,
    ENTITY_MODELS,
    Organization,
    Person,
    Product,
)
from newsdb.vocab import OrgKind, Origin

if TYPE_CHECKING:  # the extractor's records, for annotations only
    from newsdb.extract.facts import Fact
    from newsdb.extract.mentions.mention import Mention


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
        for type_, model in ENTITY_MODELS.items():
            alias_model, fk = ALIAS_MODELS[type_], f"{type_}_id"
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

    def lookup(self, type_: str, name: str) -> Ref | None:
        """The entity of this type called `name` (or an alias of it), else None."""
        return self.by_name.get(type_, {}).get(normalize(name))

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


class ExtractedNames:
    """The organizations and people that proposed facts name, for one import: a known
    name resolves to its entity; another becomes a new entity marked extracted."""

    def __init__(self, session: Session, resolver: Resolver, summary):
        self.session, self.resolver, self.summary = session, resolver, summary

    def declare(self, analyses: list[tuple[list[Fact], list[Mention]]]) -> None:
        """Create, in one flush, the entities these facts name that nobody declared."""
        new = []
        for facts, mentions in analyses:
            types = mention_types(mentions)
            for fact in facts:
                names = [p.name for p in fact.parties if p.name]
                if fact.type == "valuation" and fact.organization:
                    names.append(fact.organization)
                    types = {**types, fact.organization: "organization"}
                for name in names:
                    if self.known(name) is None:
                        new.append(self.create(name, types))
        if new:
            self.session.flush()
            for type_, key, row in new:
                self.resolver.by_name.setdefault(type_, {})[key] = Ref(type_, row.id, row.name)
                self.resolver.aliases.setdefault(type_, {})[row.name] = []

    def known(self, name: str) -> Ref | None:
        for type_ in ("organization", "person"):
            ref = self.resolver.lookup(type_, name)
            if ref is not None:
                return ref
        return None

    def create(self, name: str, types: dict[str, str]):
        """A new organization or person, marked extracted (pending until flushed)."""
        type_ = "person" if types.get(name) == "person" else "organization"
        model = Person if type_ == "person" else Organization
        row = model(name=name[:NAME_CHARS], origin=Origin.EXTRACTED)
        self.session.add(row)
        # Placeholder so a name met twice before the flush is created once.
        self.resolver.by_name.setdefault(type_, {})[normalize(name)] = Ref(type_, -1, name)
        self.summary.count(model.__tablename__, "added")
        return type_, normalize(name), row

    def entity(self, name: str, types: dict[str, str]) -> Ref:
        """The entity called `name` (made by `declare` when the text introduced it)."""
        ref = self.known(name)
        if ref is None:
            type_, key, row = self.create(name, types)
            self.session.flush()
            ref = self.resolver.by_name[type_][key] = Ref(type_, row.id, row.name)
        return ref

    def parties(self, fact: Fact, types: dict[str, str]) -> list[tuple[str, Ref]]:
        """(role, entity) of each named party of the fact, once each."""
        found = ((p.role, self.entity(p.name, types)) for p in fact.parties if p.name)
        return _unique(found)


def mention_types(mentions: Iterable[Mention]) -> dict[str, str]:
    """Name → organization or person, as the extractor's mentions typed them."""
    return {(m.name or m.text): m.type for m in mentions if m.type in ("organization", "person")}


def _unique(parties: Iterable[tuple[str, Ref]]) -> list[tuple[str, Ref]]:
    seen, out = set(), []
    for role, ref in parties:
        if (role, ref.type, ref.id) not in seen:
            seen.add((role, ref.type, ref.id))
            out.append((role, ref))
    return out


def database_gazetteer(session: Session, resolver: Resolver) -> Gazetteer:
    """The extraction gazetteer of the database: every entity with its aliases,
    the owner of each product, the parent of each organization and the media
    outlets."""
    owners = session.execute(
        select(Product.name, Organization.name).join(
            Organization, Product.organization_id == Organization.id
        )
    )
    parent = aliased(Organization)
    parents = session.execute(
        select(Organization.name, parent.name).join(parent, Organization.parent_id == parent.id)
    )
    media = session.scalars(select(Organization.name).where(Organization.kind == OrgKind.MEDIA))
    entities = (Entity(name, type_, aliases) for type_, name, aliases in resolver.entities())
    owned = {product: owner for product, owner in owners} | dict(parents.all())
    return Gazetteer(entities, owned, media)
