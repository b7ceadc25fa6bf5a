"""`newsdb serve`: browse the database in Datasette (optional extra)."""

from __future__ import annotations

import click

from newsdb.cli.options import CONTEXT, domain_errors


@click.command(context_settings=CONTEXT)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", "-p", type=click.IntRange(1, 65535), default=8001, show_default=True, help="Port."
)
@click.pass_obj
@domain_errors
def serve(url: str, host: str, port: int) -> None:
    """Browse the database in Datasette: documented views, the reports as stored queries.

    Needs the optional extra: pip install 'newsdb[serve]'. Datasette reads
    SQLite only: a SQLite database is served read-only from its file; a
    PostgreSQL database is first copied into a temporary SQLite snapshot
    (restart to see later imports), deleted when the server stops. Dates show
    at their precision ("2025", not "2025-01-01"); JSON and CSV keep the raw
    values. Stops on Ctrl-C.

    \b
    Example:
      newsdb serve --port 8001   # then open http://127.0.0.1:8001/newsdb
    """
    from newsdb import serve as module

    module.require_datasette()
    with module.sqlite_file(url, progress=lambda line: click.echo(line, err=True)) as source:
        click.echo(
            f"Serving {source.path} at http://{host}:{port}/newsdb (Ctrl-C to stop)", err=True
        )
        module.serve(source.path, host, port, immutable=source.snapshot)
