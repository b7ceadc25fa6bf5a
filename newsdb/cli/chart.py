"""`newsdb chart`: valuations or deals over time, drawn to a file (optional extra)."""

from __future__ import annotations

from pathlib import Path

import click

from newsdb.cli.options import CONTEXT, domain_errors, filter_options, filters_from


def _chart_path(_ctx, _param, value: Path) -> Path:
    if value.suffix.lower() not in (".svg", ".png"):
        raise click.BadParameter(f"{value}: the file name must end in .svg or .png")
    return value


def chart_output(function):
    return click.option(
        "--output",
        "-o",
        "path",
        required=True,
        type=click.Path(dir_okay=False, path_type=Path),
        callback=_chart_path,
        help="The picture to write: FILE.svg or FILE.png.",
    )(function)


@click.group(context_settings=CONTEXT)
def chart() -> None:
    """Draw valuations or deals over time to an SVG or PNG file.

    Needs the optional extra: pip install 'newsdb[chart]'.

    \b
    Example:
      newsdb chart valuations --org OpenAI -o openai.svg
    """


@chart.command(name="valuations", context_settings=CONTEXT)
@click.option("--org", required=True, help="The organization (name or alias).")
@chart_output
@click.pass_obj
@domain_errors
def chart_valuations(url: str, org: str, path: Path) -> None:
    """An organization's valuations over time, marked by basis, with their sources.

    A date known only to the year or month is drawn as the period it can mean.

    \b
    Example:
      newsdb chart valuations --org OpenAI -o openai.svg
    """
    from newsdb.chart import valuations_chart

    drawn = valuations_chart(url, org, path)
    click.echo(f"{path}: {drawn.plotted} valuation(s)")
    for note in drawn.notes:
        click.echo(f"Note: {note}", err=True)


@chart.command(name="deals", context_settings=CONTEXT)
@click.option(
    "--by",
    type=click.Choice(["month", "quarter", "year"]),
    default="month",
    show_default=True,
    help="The period of each bar.",
)
@chart_output
@filter_options("since", "until", "org", "person", "kind", "status", "reviewed_only")
@click.pass_obj
@domain_errors
def chart_deals(url: str, by: str, path: Path, **options) -> None:
    """Deal count and USD volume per period, by kind (the deals of `report deals`).

    No currency conversion: the volume sums USD amounts only; deals in other
    currencies, without an amount, or flagged as unreliable are counted but
    left out of the volume, and the chart says how many.

    \b
    Example:
      newsdb chart deals --by month -o deals.png
    """
    from newsdb.chart import deals_chart

    drawn = deals_chart(url, by, path, filters_from(options))
    click.echo(f"{path}: {drawn.plotted} deal(s)")
    for note in drawn.notes:
        click.echo(f"Note: {note.strip()}", err=True)
