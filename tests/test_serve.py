"""`newsdb serve`: Datasette on the seeds, checked through its JSON API, its HTML and in
headless Chromium, on SQLite (served from its file) and PostgreSQL (served from a snapshot)."""

from __future__ import annotations

import json
import re
import shutil
import socket
import struct
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdb.catalog import VIEWS
from newsdb.cli import main
from newsdb.cli.report import report
from newsdb.partial_date import date_text

pytest.importorskip("datasette", reason="newsdb serve needs the serve extra")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
STARTUP_DEADLINE = 120  # seconds: a PostgreSQL database is copied first
WINDOW = (1400, 1600)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, url: str, tmp: Path):
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = tmp / "serve.log"
        command = [sys.executable, "-m", "newsdb", "--db", url, "serve", "--port", str(self.port)]
        with self.log.open("w") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)

    def wait_until_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_DEADLINE
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"newsdb serve exited {self.process.returncode}: {self.output()}")
            try:
                with urllib.request.urlopen(f"{self.base}/-/versions.json", timeout=5):
                    return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)  # polling interval; the deadline bounds the wait
        pytest.fail(f"newsdb serve not answering after {STARTUP_DEADLINE}s: {self.output()}")

    def get(self, path: str, **params) -> str:
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        with urllib.request.urlopen(f"{self.base}{path}{query}", timeout=30) as response:
            assert response.status == 200
            return response.read().decode("utf-8")

    def json(self, path: str, **params):
        return json.loads(self.get(path, _shape="objects", **params))

    def rows(self, path: str, **params) -> list[dict]:
        return self.json(path, _size="max", **params)["rows"]

    def output(self) -> str:
        return self.log.read_text()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="module")
def seeded(databases):
    url = databases.new()
    result = CliRunner().invoke(main, ["--db", url, "import", str(SEEDS)])
    assert result.exit_code == 0, result.output
    return url


@pytest.fixture(scope="module")
def server(seeded, tmp_path_factory):
    running = Server(seeded, tmp_path_factory.mktemp("serve"))
    try:
        running.wait_until_ready()
        yield running
    finally:
        running.stop()
    if seeded.startswith("postgresql"):  # the snapshot is deleted on exit
        snapshot = re.search(r"Serving (\S+) at", running.output()).group(1)
        assert "newsdb-serve-" in snapshot and not Path(snapshot).exists()


def cli(url: str, *args: str):
    result = CliRunner().invoke(main, ["--db", url, *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_views_have_every_row_and_the_catalog_metadata(server, seeded):
    deals = cli(seeded, "report", "deals", "--format", "json")
    rows = server.rows("/newsdb/deal_overview.json")
    assert sorted(r["key"] for r in rows) == sorted(d["key"] for d in deals)
    amounts = {d["key"]: d["amount"] for d in deals}  # exact through a PostgreSQL snapshot too
    assert {r["key"]: _decimal(r["amount"]) for r in rows} == {
        k: _decimal(a) for k, a in amounts.items()
    }
    assert any(amounts.values())
    metadata = server.json("/-/metadata.json")["databases"]["newsdb"]
    for view in VIEWS:
        table = metadata["tables"][view.name]
        assert table["title"] == view.title
        assert set(table["columns"]) == {c.name for c in view.columns}
        page = server.get(f"/newsdb/{view.name}")
        assert f"<h1>{view.title} (view)</h1>" in page.replace("\n", "")
        assert view.description.split("(")[0].strip() in page


def test_every_report_is_a_stored_query(server):
    database = server.json("/newsdb.json")
    names = {q["name"] for q in database["queries"]}
    assert names == set(report.commands)


def test_stored_deals_query_agrees_with_the_report(server, seeded):
    for args in ([], ["--org", "OpenAI"], ["--kind", "bid"], ["--person", "Musk"]):
        params = {a.lstrip("-"): v for a, v in zip(args[::2], args[1::2], strict=True)}
        expected = cli(seeded, "report", "deals", "--format", "json", *args)
        rows = server.rows("/newsdb/deals.json", **params)
        assert [r["key"] for r in rows] == [d["key"] for d in expected], args
        assert [r["date"] for r in rows] == [d["date"] for d in expected]
    assert expected, "the seeds have deals involving Musk"


def test_stored_valuations_lawsuits_and_sources_agree_with_the_reports(server, seeded):
    expected = cli(seeded, "report", "valuations", "--format", "json")
    rows = server.rows("/newsdb/valuations.json")
    assert [(r["key"], r["date"], r["basis"]) for r in rows] == [
        (v["key"], v["date"], v["basis"]) for v in expected
    ]
    expected = cli(seeded, "report", "lawsuits", "--format", "json", "--person", "Musk")
    rows = server.rows("/newsdb/lawsuits.json", person="Musk")
    assert expected and [r["key"] for r in rows] == [s["key"] for s in expected]
    expected = cli(seeded, "report", "sources", "grok-on-azure", "--format", "json")
    rows = server.rows("/newsdb/sources.json", key="grok-on-azure")
    assert len(expected) > 1
    assert [(r["article_key"], r["published"], r["quote"]) for r in rows] == [
        (s["article_key"], s["published"], s["quote"]) for s in expected
    ]


def test_stored_timeline_and_profile_cover_the_reports(server, seeded):
    expected = cli(seeded, "report", "timeline", "--org", "xAI", "--format", "json")
    rows = server.rows("/newsdb/timeline.json", org="xAI")
    assert {(e["type"], e["key"]) for e in expected} <= {(r["type"], r["key"]) for r in rows}
    assert not server.rows("/newsdb/timeline.json")  # nothing asked, nothing listed
    profile = cli(seeded, "report", "profile", "x.AI", "--format", "json")
    rows = server.rows("/newsdb/profile.json", name="x.AI")
    sections: dict[str, set] = {}
    for row in rows:
        sections.setdefault(row["section"], set()).add(row["what"])
    assert sections["deal"] == {d["title"] for d in profile["deals"]}
    assert sections["alias"] == set(profile["aliases"])
    assert len(sections["article"]) == len(profile["articles"])


def test_dates_and_amounts_are_shown_at_their_precision(server):
    rows = server.rows("/newsdb/deal_overview.json", _sort="deal_id")
    page = server.get("/newsdb/deal_overview", _sort="deal_id", _size="max")
    shown = re.findall(r'<td class="col-announced type-[^"]*">([^<]*)</td>', page)
    expected = [date_text(_day(r["announced"]), r["announced_precision"]) for r in rows]
    assert [s.strip().replace("&nbsp;", "") or None for s in shown] == expected
    assert "year" in {r["announced_precision"] for r in rows}  # "2025", not "2025-01-01"
    amounts = re.findall(r'<td class="col-amount type-[^"]*">([^<]*)', page)
    big = max(r["amount"] for r in rows if r["amount"] is not None)
    assert f"{big:,}" in [a.strip() for a in amounts]
    assert "(no unit in the source)" in page  # a flagged amount says so


def _decimal(value):
    from decimal import Decimal

    return None if value is None else Decimal(str(value))


def _day(text):
    import datetime as dt

    return dt.date.fromisoformat(text) if text else None


def test_deals_page_in_headless_chromium(server, tmp_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("headless Chromium not installed (Debian: apt-get install chromium)")
    shot = tmp_path / "deals.png"
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",  # root in CI containers
            "--disable-gpu",
            "--hide-scrollbars",
            f"--window-size={WINDOW[0]},{WINDOW[1]}",
            f"--screenshot={shot}",
            f"{server.base}/newsdb/deal_overview",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR" and struct.unpack(">II", data[16:24]) == WINDOW
    assert len(data) > 50_000  # a blank page of this size is a few kilobytes


def test_serve_errors_are_one_line(seeded, databases, monkeypatch):
    empty = databases.new()
    result = CliRunner().invoke(main, ["--db", empty, "serve"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert "`newsdb db upgrade`" in result.output  # no file (SQLite), no tables (PostgreSQL)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(main, ["--db", seeded, "serve", "--port", str(port)])
        assert result.exit_code == 1
        assert f"Error: cannot listen on 127.0.0.1:{port}: Address already in use\n" in (
            result.output
        )
    monkeypatch.setitem(sys.modules, "datasette", None)  # as if the extra were not installed
    result = CliRunner().invoke(main, ["--db", seeded, "serve"])
    assert result.exit_code == 1
    assert result.output == "Error: newsdb serve needs Datasette: pip install 'newsdb[serve]'\n"


def test_stored_history_and_conflicts_queries(server, seeded):
    rows = server.rows("/newsdb/history.json", key="grok-on-azure", as_of="")
    curated = [r for r in rows if r["origin"] == "curated"]
    assert [r["status"] for r in curated] == ["in_talks"] * 4 + ["announced"]
    assert curated[0]["article_key"] == "001_e2b979e251adb17f"  # the dated report first
    rows = server.rows("/newsdb/history.json", key="grok-on-azure", as_of="2025-05-10")
    assert {r["article_key"] for r in rows} == {"001_e2b979e251adb17f"}
    assert server.rows("/newsdb/conflicts.json", key="") == []  # the seeds never disagree
