"""Extracted facts' keys come from their content (kind, parties' names, amount), never
from database ids: a run rolled back or killed before (whose ids PostgreSQL's sequences
do not give back) leaves the same keys as a clean run."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import text

from newsdb import db
from newsdb.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BAD = Path(__file__).resolve().parent / "bad_inputs" / "facts-quote-not-found.yaml"
sys.path.insert(0, str(SEEDS.parent / "benchmarks"))
from generate import retold  # noqa: E402  (benchmarks/ is not a package)


def extracted_keys(url: str) -> list[tuple[str, str]]:
    engine = db.make_engine(url)
    with engine.connect() as connection:
        keys = [
            (table, key)
            for table in ("deal", "valuation", "lawsuit")
            for (key,) in connection.execute(
                text(f"SELECT key FROM {table} WHERE origin = 'extracted' ORDER BY key")
            )
        ]
    engine.dispose()
    return keys


def test_keys_after_a_rolled_back_run_are_those_of_a_clean_run(databases, runner, tmp_path):
    # what extraction proposes on the seeds merges into their curated facts: deals
    # no curator read keep proposals of their own
    told = retold(3, tmp_path / "retold")
    corpus = [str(SEEDS), str(told / "entities.yaml"), str(told / "articles-0000.jsonl")]
    clean, retried = databases.new(), databases.new()
    for url in (clean, retried):  # the tables (and sequences) outlive the rolled-back run
        db.upgrade(url)
    assert runner.invoke(main, ["--db", clean, "import", *corpus]).exit_code == 0
    failed = runner.invoke(main, ["--db", retried, "import", *corpus, str(BAD)])
    assert failed.exit_code == 1  # after writing the articles and proposals: rolled back
    assert runner.invoke(main, ["--db", retried, "import", *corpus]).exit_code == 0
    keys = extracted_keys(clean)
    assert keys  # the generated articles yield proposals
    assert extracted_keys(retried) == keys
    assert all(key.startswith(f"auto-{table}-") for table, key in keys)
