"""Evidence never lies: when an article's text changes, every quote citing it is found
again in the new text (offsets follow), or the import fails naming the quote; extracted
evidence is dropped with its proposal and extracted again from the new text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text
from test_bad_input import UNCHANGED, assert_one_error_line, counts

from newsdb import db
from newsdb.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
KEY = "001_e2b979e251adb17f"
QUOTE = "Microsoft has recently held talks with xAI over the possibility of hosting this model"


@pytest.fixture
def seeds(tmp_path) -> Path:
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    return copy


@pytest.fixture
def seeded(empty_url, runner, seeds) -> str:
    result = runner.invoke(main, ["--db", empty_url, "import", str(seeds)])
    assert result.exit_code == 0, result.output
    return empty_url


def evidence(url: str) -> list[tuple]:
    """(origin, quote, body[start:end]) of every evidence row, read back."""
    engine = db.make_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT e.origin, e.quote, e.start_offset, e.end_offset, a.body "
                "FROM evidence e JOIN article a ON a.id = e.article_id ORDER BY e.id"
            )
        ).all()
    engine.dispose()
    return [(origin, quote, body[start:end]) for origin, quote, start, end, body in rows]


def honest(url: str) -> bool:
    return all(quote == cited for _origin, quote, cited in evidence(url))


def test_quotes_follow_a_text_that_moved(runner, seeded, seeds):
    article = seeds / f"{KEY}.txt"
    body = article.read_text(encoding="utf-8")
    assert body.count(QUOTE) == 1
    article.write_text("A correction was added at the top of this article.\n\n" + body)
    before = evidence(seeded)
    result = runner.invoke(main, ["--db", seeded, "import", str(article)])
    assert result.exit_code == 0, result.output
    assert honest(seeded)
    curated = [row for row in evidence(seeded) if row[0] == "curated"]
    assert curated == [row for row in before if row[0] == "curated"]  # same quotes, moved


def test_a_quote_the_new_text_lacks_is_one_line(runner, seeded, seeds):
    article = seeds / f"{KEY}.txt"
    body = article.read_text(encoding="utf-8")
    article.write_text(body.replace(QUOTE, "Microsoft declined to comment"))
    before = counts(seeded)
    result = runner.invoke(main, ["--db", seeded, "import", str(article)])
    assert_one_error_line(
        result,
        f"{article}: the changed text no longer has the quote "
        f"{QUOTE[:59] + '…'!r} that deal 'grok-on-azure' cites: import the facts file "
        "with the quote fixed along with the article" + UNCHANGED,
    )
    assert counts(seeded) == before
    assert honest(seeded)


def test_the_text_and_its_fixed_facts_import_together(runner, seeded, seeds):
    article, facts = seeds / f"{KEY}.txt", seeds / "facts.yaml"
    reworded = QUOTE.replace("held talks", "been in talks")
    article.write_text(article.read_text(encoding="utf-8").replace(QUOTE, reworded))
    facts.write_text(facts.read_text(encoding="utf-8").replace(QUOTE, reworded))
    result = runner.invoke(main, ["--db", seeded, "import", str(article), str(facts)])
    assert result.exit_code == 0, result.output
    quotes = [quote for _origin, quote, _cited in evidence(seeded)]
    assert any(reworded in q for q in quotes) and not any(QUOTE in q for q in quotes)
    assert honest(seeded)


def test_extracted_evidence_goes_with_its_sentence_and_its_proposal(runner, empty_url, seeds):
    """A proposal whose only quote leaves the text loses that evidence; a proposal left
    with no evidence is dropped. (The seeds' articles without their curated file: what
    extraction proposes on them merges into the curated facts otherwise.)"""
    (seeds / "facts.yaml").unlink()
    seeded = empty_url
    result = runner.invoke(main, ["--db", seeded, "import", str(seeds)])
    assert result.exit_code == 0, result.output
    engine = db.make_engine(seeded)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT a.key, d.key, e.quote, e.start_offset, e.end_offset FROM evidence e "
                "JOIN article a ON a.id = e.article_id JOIN deal d ON d.id = e.deal_id "
                "WHERE d.origin = 'extracted' AND "
                "(SELECT count(*) FROM evidence o WHERE o.deal_id = d.id) = 1 ORDER BY e.id"
            )
        ).all()
        curated = connection.execute(
            text(
                "SELECT a.key, e.start_offset, e.end_offset FROM evidence e "
                "JOIN article a ON a.id = e.article_id WHERE e.origin = 'curated'"
            )
        ).all()
    engine.dispose()
    alone = [
        (article, deal, quote)
        for article, deal, quote, start, end in rows
        if not any(k == article and s < end and start < e for k, s, e in curated)
    ]
    assert alone, "the seeds have a proposal quoted once, apart from curated quotes"
    article_key, _deal, quote = alone[0]
    article = seeds / f"{article_key}.txt"
    article.write_text(article.read_text(encoding="utf-8").replace(quote, ""))
    result = runner.invoke(main, ["--db", seeded, "import", str(article)])
    assert result.exit_code == 0, result.output
    assert honest(seeded)
    assert quote not in [q for _origin, q, _cited in evidence(seeded)]
    engine = db.make_engine(seeded)
    with engine.connect() as connection:  # proposed again from another sentence, or gone
        orphans = connection.execute(
            text(
                "SELECT count(*) FROM deal d WHERE d.origin = 'extracted' AND NOT EXISTS "
                "(SELECT 1 FROM evidence e WHERE e.deal_id = d.id)"
            )
        )
        assert orphans.scalar() == 0
    engine.dispose()
