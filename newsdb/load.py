"""Records → rows, inside the caller's transaction, as idempotent upserts.

Entities are matched by normalized name, articles by key (their sha256 says
whether the text changed), facts by key. Re-loading the same records changes
nothing and counts everything as unchanged.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session, selectinload

from newsdb.extract import detect_language
from newsdb.extract.mentions import qualifiers
from newsdb.extract.pool import ExtractorPool
from newsdb.extract.text.normalize import normalize
from newsdb.extracted import ExtractedLoader, forget_article
from newsdb.facts import Curated, EntityDecl, FactRecord
from newsdb.models import (
    EXACT_CHARS,
    Affiliation,
    Article,
    Deal,
    DealParty,
    Evidence,
    EvidenceParty,
    Lawsuit,
    LawsuitParty,
    Mention,
    Money,
    Product,
    Valuation,
    cents,
)
from newsdb.partial_date import PartialDate
from newsdb.readers import ArticleRecord, InputError
from newsdb.resolve import MODELS, Resolver, UnknownEntity
from newsdb.vocab import DealStatus, LawsuitStatus, Origin

FACT_MODELS = {"deal": Deal, "valuation": Valuation, "lawsuit": Lawsuit, "affiliation": Affiliation}
# What a curated evidence entry may state its article reported (Evidence.reported_*).
REPORTED = ("amount", "currency", "amount_text", "date", "date_precision")
MENTION_LINKS = {"organization": "organization_id", "person": "person_id", "product": "product_id"}


@dataclass
class Summary:
    """What an import did, per table: added, updated, unchanged, removed, skipped.

    `added` is net of what the same import took away again (a proposal a
    curated fact absorbed), so that a first import adds what the tables hold."""

    counts: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    notes: list[str] = field(default_factory=list)

    def count(self, table: str, outcome: str, n: int = 1) -> None:
        self.counts[table][outcome] += n


# --- entities -----------------------------------------------------------------


def sync_entities(session: Session, curated: Curated, summary: Summary) -> None:
    """Create or update declared organizations, people and products and their aliases."""
    objects: dict[tuple[str, str], object] = {}
    for type_, (model, _alias_model, _fk) in MODELS.items():
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
    model = MODELS[decl.type][0]
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
        _model, alias_model, fk = MODELS[type_]
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


# --- articles -----------------------------------------------------------------


def sync_articles(
    session: Session,
    records: list[ArticleRecord],
    analyzer: ExtractorPool,
    proposals: ExtractedLoader,
    resolver: Resolver,
    summary: Summary,
    progress: Callable[[int], None] | None = None,
    redeclared: frozenset[tuple[str, str]] = frozenset(),
) -> None:
    """Insert new articles, update changed ones, skip the rest; extract mentions and
    propose facts from the new and changed ones.

    A changed text keeps its evidence honest: each curated quote is found again in the
    new text (its offsets follow), or the article is refused naming the quote, unless
    the fact is among `redeclared` (type, key), whose evidence this import rewrites.
    Extracted evidence is dropped, with the proposals left with none."""
    keys = [r.key for r in records]
    existing = {
        row.key: row
        for chunk in _chunks(keys, 500)
        for row in session.execute(
            select(
                Article.id,
                Article.key,
                Article.sha256,
                Article.title,
                Article.url,
                Article.source,
                Article.language,
                Article.published,
                Article.published_precision,
                Article.path,
            ).where(Article.key.in_(chunk))
        )
    }
    hashes = {r.sha256 for r in records}
    taken = {
        sha: key
        for chunk in _chunks(list(hashes), 500)
        for sha, key in session.execute(
            select(Article.sha256, Article.key).where(Article.sha256.in_(chunk))
        )
    }
    new, mentions_for = [], []
    for record in records:
        old = existing.get(record.key)
        if record.language is None:  # detected once: an unchanged text keeps its language
            same = old is not None and old.sha256 == record.sha256 and old.language
            record.language = old.language if same else detect_language(record.body)
        values = _article_values(record)
        if old is None:
            if record.sha256 in taken:
                summary.count("article", "skipped")
                summary.notes.append(
                    f"{record.where}: same text as article {taken[record.sha256]}, skipped"
                )
            else:
                taken[record.sha256] = record.key
                new.append(values)
        elif old.sha256 != record.sha256:
            relocate_evidence(session, old.id, record, redeclared)
            gone = session.execute(delete(Mention).where(Mention.article_id == old.id))
            summary.count("mention", "removed", gone.rowcount)
            forget_article(session, old.id, summary)
            _update_article(session, old.id, values)
            mentions_for.append((old.id, record))
            summary.count("article", "updated")
        elif any(getattr(old, k) != v for k, v in values.items() if k not in {"body", "sha256"}):
            _update_article(session, old.id, values)
            summary.count("article", "updated")
        else:
            summary.count("article", "unchanged")
        if progress:
            progress(1)
    if new:
        by_key = {r.key: r for r in records}
        table = Article.__table__
        rows = session.connection().execute(
            insert(table).returning(table.c.id, table.c.key, sort_by_parameter_order=True), new
        )
        mentions_for.extend((row.id, by_key[row.key]) for row in rows)
        summary.count("article", "added", len(new))
    _insert_mentions(session, mentions_for, analyzer, proposals, resolver, summary)


def relocate_evidence(
    session: Session, article_id: int, record: ArticleRecord, redeclared=frozenset()
) -> None:
    """Move each curated quote citing the article to the same occurrence in its new text;
    a quote the new text lacks is an InputError (unless its fact is `redeclared`)."""
    old_body = session.scalar(select(Article.body).where(Article.id == article_id))
    for type_, model in FACT_MODELS.items():
        column = getattr(Evidence, f"{type_}_id")
        rows = session.execute(
            select(Evidence.id, Evidence.quote, Evidence.start_offset, model.key)
            .join(model, model.id == column)
            .where(Evidence.article_id == article_id, Evidence.origin == Origin.CURATED)
            .order_by(Evidence.id)
        ).all()
        for evidence_id, quote, start, key in rows:
            start_new = _nth(record.body, quote, _occurrence(old_body, quote, start))
            if start_new >= 0:
                if start_new != start:
                    session.execute(
                        update(Evidence)
                        .where(Evidence.id == evidence_id)
                        .values(start_offset=start_new, end_offset=start_new + len(quote))
                    )
            elif (type_, key) not in redeclared:
                short = quote if len(quote) <= 60 else quote[:59] + "…"
                raise InputError(
                    record.where,
                    f"the changed text no longer has the quote {short!r} that {type_} {key!r} "
                    "cites: import the facts file with the quote fixed along with the article",
                )


def _occurrence(body: str, quote: str, start: int) -> int:
    """Which occurrence of `quote` (1, 2…, overlapping, as facts count them) starts at
    `start`; 1 when none does."""
    count, at = 0, -1
    while True:
        at = body.find(quote, at + 1)
        if at < 0 or at > start:
            return 1
        count += 1
        if at == start:
            return count


def _nth(body: str, quote: str, n: int) -> int:
    at = -1
    for _ in range(n):
        at = body.find(quote, at + 1)
        if at < 0:
            return -1
    return at


def _update_article(session: Session, article_id: int, values: dict) -> None:
    table = Article.__table__
    session.connection().execute(update(table).where(table.c.id == article_id).values(values))


def _article_values(record: ArticleRecord) -> dict:
    published = record.published
    return {
        "key": record.key,
        "title": record.title,
        "url": record.url,
        "source": record.source,
        "language": record.language,
        "path": record.path,
        "body": record.body,
        "sha256": record.sha256,
        "published": published.value if published else None,
        "published_precision": published.precision if published else None,
    }


def _insert_mentions(session, articles, analyzer, proposals, resolver, summary) -> None:
    analyses = analyzer([(r.body, r.published, r.language) for _, r in articles])
    proposals.declare([(a.facts, a.mentions) for a in analyses if a.facts])
    rows = []
    for (article_id, record), analysis in zip(articles, analyses, strict=True):
        if analysis.facts:
            proposals.load(article_id, record.published, analysis.facts, analysis.mentions)
        for m in analysis.mentions:
            row = {
                "article_id": article_id,
                "type": m.type,
                "start_offset": m.start,
                "end_offset": m.end,
                "text": m.text,
                "amount": m.amount,
                "amount_exact": None,
                "currency": m.currency,
                "date": None,
                "date_precision": None,
                "normalized": None,
                "organization_id": None,
                "person_id": None,
                "product_id": None,
                "rate_note": None,
                "qualifier": None,
                "amount_high": None,
                "amount_high_exact": None,
                "per_unit": None,
            }
            if m.type == "money":
                means = qualifiers.meaning(record.body, m, analysis.mentions)
                row["qualifier"], row["per_unit"] = means.qualifier, means.per_unit
                if means.high is not None:  # a range: the mention means low to high
                    row["amount"], row["amount_high"] = means.low, means.high
                    row["amount_high_exact"] = f"{cents(means.high):f}"
                row["normalized"] = f"{m.amount:f} {m.currency}" if m.amount is not None else None
                if m.amount is not None:
                    row["amount_exact"] = f"{cents(row['amount']):f}"
                    if not Money.fits(m.amount):  # beyond NUMERIC(24, 2): text only
                        row["amount"] = None
                        row["rate_note"] = "amount beyond NUMERIC(24, 2): exact text only"
                    if len(row["amount_exact"]) > EXACT_CHARS:
                        row["amount_exact"] = None
                        row["rate_note"] = "amount beyond 40 characters: in `normalized` only"
            elif m.type == "date":
                row["normalized"] = m.value
                if m.value:
                    date = PartialDate.parse(m.value)
                    row["date"], row["date_precision"] = date.value, date.precision
            else:
                row["normalized"] = m.name
                ref = (
                    resolver.by_name.get(m.type, {}).get(normalize(m.name or ""))
                    if m.resolved
                    else None
                )
                if ref is not None:
                    row[MENTION_LINKS[m.type]] = ref.id
            rows.append(row)
    proposals.flush()
    if rows:
        session.connection().execute(insert(Mention.__table__), rows)
    summary.count("mention", "added", len(rows))


def _diff(children: list, wanted: dict, key_of, make, mine=lambda child: True, count=None) -> bool:
    """Remove the children (those that are `mine`) whose key is not wanted, add the
    wanted ones missing; `count(outcome, n)` hears how many were added and removed."""
    have = {key_of(child): child for child in children if mine(child)}
    if have.keys() == wanted.keys():
        return False
    gone = [child for key, child in have.items() if key not in wanted]
    for child in gone:
        children.remove(child)
    new = sorted(wanted.keys() - have.keys(), key=str)
    for key in new:
        children.append(make(key))
    if count is not None:
        count("added", len(new))
        count("removed", len(gone))
    return True


def _party_keys(parties) -> frozenset:
    return frozenset((p.role.value, p.organization_id, p.person_id) for p in parties)


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- facts --------------------------------------------------------------------


class FactLoader:
    """Upserts curated facts by key; parties, products and evidence are diffed, so an
    unchanged fact writes nothing."""

    def __init__(
        self,
        session: Session,
        resolver: Resolver,
        articles: dict[str, tuple],
        summary: Summary,
        proposals: ExtractedLoader | None = None,
    ):
        self.session, self.resolver, self.summary = session, resolver, summary
        self.articles = articles  # key → (id, published PartialDate | None)
        self.proposals = proposals  # the import's extracted facts, which curated ones absorb

    def load(self, facts: list[FactRecord]) -> None:
        existing = self.prefetch(facts)
        rows = [(fact, self.upsert(fact, existing.get((fact.type, fact.key)))) for fact in facts]
        self.session.flush()
        for fact, row in rows:  # references between facts, once every key exists
            self.link(fact, row)
        self.session.flush()
        for fact, row in rows:
            if fact.type == "lawsuit" and row.parent_id is not None:
                self.refuse_cycle(fact, row)
        if self.proposals is not None:
            for fact, row in rows:  # a curated fact wins over the extracted ones it matches
                if fact.type != "affiliation":
                    self.proposals.absorb(row)
            self.session.flush()

    def prefetch(self, facts: list[FactRecord]) -> dict[tuple[str, str], object]:
        """The facts already in the database, with their parties and evidence, by key."""
        found = {}
        for type_, model in FACT_MODELS.items():
            keys = [f.key for f in facts if f.type == type_]
            options = [selectinload(model.evidence).selectinload(Evidence.reported_parties)]
            if hasattr(model, "parties"):
                options.append(selectinload(model.parties))
            if model is Deal:
                options.append(selectinload(Deal.products))
            for chunk in _chunks(keys, 500):
                for row in self.session.scalars(
                    select(model).where(model.key.in_(chunk)).options(*options)
                ):
                    found[type_, row.key] = row
        return found

    def entity(self, name: str, where, types=("organization", "person")):
        try:
            return self.resolver.find(name, types)
        except UnknownEntity as exc:
            raise InputError(where[0], str(exc), where[1]) from exc

    def upsert(self, fact: FactRecord, row):
        model = FACT_MODELS[fact.type]
        columns = dict(fact.columns, origin=Origin.CURATED, confidence=None, extractor_version=None)
        if "status" in columns and columns["status"] is None:
            columns["status"] = self.reported_status(fact)
        for ref in ("organization", "person"):
            if ref in fact.refs:
                columns[f"{ref}_id"] = self.entity(fact.refs[ref], fact.at(ref), (ref,)).id
        if row is None:
            row = model(key=fact.key, **columns)
            self.session.add(row)
            self.sync_children(fact, row)
            self.summary.count(model.__tablename__, "added")
            return row
        changed = False
        for name, value in columns.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
                changed = True
        changed |= any(
            getattr(row, column) != self.target(fact, ref, strict=False)
            for ref, column in self.links(fact, row)
        )
        changed |= self.sync_children(fact, row)
        self.summary.count(model.__tablename__, "updated" if changed else "unchanged")
        return row

    def reported_status(self, fact: FactRecord):
        """The status of the latest dated evidence (undated ones in the order given)."""
        vocab = DealStatus if fact.type == "deal" else LawsuitStatus
        dated = [
            (self.articles[e.article][1] or PartialDate.parse("0001"), i, e.status)
            for i, e in enumerate(fact.evidence)
            if e.status
        ]
        if not dated:
            raise InputError(
                fact.where[0],
                f"{fact.type} {fact.key!r} has no status: give "
                "'status:' or a status on its evidence",
                fact.where[1],
            )
        return vocab(max(dated, key=lambda t: (t[0].value, t[1]))[2])

    def sync_children(self, fact: FactRecord, row) -> bool:
        """Make the row's parties, products and evidence those of the fact; True if changed."""
        evidence = {
            (
                self.articles[e.article][0],
                e.start,
                e.end,
                e.quote,
                e.status.value if e.status else None,
                *(e.reported.get(column) for column in REPORTED),
                self.reported_parties(e),
            ): e
            for e in fact.evidence
        }
        changed = _diff(
            row.evidence,
            evidence,
            lambda e: (
                e.article_id,
                e.start_offset,
                e.end_offset,
                e.quote,
                e.reported_status,
                *(getattr(e, f"reported_{column}") for column in REPORTED),
                _party_keys(e.reported_parties),
            ),
            lambda k: Evidence(
                article_id=k[0],
                start_offset=k[1],
                end_offset=k[2],
                quote=k[3],
                reported_status=k[4],
                origin=Origin.CURATED,
                **dict(zip([f"reported_{c}" for c in REPORTED], k[5:-1], strict=True)),
                reported_parties=[
                    EvidenceParty(role=role, organization_id=org, person_id=person)
                    for role, org, person in sorted(k[-1], key=str)
                ],
            ),
            # extracted evidence a curated fact absorbed is not the curator's to diff
            mine=lambda e: e.origin == Origin.CURATED,
            count=lambda outcome, n: self.summary.count("evidence", outcome, n),
        )
        if fact.type in ("deal", "lawsuit"):
            party_model = DealParty if fact.type == "deal" else LawsuitParty
            parties = {}
            for party in fact.parties:
                ref = self.entity(party.name, party.where)
                org = ref.id if ref.type == "organization" else None
                parties[party.role.value, org, ref.id if ref.type == "person" else None] = party
            changed |= _diff(
                row.parties,
                parties,
                lambda p: (p.role.value, p.organization_id, p.person_id),
                lambda k: party_model(role=k[0], organization_id=k[1], person_id=k[2]),
            )
        if fact.type == "deal":
            where = fact.at("products")
            products = {self.entity(n, where, ("product",)).id: n for n in fact.products}
            changed |= _diff(
                row.products, products, lambda p: p.id, lambda k: self.session.get(Product, k)
            )
        return changed

    def reported_parties(self, evidence) -> frozenset:
        """(role, organization id, person id) of the parties one evidence entry names."""
        found = set()
        for party in evidence.parties:
            ref = self.entity(party.name, party.where)
            org = ref.id if ref.type == "organization" else None
            found.add((party.role.value, org, ref.id if ref.type == "person" else None))
        return frozenset(found)

    @staticmethod
    def links(fact: FactRecord, row) -> list[tuple[str, str]]:
        """The (reference, column) pairs of this fact: a valuation's deal, a suit's parent."""
        return [
            (ref, column)
            for ref, column in (("deal", "deal_id"), ("parent", "parent_id"))
            if hasattr(row, column)
        ]

    def target(self, fact: FactRecord, ref: str, strict: bool = True) -> int | None:
        """The id the reference names; -1 (not strict) when that key is not loaded yet."""
        if ref not in fact.refs:
            return None
        model = Deal if ref == "deal" else Lawsuit
        target = self.session.scalar(select(model.id).where(model.key == fact.refs[ref]))
        if target is None and not strict:
            return -1
        if target is None:
            path, line = fact.at(ref)
            raise InputError(
                path, f"{ref} {fact.refs[ref]!r} is not a known {model.__tablename__} key", line
            )
        return target

    def refuse_cycle(self, fact: FactRecord, row) -> None:
        """A suit may answer another, not (through others) itself."""
        chain, at = [row.key], row.parent_id
        seen = {row.id}
        while at is not None and at not in seen:
            seen.add(at)
            key, at = self.session.execute(
                select(Lawsuit.key, Lawsuit.parent_id).where(Lawsuit.id == at)
            ).one()
            chain.append(key)
        if at == row.id:
            path, line = fact.at("parent")
            raise InputError(path, f"parent cycle: {' → '.join([*chain, row.key])}", line)

    def link(self, fact: FactRecord, row) -> None:
        for ref, column in self.links(fact, row):
            target = self.target(fact, ref)
            if getattr(row, column) != target:
                setattr(row, column, target)
