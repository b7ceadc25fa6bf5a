"""`newsdb import` and `newsdb extract`: articles and curated facts in, mentions out."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import click

from newsdb import db
from newsdb.cli.options import CONTEXT, domain_errors


@click.command(name="import", context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--keep-going",
    is_flag=True,
    help="Import every good file and list the bad ones "
    "(default: stop at the first and import nothing).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Extract in this many worker processes (one process writes the database).",
)
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=db.WRITE_LOCK_PATIENCE,
    show_default=True,
    help="Seconds to wait for another import writing to the same database.",
)
@click.pass_obj
@domain_errors
def import_(url: str, paths: tuple[Path, ...], keep_going: bool, jobs: int, wait: float) -> None:
    """Import articles and curated facts from files or folders.

    Articles: .txt/.md (optional YAML front matter, or a NAME.meta.yaml sidecar
    beside a raw text), .jsonl (one article per line). Curated facts: other
    .yaml files (format: docs/formats.md). Mentions are extracted from every
    article. The database is created or migrated as needed. Importing the
    same files again changes nothing.

    \b
    Example:
      newsdb import seeds/
    """
    from newsdb.importer import ImportFailed, import_paths

    with _progress_bar("Importing articles") as progress:
        try:
            report = import_paths(
                url,
                list(paths),
                keep_going=keep_going,
                progress=progress,
                jobs=jobs,
                wait=wait,
                waiting=lambda message: click.echo(f"Waiting: {message}", err=True),
            )
        except ImportFailed as exc:
            raise click.ClickException(
                f"{exc} (nothing imported: the database is unchanged)"
            ) from None
    for note in report.summary.notes:
        click.echo(f"Note: {note}", err=True)
    click.echo(_summary_table(report.summary), nl=False)
    if report.errors:
        for error in report.errors:
            click.echo(f"Error: {error}", err=True)
        raise click.ClickException(
            f"{len(report.errors)} bad file(s) skipped; every other file was imported"
        )


PROGRESS_EVERY = 5.0  # seconds between two progress lines when stderr is not a terminal


class _progress_bar:
    """Articles done, total and rate on stderr: a live bar on a terminal, otherwise
    (a log, CI) one line every PROGRESS_EVERY seconds."""

    def __init__(self, label: str):
        self.label = label

    def __enter__(self):
        import time

        self.clock = time.monotonic
        self.started = self.last = self.clock()
        self.bar = None
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task(self.label, total=None, rate="")
        return self.update

    def update(self, done: int, total: int) -> None:
        now = self.clock()
        rate = done / (now - self.started) if now > self.started else 0.0
        if self.bar is not None:
            self.bar.update(
                self.task, completed=done, total=total, rate=f"· {rate:,.0f} articles/s"
            )
        elif now - self.last >= PROGRESS_EVERY:
            self.last = now
            share = f" ({100 * done // total}%)" if total else ""
            click.echo(
                f"{self.label}: {done:,}/{total:,} articles{share}, {rate:,.0f} articles/s",
                err=True,
            )

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()


def _summary_table(summary) -> str:
    """Rows added, updated… per table, as the reports' table (ends with a newline)."""
    from newsdb.reports.output import render

    outcomes = ["added", "updated", "unchanged", "skipped"]
    if any(counts["removed"] for counts in summary.counts.values()):  # only when it happened
        outcomes.insert(3, "removed")
    rows = [
        {"table": table, **{o: summary.counts[table][o] for o in outcomes}}
        for table in sorted(summary.counts)
    ]
    return render(rows, "table", ["table", *outcomes])


@click.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "table"]),
    default="json",
    show_default=True,
    help="json: one object per article per line; table: for a person.",
)
@click.option(
    "--facts", is_flag=True, help="Also propose the deals, valuations and lawsuits reported."
)
@click.pass_context
@domain_errors
def extract(ctx: click.Context, paths: tuple[Path, ...], fmt: str, facts: bool) -> None:
    """Print the money, dates, organizations and people found in articles.

    Touches no database. With --db (or $NEWSDB_DATABASE_URL), the entities and
    aliases of that database are the gazetteer; otherwise the bundled one.
    Offsets are Python string indices into the body (the text after any front
    matter): text == body[start:end].

    \b
    Example:
      newsdb extract seeds/001_e2b979e251adb17f.txt --facts --format table
    """
    from newsdb.importer import extract_files, gazetteer_from

    gazetteer = gazetteer_from(ctx.obj if ctx.meta.get("newsdb.db_given") else None)
    for result in extract_files(list(paths), gazetteer, facts=facts):
        if fmt == "json":
            click.echo(json.dumps(result, ensure_ascii=False))
            continue
        from newsdb.reports.output import render

        click.echo(
            f"{result['path']}  language={result['language']}  published={result['published']}"
        )
        columns = ["type", "text", "start", "end", "value", "name"]
        click.echo(render(result["mentions"], "table", columns))
        if facts:
            columns = ["type", "kind", "status", "amount", "parties", "quote"]
            click.echo(render([_fact_row(f) for f in result["facts"]], "table", columns))


def _fact_row(fact: dict) -> dict:
    """A proposed fact as one table row: every party in one cell."""
    parties = fact.get("parties") or (
        [{"name": n, "role": "plaintiff"} for n in fact.get("plaintiffs", [])]
        + [{"name": n, "role": "defendant"} for n in fact.get("defendants", [])]
        + ([{"name": fact["organization"], "role": "valued"}] if fact.get("organization") else [])
    )
    amount = Decimal(fact["amount"]) if fact.get("amount") else None
    kind = fact.get("kind") or fact.get("basis")
    return {**fact, "kind": kind, "parties": parties, "amount": amount}
