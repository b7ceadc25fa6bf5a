"""The benchmark scripts keep working: a tiny generated corpus, imported and timed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from newsdb import db
from newsdb.cli import main

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def generate(n: int, out: Path, seed: int = 7) -> None:
    subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "generate.py"),
            "--articles",
            str(n),
            "--out",
            str(out),
            "--seed",
            str(seed),
        ],
        check=True,
        capture_output=True,
    )


def test_generator_is_deterministic_and_its_facts_import(tmp_path, empty_url):
    generate(60, tmp_path / "a")
    generate(60, tmp_path / "b")
    for path in (tmp_path / "a").iterdir():
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes()
    result = CliRunner().invoke(main, ["--db", empty_url, "import", str(tmp_path / "a")])
    assert result.exit_code == 0, result.output
    engine = db.make_engine(empty_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM article")).scalar() == 60
        facts = connection.execute(
            text("SELECT (SELECT count(*) FROM deal) + (SELECT count(*) FROM lawsuit)")
        ).scalar()
        evidence = connection.execute(text("SELECT count(*) FROM evidence")).scalar()
    engine.dispose()
    assert facts > 0 and evidence >= facts


def test_benchmark_prints_its_figures_as_json(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "run.py"),
            "--articles",
            "40",
            "--runs",
            "2",
            "--corpus",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    figures = json.loads(result.stdout.splitlines()[-1])
    assert figures["articles"] == 40 and figures["articles_per_second"] > 0
    assert figures["baseline_articles_per_second"] > 0
    assert set(figures["reports"]) >= {
        "deals",
        "valuations",
        "lawsuits",
        "timeline",
        "profile",
        "sources",
    }
    assert all(r["p50_ms"] <= r["p95_ms"] for r in figures["reports"].values())


DEVSET = BENCHMARKS.parent.parent / "shared" / "devset"


@pytest.mark.skipif(not DEVSET.is_dir(), reason="no ../shared/devset beside the repository")
def test_devset_table_of_a_set_in_one_language(tmp_path):
    """A folder of English articles only (a new gold set, say) still gets its
    table: the French columns are empty instead of the run failing."""
    for gold in sorted(DEVSET.glob("a0*.yaml"))[:2]:
        for path in (gold, gold.with_suffix(".txt")):
            (tmp_path / path.name).symlink_to(path)
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "devset.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    deals = next(line for line in result.stdout.splitlines() if line.startswith("| deals"))
    cells = [c.strip() for c in deals.strip("|").split("|")]
    assert cells[5:] == ["–", "–"]  # no French article
    assert cells[1] == cells[3] != "–"  # all = English
