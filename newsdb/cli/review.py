"""`newsdb review`: extracted facts out as curated YAML, to edit and import back."""

from __future__ import annotations

from pathlib import Path

import click

from newsdb.cli.options import CONTEXT, domain_errors


@click.group(context_settings=CONTEXT)
def review() -> None:
    """Review automatically extracted facts: export them as curated YAML, edit, import.

    \b
    Example:
      newsdb review export proposed.yaml && $EDITOR proposed.yaml && newsdb import proposed.yaml
    """


@review.command(name="export", context_settings=CONTEXT)
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
@domain_errors
def review_export(url: str, path: Path) -> None:
    """Write every unreviewed (extracted) deal, valuation and lawsuit to PATH.

    The file is in the curated facts format (docs/formats.md). Edit or delete
    entries, then `newsdb import PATH`: what is left becomes curated.

    \b
    Example:
      newsdb review export proposed.yaml
    """
    from newsdb.review import export_unreviewed

    written = export_unreviewed(url, path)
    click.echo(f"{path}: " + ", ".join(f"{n} {section}" for section, n in written.items()))
