"""Every command the README and docs/ show runs, on the seeds, on both databases.

The fenced blocks are read from the Markdown itself: each `newsdb …` line of a
bash block runs (in document order, in a folder holding `seeds/`, with
$NEWSDB_DATABASE_URL naming the test database), each SQL block runs through
`newsdb sql`, each Python block runs as written. Every one must exit 0 and
print something other than "(no rows)": the text promises rows everywhere.
Lines with a placeholder (PATH, FILE, REV…) are not commands to paste.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdb.cli import main

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
EXTRA_MISSING = re.compile(r"needs \w+: pip install 'newsdb\[\w+\]'")
PLACEHOLDER = re.compile(r"[A-Z]{3,}(\.\.\.)?")  # a whole word: PATH, FILE, PATH...


def blocks(path: Path):
    """(language, text, line number) of each fenced block."""
    text = path.read_text(encoding="utf-8")
    for match in FENCE.finditer(text):
        yield match.group(1), match.group(2), text.count("\n", 0, match.start()) + 1


def steps() -> list[tuple[str, str, str]]:
    """(where, kind, what): newsdb argument lists, SQL statements, Python sources."""
    found = []
    for path in DOCUMENTS:
        for language, text, line in blocks(path):
            where = f"{path.name}:{line}"
            if language == "bash":
                for command in text.splitlines():
                    for part in command.split("&&"):
                        words = shlex.split(part, comments=True)
                        if words[:1] == ["newsdb"] and not any(
                            PLACEHOLDER.fullmatch(word) for word in words
                        ):
                            found.append((where, "newsdb", words[1:]))
            elif language == "sql":
                found.append((where, "newsdb", ["sql", text.strip().rstrip(";")]))
            elif language == "python":
                found.append((where, "python", text))
    return found


STEPS = steps()


def test_the_documents_show_commands_of_every_kind():
    kinds = {kind for _, kind, _ in STEPS}
    assert kinds == {"newsdb", "python"}
    assert sum(1 for _, _, what in STEPS if what[:1] == ["sql"]) >= 5
    assert sum(1 for _, _, what in STEPS if what[:1] == ["report"]) >= 6


@pytest.fixture(scope="module")
def folder(databases, tmp_path_factory):
    """A folder with seeds/ and a database (of this backend) holding them."""
    here = tmp_path_factory.mktemp("docs")
    (here / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
    url = databases.new()
    result = CliRunner().invoke(main, ["--db", url, "import", str(ROOT / "seeds")])
    assert result.exit_code == 0, result.output
    return here, url


def test_every_documented_command_works(folder, monkeypatch):
    here, url = folder
    monkeypatch.chdir(here)
    monkeypatch.setenv("NEWSDB_DATABASE_URL", url)
    runner = CliRunner()
    failures = []
    options = {param.name for param in main.commands["sql"].params}
    postgresql = url.startswith("postgresql")
    superuser_flag = "--as-superuser" if postgresql and "as_superuser" in options else None
    for where, kind, what in STEPS:
        if kind == "newsdb" and what[0] == "serve":
            continue  # a server, started and stopped by its own test
        if kind == "python":
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                exec(compile(what, where, "exec"), {})  # the README's own snippet
            output, code = out.getvalue(), 0
        else:
            if what[0] == "sql" and superuser_flag:  # the tests' PostgreSQL user is one
                what = ["sql", superuser_flag, *what[1:]]
            result = runner.invoke(main, what, env={"NEWSDB_DATABASE_URL": url})
            output, code = result.output, result.exit_code
            if "-o" in what and code == 0:  # written to a file (CSV, SVG, PNG): its size
                written = (here / what[what.index("-o") + 1]).read_bytes()
                output = f"{len(written)} bytes" if written else ""
            extra = EXTRA_MISSING.search(output)
            if code == 1 and extra and not os.environ.get("CI"):
                continue  # an optional extra this machine lacks (CI installs them all)
        if code != 0 or not output.strip() or output.strip() == "(no rows)":
            failures.append(f"{where}: {kind} {what!r} → exit {code}\n{output[-800:]}")
    assert not failures, "\n\n".join(failures)
