"""Bad input through the real CLI, on SQLite and PostgreSQL: one `Error:` line
naming the file and the line (or key) and what to do, exit status 1, no
traceback, and the database exactly as it was.

The inputs are small files in tests/bad_inputs/; big ones are made at run time.

Decisions:
- A path that does not exist is a domain error (exit 1, one line), not a click
  usage error: click's `exists=True` check would print the usage text and a
  hint over four lines. The library checks the paths (readers.find_files).
- A database URL that cannot be reached (or opened) is exit 1 too.
- A 50 MB article is under the 64 MiB limit (readers.MAX_BYTES): it imports,
  body byte-exact. A file over the limit is refused with a message.
"""

from __future__ import annotations

import hashlib
import shutil
import time
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from newsdb import db
from newsdb.cli import main
from newsdb.readers.files import MAX_BYTES

BAD = Path(__file__).resolve().parent / "bad_inputs"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
UNCHANGED = " (nothing imported: the database is unchanged)"
UNREACHABLE = "postgresql+psycopg://nobody@127.0.0.1:1/x"


def counts(url: str) -> dict[str, int]:
    """Rows in every table of the database."""
    engine = db.make_engine(url)
    with engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        found = {
            t: connection.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in tables
        }
        for t in ("deal", "valuation", "lawsuit", "organization"):  # curated, not proposed
            found[f"curated {t}"] = connection.execute(
                text(f"SELECT count(*) FROM {t} WHERE origin = 'curated'")
            ).scalar()
    engine.dispose()
    return found


def invoke(runner, url: str, *args: str | Path):
    return runner.invoke(main, ["--db", url, "import", *map(str, args)])


def assert_one_error_line(result, line: str, exit_code: int = 1) -> None:
    assert result.exit_code == exit_code, result.output
    assert result.output == f"Error: {line}\n"
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.fixture(scope="module")
def seeded(databases) -> str:
    """One database per backend holding the seeds. The bad imports below share it:
    each asserts it left every table as it found it."""
    from click.testing import CliRunner

    url = databases.new()
    result = invoke(CliRunner(), url, SEEDS)
    assert result.exit_code == 0, result.output
    return url


@pytest.fixture
def seeded_copy(empty_url, runner) -> str:
    """A new database holding the seeds, for imports that change it."""
    result = invoke(runner, empty_url, SEEDS)
    assert result.exit_code == 0, result.output
    return empty_url


# (file or folder under tests/bad_inputs, the one line after "Error: " with
# {path} for its full path, before the "(nothing imported…)" suffix)
CASES = [
    pytest.param("empty.md", "{path}: the file is empty", id="empty-file"),
    pytest.param(
        "binary.txt", "{path}: binary file (NUL bytes): expected UTF-8 text", id="binary-file"
    ),
    pytest.param(
        "latin1.txt",
        "{path}:3: not UTF-8 (byte 0xe9): convert the file to UTF-8",
        id="not-utf8",
    ),
    pytest.param(
        "broken-front-matter.md",
        "{path}:2: invalid YAML metadata: expected ',' or ']', but got ':'",
        id="broken-front-matter",
    ),
    pytest.param(
        "colon-in-title.md",
        "{path}:2: invalid YAML metadata: mapping values are not allowed here "
        "(a value with ': ' in it needs quotes)",
        id="front-matter-unquoted-colon",
    ),
    pytest.param(
        "unclosed-front-matter.md",
        "{path}:1: front matter opened with '---' is never closed",
        id="unclosed-front-matter",
    ),
    pytest.param(
        "bad-date.md",
        "{path}:3: 'published' is not a date: '2025-13-45' (use YYYY, YYYY-MM or YYYY-MM-DD)",
        id="front-matter-date-not-a-date",
    ),
    pytest.param(
        "bad-language.md",
        "{path}:3: 'language' must be an ISO 639-1 code like 'en', not 'english'",
        id="front-matter-language-not-iso",
    ),
    pytest.param(
        "broken-line.jsonl",
        "{path}:2: invalid JSON: Expecting ',' delimiter (column 74)",
        id="jsonl-broken-line",
    ),
    pytest.param(
        "lone-surrogate.jsonl",
        "{path}:2: invalid JSON: a lone surrogate (\\ud800) is not text",
        id="jsonl-lone-surrogate",
    ),
    pytest.param(
        "facts-unknown-article.yaml",
        "{path}:12: article '999_does_not_exist' is not imported (cite the key of an article "
        "in this import or in the database)",
        id="facts-unknown-article",
    ),
    pytest.param(
        "facts-quote-not-found.yaml",
        "{path}:12: quote not found in article 001_e2b979e251adb17f: "
        "'Google has recently held talks with xAI'",
        id="facts-quote-not-in-article",
    ),
    pytest.param(
        "facts-unknown-entity.yaml",
        "{path}:9: unknown organization or person 'Zyxwv Dynamics': "
        "declare it under organizations:/people:/products:",
        id="facts-unknown-entity",
    ),
    pytest.param(
        "facts-amount-not-a-number.yaml",
        "{path}:5: amount '1,,5 milliards' is not a number (write digits, e.g. \"33000000000\")",
        id="facts-amount-not-a-number",
    ),
    pytest.param(
        "facts-amount-too-precise.yaml",
        "{path}:5: amount '300000000000.001' has more than 2 decimal places "
        "(amounts are stored exactly, to the cent)",
        id="facts-amount-too-precise",
    ),
    pytest.param(
        "facts-bad-currency.yaml",
        "{path}:6: currency '$' is not an ISO 4217 code (e.g. USD, EUR, JPY)",
        id="facts-currency-not-iso4217",
    ),
    pytest.param(
        "facts-unknown-flag.yaml",
        "{path}:6: flag 'rounded_up' is not one of: amount_by_reference, amount_doubtful, "
        "amount_vague, amount_without_unit, counterparty_unnamed, date_doubtful, speculative",
        id="facts-unknown-flag",
    ),
    pytest.param(
        "facts-unknown-basis.yaml",
        "{path}:8: basis 'enterprise_value' is not one of: raised, pre_money, post_money, "
        "implied, offer, sale_price, market, other",
        id="facts-unknown-basis",
    ),
    pytest.param(
        "facts-bad-date.yaml",
        "{path}:7: announced is not a date: '2025-02-30' (use YYYY, YYYY-MM or YYYY-MM-DD)",
        id="facts-date-not-a-date",
    ),
    pytest.param(
        "facts-precision-contradicts-date.yaml",
        "{path}:8: announced_precision 'day' contradicts announced '2025-05' (month precision)",
        id="facts-precision-contradicts-date",
    ),
    # --- found by probing (issue 13) -------------------------------------------------
    pytest.param(
        "bad-language-code.md",
        "{path}:3: 'language' must be an ISO 639-1 code like 'en', not 'xx'",
        id="front-matter-language-not-a-code",
    ),
    pytest.param(
        "bad-time.md",
        "{path}:3: 'published' is not a date: '2025-05-02 99:99' (use YYYY, YYYY-MM or YYYY-MM-DD)",
        id="front-matter-time-not-a-time",
    ),
    pytest.param(
        "id-boolean.md", "{path}:2: 'id' must be text, not True (quote it)", id="id-a-boolean"
    ),
    pytest.param(
        "facts-blank-name.yaml",
        "{path}:3: 'name' is blank: '\\u200b' has no visible character",
        id="facts-name-invisible-only",
    ),
    pytest.param(
        "facts-confusable-name.yaml",
        "{path}:3: 'name' 'M\u0456crosoft' mixes Latin and Cyrillic letters (\u0456 is "
        "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I, U+0456): write it in one script",
        id="facts-name-confusable",
    ),
    pytest.param(
        "facts-ambiguous-person.yaml",
        "{path}:3: ambiguous: person name 'Microsoft' already names the organization "
        "Microsoft; a name may be one organization or one person, not both",
        id="facts-name-both-organization-and-person",
    ),
    pytest.param(
        "facts-organization-parent-cycle.yaml",
        "{path}:3: parent cycle: Cycle Holdings → Cycle Subsidiary → Cycle Holdings",
        id="facts-organization-parent-cycle",
    ),
    pytest.param(
        "facts-lawsuit-parent-cycle.yaml",
        "{path}:6: parent cycle: cycle-suit-a → cycle-suit-b → cycle-suit-a",
        id="facts-lawsuit-parent-cycle",
    ),
    pytest.param(
        "facts-completed-before-announced.yaml",
        "{path}:8: completed 2024 is before announced 2025-05",
        id="facts-completed-before-announced",
    ),
    pytest.param(
        "facts-negative-zero.yaml",
        "{path}:7: amount '-0.00' must be a non-negative number",
        id="facts-amount-negative-zero",
    ),
    pytest.param(
        "facts-long-name.yaml",
        "{path}:3: 'name' is 322 characters, over the limit of 200",
        id="facts-name-too-long-on-both-databases",
    ),
    pytest.param(
        "duplicate-text",
        "{path}/grok-b.md: same article text as {path}/grok-a.md (key 'grok-a'): "
        "remove one of them",
        id="same-article-twice-in-one-batch",
    ),
    pytest.param(
        "duplicate-key.jsonl",
        "{path}:3: same article key as {path}:1 (key 'grok-azure'): remove one of them",
        id="same-key-twice-in-one-file",
    ),
]


@pytest.mark.parametrize(("name", "message"), CASES)
def test_bad_input_is_one_line_and_changes_nothing(runner, seeded, name, message):
    path = BAD / name
    before = counts(seeded)
    result = invoke(runner, seeded, path)
    assert_one_error_line(result, message.format(path=path) + UNCHANGED)
    assert counts(seeded) == before


def test_path_that_does_not_exist(runner, seeded, tmp_path):
    path = tmp_path / "missing.md"
    before = counts(seeded)
    result = invoke(runner, seeded, BAD / "keep-going" / "good-aurora.md", path)
    assert_one_error_line(result, f"{path}: no such file or folder")
    assert counts(seeded) == before


def test_database_that_cannot_be_reached(runner, seeded):
    before = counts(seeded)
    result = invoke(runner, UNREACHABLE, BAD / "keep-going" / "good-aurora.md")
    assert_one_error_line(
        result,
        f"cannot connect to {UNREACHABLE}: connection failed: connection to server at "
        '"127.0.0.1", port 1 failed: Connection refused',
    )
    assert counts(seeded) == before


def test_file_over_the_size_limit(runner, seeded, tmp_path):
    path = tmp_path / "huge.md"
    with path.open("wb") as f:  # sparse: the size is refused before anything is read
        f.truncate(MAX_BYTES + 2**20)
    before = counts(seeded)
    result = invoke(runner, seeded, path)
    assert_one_error_line(
        result,
        f"{path}: file is 65 MiB, over the 64 MiB limit: split it into smaller files" + UNCHANGED,
    )
    assert counts(seeded) == before


def test_nul_byte_deep_inside_a_text(runner, seeded, tmp_path):
    """PostgreSQL cannot store NUL: refused on both databases, at its line."""
    path = tmp_path / "nul.txt"
    path.write_bytes(b"Microsoft will host Grok.\n" * 400 + b"A stray \x00 byte.\n")
    before = counts(seeded)
    result = invoke(runner, seeded, path)
    assert_one_error_line(
        result, f"{path}:401: NUL byte in the text: remove it (expected UTF-8 text)" + UNCHANGED
    )
    assert counts(seeded) == before


def test_50_mb_article_imports_byte_exact(runner, empty_url, tmp_path, record_property):
    """Prose with a seed article every megabyte: imported whole, body byte-exact.
    The time goes to the junit report (`seconds`), it is not asserted."""
    seed = (SEEDS / "001_e2b979e251adb17f.txt").read_text(encoding="utf-8")
    prose = "The engineers said the model would be available to customers soon.\n"
    body = (prose * (1_000_000 // len(prose)) + seed) * 50
    path = tmp_path / "big.md"
    path.write_text(f"---\ntitle: Big\nlanguage: en\npublished: 2025-05-02\n---\n{body}")
    assert 50_000_000 < path.stat().st_size < MAX_BYTES
    started = time.perf_counter()
    result = invoke(runner, empty_url, path)
    record_property("seconds", round(time.perf_counter() - started, 1))
    assert result.exit_code == 0, result.output
    engine = db.make_engine(empty_url)
    with engine.connect() as connection:
        length, sha256 = connection.execute(
            text("SELECT length(body), sha256 FROM article WHERE key = 'big'")
        ).one()
        money = connection.execute(
            text("SELECT count(*) FROM mention WHERE type = 'money'")
        ).scalar()
    engine.dispose()
    assert (length, sha256) == (len(body), hashlib.sha256(body.encode()).hexdigest())
    assert money == 50 * sum(1 for _ in _money_in(seed))


def _money_in(body: str):
    from newsdb.extract import extract_article

    return (
        m for m in extract_article(body, language="en", facts=False).mentions if m.type == "money"
    )


def test_keep_going_imports_the_good_files_and_lists_the_bad(runner, seeded_copy, tmp_path):
    folder = tmp_path / "keep-going"
    shutil.copytree(BAD / "keep-going", folder)
    before = counts(seeded_copy)
    result = runner.invoke(main, ["--db", seeded_copy, "import", "--keep-going", str(folder)])
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        f"Error: {folder}/bad-broken.jsonl:2: invalid JSON: Expecting value (column 26)",
        f"Error: {folder}/bad-empty.md: the file is empty",
        f"Error: {folder}/bad-latin1.txt:1: not UTF-8 (byte 0xe9): convert the file to UTF-8",
        f"Error: {folder}/bad-entity.yaml:3: unknown organization 'Aurora Robotix': declare "
        "it under organizations:/people:/products: (did you mean Aurora Robotics?)",
        f"Error: {folder}/bad-quote.yaml:9: quote not found in article good-aurora: "
        "'raised $200 million'",
        "Error: 5 bad file(s) skipped; every other file was imported",
    ]
    assert "Traceback" not in result.output
    after = counts(seeded_copy)
    assert after["article"] == before["article"] + 3  # good-aurora, wire-1, wire-2
    assert after["curated deal"] == before["curated deal"] + 1  # aurora-series-b
    assert after["curated organization"] == before["curated organization"] + 2
    assert after["curated valuation"] == before["curated valuation"]
    assert result.stdout.splitlines()[2].split() == ["article", "3", "0", "0", "0"]


# --- huge amounts in an article: the article imports, whatever the database holds


def test_article_quoting_a_29_digit_amount_imports(runner, seeded_copy, tmp_path):
    """Was a decimal.InvalidOperation traceback (extract/mentions/money.py, fixed there). The
    exact text keeps it on both databases; the NUMERIC(24, 2) number cannot, and the
    mention says so instead of leaving the amount empty silently."""
    path = tmp_path / "fund.md"
    path.write_text("The fund claims $99999999999999999999999999999 in assets.\n")
    result = invoke(runner, seeded_copy, path)
    assert result.exit_code == 0, result.output
    exact = Decimal("99999999999999999999999999999.00")
    assert money_mentions(seeded_copy, "fund") == [
        ("$99999999999999999999999999999", exact, "99999999999999999999999999999 USD")
    ]
    number, note = mention_number(seeded_copy, "fund")
    assert number is None and note == "amount beyond NUMERIC(24, 2): exact text only"


@pytest.mark.parametrize(
    "sentence, quoted, amount, currency",
    [
        (
            "Analysts expect AI to add $15.7 trillion to the economy.",
            "$15.7 trillion",
            "15700000000000",
            "USD",
        ),
        (
            "Acme agreed to buy Borealis for 12 trillion yen.",
            "12 trillion yen",
            "12000000000000",
            "JPY",
        ),
        (
            "The state pledged 1.5 trillion yen in subsidies.",
            "1.5 trillion yen",
            "1500000000000",
            "JPY",
        ),
    ],
)
def test_article_quoting_trillions_keeps_them_exactly(
    runner, seeded_copy, tmp_path, sentence, quoted, amount, currency
):
    """Was "rejected by the database", then a NULL amount on SQLite (15 exact digits)."""
    path = tmp_path / "market.md"
    path.write_text(sentence + "\n")
    result = invoke(runner, seeded_copy, path)
    assert result.exit_code == 0, result.output
    assert money_mentions(seeded_copy, "market") == [
        (quoted, Decimal(amount).quantize(Decimal("0.01")), f"{amount} {currency}")
    ]
    number, note = mention_number(seeded_copy, "market")
    assert Decimal(str(number)) == Decimal(amount) and "exact text only" not in (note or "")


def mention_number(url: str, key: str) -> tuple:
    engine = db.make_engine(url)
    with engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT m.amount, m.rate_note FROM mention m JOIN article a"
                " ON a.id = m.article_id WHERE a.key = :key AND m.type = 'money'"
            ),
            {"key": key},
        ).one()
    engine.dispose()
    return tuple(row)


def money_mentions(url: str, key: str) -> list[tuple]:
    engine = db.make_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT m.text, m.amount_exact, m.normalized FROM mention m JOIN article a"
                " ON a.id = m.article_id WHERE a.key = :key AND m.type = 'money'"
            ),
            {"key": key},
        ).all()
    engine.dispose()
    return [(t, None if a is None else Decimal(str(a)), n) for t, a, n in rows]
