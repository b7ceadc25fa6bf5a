"""The holes found by probing `newsdb import` (issue 13), each through the real CLI on
SQLite and PostgreSQL: one `Error:` line naming the file, exit 1, the database as it
was; or, for what is good input, a clean import.

Unreadable files need a process without root's power to read anything: as root, the
CLI runs under `setpriv` with CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH dropped.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys

import pytest
from sqlalchemy import text
from test_bad_input import BAD, SEEDS, UNCHANGED, assert_one_error_line, counts, invoke

from newsdb import db
from newsdb.cli import main

GOOD = BAD / "keep-going" / "good-aurora.md"


@pytest.fixture(scope="module")
def seeded(databases) -> str:
    from click.testing import CliRunner

    url = databases.new()
    result = invoke(CliRunner(), url, SEEDS)
    assert result.exit_code == 0, result.output
    return url


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("facts-yaml-aliases.yaml", "{path}:3: invalid YAML: YAML aliases (*a) are not allowed: "),
        (
            "alias-front-matter.md",
            "{path}:3: invalid YAML metadata: YAML aliases (*t) are not allowed: ",
        ),
    ],
    ids=["billion-laughs-facts", "alias-in-front-matter"],
)
def test_yaml_aliases_are_refused_at_once(runner, seeded, name, line):
    path = BAD / name
    before = counts(seeded)
    result = invoke(runner, seeded, path)
    assert_one_error_line(result, line.format(path=path) + "write the value out" + UNCHANGED)
    assert counts(seeded) == before


def test_a_device_behind_a_link_is_refused(runner, seeded, tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    before = counts(seeded)
    result = invoke(runner, seeded, link)
    assert_one_error_line(
        result, f"{link}: a character device, not a regular file: newsdb reads regular files"
    )
    assert counts(seeded) == before


def test_a_fifo_is_refused_before_the_write_lock(runner, seeded, tmp_path):
    """Refused while another import holds the lock: it was never waited for."""
    from test_concurrency import WriteLock

    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    before = counts(seeded)
    lock = WriteLock(seeded)
    try:
        result = runner.invoke(main, ["--db", seeded, "import", "--wait", "60", str(fifo)])
    finally:
        lock.release()
    assert_one_error_line(result, f"{fifo}: a FIFO, not a regular file: newsdb reads regular files")
    assert counts(seeded) == before


def test_special_files_in_a_folder_are_listed_with_keep_going(runner, seeded_copy, tmp_path):
    shutil.copy(GOOD, tmp_path / "good.md")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.md").symlink_to("/dev/zero")
    before = counts(seeded_copy)
    result = runner.invoke(main, ["--db", seeded_copy, "import", "--keep-going", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {tmp_path}/pipe.txt: a FIFO, not a regular file: skipped",
        f"Error: {tmp_path}/zero.md: a character device, not a regular file: skipped",
        "Error: 2 bad file(s) skipped; every other file was imported",
    ]
    assert counts(seeded_copy)["article"] == before["article"] + 1


@pytest.fixture
def seeded_copy(empty_url, runner) -> str:
    result = invoke(runner, empty_url, SEEDS)
    assert result.exit_code == 0, result.output
    return empty_url


def unprivileged(url: str, *args: str) -> subprocess.CompletedProcess:
    """The CLI in a process that file permissions apply to, even when the tests run as root."""
    command = [sys.executable, "-m", "newsdb", "--db", url, "import", *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions cannot be denied")
        command = [setpriv, "--bounding-set", "-dac_override,-dac_read_search", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("keep_going", [False, True], ids=["atomic", "keep-going"])
def test_unreadable_file_is_one_line(seeded_copy, tmp_path, keep_going):
    seeded = seeded_copy
    shutil.copy(GOOD, tmp_path / "good.md")
    locked = tmp_path / "locked.md"
    shutil.copy(GOOD, locked)
    locked.chmod(0)
    before = counts(seeded)
    result = unprivileged(seeded, *(["--keep-going"] if keep_going else []), str(tmp_path))
    locked.chmod(0o644)
    assert result.returncode == 1
    error = f"Error: {locked}: cannot read the file: Permission denied"
    if keep_going:
        assert result.stderr.splitlines() == [
            error,
            "Error: 1 bad file(s) skipped; every other file was imported",
        ]
        assert counts(seeded)["article"] == before["article"] + 1
    else:
        assert result.stderr == f"{error}{UNCHANGED}\n"
        assert counts(seeded) == before


def test_unreadable_folder_is_reported_not_skipped_in_silence(seeded, tmp_path):
    shutil.copy(GOOD, tmp_path / "good.md")
    locked = tmp_path / "locked"
    locked.mkdir()
    shutil.copy(GOOD, locked / "inside.md")
    locked.chmod(0)
    before = counts(seeded)
    result = unprivileged(seeded, str(tmp_path))
    locked.chmod(0o755)
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: {locked}: cannot read the folder: Permission denied{UNCHANGED}\n"
    )
    assert counts(seeded) == before


def test_any_file_name_is_printable(runner, empty_url, tmp_path):
    """A good article named with a byte that is not UTF-8 imports (its key and path
    written with \\xNN); a bad one named with a newline is one line of error."""
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as f:
        f.write(GOOD.read_bytes())
    result = invoke(runner, empty_url, tmp_path)
    assert result.exit_code == 0, result.output
    engine = db.make_engine(empty_url)
    with engine.connect() as connection:
        key, path = connection.execute(text("SELECT key, path FROM article")).one()
    engine.dispose()
    assert (key, path) == ("caf\\xe9", f"{tmp_path}/caf\\xe9.txt")
    bad = tmp_path / "two\nlines.md"
    bad.write_text("")
    result = invoke(runner, empty_url, bad)
    assert_one_error_line(result, f"{tmp_path}/two\\nlines.md: the file is empty{UNCHANGED}")


def test_a_date_in_year_9999_imports_and_reports(runner, empty_url, tmp_path):
    """December 9999 has a last day: the article, a curated deal citing it, and the
    deals report all work (was `year 10000 is out of range`)."""
    article = tmp_path / "far.md"
    article.write_text(
        "---\ntitle: Far future\npublished: 9999-12\n---\n"
        "Aurora Robotics said it had raised $120 million from Northwind Capital.\n"
    )
    facts = tmp_path / "far.yaml"
    facts.write_text(
        "organizations:\n  - {name: Aurora Robotics}\n  - {name: Northwind Capital}\n"
        "deals:\n  - key: far-deal\n    title: Far\n    kind: investment\n"
        "    parties:\n      - {name: Aurora Robotics, role: target}\n"
        "      - {name: Northwind Capital, role: investor}\n"
        "    evidence:\n      - article: far\n        quote: raised $120 million\n"
        "        status: completed\n"
    )
    result = invoke(runner, empty_url, article, facts)
    assert result.exit_code == 0, result.output
    report = runner.invoke(main, ["--db", empty_url, "report", "deals", "--format", "csv"])
    assert report.exit_code == 0, report.output
    rows = list(csv.DictReader(io.StringIO(report.output)))
    far = [
        (r["status"], r["first_reported"], r["confirmed"]) for r in rows if r["key"] == "far-deal"
    ]
    assert far == [("completed", "9999-12", "9999-12")]


def test_entity_names_are_normalized_as_documented(runner, empty_url, tmp_path):
    """NFKC, invisible characters removed, one space: 'Zeta<ZWSP> Labs<RLM>' is stored as
    'Zeta Labs', a fullwidth alias as plain letters, and both find the same organization."""
    facts = tmp_path / "zeta.yaml"
    facts.write_text(
        'organizations:\n  - name: "Zeta\\u200b  Labs\\u200f"\n'
        '    aliases: ["\\uff3a\\uff2c\\uff21\\uff22"]\n'
        'aliases:\n  - {entity: "Zeta\\u2060 Labs", alias: "Zeta Laboratories"}\n',
        encoding="utf-8",
    )
    result = invoke(runner, empty_url, facts)
    assert result.exit_code == 0, result.output
    engine = db.make_engine(empty_url)
    with engine.connect() as connection:
        name = connection.execute(
            text("SELECT name FROM organization WHERE name LIKE 'Zeta%'")
        ).scalar_one()
        aliases = (
            connection.execute(
                text(
                    "SELECT a.alias FROM organization_alias a JOIN organization o "
                    "ON o.id = a.organization_id WHERE o.name = :n ORDER BY a.alias"
                ),
                {"n": name},
            )
            .scalars()
            .all()
        )
    engine.dispose()
    assert (name, aliases) == ("Zeta Labs", ["ZLAB", "Zeta Laboratories"])
