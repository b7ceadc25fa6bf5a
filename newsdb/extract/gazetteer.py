"""The gazetteer: known organizations, people and products, their aliases, the
owners of products and the media outlets, indexed once for fast matching.

The only reader of the bundled ``newsdb/data/entities.yaml``: ``Gazetteer.bundled()``
reads it (once); ``bundled_path()`` names it for the curated-file checker.  The
importer builds a Gazetteer from the database instead (newsdb.resolve), with the
same owners and media outlets, so extraction sees the gazetteer actually in use.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable

from newsdb.extract.text.tokens import TOKEN

ENTITY_TYPES = ("organization", "person", "product")
_SECTIONS = {"organizations": "organization", "people": "person", "products": "product"}


@dataclass(frozen=True)
class Entity:
    name: str
    type: str  # "organization" | "person" | "product"
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class KnownName:
    """One spelling (name or alias) of a known entity, as the index holds it."""

    text: str
    lower: str
    name: str
    type: str
    strict: bool  # exact case only


class Gazetteer:
    """Known entities and their aliases (indexed by first word, longest first),
    ``owners`` (product or organization -> the organization that makes or owns it:
    "the ChatGPT maker" is OpenAI, "the Facebook parent" Meta) and ``media``
    (news outlets: they report deals, so "the company" never points back to them)."""

    def __init__(
        self,
        entities: Iterable[Entity],
        owners: Mapping[str, str] | None = None,
        media: Iterable[str] = (),
    ):
        self.entities = tuple(entities)
        self.owners = dict(owners or {})
        self.media = frozenset(media)
        index: dict[str, list[KnownName]] = {}
        seen: set[str] = set()
        for entity in self.entities:
            if entity.type not in ENTITY_TYPES:
                raise ValueError(f"unknown entity type {entity.type!r} for {entity.name!r}")
            for alias in (entity.name, *entity.aliases):
                alias = " ".join(str(alias).split())
                first = TOKEN.match(alias)
                if not first or alias.lower() in seen:
                    continue  # must start with a word; first spelling wins
                seen.add(alias.lower())
                strict = len(alias) <= 2 or (alias.isupper() and len(alias) <= 5)
                record = KnownName(alias, alias.lower(), entity.name, entity.type, strict)
                index.setdefault(first.group().lower(), []).append(record)
        for records in index.values():
            records.sort(key=lambda a: len(a.text), reverse=True)
        self.index = index

    def __reduce__(self):
        """Pickled as what it is built from (worker processes index it again)."""
        return (Gazetteer, (self.entities, self.owners, self.media))

    @classmethod
    def from_yaml_data(cls, data: dict) -> Gazetteer:
        """From parsed YAML with organizations/people/products sections
        (docs/formats.md) and an optional ``aliases`` section."""
        data = data or {}
        entities: dict[str, tuple[str, list[str]]] = {}
        for section, kind in _SECTIONS.items():
            for item in data.get(section) or []:
                aliases = [str(a) for a in item.get("aliases") or []]
                entities[str(item["name"])] = (kind, aliases)
        lookup = {name.lower(): name for name in entities}
        for extra in data.get("aliases") or []:
            target = lookup.get(str(extra["entity"]).lower())
            if target is not None:
                entities[target][1].append(str(extra["alias"]))
        owners = {
            str(p["name"]): str(p["owner"]) for p in data.get("products") or [] if p.get("owner")
        }
        # "the Facebook parent", "the TikTok owner": an organization's parent owns it too
        owners |= {
            str(o["name"]): str(o["parent"])
            for o in data.get("organizations") or []
            if o.get("parent")
        }
        media = [
            str(o["name"]) for o in data.get("organizations") or [] if o.get("kind") == "media"
        ]
        return cls(
            (Entity(name, kind, tuple(aliases)) for name, (kind, aliases) in entities.items()),
            owners,
            media,
        )

    @classmethod
    def bundled(cls) -> Gazetteer:
        """The gazetteer shipped in ``newsdb/data/entities.yaml`` (read once)."""
        return _bundled()


def bundled_path() -> Traversable:
    """Where the bundled gazetteer is: ``newsdb/data/entities.yaml``."""
    return resources.files("newsdb").joinpath("data/entities.yaml")


@lru_cache(maxsize=1)
def _bundled() -> Gazetteer:
    import yaml

    return Gazetteer.from_yaml_data(yaml.safe_load(bundled_path().read_text(encoding="utf-8")))
