"""Canned reports on the imported seeds: the rows say what the articles say."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdb.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def url(databases):
    url = databases.new()
    result = CliRunner().invoke(main, ["--db", url, "import", str(SEEDS)])
    assert result.exit_code == 0, result.output
    return url


def report(url, *args, fmt="json", expect=0):
    result = CliRunner().invoke(main, ["--db", url, "report", *args, "--format", fmt])
    assert result.exit_code == expect, result.output
    return json.loads(result.output) if fmt == "json" and expect == 0 else result.output


def test_deals_ranked_by_size_with_parties(url):
    deals = report(url, "deals")
    amounts = [d["amount"] for d in deals]
    known = [a for a in amounts if a is not None]
    assert known == sorted(known, key=float, reverse=True)
    assert amounts.index(None) == len(known)  # unknown sizes last
    bid = next(d for d in deals if d["amount"] == "97400000000" and d["status"] == "rejected")
    assert {"name": "Elon Musk", "role": "bidder"} in bid["parties"]
    sale = next(d for d in deals if d["amount"] == "33000000000")
    assert sale["currency"] == "USD" and sale["kind"] == "acquisition"
    assert {"name": "xAI", "role": "acquirer"} in sale["parties"]
    assert {"name": "X", "role": "target"} in sale["parties"]
    for key in (
        "title",
        "kind",
        "status",
        "amount",
        "currency",
        "date",
        "date_precision",
        "parties",
        "articles",
    ):
        assert key in sale


def test_grok_deal_first_reported_then_confirmed(url):
    grok = next(d for d in report(url, "deals", "--org", "x.AI") if d["key"] == "grok-on-azure")
    assert grok["articles"] == 5 and grok["status"] == "announced"
    # 004 (May 2025, month precision) reports the announcement; 001 (2 May) the talks:
    # a month-dated article is not taken as earlier than a day inside that month.
    assert (grok["first_reported"], grok["first_reported_by"]) == (
        "2025-05-02",
        "001_e2b979e251adb17f",
    )
    assert (grok["confirmed"], grok["confirmed_precision"]) == ("2025-05", "month")


def test_deal_filters(url):
    assert all(d["kind"] == "bid" for d in report(url, "deals", "--kind", "bid"))
    assert all(d["status"] == "withdrawn" for d in report(url, "deals", "--status", "withdrawn"))
    assert len(report(url, "deals", "--limit", "2")) == 2
    dated = report(url, "deals", "--since", "2025-05")
    assert dated and all(d["date"] >= "2025-05" for d in dated)


def test_openai_valuation(url):
    rows = report(url, "valuations", "--org", "Open AI")
    assert rows == [
        {
            "key": "openai-2025-300bn",
            "organization": "OpenAI",
            "amount": "300000000000",
            "currency": "USD",
            "amount_text": "$300 billion",
            "date": "2025",
            "date_precision": "year",
            "basis": "post_money",
            "deal": rows[0]["deal"],
            "change": None,
            "origin": "curated",
            "qualifier": None,
            "amount_high": None,
            "per_unit": None,
            "converted_amount": "300000000000",
            "converted_amount_high": None,
            "converted_currency": "USD",
            "rate": "1",
            "rate_date": "2025-01-01",
            "rate_source": "same currency",
            "rate_note": None,
            "converted_change": None,
        }
    ]
    assert "40 billion" in rows[0]["deal"]


def test_countersuit_answers_musks_suit(url):
    suits = report(url, "lawsuits", "--person", "Musk")
    counter = next(s for s in suits if s["status"] == "countersuit")
    assert counter["plaintiffs"] == ["OpenAI"] and counter["defendants"] == ["Elon Musk"]
    assert (counter["filed"], counter["filed_precision"]) == ("2025-04", "month")
    answered = next(s for s in suits if s["title"] == counter["answers"])
    assert "Elon Musk" in answered["plaintiffs"]
    assert len(suits) == 4


def test_timeline_of_x_and_xai_in_order(url):
    events = report(url, "timeline", "--org", "xAI")
    dates = [e["date"] for e in events]
    assert dates == sorted(dates)
    assert any(e["key"] == "grok-on-azure" for e in events)
    assert report(url, "timeline", fmt="table", expect=1).startswith("Error: give --org")


def test_profile_through_an_alias(url):
    profile = report(url, "profile", "twitter")
    assert profile["name"] == "X" and profile["parent"] == "xAI"
    assert "Twitter" in profile["aliases"]
    assert any(d["role"] == "target" and d["amount"] == "33000000000" for d in profile["deals"])
    person = report(url, "profile", "Musk")
    assert person["type"] == "person"
    assert {"name": "Tesla", "role": "CEO", "since": None, "until": None} in person["roles"]
    assert len(person["articles"]) == 5


def test_unknown_profile_suggests_names(url):
    output = report(url, "profile", "Microsfot", fmt="table", expect=1)
    assert output == "Error: no organization or person called 'Microsfot' (closest: Microsoft)\n"


def test_sources_quote_every_article(url):
    rows = report(url, "sources", "grok-on-azure")
    assert len(rows) == 5
    bodies = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for row in rows:
        assert bodies[row["article_key"]][row["start"] : row["end"]] == row["quote"]
    assert [r["reported_status"] for r in rows].count("announced") == 1


@pytest.mark.parametrize("name", ["deals", "valuations", "lawsuits", "sources"])
def test_csv_and_table_carry_the_same_rows(url, name):
    rows = report(url, name)
    parsed = list(csv.DictReader(io.StringIO(report(url, name, fmt="csv"))))
    assert len(parsed) == len(rows)
    assert [r.get("title") or r.get("organization") or r.get("fact") for r in parsed] == [
        r.get("title") or r.get("organization") or r.get("fact") for r in rows
    ]
    table = report(url, name, fmt="table")
    assert max(len(line) for line in table.splitlines()) <= 80


def test_sql_reads_views_like_the_reports(url):
    result = CliRunner().invoke(
        main,
        [
            "--db",
            url,
            "sql",
            "--as-superuser",  # the tests' PostgreSQL user; test_sql_readonly uses a reader
            "--format",
            "json",
            "SELECT title, amount FROM deal_overview "
            "WHERE amount IS NOT NULL ORDER BY amount DESC, title",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    ranked = [d for d in report(url, "deals") if d["amount"] is not None]
    assert [float(r["amount"]) for r in rows] == [float(d["amount"]) for d in ranked]


def test_export_writes_every_table_and_view(url, tmp_path):
    result = CliRunner().invoke(main, ["--db", url, "export", str(tmp_path)])
    assert result.exit_code == 0, result.output
    names = {p.stem for p in tmp_path.glob("*.csv")}
    assert {
        "article",
        "deal",
        "deal_party",
        "deal_overview",
        "valuation_history",
        "lawsuit_overview",
        "fact_evidence",
    } <= names
    with (tmp_path / "deal_overview.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert "33000000000" in {r["amount"] for r in rows}


def test_views_answer_the_same_through_other_clients(url):
    """The sqlite3 shell / psql read the same deal ranking as `newsdb report deals`."""
    import shutil
    import subprocess

    from sqlalchemy.engine import make_url

    query = (
        "SELECT title FROM deal_overview WHERE amount IS NOT NULL "
        "ORDER BY amount DESC, COALESCE(announced, completed) DESC NULLS LAST, title;"
    )
    parsed = make_url(url)
    name = "sqlite3" if parsed.get_backend_name() == "sqlite" else "psql"
    client = shutil.which(name)
    if client is None:
        pytest.skip(f"no {name} client on this machine")
    if name == "sqlite3":
        command = [client, parsed.database, query]
    else:
        command = [
            client,
            "-At",
            "-h",
            parsed.host,
            "-p",
            str(parsed.port or 5432),
            "-U",
            parsed.username,
            "-d",
            parsed.database,
            "-c",
            query,
        ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    ranked = [d["title"] for d in report(url, "deals") if d["amount"] is not None]
    assert output.splitlines() == ranked


def test_parquet_export_without_pyarrow_says_what_to_install(url, tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name.startswith("pyarrow"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    result = CliRunner().invoke(main, ["--db", url, "export", str(tmp_path), "--format", "parquet"])
    assert result.exit_code == 1
    assert result.output == "Error: Parquet needs pyarrow: pip install 'newsdb[parquet]'\n"
