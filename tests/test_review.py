"""Facts nobody annotated: proposed on import, kept apart, merged, reviewed and taken back."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from newsdb import db
from newsdb.cli import main
from newsdb.models import Article, Deal, Evidence

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "facts_articles"
SEEDS = ROOT / "seeds"

SAME_DEAL = {
    "a.md": """---
title: Brightwell to buy Kestrel
language: en
published: 2024-03-04
---
Brightwell Systems has agreed to acquire Kestrel Analytics for $2.4 billion, the companies said
on Monday. The deal is expected to close later this year.
""",
    "b.md": """---
title: Brightwell completes Kestrel purchase
language: en
published: 2024-06-10
---
Brightwell Systems completed its $2.4 billion acquisition of Kestrel Analytics on Friday,
after regulators approved the transaction.
""",
}


def run(url, *args, expect=0):
    result = CliRunner().invoke(main, ["--db", url, *map(str, args)])
    assert result.exit_code == expect, result.output
    return result.output


def test_unannotated_articles_get_facts_with_their_sentences(empty_url):
    run(empty_url, "import", ARTICLES)
    engine = db.make_engine(empty_url)
    with Session(engine) as session:
        deals = session.scalars(select(Deal)).all()
        assert len(deals) >= 10
        assert {d.origin for d in deals} == {"extracted"}
        assert all(d.extractor_version and 0 < d.confidence <= 1 for d in deals)
        rows = session.execute(select(Evidence, Article.body).join(Article)).all()
        assert rows and all(body[e.start_offset : e.end_offset] == e.quote for e, body in rows)
    engine.dispose()
    everything = json.loads(run(empty_url, "report", "deals", "--format", "json"))
    reviewed = json.loads(run(empty_url, "report", "deals", "--reviewed-only", "--format", "json"))
    assert everything and all(d["origin"] == "extracted" for d in everything)
    assert reviewed == []


def test_same_deal_reported_twice_is_one_deal_with_two_evidence(empty_url, tmp_path):
    for name, body in SAME_DEAL.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    run(empty_url, "import", tmp_path)
    deals = json.loads(run(empty_url, "report", "deals", "--format", "json"))
    acquisitions = [d for d in deals if d["kind"] == "acquisition"]
    assert len(acquisitions) == 1
    deal = acquisitions[0]
    assert (deal["amount"], deal["currency"], deal["articles"]) == ("2400000000", "USD", 2)
    assert {"name": "Brightwell Systems", "role": "acquirer"} in deal["parties"]
    assert deal["status"] == "completed"  # the latest article's word
    assert (deal["first_reported"], deal["confirmed"]) == ("2024-03-04", "2024-03-04")


def test_curated_fact_wins_over_the_extracted_one(empty_url):
    run(empty_url, "import", SEEDS)
    engine = db.make_engine(empty_url)
    with engine.connect() as connection:
        sales = connection.execute(
            text("SELECT origin, article_count FROM deal_overview WHERE amount = 33000000000")
        ).all()
    engine.dispose()
    assert [origin for origin, _ in sales] == ["curated"]


def test_review_round_trip(empty_url, tmp_path):
    corpus = tmp_path / "articles"
    shutil.copytree(ARTICLES, corpus)
    run(empty_url, "import", corpus)
    proposed = tmp_path / "proposed.yaml"
    assert run(empty_url, "review", "export", proposed).startswith(f"{proposed}: ")
    document = yaml.safe_load(proposed.read_text(encoding="utf-8"))
    total = len(document["deals"])
    assert total >= 10

    # the deal left out is one no kept deal shares a sentence with: a kept deal of the
    # same company told in the same sentence ("trying to raise $200 million ahead of a
    # planned stock market listing") would absorb it as its twin (load/proposed.absorb)
    def quotes(deal):
        return {e["quote"] for e in deal.get("evidence") or []}

    alone = [
        d
        for d in document["deals"]
        if not any(quotes(d) & quotes(o) for o in document["deals"] if o is not d)
    ]
    dropped = alone[-1]
    kept = [d for d in document["deals"] if d is not dropped]
    kept[0]["status"] = "completed"
    kept[0]["title"] = "Reviewed by a person"
    document["deals"] = kept
    proposed.write_text(
        yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )

    run(empty_url, "import", proposed)
    deals = {d["key"]: d for d in json.loads(run(empty_url, "report", "deals", "--format", "json"))}
    assert deals[kept[0]["key"]]["title"] == "Reviewed by a person"
    assert deals[kept[0]["key"]]["status"] == "completed"
    assert all(deals[d["key"]]["origin"] == "curated" for d in kept)
    assert deals[dropped["key"]]["origin"] == "extracted"

    again = tmp_path / "again.yaml"
    run(empty_url, "review", "export", again)
    assert [d["key"] for d in yaml.safe_load(again.read_text(encoding="utf-8"))["deals"]] == [
        dropped["key"]
    ]
    # Importing the corpus again changes nothing: reviewed facts stay reviewed.
    run(empty_url, "import", corpus)
    after = {d["key"]: d for d in json.loads(run(empty_url, "report", "deals", "--format", "json"))}
    assert after == deals


def test_extract_prints_proposed_facts_without_a_database(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(SAME_DEAL["a.md"], encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--facts", str(path)])
    assert result.exit_code == 0, result.output
    facts = json.loads(result.output)["facts"]
    deal = next(f for f in facts if f["type"] == "deal")
    assert (deal["kind"], deal["amount"], deal["currency"]) == ("acquisition", "2400000000", "USD")
    body = SAME_DEAL["a.md"].split("---\n", 2)[2]
    assert body[deal["start"] : deal["end"]] == deal["quote"]
    assert not list(tmp_path.glob("*.sqlite"))
