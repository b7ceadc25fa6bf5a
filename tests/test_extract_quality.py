"""Extraction quality against hand-made gold (SPEC section 7).

Two sets, scored separately: the five seeds (tests/gold/seeds.json) and the
extra articles in tests/articles (tests/gold/articles.json), which the rules
were not written against.  A hit is a predicted mention of the same type whose
span overlaps a gold span; precision counts predictions that hit, recall gold
mentions that were hit.  Normalized values (amount + currency, date value +
precision, entity name) are reported for the hits, not asserted.

Run ``pytest tests/test_extract_quality.py -s`` to see the table.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from newsdb.extract import Gazetteer, Mention, extract_article
from newsdb.partial_date import PartialDate

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).resolve().parent / "gold"
TYPES = ("money", "date", "organization", "person")
BARS = {"money": 0.95, "date": 0.95, "organization": 0.9, "person": 0.9}


def split_front_matter(text: str) -> str:
    """The body of a test article: everything after the closing ``---`` line."""
    if text.startswith("---\n"):
        _, sep, body = text[4:].partition("\n---\n")
        if sep:
            return body
    return text


def load_set(name: str) -> list[tuple[str, str, dict]]:
    """(file name, body, gold record) for each file of a gold set."""
    records = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    folder = ROOT / ("seeds" if name == "seeds" else "tests/articles")
    out = []
    for record in records:
        text = (folder / record["file"]).read_text(encoding="utf-8")
        out.append((record["file"], split_front_matter(text), record))
    return out


def _value_right(gold: dict, found: Mention) -> bool:
    if gold["type"] == "money":
        return found.amount == Decimal(gold["amount"]) and found.currency == gold["currency"]
    if gold["type"] == "date":
        return found.value == gold.get("value") and found.precision == gold.get("precision")
    return found.name == gold["name"]


def score(name: str) -> dict[str, dict[str, float]]:
    """Per type: predicted, gold, hits both ways, precision, recall, values right."""
    gazetteer = Gazetteer.bundled()
    counts = {t: dict(pred=0, gold=0, tp_pred=0, tp_gold=0, values=0) for t in TYPES}
    for _file, body, record in load_set(name):
        published = PartialDate.parse(record["published"])
        found = [
            m
            for m in extract_article(
                body,
                published=published,
                language=record.get("language"),
                gazetteer=gazetteer,
                facts=False,
            ).mentions
            if m.type in TYPES
        ]
        gold = record["mentions"]
        for kind in TYPES:
            preds = [m for m in found if m.type == kind]
            golds = [g for g in gold if g["type"] == kind]
            c = counts[kind]
            c["pred"] += len(preds)
            c["gold"] += len(golds)
            c["tp_pred"] += sum(any(_overlap(p, g) for g in golds) for p in preds)
            for g in golds:
                hits = [p for p in preds if _overlap(p, g)]
                if hits:
                    c["tp_gold"] += 1
                    c["values"] += _value_right(g, hits[0])
    for c in counts.values():
        c["precision"] = c["tp_pred"] / c["pred"] if c["pred"] else 1.0
        c["recall"] = c["tp_gold"] / c["gold"] if c["gold"] else 1.0
    return counts


def _overlap(found: Mention, gold: dict) -> bool:
    return found.start < gold["end"] and gold["start"] < found.end


def format_table(name: str, counts: dict) -> str:
    lines = [f"{name}: type          P      R   values right  (pred/gold)"]
    for kind, c in counts.items():
        lines.append(
            f"  {kind:<14} {c['precision']:.3f}  {c['recall']:.3f}  "
            f"{c['values']:>4}/{c['tp_gold']:<4}      ({c['pred']}/{c['gold']})"
        )
    return "\n".join(lines)


@pytest.mark.parametrize("name", ["seeds", "articles"])
def test_quality_bars(name: str) -> None:
    counts = score(name)
    print("\n" + format_table(name, counts))
    for kind, bar in BARS.items():
        assert counts[kind]["precision"] >= bar, (name, kind, counts[kind])
        assert counts[kind]["recall"] >= bar, (name, kind, counts[kind])


def test_gold_offsets_match_the_texts() -> None:
    for name in ("seeds", "articles"):
        for file, body, record in load_set(name):
            for mention in record["mentions"]:
                assert body[mention["start"] : mention["end"]] == mention["text"], (file, mention)


if __name__ == "__main__":
    for set_name in ("seeds", "articles"):
        print(format_table(set_name, score(set_name)))


# --- real news: ../shared/devset, scored by the shared tool -------------------

DEVSET = ROOT.parent / "shared" / "devset"
SCORER = ROOT.parent / "shared" / "tools" / "score-extraction"
# Issue 14's bars for the 60 real articles (strict entity names).
DEVSET_BARS = {  # a little under the figures measured (date 0.96/0.99, orgs 0.98/0.93)
    "money": (0.98, 0.98),
    "date": (0.94, 0.96),
    "organization": (0.97, 0.92),
    "person": (0.97, 0.97),
}


@pytest.mark.skipif(not SCORER.exists(), reason="no ../shared/devset beside the repository")
def test_devset_scores_meet_the_bars() -> None:
    """`newsdb extract` on real articles nobody here wrote, scored by the shared
    tool (its last line is a JSON summary of recall and precision per type)."""
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    result = subprocess.run(
        [sys.executable, str(SCORER), str(DEVSET), "--strict"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    print("\n" + "\n".join(result.stdout.strip().splitlines()[-5:-1]))
    assert summary["bad_offsets"] == 0
    for kind, (recall, precision) in DEVSET_BARS.items():
        assert summary[kind]["recall"] >= recall, (kind, summary[kind])
        assert summary[kind]["precision"] >= precision, (kind, summary[kind])


# --- weeks and quarters through the CLI, on both databases -------------------


def test_weeks_and_quarters_are_imported(runner, empty_url, tmp_path) -> None:
    """An ISO week and a quarter keep their value in the mention's normalized
    text; the date columns hold the smallest enclosing date the precision
    vocabulary (year, month, day) has."""
    from sqlalchemy import text

    from newsdb import db
    from newsdb.cli import main

    path = tmp_path / "roundup.md"
    path.write_text(
        "---\ntitle: Weekly roundup\nlanguage: en\npublished: 2025-05-14\n---\n"
        "Kelvaro Dynamics said earlier this week that first-quarter revenue doubled.\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["--db", empty_url, "import", str(path)])
    assert result.exit_code == 0, result.output
    engine = db.make_engine(empty_url)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT text, normalized, date, date_precision FROM mention"
                " WHERE type = 'date' ORDER BY start_offset"
            )
        ).all()
    engine.dispose()
    assert [(t, n, str(d), p) for t, n, d, p in rows] == [
        ("earlier this week", "2025-W20", "2025-05-01", "month"),
        ("first-quarter", "2025-Q1", "2025-01-01", "year"),
    ]
