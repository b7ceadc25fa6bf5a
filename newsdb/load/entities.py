"""Declared organizations, people and products → rows, with their aliases and parents.

Entities are matched by normalized name; re-loading the same declarations
changes nothing and counts everything as unchanged.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdb.load.summary import Summary
from newsdb.models import ALIAS_MODELS, ENTITY_MODELS
from newsdb.readers.curated import Curated, EntityDecl
from newsdb.readers.errors import InputError
from newsdb.resolve.resolver import Resolver, UnknownEntity, normalize
from newsdb.vocab import Origin


def sync_entities(session: Session, curated: Curated, summary: Summary) -> None:
    """Create or update declared organizations, people and products and their aliases."""
    objects: dict[tuple[str, str], object] = {}
    for type_, model in ENTITY_MODELS.items():
        for obj in session.scalars(select(model)):
            objects[type_, normalize(obj.name)] = obj
    for decl in curated.entities:
        _upsert_entity(session, decl, objects, summary)
    session.flush()
    for decl in curated.entities:
        if decl.parent:
            target = objects.get(("organization", normalize(decl.parent)))
            if target is None:
                raise InputError(
                    decl.where[0],
                    f"unknown organization {decl.parent!r} (parent/owner of {decl.name})",
                    decl.where[1],
                )
            obj = objects[decl.type, normalize(decl.name)]
            column = "parent_id" if decl.type == "organization" else "organization_id"
            if getattr(obj, column) != target.id:
                setattr(obj, column, target.id)
    session.flush()
    _refuse_parent_cycles(curated, objects)
    _sync_aliases(session, curated, objects, summary)


def _refuse_parent_cycles(curated: Curated, objects) -> None:
    parents = {
        obj.id: obj.parent_id for (type_, _), obj in objects.items() if type_ == "organization"
    }
    names = {obj.id: obj.name for (type_, _), obj in objects.items() if type_ == "organization"}
    for decl in curated.entities:
        if decl.type != "organization" or not decl.parent:
            continue
        start = objects["organization", normalize(decl.name)].id
        chain, at = [start], parents.get(start)
        while at is not None and at not in chain:
            chain.append(at)
            at = parents.get(at)
        if at == start:
            path = " → ".join(names[i] for i in [*chain, start])
            raise InputError(decl.where[0], f"parent cycle: {path}", decl.where[1])


def _upsert_entity(session, decl: EntityDecl, objects, summary: Summary) -> None:
    model = ENTITY_MODELS[decl.type]
    obj = objects.get((decl.type, normalize(decl.name)))
    if obj is None:
        obj = model(name=decl.name)
        if decl.kind:
            obj.kind = decl.kind
        session.add(obj)
        objects[decl.type, normalize(decl.name)] = obj
        summary.count(model.__tablename__, "added")
    elif (decl.kind and obj.kind != decl.kind) or getattr(obj, "origin", None) == Origin.EXTRACTED:
        if decl.kind:
            obj.kind = decl.kind
        if hasattr(obj, "origin"):
            obj.origin = Origin.CURATED  # declared by a person: reviewed
        summary.count(model.__tablename__, "updated")
    else:
        summary.count(model.__tablename__, "unchanged")


def _sync_aliases(session, curated: Curated, objects, summary: Summary) -> None:
    wanted = [(d.type, d.name, alias, d.where) for d in curated.entities for alias in d.aliases]
    resolver = Resolver.load(session)
    for decl in curated.entities:
        _refuse_ambiguous(resolver, decl.type, decl.name, decl.name, decl.where)
    for decl in curated.aliases:
        try:
            ref = resolver.find(decl.entity, ("organization", "person", "product"))
        except UnknownEntity as exc:
            raise InputError(decl.where[0], str(exc), decl.where[1]) from exc
        wanted.append((ref.type, ref.name, decl.alias, decl.where))
    for type_, name, alias, (path, line) in wanted:
        alias_model, fk = ALIAS_MODELS[type_], f"{type_}_id"
        _refuse_ambiguous(resolver, type_, name, alias, (path, line))
        owner = objects[type_, normalize(name)]
        key = normalize(alias)
        if key == normalize(owner.name):
            continue
        taken = resolver.by_name[type_].get(key)
        if taken is not None:
            if taken.id != owner.id:
                raise InputError(
                    path, f"alias {alias!r} of {name} already names {taken.name}", line
                )
            summary.count(alias_model.__tablename__, "unchanged")
            continue
        session.add(alias_model(**{fk: owner.id}, alias=alias, normalized=key))
        resolver.by_name[type_][key] = resolver.by_name[type_][normalize(owner.name)]
        summary.count(alias_model.__tablename__, "added")
    session.flush()


def _refuse_ambiguous(resolver: Resolver, type_: str, name: str, spelled: str, where) -> None:
    """A name (or alias) may be an organization's or a person's, not both."""
    other = {"organization": "person", "person": "organization"}.get(type_)
    taken = resolver.by_name.get(other, {}).get(normalize(spelled)) if other else None
    if taken is not None:
        what = "name" if spelled == name else f"alias of {name}"
        raise InputError(
            where[0],
            f"ambiguous: {type_} {what} {spelled!r} already names the {other} {taken.name}; "
            "a name may be one organization or one person, not both",
            where[1],
        )
