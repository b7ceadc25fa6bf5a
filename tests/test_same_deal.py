"""One deal told by several articles is one fact with several pieces of evidence (issue 16),
also when the amounts come in other currencies or precisions; the amounts that
disagree stay as claims (`report conflicts`)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdb.cli import main
from newsdb.resolve.match import compatible, span

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CLAIMS = ROOT / "tests" / "claims"
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import retold  # noqa: E402  (benchmarks/ is not a package)

DAY = dt.date(2025, 2, 12)


def usd(amount: str, qualifier: str | None = None, currency: str = "USD"):
    return span(Decimal(amount), currency, qualifier, None, DAY)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (usd("97400000000"), usd("97400000000"), True),
        (usd("97400000000"), usd("100000000000", "about"), True),  # "nearly $100 billion"
        (usd("97400000000"), usd("98000000000"), True),  # another outlet's rounding
        (usd("97400000000"), usd("93600000000", currency="EUR"), True),  # €93.6bn that day
        (usd("10000000000"), usd("33000000000"), False),
        (usd("40000000000", "more_than"), usd("50000000000"), True),  # "more than $40bn"
        (usd("500000000", "up_to"), usd("2000000000"), False),
        (usd("97400000000"), None, True),  # an article that gives no amount
    ],
)
def test_amounts_are_compatible_within_their_precision(a, b, same):
    assert compatible(a, b) is same
    assert compatible(b, a) is same


def run(url: str, *args: str) -> str:
    result = CliRunner().invoke(main, ["--db", url, *args])
    assert result.exit_code == 0, result.output
    return result.output


def sql(url: str, statement: str) -> list[dict]:
    return json.loads(run(url, "sql", "--as-superuser", statement, "--format", "json"))


def evidence_of(url: str, key: str) -> list[tuple]:
    rows = sql(
        url,
        "SELECT a.key AS article, e.origin, e.reported_amount AS amount "
        "FROM evidence e JOIN article a ON a.id = e.article_id JOIN deal d ON d.id = e.deal_id "
        f"WHERE d.key = '{key}' ORDER BY a.key",
    )
    return [(r["article"], r["origin"], r["amount"]) for r in rows]


def test_musks_bid_told_by_other_outlets_joins_the_seed_deal(databases, tmp_path):
    """The seed's "97,4 milliards de dollars" (000), then "$97.4 billion" (200) and
    "A group led by Elon Musk has offered nearly $100 billion" (201, the amount
    rounded), extracted: one bid, three articles. "Musk's offer for OpenAI was turned down" (203)
    names no amount and only Musk and OpenAI, not the seed's OpenAI, Inc.: too little
    to say it is the same bid, so it stays a deal of its own."""
    url = databases.new()
    outlets = tmp_path / "outlets"
    outlets.mkdir()
    for path in CLAIMS.glob("20*"):  # the articles only: no curator read them
        shutil.copy(path, outlets)
    run(url, "import", str(SEEDS))
    run(url, "import", str(outlets))  # another import: the match reads the database
    assert evidence_of(url, "musk-bid-openai-nonprofit") == [
        ("000_a2ed0048c0e2f918", "curated", None),
        ("200_bid_a", "extracted", "97400000000"),
        ("201_bid_b", "extracted", "100000000000"),
    ]
    # Microsoft investing in OpenAI (002) is their investment, not OpenAI's Stargate
    assert [a for a, *_ in evidence_of(url, "stargate")] == ["004_9718df3d5f2a5222"]
    bids = sql(url, "SELECT count(*) AS n FROM deal WHERE kind = 'bid'")
    assert bids == [{"n": 3}]  # Musk's bid, Altman's counter-offer, 203's


@pytest.mark.parametrize("imports", ["one import", "two imports"])
def test_a_generated_corpus_tells_each_deal_three_ways(databases, tmp_path, imports):
    corpus = retold(12, tmp_path / "retold")
    url = databases.new()
    files = [str(corpus / name) for name in ("entities.yaml", "articles-0000.jsonl")]
    files.append(str(corpus / "articles-0001.jsonl"))  # the other tellings
    if imports == "one import":
        run(url, "import", *files)
    else:
        run(url, "import", *files[:2])
        run(url, "import", files[2])
    counts = sql(
        url,
        "SELECT n, count(*) AS deals FROM (SELECT d.id, count(e.id) AS n FROM deal d "
        "JOIN evidence e ON e.deal_id = d.id GROUP BY d.id) told GROUP BY n ORDER BY n",
    )
    # each told deal: 3 articles; the later deal at three times the amount: its own
    assert counts == [{"n": 1, "deals": 12}, {"n": 3, "deals": 12}]
    told = sql(
        url,
        "SELECT d.key FROM deal d JOIN evidence e ON e.deal_id = d.id "
        "GROUP BY d.key HAVING count(*) = 3 ORDER BY d.key LIMIT 1",
    )[0]["key"]
    amounts = json.loads(run(url, "report", "conflicts", told, "--format", "json"))
    assert {row["field"] for row in amounts} == {"amount"}
    assert len(amounts) == 2  # the euro and the "nearly" figures, against the first
    assert all(row["preferred_quote"] and row["other_quote"] for row in amounts)
    currencies = {row["other"].split()[1] for row in amounts} | {amounts[0]["preferred"][-3:]}
    assert currencies == {"EUR", "USD"}
