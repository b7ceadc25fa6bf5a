"""Issue 11, the analyst's first hour: each breakage a newcomer met, through the CLI,
on SQLite and on PostgreSQL, on the imported seeds."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from sqlalchemy import text

from newsdb import db
from newsdb.cli import main
from newsdb.reports import deals as deals_module

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def sql_args() -> list[str]:
    """`newsdb sql`, allowed to run as the tests' PostgreSQL user where it asks for that."""
    names = {param.name for param in main.commands["sql"].params}
    return ["sql", "--as-superuser"] if "as_superuser" in names else ["sql"]


@pytest.fixture(scope="module")
def seeded(databases):
    """A database of this backend holding the seeds, and what the import printed."""
    url = databases.new()
    result = CliRunner().invoke(main, ["--db", url, "import", str(SEEDS)])
    assert result.exit_code == 0, result.output
    return url, result.stdout


@pytest.fixture(scope="module")
def url(seeded):
    return seeded[0]


def run(url, *args, expect=0, **kwargs):
    result = CliRunner().invoke(main, ["--db", url, *args], **kwargs)
    assert result.exit_code == expect, result.output
    return result


def rows_of(url, statement):
    return json.loads(run(url, *sql_args(), "--json", statement).stdout)


# --- the README's own example and ad-hoc SQL ---------------------------------------


def test_readme_sql_example_prints_a_table(url):
    result = run(
        url,
        *sql_args(),
        "SELECT title, amount FROM deal_overview ORDER BY amount DESC NULLS LAST, title LIMIT 7",
    )
    assert result.stdout == (
        "title                                                           amount\n"
        "--------------------------------------------------------------  -------\n"
        "Altman's counter-offer to buy X                                 97.4 bn\n"
        "Musk's $97.4 billion bid for OpenAI's non-profit                97.4 bn\n"
        "OpenAI's $40 billion funding round at a $300 billion valuation    40 bn\n"
        "X (ex-Twitter) sold to xAI for $33 billion                        33 bn\n"
        "Musk's abandoned $10 billion deal with Oracle                     10 bn\n"
        "OpenAI's Stargate project                                           500\n"
        "Anthropic models in GitHub Copilot\n"
    )


def test_any_view_and_text_in_an_amount_column_print(url):
    assert run(url, *sql_args(), "SELECT 'abc' AS amount").stdout == "amount\n------\n   abc\n"
    for view in ("deal_overview", "valuation_history", "lawsuit_overview", "fact_evidence"):
        for fmt in ("table", "csv", "json", "nl"):
            result = run(url, *sql_args(), "--format", fmt, f"SELECT * FROM {view}")
            assert result.stdout.strip()


def test_json_amounts_are_decimal_strings_on_both_databases(url):
    rows = rows_of(url, "SELECT amount, amount * 1 AS total_amount FROM valuation_history")
    assert rows and all(isinstance(r["amount"], str) for r in rows)
    assert {r["amount"] for r in rows} == {r["total_amount"] for r in rows}
    deals = rows_of(url, "SELECT key, amount FROM deal_overview WHERE amount IS NOT NULL")
    assert "97400000000" in {d["amount"] for d in deals}
    nl = run(url, *sql_args(), "--nl", "SELECT key, amount FROM deal_overview").stdout
    assert [json.loads(line) for line in nl.splitlines()] == rows_of(
        url, "SELECT key, amount FROM deal_overview"
    )


def test_nulls_last_orders_the_same(url):
    rows = rows_of(url, "SELECT amount FROM deal_overview ORDER BY amount DESC NULLS LAST")
    amounts = [r["amount"] for r in rows]
    assert amounts[0] == "97400000000" and amounts[-1] is None


# --- filters ------------------------------------------------------------------------


def test_a_misspelt_status_or_kind_is_a_usage_error_naming_the_choices(url):
    result = run(url, "report", "deals", "--status", "completd", expect=2)
    assert "Invalid value for '--status': 'completd' is not one of" in result.output
    assert "'completed'" in result.output and "Traceback" not in result.output
    assert run(url, "report", "lawsuits", "--status", "setled", expect=2).output.count("\n") < 6
    result = run(url, "report", "sources", "--kind", "dela", expect=2)
    assert "'dela' is not one of 'deal', 'valuation', 'lawsuit', 'affiliation'" in result.output


def test_status_in_any_case(url):
    upper = run(url, "report", "deals", "--status", "Completed", "--json").stdout
    assert upper == run(url, "report", "deals", "--status", "completed", "--json").stdout
    assert {d["status"] for d in json.loads(upper)} == {"completed"}


def test_since_after_until_is_an_error(url):
    result = run(url, "report", "deals", "--since", "2025", "--until", "2024", expect=2)
    assert "--since 2025 is after --until 2024" in result.output
    assert run(url, "report", "deals", "--since", "2025-13", expect=2).output.count(
        "is not YYYY, YYYY-MM or YYYY-MM-DD"
    )


def test_until_a_year_means_through_its_last_day(url):
    dated = json.loads(run(url, "report", "deals", "--json").stdout)
    in_2025 = [d["key"] for d in dated if (d["date"] or "").startswith("2025")]
    assert in_2025
    until = json.loads(run(url, "report", "deals", "--until", "2025", "--json").stdout)
    assert {d["key"] for d in until} >= set(in_2025)
    since = json.loads(run(url, "report", "deals", "--since", "2025-05", "--json").stdout)
    # "2025" (year precision) counts as 2025-01-01: before May.
    assert all(d["date"] >= "2025-05" for d in since)


def test_help_lists_the_choices_and_how_dates_compare(url):
    deals = run(url, "report", "deals", "--help").output
    assert "--kind [acquisition|merger|investment|funding_round|" in deals
    assert "--status [rumored|in_talks|announced|completed|rejected|withdrawn|" in deals
    assert "--format [table|csv|json|nl]" in deals
    assert "--since 2024 means" in deals and "from 2024-01-01" in deals
    assert "up to 2024-05-31" in deals
    assert "--status [threatened|filed|" in run(url, "report", "lawsuits", "--help").output
    assert (
        "--kind [deal|valuation|lawsuit|affiliation]"
        in run(url, "report", "sources", "--help").output
    )


# --- timeline and profile read completion dates ---------------------------------------


def test_timeline_of_x_and_xai_shows_their_deal(url):
    result = run(url, "report", "timeline", "--org", "X", "--org", "xAI", "--csv")
    assert result.stdout == (
        "date,date_precision,type,event,key\n"
        "2025,year,deal,X (ex-Twitter) sold to xAI for $33 billion (completed),x-sold-to-xai\n"
    )


def test_profile_shows_the_date_deals_shows(url):
    listed = json.loads(run(url, "report", "deals", "--json").stdout)
    deals = {d["title"]: d["date"] for d in listed}
    profile = json.loads(run(url, "report", "profile", "x.AI", "--json").stdout)
    assert profile["deals"]
    for deal in profile["deals"]:
        assert deal["date"] == deals[deal["title"]], deal["title"]
    sale = next(d for d in profile["deals"] if d["title"].startswith("X (ex-Twitter)"))
    assert sale["date"] == "2025"


# --- the views say what the CLI says ---------------------------------------------------


def test_deal_overview_first_report_agrees_with_the_cli(url):
    cli = {d["key"]: d for d in json.loads(run(url, "report", "deals", "--json").stdout)}
    view = rows_of(
        url,
        "SELECT key, first_reported, first_reported_precision, first_reported_by, parties, "
        "flags FROM deal_overview",
    )
    # the curated deals only: what extraction proposes on the seeds restates them (issue 14)
    curated = yaml.safe_load((SEEDS / "facts.yaml").read_text(encoding="utf-8"))["deals"]
    assert len(view) == len(cli) == len(curated)
    for row in view:
        deal = cli[row["key"]]
        first = row["first_reported"]
        cut = {"year": 4, "month": 7}.get(row["first_reported_precision"], 10)
        shown = first and first[:cut]
        assert shown == deal["first_reported"], row["key"]
        assert row["first_reported_precision"] == deal["first_reported_precision"]
        assert row["first_reported_by"] == deal["first_reported_by"]
        # one order and one separator, in the view and in the CLI
        assert row["parties"] == "; ".join(f"{p['name']} ({p['role']})" for p in deal["parties"])
        assert (row["flags"] or None) == ("; ".join(deal["flags"]) or None)
    # Revision 0002 took the earliest date whatever its precision: "2025-05" (May)
    # came before 2025-05-02 although it may mean 31 May.
    earliest = rows_of(
        url,
        "SELECT d.key, min(a.published) AS published FROM deal d JOIN evidence e "
        "ON e.deal_id = d.id JOIN article a ON a.id = e.article_id GROUP BY d.key",
    )
    was = {r["key"]: r["published"] for r in earliest}
    changed = sorted(r["key"] for r in view if was.get(r["key"]) != r["first_reported"])
    assert changed == ["grok-on-azure"]


def test_parties_by_role_then_name(url):
    for deal in json.loads(run(url, "report", "deals", "--json").stdout):
        order = [(p["role"], p["name"]) for p in deal["parties"]]
        assert order == sorted(order), deal["key"]
    for suit in json.loads(run(url, "report", "lawsuits", "--json").stdout):
        rows = rows_of(
            url, f"SELECT plaintiffs, defendants FROM lawsuit_overview WHERE key = '{suit['key']}'"
        )
        assert rows[0]["plaintiffs"] == "; ".join(suit["plaintiffs"])
        assert rows[0]["defendants"] == "; ".join(suit["defendants"])


def test_migration_0004_goes_down_and_up(empty_url):
    db.upgrade(empty_url)
    db.downgrade(empty_url, "0003")
    engine = db.make_engine(empty_url)
    with engine.connect() as connection:
        columns = connection.execute(text("SELECT * FROM deal_overview")).keys()
    engine.dispose()
    assert "first_reported_precision" not in columns
    db.upgrade(empty_url)
    assert db.current_revision(empty_url) == db.head_revision()


# --- one line for a user's mistake ------------------------------------------------------


def test_export_to_an_impossible_folder_is_one_line(url):
    result = run(url, "export", "/proc/nope", expect=1)
    assert result.output == "Error: cannot write to /proc/nope: No such file or directory\n"


@pytest.mark.parametrize("given", ["sqlite:///README.md", "README.md"])
def test_a_file_that_is_not_a_database_is_one_line(given, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["--db", given, "report", "deals"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: database error on sqlite:///README.md: file is not a database\n"
    )


# --- the import summary --------------------------------------------------------------------


def test_first_import_summary_adds_what_the_tables_hold(seeded):
    url, printed = seeded
    lines = printed.splitlines()
    assert lines[0].split() == ["table", "added", "updated", "unchanged", "skipped"]
    added = {line.split()[0]: int(line.split()[1]) for line in lines[2:]}
    engine = db.make_engine(url)
    with engine.connect() as connection:
        held = {
            table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            for table in added
        }
    engine.dispose()
    assert added == held
    assert added["deal"] and added["lawsuit"] and added["evidence"]


# --- sqlite-utils conventions ---------------------------------------------------------------


def test_db_after_the_command_and_a_bare_path(url, tmp_path, monkeypatch):
    before = run(url, "report", "deals", "--csv").stdout
    after = CliRunner().invoke(main, ["report", "deals", "--csv", "--db", url])
    assert after.exit_code == 0 and after.stdout == before
    grouped = CliRunner().invoke(main, ["report", "--db", url, "deals", "--csv"])
    assert grouped.stdout == before
    monkeypatch.chdir(tmp_path)
    made = CliRunner().invoke(main, ["db", "upgrade", "--db", "plain.sqlite"])
    assert made.exit_code == 0, made.output
    assert made.output == f"sqlite:///plain.sqlite is at {db.head_revision()}\n"
    assert (tmp_path / "plain.sqlite").exists()


def test_format_shortcuts_no_headers_and_output_file(url, tmp_path):
    as_csv = run(url, "report", "lawsuits", "--format", "csv").stdout
    assert run(url, "report", "lawsuits", "--csv").stdout == as_csv
    assert (
        run(url, "report", "lawsuits", "--csv", "--no-headers").stdout == as_csv.split("\n", 1)[1]
    )
    assert json.loads(run(url, "report", "lawsuits", "--json").stdout) == [
        json.loads(line) for line in run(url, "report", "lawsuits", "--nl").stdout.splitlines()
    ]
    assert run(url, "report", "lawsuits", "--csv", "--json", expect=2).output.endswith(
        "Error: give one format: --format, --csv, --json or --nl\n"
    )
    target = tmp_path / "suits.csv"
    assert run(url, "report", "lawsuits", "--csv", "-o", str(target)).stdout == ""
    assert target.read_text(encoding="utf-8") == as_csv
    table = run(url, "report", "lawsuits", "--no-headers").stdout
    assert not table.startswith("title")


def test_downgrade_to_base_asks_first(empty_url):
    db.upgrade(empty_url)
    head = db.head_revision()
    refused = CliRunner().invoke(main, ["--db", empty_url, "db", "downgrade", "base"], input="n\n")
    assert refused.exit_code == 1 and "Aborted!" in refused.output
    assert "Drop every table and row of " in refused.output
    assert db.current_revision(empty_url) == head
    confirmed = CliRunner().invoke(
        main, ["--db", empty_url, "db", "downgrade", "base"], input="y\n"
    )
    assert confirmed.exit_code == 0 and confirmed.output.endswith(" is at base\n")


# --- tables for a person --------------------------------------------------------------------


def test_deals_table_pinned(url):
    assert run(url, "report", "deals", "--limit", "3").stdout == (
        "title                status     amount       date  parties              articles\n"
        "-------------------  ---------  -----------  ----  -------------------  --------\n"
        "Altman's             announced  97.4 bn USD  2025  Sam Altman                  1\n"
        "counter-offer to                                   (bidder); Elon Musk\n"
        "buy X                                              (other); X (target)\n"
        "    flags: amount by reference; amount doubtful\n"
        "Musk's $97.4         rejected   97.4 bn USD  2025  Elon Musk (bidder);         1\n"
        "billion bid for                                    Sam Altman (other);\n"
        "OpenAI's non-profit                                OpenAI, Inc.\n"
        "                                                   (target)\n"
        "OpenAI's $40         completed    40 bn USD  2025  OpenAI (investee)           1\n"
        "billion funding\n"
        "round at a $300\n"
        "billion valuation\n"
        "    basis: raised\n"
    )


def test_flags_are_visible(url):
    table = run(url, "report", "deals", "--org", "Stargate").stdout
    assert "500 USD" in table and "    flags: amount without unit\n" in table


@pytest.mark.parametrize(
    "args",
    [
        ["report", "deals"],
        ["report", "valuations"],
        ["report", "lawsuits"],
        ["report", "sources"],
        ["report", "timeline", "--org", "OpenAI"],
        ["report", "profile", "Musk"],
        ["sql", "SELECT * FROM deal_overview"],
        ["sql", "SELECT * FROM fact_evidence"],
        ["sql", "SELECT key, title, parties, description FROM deal_overview"],
    ],
    ids=lambda a: " ".join(a[:3]),
)
def test_tables_fit_80_columns_and_keep_words_whole(url, args):
    if args[0] == "sql":
        args = [*sql_args(), *args[1:]]
    table = run(url, *args).stdout
    assert max(len(line) for line in table.splitlines()) <= 80
    words = set(table.split())
    as_json = json.loads(run(url, *args, "--json").stdout)
    items = as_json if isinstance(as_json, list) else as_json["articles"]
    for item in items:
        for key in ("title", "key", "fact_key", "article_key"):
            value = item.get(key)
            shown = key in words or key == "fact_key"  # a column (sources: in headings)
            if shown and isinstance(value, str) and len(value) <= 60:
                assert set(value.split()) <= words, value


def test_sources_are_compact(url):
    table = run(url, "report", "sources", "grok-on-azure").stdout
    lines = table.splitlines()
    assert lines[0] == "deal · grok-on-azure · Grok hosted on Azure AI Foundry"
    assert len(lines) <= 20  # five articles; the old layout took 70 lines
    for path in SEEDS.glob("*.txt"):
        assert path.stem in table  # article keys whole


def test_empty_csv_has_its_header(url):
    for name in ("deals", "valuations", "lawsuits", "sources", "timeline"):
        args = ["report", name, "--since", "2030"] if name != "sources" else ["report", name, "x"]
        result = run(url, *args, "--csv")
        module = __import__(f"newsdb.reports.{name}", fromlist=["FIELDS"])
        assert result.stdout == ",".join(module.FIELDS) + "\n", name


def test_report_rows_have_their_documented_fields(url):
    for name in ("deals", "valuations", "lawsuits", "sources"):
        module = __import__(f"newsdb.reports.{name}", fromlist=["FIELDS"])
        rows = json.loads(run(url, "report", name, "--json").stdout)
        assert rows and all(list(r) == module.FIELDS for r in rows), name
    timeline = json.loads(run(url, "report", "timeline", "--org", "xAI", "--json").stdout)
    assert all(
        list(r) == __import__("newsdb.reports.timeline").reports.timeline.FIELDS for r in timeline
    )
    assert deals_module.TABLE.fields == deals_module.FIELDS


def test_profile_csv_is_valid_csv(url):
    text_ = run(url, "report", "profile", "Musk", "--csv").stdout
    rows = list(csv.reader(io.StringIO(text_)))
    assert rows[0][:3] == ["section", "name", "type"]
    assert {len(row) for row in rows} == {len(rows[0])}
    sections = {row[0] for row in rows[1:]}
    assert {"profile", "aliases", "roles", "deals", "lawsuits", "articles"} <= sections


def in_terminal(args: list[str], stream: str, columns: int = 80) -> str:
    """Run `python -m newsdb ARGS` with `stream` (stdout or stderr) on a pseudo-terminal
    `columns` wide; return what it wrote there, escape sequences removed."""
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import sys
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    with subprocess.Popen(
        [sys.executable, "-m", "newsdb", *args],
        stdout=slave if stream == "stdout" else subprocess.DEVNULL,
        stderr=slave if stream == "stderr" else subprocess.DEVNULL,
        env=env,
    ) as process:
        os.close(slave)
        output = b""
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # the process ended and closed its side
                break
            if not data:
                break
            output += data
        os.close(master)
        assert process.wait(timeout=120) == 0
    shown = re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", output).decode()
    return shown.replace("\r\n", "\n")


def test_table_takes_the_terminal_width(url):
    lines = in_terminal(["--db", url, "report", "deals"], "stdout", columns=120).splitlines()
    assert 80 < max(len(line) for line in lines) <= 120
    piped = run(url, "report", "deals").stdout
    assert max(len(line) for line in piped.splitlines()) <= 80


# --- progress --------------------------------------------------------------------------------


def test_progress_lines_off_a_terminal(empty_url, monkeypatch):
    import newsdb.cli.imports

    monkeypatch.setattr(newsdb.cli.imports, "PROGRESS_EVERY", 0.0)  # a line at every step
    result = CliRunner().invoke(main, ["--db", empty_url, "import", str(SEEDS)])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines, "no progress line"
    pattern = re.compile(r"Importing articles: (\d+)/5 articles \((\d+)%\), [\d,]+ articles/s")
    done = [int(pattern.fullmatch(line).group(1)) for line in lines]
    assert done == sorted(done) and done[-1] == 5
    assert lines[-1].startswith("Importing articles: 5/5 articles (100%), ")
    # the summary stays alone on stdout
    assert result.stdout.startswith("table ")


def test_progress_bar_on_a_terminal(empty_url):
    shown = in_terminal(["--db", empty_url, "import", str(SEEDS)], "stderr")
    assert "Importing articles" in shown and "5/5" in shown and "articles/s" in shown
