"""The BI views' conflict count and preferred values agree with `newsdb report conflicts`
(issue 16): stored on import by the report's own code, filled by migration 0018."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdb import db
from newsdb.cli import main
from newsdb.load.standing import refresh_standing
from newsdb.reports.claims import FACTS, claims_for
from newsdb.reports.common import Filters, in_text_order
from newsdb.reports.conflicts import conflicts, fact_standing

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CLAIMS = ROOT / "tests" / "claims"  # four invented articles reporting one bid differently
VIEWS = {  # view → (fact type, the fields it shows preferred values of)
    "deal_overview": ("deal", ("amount", "status", "date")),
    "valuation_history": ("valuation", ("amount", "date")),
    "lawsuit_overview": ("lawsuit", ("status", "date")),
}
OWN_DATE = {"deal_overview": "announced", "valuation_history": "as_of", "lawsuit_overview": "filed"}
# The bid of the claims (curated) and the seeds' bid it is (the extractor reads 201's
# "offered nearly $100 billion to take control of OpenAI" too): both disagree on the amount.
IN_CONFLICT = 2


def run(url, *args):
    result = CliRunner().invoke(main, ["--db", url, *args])
    assert result.exit_code == 0, result.output
    return result.output


def sql(url, statement):
    return json.loads(run(url, "sql", "--as-superuser", statement, "--format", "json"))


def imported(databases, *paths) -> str:
    url = databases.new()
    run(url, "import", *map(str, paths))
    return url


def claims_with(tmp_path, old: str, new: str) -> Path:
    """The four bid articles and their facts.yaml with one edit."""
    for path in CLAIMS.glob("20*"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    facts = (CLAIMS / "facts.yaml").read_text()
    assert old in facts
    (tmp_path / "facts.yaml").write_text(facts.replace(old, new))
    return tmp_path


def every_disagreement(url) -> list[dict]:
    """The conflicts report's rows computed from every fact's claims, not from the
    counts stored on import that the report reads to find the facts in conflict."""
    rows = []
    with db.reading(url) as session:
        assert conflicts(session, Filters(reviewed_only=True))  # the old route runs too
        for type_, model in FACTS.items():
            facts = session.execute(
                select(model.id, model.key).order_by(in_text_order(session, model.key))
            ).all()
            claims = claims_for(session, type_, [fact_id for fact_id, _ in facts])
            for fact_id, key in facts:
                rows += fact_standing(type_, key, claims[fact_id]).rows
        assert conflicts(session, Filters()) == rows
    return rows


def assert_views_agree_with_report(url) -> int:
    """Every fact of every view: its conflicts are the report's rows for it, and each
    preferred value is the report's preferred one (the fact's own where none disagree).
    Returns the facts in conflict."""
    rows = json.loads(run(url, "report", "conflicts", "--format", "json"))
    assert len(rows) == len(every_disagreement(url))
    in_conflict = 0
    for view, (type_, fields) in VIEWS.items():
        counts = Counter(r["fact_key"] for r in rows if r["fact_type"] == type_)
        preferred = {
            (r["fact_key"], r["field"]): r["preferred"]
            for r in rows
            if r["fact_type"] == type_ and r["field"] in fields
        }
        facts = sql(url, f"SELECT * FROM {view} ORDER BY key")
        assert facts, view
        assert {f["key"]: f["conflicts"] for f in facts} == {
            f["key"]: counts.get(f["key"], 0) for f in facts
        }
        assert set(counts) <= {f["key"] for f in facts}
        in_conflict += len(counts)
        for fact in facts:
            key = fact["key"]
            if "amount" in fields:
                amount = (fact["preferred_amount"], fact["preferred_currency"])
                if (key, "amount") in preferred:
                    number, currency = preferred[key, "amount"].split()
                    assert (Decimal(str(amount[0])), amount[1]) == (Decimal(number), currency)
                else:
                    assert amount == (fact["amount"], fact["currency"])
            if "status" in fields:
                expected = preferred.get((key, "status"), fact["status"])
                assert fact["preferred_status"] == expected
            if (key, "date") not in preferred:
                assert (fact["preferred_date"], fact["preferred_date_precision"]) == (
                    fact[OWN_DATE[view]],
                    fact[f"{OWN_DATE[view]}_precision"],
                )
    return in_conflict


def test_views_count_conflicts_as_the_report_lists_them(databases):
    url = imported(databases, SEEDS, CLAIMS)
    assert assert_views_agree_with_report(url) == IN_CONFLICT
    (bid,) = sql(
        url,
        "SELECT conflicts, amount, preferred_amount, preferred_currency, status, "
        "preferred_status FROM deal_overview WHERE key = 'musk-bid-test'",
    )
    # the amount ($97.4 billion against "nearly $100 billion") and OpenAI's role
    assert bid["conflicts"] == 2
    assert Decimal(str(bid["preferred_amount"])) == Decimal("97400000000")
    assert (bid["preferred_currency"], bid["preferred_status"]) == ("USD", "rejected")
    (grok,) = sql(url, "SELECT conflicts FROM deal_overview WHERE key = 'grok-on-azure'")
    assert grok["conflicts"] == 0  # in talks, then announced: history, not a disagreement


def test_preferred_amount_follows_the_curators_rank(databases, tmp_path):
    nearly = 'amount_text: "nearly $100 billion"\n'
    folder = claims_with(tmp_path, nearly, f"{nearly}        rank: preferred\n")
    url = imported(databases, SEEDS, folder)
    assert assert_views_agree_with_report(url) == IN_CONFLICT
    (bid,) = sql(url, "SELECT preferred_amount FROM deal_overview WHERE key = 'musk-bid-test'")
    assert Decimal(str(bid["preferred_amount"])) == Decimal("100000000000")


def test_a_later_import_that_settles_a_conflict_lowers_the_count(databases, tmp_path):
    url = imported(databases, SEEDS, CLAIMS)
    agreed = claims_with(
        tmp_path, 'amount: "100000000000"\n', 'amount: "97400000000"\n'
    )  # 201 now reports the same amount as 200
    run(url, "import", str(agreed))
    (bid,) = sql(
        url, "SELECT conflicts, preferred_amount FROM deal_overview WHERE key = 'musk-bid-test'"
    )
    assert bid["conflicts"] == 1  # OpenAI's role only
    assert Decimal(str(bid["preferred_amount"])) == Decimal("97400000000")  # the fact's own
    assert assert_views_agree_with_report(url) == IN_CONFLICT


def test_an_import_refreshes_every_fact_whose_standing_it_changed(databases, tmp_path):
    """An import recounts only the facts it touched (load/conversions.converting):
    counting every fact again afterwards finds nothing to change, also when a
    re-imported article settles a conflict."""
    url = imported(databases, SEEDS, CLAIMS)
    run(
        url,
        "import",
        str(claims_with(tmp_path, 'amount: "100000000000"\n', 'amount: "97400000000"\n')),
    )
    engine = db.make_engine(url)
    try:
        with Session(engine) as session:
            assert refresh_standing(session) == 0
            session.rollback()
    finally:
        engine.dispose()


def test_migration_fills_existing_rows_and_downgrades(databases):
    url = imported(databases, SEEDS, CLAIMS)
    query = (
        "SELECT key, conflicts, preferred_amount, preferred_status FROM deal_overview ORDER BY key"
    )
    before = sql(url, query)
    db.downgrade(url, "0017_evidence_rank")
    columns = sql(url, "SELECT * FROM deal_overview WHERE key = 'musk-bid-test'")[0]
    assert "conflicts" not in columns and "preferred_amount" not in columns
    db.upgrade(url)
    assert sql(url, query) == before
    assert assert_views_agree_with_report(url) == IN_CONFLICT


@pytest.mark.parametrize("view", sorted(VIEWS))
def test_every_fact_of_an_undisputed_corpus_has_no_conflict(databases, view):
    url = imported(databases, SEEDS)
    counts = {row["conflicts"] for row in sql(url, f"SELECT conflicts FROM {view}")}
    assert counts == {0}
