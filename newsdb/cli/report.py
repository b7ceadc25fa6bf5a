"""`newsdb report …`: the canned reports, each a named query formatted by --format."""

from __future__ import annotations

import click

from newsdb.cli.options import (
    CONTEXT,
    FACT_TYPES,
    Output,
    domain_errors,
    filter_options,
    filters_from,
    format_option,
)
from newsdb.vocab import LawsuitStatus


def _show(url: str, out: Output, name: str, options: dict, argument: str | None = None) -> None:
    """Run the report `name` and print it; a note on stderr for what --as-of left out."""
    from newsdb.reports.runner import REPORTS, run_report

    result = run_report(url, name, filters_from(options), argument)
    out.emit(result.rows, result.layout)
    if result.undated_left_out:
        click.echo(
            f"note: {result.undated_left_out} undated article(s) reporting "
            f"{REPORTS[name].undated}s left out (--as-of counts dated articles only)",
            err=True,
        )


@click.group(context_settings=CONTEXT)
def report() -> None:
    """Canned reports on deals, valuations, lawsuits, timelines, profiles and sources.

    Every report takes --format table|csv|json|nl (or --csv, --json, --nl),
    --no-headers and -o FILE. Lists in one cell (parties, flags) are
    `; `-separated; parties are listed by role, then name.

    \b
    Example:
      newsdb report deals --since 2024 --format csv
    """


@report.command(context_settings=CONTEXT)
@format_option
@filter_options(
    "since",
    "until",
    "org",
    "person",
    "kind",
    "status",
    "limit",
    "reviewed_only",
    "as_of",
    "currency",
)
@click.pass_obj
@domain_errors
def deals(url: str, out: Output, **options) -> None:
    """Deals ranked by size in USD (largest first, unknown sizes last), with parties and sources.

    Each amount is shown in its own currency and converted (USD, or --currency)
    at the European Central Bank's reference rate of the deal's date, else of
    its first article's; CSV and JSON give the rate, its date and source. Prices
    per share rank after the deal values.

    Dates filter on the announced (else completed) date. Days to confirm count
    from the first article reporting the deal to the first reporting it
    announced or completed, when both are dated to the day. The table shows a
    flags column when a deal has flags (an amount given without its unit…).

    \b
    Example:
      newsdb report deals --org OpenAI --limit 10
    """
    _show(url, out, "deals", options)


@report.command(context_settings=CONTEXT)
@format_option
@filter_options("since", "until", "org", "limit", "reviewed_only", "as_of", "currency")
@click.pass_obj
@domain_errors
def valuations(url: str, out: Output, **options) -> None:
    """Each organization's valuations over time, with the change from the previous point.

    \b
    Example:
      newsdb report valuations --org OpenAI
    """
    _show(url, out, "valuations", options)


@report.command(context_settings=CONTEXT)
@format_option
@filter_options(
    "since",
    "until",
    "org",
    "person",
    "status",
    "limit",
    "reviewed_only",
    "as_of",
    statuses=LawsuitStatus,
)
@click.pass_obj
@domain_errors
def lawsuits(url: str, out: Output, **options) -> None:
    """Lawsuits with plaintiffs, defendants, filing date, status and the suit they answer.

    \b
    Example:
      newsdb report lawsuits --person Musk
    """
    _show(url, out, "lawsuits", options)


@report.command(context_settings=CONTEXT)
@format_option
@filter_options("since", "until", "org", "person", "limit", "reviewed_only", "as_of")
@click.pass_obj
@domain_errors
def timeline(url: str, out: Output, **options) -> None:
    """Every dated deal (announced, completed), valuation, lawsuit, role and article,
    in date order.

    Give --org and/or --person (several: what involves all of them), or a period.

    \b
    Example:
      newsdb report timeline --org X --org xAI
    """
    _show(url, out, "timeline", options)


@report.command(context_settings=CONTEXT)
@click.argument("name")
@format_option
@filter_options("limit", "reviewed_only", "as_of")
@click.pass_obj
@domain_errors
def profile(url: str, name: str, out: Output, **options) -> None:
    """An organization or person: aliases, roles, deals, lawsuits, valuations, articles.

    NAME is matched through aliases, in any case. As CSV: one row per item,
    its `section` first.

    \b
    Example:
      newsdb report profile "x.AI"
    """
    _show(url, out, "profile", options, name)


@report.command(context_settings=CONTEXT)
@click.argument("key", required=False)
@format_option
@filter_options("kind", "limit", "reviewed_only", "as_of", kinds=FACT_TYPES)
@click.pass_obj
@domain_errors
def sources(url: str, key: str | None, out: Output, **options) -> None:
    """The articles and exact quotes behind each fact (or the fact KEY), with the status
    each article reported. --kind is the fact type.

    \b
    Example:
      newsdb report sources grok-on-azure
    """
    _show(url, out, "sources", options, key)


@report.command(context_settings=CONTEXT)
@click.argument("key")
@format_option
@filter_options("limit", "as_of")
@click.pass_obj
@domain_errors
def history(url: str, key: str, out: Output, **options) -> None:
    """How the news told the deal, valuation or lawsuit KEY, step by step.

    A step is a change in the status (rumored, in talks, announced, completed
    or cancelled) or the amount the articles reported, with the article that
    first reported it, its date and quote, the other articles, and the days
    since the previous step (when both are dated to the day).

    \b
    Example:
      newsdb report history grok-on-azure
    """
    _show(url, out, "history", options, key)


@report.command(context_settings=CONTEXT)
@click.argument("key", required=False)
@format_option
@filter_options("kind", "limit", "reviewed_only", "as_of", kinds=FACT_TYPES[:3])
@click.pass_obj
@domain_errors
def conflicts(url: str, key: str | None, out: Output, **options) -> None:
    """Where articles disagree about a fact (or the fact KEY): amount, date, status or
    a party's role, with both quotes. --kind is the fact type.

    Every claim is kept; one is preferred: the curator's `rank: preferred` (or
    `deprecated`, which loses), then curated over extracted, then the most
    specific (more digits, a finer date), then the latest report. One row per
    claim that disagrees with the preferred one.

    \b
    Example:
      newsdb report conflicts --kind deal
    """
    _show(url, out, "conflicts", options, key)
