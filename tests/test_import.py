"""`newsdb import` on the real seeds: every fact the articles report, idempotent, atomic."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from newsdb import db
from newsdb.cli import main
from newsdb.models import (
    Affiliation,
    Article,
    Deal,
    Evidence,
    Lawsuit,
    Mention,
    Organization,
    Person,
    Valuation,
)
from newsdb.resolve.resolver import Resolver

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

TABLES = [
    "article",
    "organization",
    "person",
    "product",
    "deal",
    "deal_party",
    "valuation",
    "lawsuit",
    "lawsuit_party",
    "affiliation",
    "evidence",
    "mention",
    "organization_alias",
    "person_alias",
]


def counts(url: str) -> dict[str, int]:
    engine = db.make_engine(url)
    with engine.connect() as connection:
        found = {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES}
    engine.dispose()
    return found


def run_import(runner, url, *paths, expect=0):
    result = runner.invoke(main, ["--db", url, "import", *map(str, paths)])
    assert result.exit_code == expect, result.output
    return result


@pytest.fixture(scope="module")
def seeded(databases, tmp_path_factory):
    """A database of each backend holding the seeds, imported once through the CLI."""
    from click.testing import CliRunner

    url = databases.new()
    run_import(CliRunner(), url, SEEDS)
    engine = db.make_engine(url)
    yield url, engine
    engine.dispose()


@pytest.fixture
def s(seeded):
    with Session(seeded[1]) as session:
        yield session


def deal(session, key) -> Deal:
    return session.scalar(select(Deal).where(Deal.key == key))


def parties(fact) -> set[tuple[str, str]]:
    return {((p.organization or p.person).name, p.role.value) for p in fact.parties}


def test_x_sold_to_xai_for_33_billion(s):
    x_sale = deal(s, "x-sold-to-xai")
    assert (x_sale.kind, x_sale.status) == ("acquisition", "completed")
    assert (x_sale.amount, x_sale.currency) == (Decimal("33000000000"), "USD")
    assert x_sale.amount_text == "33 milliards de $"
    assert parties(x_sale) >= {("xAI", "acquirer"), ("X", "target"), ("Elon Musk", "seller")}
    x = s.scalar(select(Organization).where(Organization.name == "X"))
    assert x.parent.name == "xAI"


def test_musk_bid_for_openai_nonprofit_rejected(s):
    bid = s.scalar(
        select(Deal).where(Deal.amount == Decimal("97400000000"), Deal.status == "rejected")
    )
    assert bid.kind == "bid" and bid.currency == "USD"
    assert ("Elon Musk", "bidder") in parties(bid)


def test_openai_round_and_its_300_billion_valuation(s):
    round_ = deal(s, "openai-40bn-round")
    assert (round_.kind, round_.amount) == ("funding_round", Decimal("40000000000"))
    valuation = s.scalar(select(Valuation).where(Valuation.deal_id == round_.id))
    assert valuation.organization.name == "OpenAI"
    assert (valuation.amount, valuation.basis) == (Decimal("300000000000"), "post_money")


def test_oracle_deal_abandoned_and_stargate_flagged(s):
    oracle = s.scalar(select(Deal).where(Deal.amount == Decimal("10000000000")))
    assert oracle.status in ("withdrawn", "cancelled")
    assert {"Oracle", "Elon Musk"} <= {name for name, _ in parties(oracle)} | {"Elon Musk"}
    stargate = s.scalar(select(Deal).where(Deal.amount_text == "$500"))
    assert stargate.amount == Decimal("500") and "amount_without_unit" in stargate.flags


def test_grok_hosting_is_one_deal_from_talks_to_announced(s):
    grok = deal(s, "grok-on-azure")
    assert parties(grok) == {("Microsoft", "host"), ("xAI", "provider")}
    assert {p.name for p in grok.products} >= {"Azure AI Foundry", "Grok 3"}
    evidence = s.execute(
        select(Article.key, Evidence.reported_status)
        .join(Article)
        .where(Evidence.deal_id == grok.id)
        .order_by(Article.key)
    ).all()
    assert [status for _, status in evidence] == ["in_talks"] * 4 + ["announced"]
    assert grok.status == "announced"
    assert (grok.announced, grok.announced_precision) == (dt.date(2025, 5, 1), "month")


def test_lawsuits_and_the_countersuit_answering_musk(s):
    suits = {suit.key: suit for suit in s.scalars(select(Lawsuit))}
    counter = next(suit for suit in suits.values() if suit.status == "countersuit")
    assert counter.parent is not None and counter.parent.status == "filed"
    assert (counter.filed, counter.filed_precision) == (dt.date(2025, 4, 1), "month")
    plaintiffs = {
        (p.organization or p.person).name
        for p in counter.parties
        if p.role.value == "counter_plaintiff"
    }
    assert plaintiffs == {"OpenAI"}
    musk_suits = [
        suit
        for suit in suits.values()
        if suit.status == "filed" and ("Elon Musk", "plaintiff") in parties(suit)
    ]
    assert len(musk_suits) == 2
    threat = next(suit for suit in suits.values() if suit.status == "threatened")
    assert (threat.filed, threat.filed_precision) == (dt.date(2023, 1, 1), "year")
    assert ("Microsoft", "defendant") in parties(threat)


def test_roles(s):
    roles = {(a.person.name, a.organization.name, a.role) for a in s.scalars(select(Affiliation))}
    assert {
        ("Satya Nadella", "Microsoft", "CEO"),
        ("Elon Musk", "OpenAI", "co-founder"),
        ("Sam Altman", "OpenAI", "CEO"),
    } <= roles
    asha = s.scalar(select(Affiliation).join(Person).where(Person.name == "Asha Sharma"))
    assert asha.organization.name == "Microsoft" and "vice president" in asha.role.lower()


def test_every_quote_is_the_article_text_at_its_offsets(s):
    rows = s.execute(
        select(Evidence.quote, Evidence.start_offset, Evidence.end_offset, Article.body).join(
            Article
        )
    ).all()
    assert len(rows) >= 30
    for quote, start, end, body in rows:
        assert body[start:end] == quote


def test_articles_keep_their_bytes_and_metadata(s):
    for path in sorted(SEEDS.glob("*.txt")):
        article = s.scalar(select(Article).where(Article.key == path.stem))
        assert article.body == path.read_text(encoding="utf-8")
    dated = s.scalar(select(Article).where(Article.key == "001_e2b979e251adb17f"))
    assert (dated.published, dated.published_precision, dated.language) == (
        dt.date(2025, 5, 2),
        "day",
        "en",
    )
    assert s.scalar(select(Article.language).where(Article.key == "000_a2ed0048c0e2f918")) == "fr"


def test_aliases_resolve_to_one_entity(s):
    resolver = Resolver.load(s)
    assert resolver.find("x.AI").name == resolver.find("XAI").name == "xAI"
    assert resolver.find("Twitter").name == "X"
    assert resolver.find("Musk").name == "Elon Musk"


def test_mentions_are_extracted_on_import(s):
    money = s.scalars(select(Mention.amount).where(Mention.type == "money")).all()
    assert Decimal("97400000000") in money and Decimal("33000000000") in money
    linked = s.scalar(
        select(func.count()).select_from(Mention).where(Mention.organization_id.is_not(None))
    )
    assert linked > 20


def test_second_import_changes_nothing(runner, seeded):
    url = seeded[0]
    before = counts(url)
    result = run_import(runner, url, SEEDS)
    assert counts(url) == before
    for line in result.output.splitlines()[2:]:
        _table, added, updated, *_ = line.split()
        assert (added, updated) == ("0", "0"), line


def test_changed_article_is_updated_not_duplicated(runner, empty_url, tmp_path):
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    run_import(runner, empty_url, corpus)
    before = counts(empty_url)
    path = corpus / "002_b8441d2734b7aef4.txt"
    path.write_text(
        path.read_text(encoding="utf-8") + "\nUpdated: Microsoft confirmed.\n", encoding="utf-8"
    )
    result = run_import(runner, empty_url, corpus)
    assert counts(empty_url)["article"] == before["article"]
    article_line = next(x for x in result.output.splitlines() if x.startswith("article "))
    assert article_line.split()[1:4] == ["0", "1", "4"]


def test_bad_quote_rolls_back_everything(runner, empty_url, tmp_path):
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    facts = corpus / "facts.yaml"
    lines = facts.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, x in enumerate(lines) if "Elon Musk a vendu pour 33" in x)
    lines[number] = lines[number].replace("33 milliards", "34 milliards")
    facts.write_text("".join(lines), encoding="utf-8")
    db.upgrade(empty_url)
    before = counts(empty_url)
    result = run_import(runner, empty_url, corpus, expect=1)
    assert result.output.startswith(
        f"Error: {facts}:{number + 1}: quote not found in article 000_a2ed0048c0e2f918"
    )
    assert result.output.count("\n") == 1
    assert counts(empty_url) == before


def test_keep_going_imports_the_good_files(runner, empty_url, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / "broken.md").write_text("---\ntitle: [unclosed\n---\nBody text.\n", encoding="utf-8")
    result = runner.invoke(main, ["--db", empty_url, "import", "--keep-going", str(corpus)])
    assert result.exit_code == 1
    assert f"Error: {corpus / 'broken.md'}:2: invalid YAML metadata" in result.output
    assert counts(empty_url)["article"] == 5
    assert counts(empty_url)["deal"] > 10


def test_fact_naming_an_unknown_entity_is_an_error(runner, empty_url, tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(SEEDS / "001_e2b979e251adb17f.txt", corpus)
    shutil.copy(SEEDS / "001_e2b979e251adb17f.meta.yaml", corpus)
    (corpus / "facts.yaml").write_text(
        "deals:\n"
        "  - key: d\n"
        "    title: t\n"
        "    kind: hosting\n"
        "    status: in_talks\n"
        "    parties:\n"
        "      - {name: Microsfot, role: host}\n"
        "    evidence:\n"
        "      - {article: 001_e2b979e251adb17f, quote: Microsoft}\n",
        encoding="utf-8",
    )
    result = run_import(runner, empty_url, corpus, expect=1)
    assert result.output.startswith(
        f"Error: {corpus / 'facts.yaml'}:7: unknown organization or person 'Microsfot'"
    )
    assert "did you mean Microsoft" in result.output


def test_keep_going_survives_a_bad_entity_declaration(runner, empty_url, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / "zz-entities.yaml").write_text(
        "organizations:\n  - name: Orphan Labs\n    parent: Nonexistent Parent\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["--db", empty_url, "import", "--keep-going", str(corpus)])
    assert result.exit_code == 1
    assert (
        f"Error: {corpus / 'zz-entities.yaml'}:2: unknown organization 'Nonexistent Parent' "
        "(parent/owner of Orphan Labs)" in result.output
    )
    found = counts(empty_url)
    assert found["article"] == 5 and found["deal"] > 10
    engine = db.make_engine(empty_url)
    with Session(engine) as session:
        assert (
            session.scalar(select(Organization).where(Organization.name == "Orphan Labs")) is None
        )
    engine.dispose()


def test_an_amount_without_currency_takes_the_one_before_it(runner, empty_url, tmp_path):
    """ "491,85 millions" names no currency: it takes the one of the amount before
    it ("80 millions d'euros"), keeps its exact value and is converted to USD."""
    (tmp_path / "ventes.md").write_text(
        "---\ntitle: Les ventes de Velmora\nlanguage: fr\npublished: 2024-03-04\n---\n"
        "Velmora a levé 80 millions d’euros. Son chiffre d’affaires atteint 491,85 "
        "millions, contre 35 millions en 2021.\n",
        encoding="utf-8",
    )
    run_import(runner, empty_url, tmp_path)
    engine = db.make_engine(empty_url)
    with Session(engine) as session:
        rows = session.execute(
            select(
                Mention.text,
                Mention.amount_exact,
                Mention.amount,  # in SQL, the number column
                Mention.currency,
                Mention.normalized,
                Mention.amount_usd,
            )
            .where(Mention.type == "money")
            .order_by(Mention.start_offset)
        ).all()
    engine.dispose()
    assert [tuple(r[:5]) for r in rows] == [
        ("80 millions d’euros", Decimal("80000000.00"), Decimal(80000000), "EUR", "80000000 EUR"),
        ("491,85 millions", Decimal("491850000.00"), Decimal(491850000), "EUR", "491850000 EUR"),
        ("35 millions", Decimal("35000000.00"), Decimal(35000000), "EUR", "35000000 EUR"),
    ]
    assert all(r.amount_usd is not None for r in rows)


def test_an_undated_article_resolves_relative_dates_on_its_url_date(runner, empty_url, tmp_path):
    (tmp_path / "velmora.md").write_text(
        "---\ntitle: Velmora\nlanguage: en\nurl: https://news.example/2024/05/02/velmora\n---\n"
        "Velmora grew last year.\n",
        encoding="utf-8",
    )
    run_import(runner, empty_url, tmp_path)
    engine = db.make_engine(empty_url)
    with Session(engine) as session:
        published = session.scalar(select(Article.published))
        dates = session.execute(
            select(Mention.text, Mention.date, Mention.date_precision).where(Mention.type == "date")
        ).all()
    engine.dispose()
    assert published is None  # the URL's date anchors; it is not the publication date
    assert [tuple(d) for d in dates] == [("last year", dt.date(2023, 1, 1), "year")]
