"""Every report's full output on the seeds (and tests/claims: four articles telling one
bid differently, so history and conflicts have rows), pinned: table, CSV and JSON, compared byte for
byte with tests/expected/, on SQLite and on PostgreSQL (the same files: one contract).

A change of output is a reviewed diff. To accept one, run
`pytest tests/test_expected_output.py --update-expected` (the SQLite run rewrites the
files, the PostgreSQL run then checks them) and read `git diff tests/expected/`.

Tables are laid out at 80 columns (CliRunner's output is not a terminal); nothing in the
reports reads today's date.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdb.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CLAIMS = ROOT / "tests" / "claims"
EXPECTED = Path(__file__).resolve().parent / "expected"

# file stem → the report and its arguments
REPORTS = {
    "deals": ["deals"],
    "deals-as-of-2025-02-27": ["deals", "--as-of", "2025-02-27"],
    "valuations": ["valuations"],
    "lawsuits": ["lawsuits"],
    "timeline": ["timeline", "--since", "2000"],
    "sources": ["sources"],
    "profile-x.ai": ["profile", "x.AI"],
    "history-grok-on-azure": ["history", "grok-on-azure"],
    "history-musk-bid-test": ["history", "musk-bid-test"],
    "conflicts": ["conflicts"],
}
FORMATS = {"table": "txt", "csv": "csv", "json": "json"}


def run(url: str, *args: str) -> str:
    result = CliRunner().invoke(main, ["--db", url, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def seeded(databases) -> str:
    url = databases.new()
    run(url, "import", str(SEEDS), str(CLAIMS))
    return url


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("stem", REPORTS)
def test_report_output_is_the_expected_text(seeded, databases, request, stem, fmt):
    output = run(seeded, "report", *REPORTS[stem], "--format", fmt)
    path = EXPECTED / f"{stem}.{FORMATS[fmt]}"
    if request.config.getoption("--update-expected") and databases.backend == "sqlite":
        path.parent.mkdir(exist_ok=True)
        path.write_text(output, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"no {path.relative_to(ROOT)}: run pytest {__file__} --update-expected")
    expected = path.read_text(encoding="utf-8")
    if output != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True),
            output.splitlines(keepends=True),
            f"{path.relative_to(ROOT)} (expected)",
            f"newsdb report {' '.join(REPORTS[stem])} --format {fmt} ({databases.backend})",
        )
        pytest.fail("output differs from the expected text:\n" + "".join(diff), pytrace=False)
