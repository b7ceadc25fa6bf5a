"""`newsdb chart`: pictures of the reports, drawn with matplotlib (the optional extra
`pip install 'newsdb[chart]'`), to SVG or PNG.

- `valuations_chart`: an organization's valuations over time, each point marked by
  its basis, the period its date can mean drawn as a bar, and its sources listed.
- `deals_chart`: deal count and USD volume per month, quarter or year, by kind.

The data comes from the report functions (newsdb/reports/), so a chart shows what
`newsdb report` prints. There is no currency conversion: the volume sums USD
amounts only and says how many deals it leaves out.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from newsdb import db
from newsdb.amounts import short_amount
from newsdb.partial_date import PartialDate, Precision
from newsdb.reports.common import Filters, ReportError

FORMATS = (".svg", ".png")
PERIODS = ("month", "quarter", "year")
MARKERS = {"post_money": "o", "pre_money": "s", "sale_price": "D", "offer": "^", "market": "v"}
UNRELIABLE = {"amount_without_unit", "amount_doubtful"}  # flags that keep an amount out
VOLUME_CURRENCY = "USD"
WIDTH = 0.6  # of a bar, in periods


@dataclass
class Drawn:
    """What a chart shows, for the command's one-line summary."""

    path: Path
    plotted: int
    notes: list[str] = field(default_factory=list)


def _figure():
    try:
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise ReportError("newsdb chart needs matplotlib: pip install 'newsdb[chart]'") from exc
    return Figure


def _save(figure, path: Path) -> None:
    import matplotlib

    if path.suffix.lower() not in FORMATS:
        raise ReportError(f"{path}: the file name must end in .svg or .png")
    # Text stays text in SVG (searchable, selectable); no timestamp, so a chart of the
    # same data is the same file.
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "newsdb"}):
        try:
            figure.savefig(
                path,
                dpi=150,
                bbox_inches="tight",
                metadata={"Date": None} if path.suffix.lower() == ".svg" else None,
            )
        except OSError as exc:
            raise ReportError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _span(date: PartialDate) -> tuple[dt.date, dt.date, dt.date]:
    """First day, middle and last day of the period a date can mean."""
    first, last = date.value, date.last_day()
    return first, first + (last - first) / 2, last


# --- valuations ---------------------------------------------------------------


@dataclass(frozen=True)
class _Point:
    number: int  # [n] in the notes
    row: dict
    when: PartialDate
    reported: bool  # no date of its own: dated by the first article reporting it


def _points(rows: list[dict], evidence: dict[str, list[dict]]) -> list[_Point]:
    points = []
    for number, row in enumerate(rows, start=1):
        if row["amount"] is None:
            continue
        if row["date"]:
            points.append(_Point(number, row, PartialDate.parse(row["date"]), False))
            continue
        published = [
            PartialDate.parse(s["published"]) for s in evidence[row["key"]] if s["published"]
        ]
        if published:
            first = min(published, key=lambda d: (d.last_day(), d.value))
            points.append(_Point(number, row, first, True))
    return points


def valuations_chart(source: db.Source, org: str, path: Path) -> Drawn:
    from newsdb.reports.sources import sources
    from newsdb.reports.valuations import valuations

    Figure = _figure()

    with db.reading(source) as session:
        rows = valuations(session, Filters(org=(org,)))
        evidence = {r["key"]: sources(session, Filters(), r["key"]) for r in rows}
    if not rows:
        raise ReportError(f"no valuations of {org} in the database")
    name = rows[0]["organization"]
    points = _points(rows, evidence)
    currencies = sorted(
        {p.row["currency"] for p in points}, key=lambda c: (c != VOLUME_CURRENCY, c or "")
    )

    from matplotlib import dates as mdates
    from matplotlib import ticker

    figure = Figure(figsize=(10, 6 + 0.22 * len(rows)), layout="constrained")
    axes = figure.add_subplot()
    colors = {c: f"C{i}" for i, c in enumerate(currencies)}
    labelled = set()
    by_date = sorted(points, key=lambda p: (_span(p.when)[1], p.number))
    for index, point in enumerate(by_date):
        first, middle, last = _span(point.when)
        y = float(point.row["amount"])
        color = colors[point.row["currency"]]
        if last > first:  # the period a year or month can mean
            axes.plot([first, last], [y, y], color=color, linewidth=6, alpha=0.25)
        basis = point.row["basis"].replace("_", " ")
        legend = (basis + (" (dated by the article)" if point.reported else ""), color)
        axes.plot(
            [middle],
            [y],
            marker=MARKERS.get(point.row["basis"], "X"),
            markersize=9,
            color=color,
            markerfacecolor="white" if point.reported else color,
            linestyle="none",
            label=legend[0] if legend not in labelled else None,
        )
        labelled.add(legend)
        date = f"reported {point.when}" if point.reported else str(point.when)
        axes.annotate(
            f"[{point.number}] {short_amount(point.row['amount'], point.row['currency'])}\n"
            f"{date}, {basis}",
            (middle, y),
            textcoords="offset points",
            xytext=(8, 6) if index % 2 == 0 else (8, -10),  # neighbours alternate above/below
            va="bottom" if index % 2 == 0 else "top",
            fontsize=9,
        )
    for currency in currencies:
        line = sorted(
            (p for p in points if p.row["currency"] == currency), key=lambda p: _span(p.when)[1]
        )
        if len(line) > 1:
            axes.plot(
                [_span(p.when)[1] for p in line],
                [float(p.row["amount"]) for p in line],
                color=colors[currency],
                linewidth=1,
                linestyle="--",
            )
    axes.xaxis.set_major_locator(mdates.AutoDateLocator())
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(axes.xaxis.get_major_locator()))
    axes.yaxis.set_major_formatter(
        ticker.FuncFormatter(lambda v, _: short_amount(Decimal(str(round(v))), None))
    )
    if points:
        starts = [_span(p.when)[0] for p in points]
        ends = [_span(p.when)[2] for p in points]
        margin = max((max(ends) - min(starts)) / 5, dt.timedelta(days=120))
        axes.set_xlim(min(starts) - margin, max(ends) + margin * 2)
        axes.set_ylim(0, max(float(p.row["amount"]) for p in points) * 1.25)
        axes.legend(title="basis", loc="upper left")
    axes.set_title(f"{name}: valuation history", fontsize=14, loc="left")
    axes.set_ylabel(f"valuation ({', '.join(c or '?' for c in currencies)})")
    axes.grid(True, alpha=0.3)
    notes = _valuation_notes(rows, evidence, points)
    figure.text(0, 0, "\n".join(notes), fontsize=8, va="top", ha="left")
    _save(figure, path)
    return Drawn(path, len(points), [n for n in notes if n.startswith("Not plotted")])


def _valuation_notes(rows: list[dict], evidence: dict[str, list[dict]], points) -> list[str]:
    notes = [
        "Shaded bar: the period a date known only to the year or month can mean. Hollow "
        "marker: no date of its own, placed at the first article reporting it.",
        "Sources (newsdb report sources KEY):",
    ]
    for number, row in enumerate(rows, start=1):
        cited = "; ".join(
            f"{s['source'] or s['article_title'] or s['article_key']}"
            f" ({s['published'] or 'undated'}, article {s['article_key']})"
            for s in evidence[row["key"]]
        )
        line = f"[{number}] {row['key']}: {cited or 'no article'}"
        notes.append(line if len(line) <= 160 else line[:159] + "…")
    plotted = {p.row["key"] for p in points}
    missing = [r["key"] for r in rows if r["key"] not in plotted]
    if missing:
        notes.append(f"Not plotted (no date, no dated article): {', '.join(missing)}")
    return notes


# --- deals --------------------------------------------------------------------


def _period(date: PartialDate, by: str) -> tuple[int, int] | None:
    """The month, quarter or year of a date, or None if it is not known that precisely."""
    if by == "year":
        return (date.value.year, 0)
    if date.precision is Precision.YEAR:
        return None
    if by == "quarter":
        return (date.value.year, (date.value.month - 1) // 3 + 1)
    return (date.value.year, date.value.month)


def _period_label(period: tuple[int, int], by: str) -> str:
    year, part = period
    return {"year": f"{year}", "quarter": f"{year} Q{part}", "month": f"{year}-{part:02d}"}[by]


def deals_chart(source: db.Source, by: str, path: Path, filters: Filters | None = None) -> Drawn:
    from newsdb.reports.runner import run_report

    Figure = _figure()
    rows = run_report(source, "deals", filters).rows
    counts: dict[tuple, Counter] = defaultdict(Counter)
    volume: dict[tuple, defaultdict] = defaultdict(lambda: defaultdict(Decimal))
    undated, vague, other_currency, unsized, unreliable = [], [], Counter(), 0, 0
    for row in rows:
        if not row["date"]:
            undated.append(row)
            continue
        period = _period(PartialDate.parse(row["date"]), by)
        if period is None:
            vague.append(row)
            continue
        counts[period][row["kind"]] += 1
        if row["amount"] is None:
            unsized += 1
        elif row["currency"] != VOLUME_CURRENCY:
            other_currency[row["currency"] or "no currency"] += 1
        elif UNRELIABLE & set(row["flags"]):
            unreliable += 1
        else:
            volume[period][row["kind"]] += row["amount"]
    periods = sorted(counts)
    kinds = sorted({k for c in counts.values() for k in c})

    figure = Figure(figsize=(11, 8), layout="constrained")
    top, bottom = figure.subplots(2, 1, sharex=True)
    labels = [_period_label(p, by) for p in periods]
    positions = range(len(periods))
    count_base = [0] * len(periods)
    volume_base = [0.0] * len(periods)
    for index, kind in enumerate(kinds):
        color = f"C{index}"
        heights = [counts[p][kind] for p in periods]
        top.bar(
            positions, heights, WIDTH, bottom=count_base, color=color, label=kind.replace("_", " ")
        )
        count_base = [a + b for a, b in zip(count_base, heights, strict=True)]
        amounts = [float(volume[p][kind]) / 1e9 for p in periods]
        bottom.bar(positions, amounts, WIDTH, bottom=volume_base, color=color)
        volume_base = [a + b for a, b in zip(volume_base, amounts, strict=True)]
    for position, period in zip(positions, periods, strict=True):  # totals on top
        top.annotate(
            str(sum(counts[period].values())),
            (position, count_base[position]),
            textcoords="offset points",
            xytext=(0, 3),
            ha="center",
        )
        total = sum(volume[period].values(), Decimal(0))
        if total:
            bottom.annotate(
                short_amount(total, None),
                (position, volume_base[position]),
                textcoords="offset points",
                xytext=(0, 3),
                ha="center",
            )
    top.set_title(
        f"Deals by {by}: count and {VOLUME_CURRENCY} volume, by kind", fontsize=14, loc="left"
    )
    top.set_ylabel("deals")
    top.yaxis.get_major_locator().set_params(integer=True)
    bottom.set_ylabel(f"volume (bn {VOLUME_CURRENCY}, {VOLUME_CURRENCY} amounts only)")
    bottom.set_xticks(list(positions), labels, rotation=45 if len(periods) > 12 else 0)
    for axes in (top, bottom):
        axes.grid(True, axis="y", alpha=0.3)
    top.set_ylim(0, max(count_base, default=0) * 1.15 or 1)
    bottom.set_ylim(0, max(volume_base, default=0) * 1.15 or 1)
    bottom.set_xlim(-0.75, max(len(periods), 1) - 0.25)
    if kinds:
        top.legend(title="kind", loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=9)
    notes = [
        "Date: announced, else completed. Every status counts (rumored to completed).",
        f"Volume sums {VOLUME_CURRENCY} amounts only (no currency conversion):",
    ]
    if other_currency:
        listed = ", ".join(f"{n} in {c}" for c, n in sorted(other_currency.items()))
        notes.append(f"  left out of the volume, counted above: {listed}")
    if unreliable:
        flags = ", ".join(sorted(UNRELIABLE))
        notes.append(f"  left out of the volume: {unreliable} flagged amount(s) ({flags})")
    if unsized:
        notes.append(f"  {unsized} deal(s) without an amount are in the count only")
    if vague:
        notes.append(f"Not shown: {len(vague)} deal(s) dated only to the year (try --by year)")
    if undated:
        notes.append(f"Not shown: {len(undated)} undated deal(s)")
    figure.text(0, 0, "\n".join(notes), fontsize=8, va="top", ha="left")
    _save(figure, path)
    return Drawn(path, sum(sum(c.values()) for c in counts.values()), notes[2:])
