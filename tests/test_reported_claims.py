"""What each article reported (issue 16): kept per piece of evidence, curated and extracted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdb.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CLAIMS = ROOT / "tests" / "claims"  # four invented articles reporting one bid differently

EVIDENCE = """
SELECT a.key AS article, e.origin, e.reported_status AS status,
       e.reported_amount AS amount, e.reported_currency AS currency,
       e.reported_amount_text AS amount_text,
       e.reported_date AS date, e.reported_date_precision AS date_precision,
       (SELECT count(*) FROM evidence_party p WHERE p.evidence_id = e.id) AS parties
  FROM evidence e JOIN article a ON a.id = e.article_id JOIN deal d ON d.id = e.deal_id
 WHERE d.key = '{key}' ORDER BY a.key
"""


@pytest.fixture(scope="module")
def url(databases):
    url = databases.new()
    result = CliRunner().invoke(main, ["--db", url, "import", str(SEEDS), str(CLAIMS)])
    assert result.exit_code == 0, result.output
    return url


def sql(url, statement):
    result = CliRunner().invoke(
        main, ["--db", url, "sql", "--as-superuser", statement, "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_each_curated_evidence_keeps_what_its_article_reported(url):
    rows = sql(url, EVIDENCE.format(key="musk-bid-test"))
    by_article = {r["article"]: r for r in rows}
    assert [r["article"] for r in rows] == ["200_bid_a", "201_bid_b", "202_bid_c", "203_bid_d"]
    a, b, c, d = (by_article[k] for k in sorted(by_article))
    assert (a["status"], a["amount"], a["currency"], a["amount_text"]) == (
        "announced",
        "97400000000",
        "USD",
        "$97.4 billion",
    )
    assert (a["date"], a["date_precision"], a["parties"]) == ("2025-02-10", "day", 2)
    assert (b["amount"], b["amount_text"], b["date"], b["date_precision"]) == (
        "100000000000",
        "nearly $100 billion",
        "2025-02-01",
        "month",
    )
    assert (c["status"], c["amount"], c["parties"]) == ("rejected", None, 2)
    assert (d["status"], d["amount"], d["date"], d["parties"]) == ("rejected", None, None, 0)
    roles = sql(
        url,
        "SELECT o.name, p.role FROM evidence_party p JOIN evidence e ON e.id = p.evidence_id "
        "JOIN article a ON a.id = e.article_id JOIN organization o ON o.id = p.organization_id "
        "WHERE a.key = '202_bid_c' AND e.deal_id IS NOT NULL AND e.origin = 'curated'",
    )
    assert roles == [{"name": "OpenAI", "role": "seller"}]


def test_seed_grok_announcement_keeps_its_date(url):
    rows = sql(url, EVIDENCE.format(key="grok-on-azure"))
    dated = [(r["article"], r["date"], r["date_precision"]) for r in rows if r["date"]]
    assert dated == [("004_9718df3d5f2a5222", "2025-05-01", "month")]
    assert [r["status"] for r in rows if r["origin"] == "curated"] == [
        "in_talks",
        "in_talks",
        "in_talks",
        "in_talks",
        "announced",
    ]


def test_reimport_changes_nothing(url):
    result = CliRunner().invoke(main, ["--db", url, "import", str(SEEDS), str(CLAIMS)])
    assert result.exit_code == 0, result.output
    counts = {line.split()[0]: line.split()[1:] for line in result.output.splitlines()[2:]}
    assert counts["deal"][:2] == ["0", "0"]  # none added, none updated
    assert "evidence" not in counts  # no evidence added, updated or removed


def test_extracted_evidence_keeps_amount_date_and_parties(databases, tmp_path):
    url = databases.new()
    (tmp_path / "300_x.txt").write_text(
        "Oracle agreed to acquire Cerner for $28.3 billion, the companies said on Monday.\n"
    )
    (tmp_path / "300_x.meta.yaml").write_text('id: 300_x\npublished: "2021-12-20"\n')
    result = CliRunner().invoke(main, ["--db", url, "import", str(tmp_path)])
    assert result.exit_code == 0, result.output
    rows = sql(
        url,
        "SELECT e.origin, e.reported_status AS status, e.reported_amount AS amount, "
        "e.reported_currency AS currency, e.reported_amount_text AS amount_text, "
        "e.reported_date AS date, e.reported_date_precision AS date_precision, "
        "o.name, p.role FROM evidence e JOIN evidence_party p ON p.evidence_id = e.id "
        "JOIN organization o ON o.id = p.organization_id ORDER BY p.role",
    )
    common = {
        "origin": "extracted",
        "status": "announced",
        "amount": "28300000000",
        "currency": "USD",
        "amount_text": "$28.3 billion",
        "date": "2021-12-20",
        "date_precision": "day",
    }
    assert rows == [
        {**common, "name": "Oracle", "role": "acquirer"},
        {**common, "name": "Cerner", "role": "target"},
    ]


def test_an_evidence_claim_is_checked_like_a_fact(databases, tmp_path):
    url = databases.new()
    facts = (
        (CLAIMS / "facts.yaml")
        .read_text()
        .replace(
            'amount_text: "nearly $100 billion"',
            'amount_text: "nearly $100 billion"\n        currency: XYZ',
        )
    )
    (tmp_path / "facts.yaml").write_text(
        facts.replace('currency: USD\n        amount_text: "nearly', 'amount_text: "nearly')
    )
    for path in CLAIMS.glob("*.txt"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
        meta = path.with_name(path.stem + ".meta.yaml")
        (tmp_path / meta.name).write_bytes(meta.read_bytes())
    result = CliRunner().invoke(main, ["--db", url, "import", str(tmp_path)])
    assert result.exit_code == 1
    assert (
        "facts.yaml:" in result.output and "currency 'XYZ' is not an ISO 4217 code" in result.output
    )
    assert result.output.count("\n") == 1


def report(url, *args, fmt="json", expect=0):
    result = CliRunner().invoke(main, ["--db", url, "report", *args, "--format", fmt])
    assert result.exit_code == expect, result.output
    return json.loads(result.output) if fmt == "json" and expect == 0 else result.output


# --- history ------------------------------------------------------------------------


def test_grok_history_in_talks_then_announced(url):
    steps = report(url, "history", "grok-on-azure")
    assert [(s["step"], s["status"], s["changed"]) for s in steps] == [
        (1, "in_talks", "first report"),
        (2, "announced", "status"),
    ]
    talks, announced = steps
    assert talks["articles"] == [
        "000_a2ed0048c0e2f918",
        "001_e2b979e251adb17f",
        "002_b8441d2734b7aef4",
        "003_beed79a42b3d735b",
    ]
    # the only dated report of the talks (2 May) is the step's article, with its words
    assert (talks["article"], talks["first_reported"]) == ("001_e2b979e251adb17f", "2025-05-02")
    assert talks["quote"].startswith("Microsoft has recently held talks with xAI")
    assert (announced["article"], announced["first_reported"], announced["date"]) == (
        "004_9718df3d5f2a5222",
        "2025-05",
        "2025-05",
    )
    assert announced["articles"] == ["004_9718df3d5f2a5222"]
    assert announced["days_since_previous"] is None  # a month-dated article: no day count


def test_bid_history_amount_change_then_rejected_with_days(url):
    steps = report(url, "history", "musk-bid-test")
    assert [(s["status"], s["amount"], s["changed"], s["article"]) for s in steps] == [
        ("announced", "97400000000", "first report", "200_bid_a"),
        ("announced", "100000000000", "amount", "201_bid_b"),
        ("rejected", "100000000000", "status", "202_bid_c"),
    ]
    assert steps[2]["articles"] == ["202_bid_c", "203_bid_d"]  # the undated one joins


def test_history_days_between_day_dated_steps(databases, tmp_path):
    url = databases.new()
    for path in CLAIMS.glob("20[02]_*"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    facts = (CLAIMS / "facts.yaml").read_text()
    keep = facts[: facts.index("      - article: 201_bid_b")]
    keep += facts[facts.index("      - article: 202_bid_c") : facts.index("      - article: 203")]
    (tmp_path / "facts.yaml").write_text(keep)
    result = CliRunner().invoke(main, ["--db", url, "import", str(tmp_path)])
    assert result.exit_code == 0, result.output
    steps = report(url, "history", "musk-bid-test")
    assert [(s["status"], s["days_since_previous"]) for s in steps] == [
        ("announced", None),
        ("rejected", 4),  # 10 → 14 February 2025
    ]
    table = report(url, "history", "musk-bid-test", fmt="table")
    assert "rejected" in table and "202_bid_c" in table


def test_history_of_an_unknown_key_is_one_line(url):
    out = report(url, "history", "no-such-deal", fmt="table", expect=1)
    assert out == "Error: no deal, valuation or lawsuit with key 'no-such-deal'\n"


# --- --as-of --------------------------------------------------------------------------


def as_of(url, name, date, *args):
    result = CliRunner().invoke(
        main, ["--db", url, "report", name, "--as-of", date, "--format", "json", *args]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


def test_grok_in_talks_on_10_may_announced_by_31_may(url):
    rows, note = as_of(url, "deals", "2025-05-10")
    grok = next(d for d in rows if d["key"] == "grok-on-azure")
    assert (grok["status"], grok["date"], grok["articles"]) == ("in_talks", None, 1)
    assert grok["first_reported_by"] == "001_e2b979e251adb17f" and grok["confirmed"] is None
    # 000, 002, 003 (seeds) and 203_bid_d are undated: never counted, and said so
    assert note == (
        "note: 4 undated article(s) reporting deals left out (--as-of counts dated articles only)\n"
    )
    # 004 is dated May 2025: it counts once 31 May has passed, not before
    for date, status in (
        ("2025-05-30", "in_talks"),
        ("2025-05-31", "announced"),
        ("2025", "announced"),
    ):
        grok = next(d for d in as_of(url, "deals", date)[0] if d["key"] == "grok-on-azure")
        assert grok["status"] == status, date
    grok = next(d for d in as_of(url, "deals", "2025-05-31")[0] if d["key"] == "grok-on-azure")
    assert (grok["date"], grok["articles"], grok["confirmed"]) == ("2025-05", 2, "2025-05")


def test_facts_first_reported_later_are_absent(url):
    keys = {d["key"] for d in as_of(url, "deals", "2025-05-01")[0]}
    assert "grok-on-azure" not in keys  # first dated report: 2 May
    assert "musk-bid-test" in keys
    assert not as_of(url, "deals", "2024-12-31")[0]
    today = {d["key"] for d in report(url, "deals")}
    assert {d["key"] for d in as_of(url, "deals", "2030")[0]} < today  # undated-only facts


def test_bid_amount_and_status_as_then_reported(url):
    def bid(date):
        return next(d for d in as_of(url, "deals", date)[0] if d["key"] == "musk-bid-test")

    first = bid("2025-02-10")
    assert (first["status"], first["amount"], first["amount_text"], first["date"]) == (
        "announced",
        "97400000000",
        "$97.4 billion",
        "2025-02-10",
    )
    assert first["articles"] == 1
    rejected = bid("2025-02-14")
    assert (rejected["status"], rejected["amount"], rejected["articles"]) == (
        "rejected",
        "97400000000",
        2,
    )
    assert {"name": "OpenAI", "role": "seller"} in rejected["parties"]  # as 202 named it
    # 201 (February 2025) counts from 28 February: the latest stated amount then
    late = bid("2025-02-28")
    assert (late["amount"], late["amount_text"], late["date"]) == (
        "100000000000",
        "nearly $100 billion",
        "2025-02",
    )
    assert late["days_to_confirm"] == 0 and late["first_reported_by"] == "200_bid_a"  # announced


def test_as_of_filters_apply_to_what_was_reported(url):
    talks = as_of(url, "deals", "2025-05-10", "--status", "in_talks")[0]
    assert "grok-on-azure" in {d["key"] for d in talks}
    announced = as_of(url, "deals", "2025-05-10", "--status", "announced")[0]
    assert "grok-on-azure" not in {d["key"] for d in announced}
    assert len(as_of(url, "deals", "2025-12", "--limit", "1")[0]) == 1


def test_lawsuits_and_valuations_as_of(url):
    suits = {s["key"] for s in as_of(url, "lawsuits", "2025-05-02")[0]}
    # 001 (2 May 2025) reports both of Musk's suits; the countersuit only undated 000/003
    assert suits == {"musk-v-openai-1", "musk-v-openai-2"}
    assert {s["key"] for s in as_of(url, "lawsuits", "2025-05-01")[0]} == set()
    values = as_of(url, "valuations", "2025-05-02")[0]
    assert [(v["key"], v["amount"]) for v in values] == [("openai-2025-300bn", "300000000000")]


def test_as_of_is_a_date(url):
    result = CliRunner().invoke(main, ["--db", url, "report", "deals", "--as-of", "May 2025"])
    assert result.exit_code == 2
    assert "'May 2025' is not YYYY, YYYY-MM or YYYY-MM-DD" in result.output


# --- conflicts ------------------------------------------------------------------------


def test_conflicts_list_every_disagreement_with_both_quotes(url):
    rows = report(url, "conflicts", "musk-bid-test")
    assert [(r["field"], r["preferred"], r["other"], r["rule"]) for r in rows] == [
        ("amount", "97400000000 USD", "100000000000 USD", "more specific"),
        ("role of OpenAI", "seller", "target", "later report"),
    ]
    amount = rows[0]
    assert (amount["preferred_by"], amount["other_by"]) == ("200_bid_a", "201_bid_b")
    assert amount["preferred_quote"] == (
        "Elon Musk bid $97.4 billion for the non-profit that controls OpenAI"
    )
    assert amount["other_quote"].startswith("A group led by Elon Musk has offered nearly $100")
    # announced, then rejected, is history, not a disagreement; 2025-02 and 2025-02-10 agree.
    # Beyond it, only the seeds' record of the same bid, whose amount the extractor's
    # reading of 201 ("offered nearly $100 billion to take control of OpenAI") disputes
    others = [r for r in report(url, "conflicts") if r not in rows]
    assert [(r["fact_key"], r["field"], r["other_by"]) for r in others] == [
        ("musk-bid-openai-nonprofit", "amount", "201_bid_b")
    ]
    assert report(url, "conflicts", "--kind", "lawsuit") == []
    csv_text = report(url, "conflicts", fmt="csv")
    assert csv_text.splitlines()[0].startswith("fact_type,fact_key,field,preferred,preferred_by")
    assert len(csv_text.splitlines()) == 4


def test_conflicting_dates_and_end_statuses(databases, tmp_path):
    url = databases.new()
    for path in CLAIMS.glob("20*"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    facts = (CLAIMS / "facts.yaml").read_text()
    facts = facts.replace(
        "        status: rejected\n        parties:",
        '        status: withdrawn\n        date: "2025-02-12"\n        parties:',
    )
    (tmp_path / "facts.yaml").write_text(facts)
    result = CliRunner().invoke(main, ["--db", url, "import", str(tmp_path)])
    assert result.exit_code == 0, result.output
    rows = report(url, "conflicts", "musk-bid-test")
    found = {(r["field"], r["preferred"], r["other"], r["other_by"], r["rule"]) for r in rows}
    assert ("date", "2025-02-12", "2025-02-10", "200_bid_a", "later report") in found
    # 2025-02 (201) may mean the 12th: no disagreement
    assert not any(r["field"] == "date" and r["other_by"] == "201_bid_b" for r in rows)
    # withdrawn (202, 14 Feb) against rejected (203, undated): the dated, later one wins
    assert ("status", "withdrawn", "rejected", "203_bid_d", "later report") in found


def claims_with(tmp_path, replace: tuple[str, str]) -> Path:
    """The four bid articles and their facts.yaml with one edit."""
    for path in CLAIMS.glob("20*"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    facts = (CLAIMS / "facts.yaml").read_text()
    assert replace[0] in facts
    (tmp_path / "facts.yaml").write_text(facts.replace(*replace))
    return tmp_path


NEARLY = 'amount_text: "nearly $100 billion"\n'


@pytest.mark.parametrize(
    ("rank", "preferred", "other", "rule"),
    [
        ("preferred", "100000000000 USD", "97400000000 USD", "ranked preferred"),
        ("normal", "97400000000 USD", "100000000000 USD", "more specific"),
        ("deprecated", "97400000000 USD", "100000000000 USD", "other deprecated"),
    ],
)
def test_a_curated_rank_overrides_the_rule(databases, tmp_path, rank, preferred, other, rule):
    url = databases.new()
    folder = claims_with(tmp_path, (NEARLY, f"{NEARLY}        rank: {rank}\n"))
    result = CliRunner().invoke(main, ["--db", url, "import", str(folder)])
    assert result.exit_code == 0, result.output
    amount = next(r for r in report(url, "conflicts", "musk-bid-test") if r["field"] == "amount")
    assert (amount["preferred"], amount["other"], amount["rule"]) == (preferred, other, rule)
    ranks = sql(url, "SELECT rank, count(*) AS n FROM evidence GROUP BY rank ORDER BY rank")
    assert {r["rank"]: r["n"] for r in ranks}.get(rank) == (4 if rank == "normal" else 1)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ("rank: best", "rank 'best' is not one of: preferred, normal, deprecated"),
        ("rank: preferred", "only one evidence of a fact can have rank: preferred"),
    ],
)
def test_a_bad_rank_is_one_line_naming_its_place(databases, tmp_path, edit, message):
    url = databases.new()
    first = 'amount_text: "$97.4 billion"\n'
    folder = claims_with(tmp_path, (NEARLY, f"{NEARLY}        {edit}\n"))
    if edit == "rank: preferred":  # a second preferred entry, on the line before
        text = (folder / "facts.yaml").read_text().replace(first, f"{first}        {edit}\n")
        (folder / "facts.yaml").write_text(text)
    lines = (folder / "facts.yaml").read_text().splitlines()
    line = max(i for i, text in enumerate(lines) if text == f"        {edit}") + 1  # the 2nd
    result = CliRunner().invoke(main, ["--db", url, "import", str(folder)])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert f"facts.yaml:{line}: {message}" in result.output
    assert "nothing imported: the database is unchanged" in result.output


def test_conflicts_of_an_unknown_key_is_one_line(url):
    out = report(url, "conflicts", "nope", fmt="table", expect=1)
    assert out == "Error: no deal, valuation or lawsuit with key 'nope'\n"


def test_the_other_reports_as_of(url):
    steps, note = as_of(url, "history", "2025-05-10", "grok-on-azure")
    assert [(s["status"], s["articles"]) for s in steps] == [("in_talks", ["001_e2b979e251adb17f"])]
    assert note.startswith("note: 3 undated article(s) reporting facts left out")  # 000, 002, 003
    sources = as_of(url, "sources", "2025-05-10", "grok-on-azure")[0]
    assert [s["article_key"] for s in sources] == ["001_e2b979e251adb17f"]
    events = as_of(url, "timeline", "2025-05-10", "--org", "xAI")[0]
    assert [(e["date"], e["type"]) for e in events] == [("2025-05-02", "article")]
    events = as_of(url, "timeline", "2025-05-31", "--org", "xAI")[0]
    assert ("2025-05", "deal", "Grok hosted on Azure AI Foundry (announced)") in {
        (e["date"], e["type"], e["event"]) for e in events
    }
    assert "X (ex-Twitter) sold to xAI for $33 billion (completed)" not in {
        e["event"] for e in events
    }  # reported only by 000, undated
    # the $100 billion claim (February 2025) is not counted before 28 February
    fields = [r["field"] for r in as_of(url, "conflicts", "2025-02-27", "musk-bid-test")[0]]
    assert fields == ["role of OpenAI"]


def test_reported_claims_view_answers_as_of_for_bi(url):
    rows = sql(
        url,
        "SELECT article_key, known_from, reported_status FROM reported_claims "
        "WHERE fact_key = 'grok-on-azure' AND origin = 'curated' AND known_from <= '2025-05-10'",
    )
    assert rows == [
        {
            "article_key": "001_e2b979e251adb17f",
            "known_from": "2025-05-02",
            "reported_status": "in_talks",
        }
    ]
    late = sql(
        url,
        "SELECT known_from, reported_date, reported_date_precision FROM reported_claims "
        "WHERE fact_key = 'grok-on-azure' AND article_key = '004_9718df3d5f2a5222' "
        "AND origin = 'curated'",
    )
    assert late == [
        {
            "known_from": "2025-05-31",
            "reported_date": "2025-05-01",
            "reported_date_precision": "month",
        }
    ]
    bid = sql(
        url,
        "SELECT article_key, known_from, reported_amount, reported_currency, reported_parties "
        "FROM reported_claims WHERE fact_key = 'musk-bid-test' ORDER BY article_key",
    )
    assert bid == [
        {
            "article_key": "200_bid_a",
            "known_from": "2025-02-10",
            "reported_amount": "97400000000",
            "reported_currency": "USD",
            "reported_parties": "Elon Musk (bidder); OpenAI (target)",
        },
        {
            "article_key": "201_bid_b",
            "known_from": "2025-02-28",
            "reported_amount": "100000000000",
            "reported_currency": "USD",
            "reported_parties": None,
        },
        {
            "article_key": "202_bid_c",
            "known_from": "2025-02-14",
            "reported_amount": None,
            "reported_currency": None,
            "reported_parties": "Elon Musk (bidder); OpenAI (seller)",
        },
        {
            "article_key": "203_bid_d",
            "known_from": None,
            "reported_amount": None,
            "reported_currency": None,
            "reported_parties": None,
        },
    ]


def test_profile_as_of(url):
    then, note = as_of(url, "profile", "2025-05-10", "xAI")
    grok = next(d for d in then["deals"] if d["title"] == "Grok hosted on Azure AI Foundry")
    assert (grok["status"], grok["role"], grok["date"]) == ("in_talks", "provider", None)
    # the sale of X is reported only by undated 000: not known on any day
    assert all("X (ex-Twitter)" not in d["title"] for d in then["deals"])
    assert [a["key"] for a in then["articles"]] == ["001_e2b979e251adb17f"]
    assert [r["name"] for r in then["roles"]] == ["Elon Musk"]  # 001: "developed by Elon Musk"
    assert note.startswith("note: ")
    now = report(url, "profile", "xAI")
    assert len(now["deals"]) > len(then["deals"])
