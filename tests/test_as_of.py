"""--as-of with --limit and filters on a generated corpus (issue 16).

The database picks, filters and ranks the facts known on a day and stops at the
limit (newsdb/reports/asof/ranking.py). These tests hold it to the full list: the first
N rows are the full list's first N, a filter on a value as then reported keeps
exactly the full list's rows with that value, and the list is ranked as the
report says. The corpus: the seeds, four differing reports of one bid
(tests/claims), and 300 generated articles.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from sqlalchemy import select
from test_fact_standing import every_disagreement

from newsdb import db
from newsdb.cli import main
from newsdb.models import Deal
from newsdb.partial_date import PartialDate, date_text
from newsdb.reports.asof.ranking import ranked_deals
from newsdb.reports.common import Filters

ROOT = Path(__file__).resolve().parent.parent
DATES = ["2019-06-30", "2021-03", "2025-02-14", "2025-05-31"]


@pytest.fixture(scope="module")
def url(databases, tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    generate = [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--articles", "300"]
    subprocess.run(
        [*generate, "--out", str(corpus), "--seed", "3"],
        check=True,
        capture_output=True,
    )
    url = databases.new()
    paths = [str(ROOT / "seeds"), str(ROOT / "tests" / "claims"), str(corpus)]
    result = CliRunner().invoke(main, ["--db", url, "import", *paths])
    assert result.exit_code == 0, result.output
    return url


def as_json(url, name, *args):
    result = CliRunner().invoke(main, ["--db", url, "report", name, "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def as_of(url, name, date, *args):
    return as_json(url, name, "--as-of", date, *args)


def first_day(text: str) -> dt.date:
    return dt.date.fromisoformat((text + "-01-01")[:10])


@pytest.mark.parametrize("name", ["deals", "lawsuits", "valuations"])
def test_the_limit_shows_the_first_rows_of_the_full_list(url, name):
    for date in DATES:
        full = as_of(url, name, date)
        for limit in (1, 3, 10):
            assert as_of(url, name, date, "--limit", str(limit)) == full[:limit], (date, limit)
    assert len(as_of(url, name, "2025-12-31")) > 10  # the limits above cut something


@pytest.mark.parametrize(("name", "other"), [("deals", "cancelled"), ("lawsuits", "settled")])
def test_a_status_filter_keeps_the_rows_with_that_status_as_then_reported(url, name, other):
    full = as_of(url, name, "2025-02-14")
    statuses = {row["status"] for row in full}
    assert len(statuses) > 1 or name == "lawsuits"  # the suits known then are all filed
    for status in {*statuses, other}:
        wanted = [row for row in full if row["status"] == status]
        assert as_of(url, name, "2025-02-14", "--status", status) == wanted, status
        assert as_of(url, name, "2025-02-14", "--status", status, "--limit", "2") == wanted[:2]


@pytest.mark.parametrize("status", [None, "completed"])
def test_at_every_limit_the_deals_are_the_full_lists_first(url, status):
    """The ranking reads a range of amounts at a time (ranking.walk), the ranges sized on
    the limit: wherever their bounds fall, the first N deals are the full list's first N."""
    with db.reading(url) as session:
        filters = Filters(as_of=dt.date(2025, 5, 31), status=status)
        full = ranked_deals(session, filters)
        assert len(full) > 50
        for limit in range(1, len(full) + 1):
            assert ranked_deals(session, replace(filters, limit=limit)) == full[:limit], limit


@pytest.mark.parametrize(("name", "date"), [("deals", "date"), ("lawsuits", "filed")])
def test_since_and_until_apply_to_the_date_as_then_reported(url, name, date):
    full = as_of(url, name, "2025-05-31")
    since, until = dt.date(2020, 1, 1), dt.date(2021, 6, 30)
    wanted = [r for r in full if r[date] and since <= first_day(r[date]) <= until]
    assert wanted and len(wanted) < len(full)
    got = as_of(url, name, "2025-05-31", "--since", "2020", "--until", "2021-06")
    assert got == wanted
    limited = as_of(
        url, name, "2025-05-31", "--since", "2020", "--until", "2021-06", "--limit", "3"
    )
    assert limited == wanted[:3]


def test_a_timeline_of_a_period_alone_works_as_of_a_date(url):
    """`timeline --as-of D --since X` without --org/--person failed with "give --org,
    --person, or a period": the as-of step asked the plain report for every date."""
    rows = as_of(url, "timeline", "2025-05-31", "--since", "2020", "--until", "2021-06")
    assert rows and {row["type"] for row in rows} >= {"deal", "article"}
    assert all("2020" <= row["date"][:4] <= "2021" for row in rows)
    known = {row["key"] for row in as_of(url, "deals", "2025-05-31")}
    assert {row["key"] for row in rows if row["type"] == "deal"} <= known


def test_the_deals_known_are_those_first_reported_by_then(url):
    result = CliRunner().invoke(main, ["--db", url, "report", "deals", "--format", "json"])
    today = json.loads(result.stdout)
    for date in DATES:
        bound = PartialDate.parse(date).last_day()
        known = {
            row["key"]
            for row in today
            if row["first_reported"]
            and PartialDate.parse(row["first_reported"]).last_day() <= bound
        }
        assert known and {row["key"] for row in as_of(url, "deals", date)} == known, date


def _size(row: dict) -> tuple:
    """As `report deals` ranks: totals by their USD value, then totals not converted,
    then per-share prices, then deals with no amount (issue 15)."""
    amount, usd = row["amount"], row["converted_amount"]
    if amount is None:
        return (3, 0, 0)
    if row["per_unit"] is not None:
        return (2, 0, 0)
    if usd is None:
        return (1, 0, -Decimal(amount))
    return (0, -Decimal(usd), -Decimal(amount))


def test_deals_are_ranked_by_amount_then_date_as_then_reported(url):
    rows = as_of(url, "deals", "2025-05-31")
    sizes = [_size(r) for r in rows]
    assert sizes == sorted(sizes)
    assert {s[0] for s in sizes} >= {0, 3}
    assert sizes[-1][0] == 3  # deals whose amount no counted article stated come last
    unsized = [r["date"] or "" for r in rows if r["amount"] is None]
    assert unsized == sorted(unsized, key=lambda d: (d == "", [-ord(c) for c in d]))
    bid = next(r for r in rows if r["key"] == "musk-bid-test")
    assert bid["amount"] == "100000000000"  # the latest counted claim's, not the fact's own


def test_a_completed_deal_keeps_its_announcement_and_completion_as_of_a_date(url):
    """Known as completed by then, a deal with a completion date shows both events, as
    the plain timeline does: its announcement on the date as then reported, its
    completion on its own date (they were one row, the completion date lost). Known
    then as not yet completed, only its announcement, with the status then reported."""
    with db.reading(url) as session:
        deals = session.scalars(select(Deal)).all()
        completed = {d.key: date_text(d.completed, d.completed_precision) for d in deals}
        announced = {d.key for d in deals if d.announced is not None}
    checked = 0
    for date in DATES:
        known = {row["key"]: row for row in as_of(url, "deals", date)}
        events = as_of(url, "timeline", date, "--since", "1990", "--until", "2099")
        shown: dict[str, list[tuple[str, str]]] = {}
        for row in events:
            if row["type"] == "deal":
                label = row["event"].rpartition(" (")[2]
                shown.setdefault(row["key"], []).append((row["date"], label.rstrip(")")))
        assert set(shown) <= set(known), date
        for key, deal in known.items():
            done = completed[key] is not None and deal["status"] == "completed"
            wanted = []
            if key in announced and deal["date"] is not None:  # on its date as then reported
                wanted.append((deal["date"], "announced" if done else deal["status"]))
            if done:  # the completion, on its own date
                wanted.append((completed[key], "completed"))
                checked += 1
            assert sorted(shown.get(key, [])) == sorted(wanted), (date, key)
    assert checked


def test_conflicts_are_every_disagreement_of_every_fact_and_limits_cut_them(url):
    """`report conflicts` finds the facts in conflict by the counts stored on import
    (today's, or the known_state row's with --as-of): the rows are those computed from
    every fact's claims, and --limit N gives their first N."""
    every = every_disagreement(url)
    assert len({row["fact_key"] for row in every}) > 3
    for date in (None, *DATES):
        extra = [] if date is None else ["--as-of", date]
        full = as_json(url, "conflicts", *extra)
        if date is None:
            assert len(full) == len(every)
        for limit in (1, 3, 10):
            assert as_json(url, "conflicts", "--limit", str(limit), *extra) == full[:limit]


def test_the_known_facts_view_holds_what_the_reports_show_as_of_a_date(url):
    """BI's --as-of: the view's rows holding on a day are the facts the reports show
    then, with the status and date they show; those in conflict are the conflicts
    report's."""
    engine = db.make_engine(url)
    for date in DATES:
        day = PartialDate.parse(date).last_day()
        with engine.connect() as connection:
            rows = connection.execute(
                sa.text(
                    "SELECT fact_type, fact_key, status, date, date_precision, conflicts "
                    "FROM known_facts WHERE known_from <= :day "
                    "AND (known_until IS NULL OR known_until > :day)"
                ),
                {"day": day},
            ).all()
        held = {
            (type_, key): (status, date_text(_day(when), precision), n)
            for type_, key, status, when, precision, n in rows
        }
        assert len(held) == len(rows), date  # one row per fact holds on a day
        for type_, name, field in (("deal", "deals", "date"), ("lawsuit", "lawsuits", "filed")):
            shown = {row["key"]: (row["status"], row[field]) for row in as_of(url, name, date)}
            assert shown, (date, name)
            assert {k: v[:2] for (t, k), v in held.items() if t == type_} == shown, (date, name)
        valued = {row["key"] for row in as_of(url, "valuations", date)}
        assert {k for t, k in held if t == "valuation"} >= valued
        in_conflict = {row["fact_key"] for row in as_of(url, "conflicts", date)}
        assert {k for (t, k), v in held.items() if v[2] > 0} == in_conflict, date
    engine.dispose()


def _day(value) -> dt.date | None:
    """A date read through a view (SQLite gives text)."""
    return None if value is None else dt.date.fromisoformat(str(value))
