"""`newsdb chart`: valuations and deals drawn through the CLI from the seeds, on both
databases, and checked by content (format, size, the words on the picture)."""

from __future__ import annotations

import json
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdb.cli import main
from newsdb.partial_date import PartialDate

pytest.importorskip("matplotlib", reason="newsdb chart needs the chart extra")

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def seeded(databases):
    url = databases.new()
    result = CliRunner().invoke(main, ["--db", url, "import", str(SEEDS)])
    assert result.exit_code == 0, result.output
    return url


def run(url: str, *args: str, expect: int = 0):
    result = CliRunner().invoke(main, ["--db", url, *args])
    assert result.exit_code == expect, result.output
    return result


def report(url: str, *args: str):
    return json.loads(run(url, "report", *args, "--format", "json").stdout)


def svg_text(path: Path) -> str:
    """Every text of the SVG, joined: what a reader of the picture sees."""
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    return "\n".join("".join(e.itertext()) for e in root.iter("{http://www.w3.org/2000/svg}text"))


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_valuations_chart_names_the_organization_basis_and_sources(seeded, tmp_path):
    valuations = report(seeded, "valuations", "--org", "OpenAI")
    dated = [v for v in valuations if v["date"]]
    assert dated, "the seeds value OpenAI"
    svg = tmp_path / "openai.svg"
    result = run(seeded, "chart", "valuations", "--org", "OpenAI", "-o", str(svg))
    assert result.stdout == f"{svg}: {len(dated)} valuation(s)\n"
    text = svg_text(svg)
    assert "OpenAI: valuation history" in text
    for valuation in valuations:
        assert valuation["basis"].replace("_", " ") in text
        assert f"{valuation['date']}, " in text  # the date at its precision, "2025"
        for source in report(seeded, "sources", valuation["key"]):
            assert source["article_key"] in text

    png = tmp_path / "openai.png"
    run(seeded, "chart", "valuations", "--org", "openai", "-o", str(png))  # any case
    width, height = png_size(png)
    assert width > 1000 and height > 600
    assert png.stat().st_size > 30_000  # a blank figure of that size is ~10 KB


@pytest.mark.parametrize("by", ["month", "year"])
def test_deals_chart_counts_what_report_deals_lists(seeded, tmp_path, by):
    deals = report(seeded, "deals")
    placed = [
        d
        for d in deals
        if d["date"] and (by == "year" or PartialDate.parse(d["date"]).precision != "year")
    ]
    assert placed
    svg = tmp_path / "deals.svg"
    result = run(seeded, "chart", "deals", "--by", by, "-o", str(svg))
    assert result.stdout == f"{svg}: {len(placed)} deal(s)\n"
    text = svg_text(svg)
    assert f"Deals by {by}: count and USD volume, by kind" in text
    assert "Volume sums USD amounts only (no currency conversion):" in text
    for kind in {d["kind"] for d in placed}:
        assert kind.replace("_", " ") in text
    for period in {PartialDate.parse(d["date"]).iso()[: 4 if by == "year" else 7] for d in placed}:
        assert period in text  # an axis label
    if by == "month":
        vague = sum(1 for d in deals if d["date"] and d not in placed)
        assert f"Not shown: {vague} deal(s) dated only to the year (try --by year)" in text
    png = tmp_path / "deals.png"
    run(seeded, "chart", "deals", "--by", by, "-o", str(png))
    width, height = png_size(png)
    assert width > 1000 and height > 800 and png.stat().st_size > 30_000


def test_deals_chart_volume_is_the_sum_of_reliable_usd_amounts(seeded, tmp_path):
    from decimal import Decimal

    from newsdb.amounts import short_amount

    deals = report(seeded, "deals", "--since", "2025", "--until", "2025-12-31")
    usd = [
        Decimal(d["amount"])
        for d in deals
        if d["date"]
        and d["amount"]
        and d["currency"] == "USD"
        and not {"amount_without_unit", "amount_doubtful"} & set(d["flags"])
    ]
    assert usd
    svg = tmp_path / "deals.svg"
    run(seeded, "chart", "deals", "--by", "year", "--since", "2025", "-o", str(svg))
    assert short_amount(sum(usd), None) in svg_text(svg)


def test_chart_mistakes_are_one_line(seeded, tmp_path, monkeypatch):
    result = run(seeded, "chart", "deals", "-o", str(tmp_path / "deals.jpg"), expect=2)
    assert "the file name must end in .svg or .png" in result.output
    result = run(seeded, "chart", "valuations", "--org", "Nobody Inc", "-o", "x.svg", expect=1)
    assert result.output.startswith("Error: no organization called 'Nobody Inc'")
    assert result.output.count("\n") == 1
    result = run(seeded, "chart", "deals", "-o", "/proc/nope/deals.png", expect=1)
    assert result.output.startswith("Error: cannot write /proc/nope/deals.png: ")
    assert result.output.count("\n") == 1
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)  # the extra not installed
    result = run(seeded, "chart", "deals", "-o", str(tmp_path / "deals.png"), expect=1)
    assert result.output == "Error: newsdb chart needs matplotlib: pip install 'newsdb[chart]'\n"


def test_an_undated_valuation_is_placed_at_its_first_article(databases, tmp_path):
    """A valuation without a date of its own is drawn, hollow, at the date of the first
    article reporting it, and says so; one without any dated article is listed instead."""
    url = databases.new()
    extra = tmp_path / "undated.yaml"
    quote = "elevating its market value to a staggering $300 billion"
    extra.write_text(
        "valuations:\n"
        "  - key: openai-market-undated\n"
        "    organization: OpenAI\n"
        '    amount: "300000000000"\n'
        "    currency: USD\n"
        "    basis: market\n"
        f'    evidence:\n      - {{article: 001_e2b979e251adb17f, quote: "{quote}"}}\n',
        encoding="utf-8",
    )
    run(url, "import", str(SEEDS), str(extra))
    published = report(url, "sources", "openai-market-undated")[0]["published"]
    assert published
    svg = tmp_path / "openai.svg"
    result = run(url, "chart", "valuations", "--org", "OpenAI", "-o", str(svg))
    assert result.stdout == f"{svg}: 2 valuation(s)\n"
    text = svg_text(svg)
    assert f"reported {published}, market" in text
    assert "market (dated by the article)" in text
