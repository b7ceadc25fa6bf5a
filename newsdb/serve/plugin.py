"""The Datasette plugin of `newsdb serve`: dates and amounts shown at their precision.

- A date column with a `<name>_precision` column beside it shows "2025" or
  "2025-05" rather than "2025-01-01" (the raw value stays in JSON and CSV).
- Amounts (`amount`, `change`) show as exact decimals with thousands separators;
  an amount the source gave without a unit says so.
- SQL functions for the stored queries: `newsdb_date(value, precision)` and
  `newsdb_normalize(name)` (the form aliases are stored in).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from datasette import hookimpl
from markupsafe import Markup, escape

from newsdb.amounts import decimal_text
from newsdb.extract.text.normalize import normalize
from newsdb.partial_date import date_text

AMOUNTS = {"amount", "change"}
CSS_PATH = "/-/newsdb.css"
# The column descriptions of a view (20 columns) flow in columns, so the rows stay in sight.
CSS = """
dl.column-descriptions { column-width: 26em; column-gap: 2em; font-size: 0.85em; }
dl.column-descriptions dt { display: inline; font-weight: bold; }
dl.column-descriptions dt::after { content: ": "; }
dl.column-descriptions dd { display: inline; margin: 0; color: #555; }
dl.column-descriptions dd::after { content: "\\A"; white-space: pre; }
td.col-title, td.col-fact, td.col-article_title, td.col-parties, td.col-event { min-width: 16em; }
td.col-description, td.col-quote, td.col-claims { min-width: 28em; }
"""


@hookimpl
def register_routes():
    return [(r"^/-/newsdb\.css$", _css)]


@hookimpl
def extra_css_urls():
    return [CSS_PATH]


async def _css():
    from datasette.utils.asgi import Response

    return Response(CSS, content_type="text/css; charset=utf-8")


@hookimpl
def prepare_connection(conn):
    conn.create_function("newsdb_date", 2, _date_text, deterministic=True)
    conn.create_function("newsdb_normalize", 1, _normalize, deterministic=True)


@hookimpl
def render_cell(row, value, column):
    if value is None or not hasattr(row, "keys"):
        return None
    keys = row.keys()
    if f"{column}_precision" in keys and isinstance(value, str):
        shown = _date_text(value, row[f"{column}_precision"])
        return shown if shown != value else None
    if column in AMOUNTS and isinstance(value, int | float) and not isinstance(value, bool):
        text = amount_text(value)
        if "flags" in keys and "amount_without_unit" in (row["flags"] or ""):
            return Markup(f"{escape(text)} <em>(no unit in the source)</em>")
        return text
    return None


def amount_text(value: int | float) -> str:
    """97400000000.01 → "97,400,000,000.01": exact, never in exponent form."""
    exact = Decimal(value) if isinstance(value, int) else Decimal(repr(value))
    whole, _, fraction = decimal_text(exact).partition(".")
    sign = "-" if whole.startswith("-") else ""
    grouped = f"{int(whole.lstrip('-')):,}"
    return sign + grouped + (f".{fraction}" if fraction else "")


def _date_text(value, precision):
    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return value
    return date_text(day, precision)


def _normalize(name):
    return None if name is None else normalize(str(name))
