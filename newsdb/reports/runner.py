"""One runner for every report: a database (URL or Engine) and filters in, the rows
(or, for a profile, one object) out with the layout that prints them as a table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsdb import db
from newsdb.reports import (
    conflicts,
    deals,
    history,
    lawsuits,
    profile,
    sources,
    timeline,
    valuations,
)
from newsdb.reports.asof import known
from newsdb.reports.common import Filters, ReportError
from newsdb.reports.output import Layout


@dataclass(frozen=True)
class Report:
    query: Callable  # (session, filters), (session, filters, key) or (session, name, filters)
    layout: Layout | None  # None: the report is one object (profile)
    undated: str  # the fact type whose undated articles --as-of leaves out ("fact": any)
    argument: str | None = None  # "key": a fact key (optional or not); "name": an entity


REPORTS = {
    "deals": Report(deals.deals, deals.TABLE, "deal"),
    "valuations": Report(valuations.valuations, valuations.TABLE, "valuation"),
    "lawsuits": Report(lawsuits.lawsuits, lawsuits.TABLE, "lawsuit"),
    "timeline": Report(timeline.timeline, timeline.TABLE, "fact"),
    "profile": Report(profile.profile, None, "fact", argument="name"),
    "sources": Report(sources.sources, sources.TABLE, "fact", argument="key"),
    "history": Report(history.history, history.TABLE, "fact", argument="key"),
    "conflicts": Report(conflicts.conflicts, conflicts.TABLE, "fact", argument="key"),
}


@dataclass(frozen=True)
class Result:
    rows: list[dict] | dict
    layout: Layout | None
    undated_left_out: int = 0  # undated articles --as-of did not count


def run_report(
    source: db.Source, name: str, filters: Filters | None = None, argument: str | None = None
) -> Result:
    """Run the report `name` (a key of REPORTS) on a read-only connection to `source`."""
    if name not in REPORTS:
        raise ReportError(f"no report called {name!r} (one of: {', '.join(REPORTS)})")
    report, filters = REPORTS[name], filters or Filters()
    with db.reading(source) as session:
        if report.argument == "name":
            rows = report.query(session, argument, filters)
        elif report.argument == "key":
            rows = report.query(session, filters, argument)
        else:
            rows = report.query(session, filters)
        left_out = 0
        if filters.as_of is not None:
            key = argument if report.argument == "key" else None
            left_out = known.undated_left_out(session, report.undated, key)
    return Result(rows, report.layout, left_out)
