"""One formatter for every report: rows (dicts) → table, CSV, JSON or JSON Lines text.

The contract, the same on SQLite and PostgreSQL:
- JSON and JSON Lines keep full precision and nesting: amounts are decimal
  strings ("97400000000.01"), dates ISO text at their precision ("2025").
- CSV has one header row (also when there are no rows) and flattens lists
  into one cell, items `; `-separated (parties, flags).
- The table is for a person: it fits the width it is given (the terminal's,
  80 when piped), wraps text at spaces and never cuts a word; when the
  columns cannot fit side by side, each row is printed as `column  value`
  lines instead.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import textwrap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from newsdb.amounts import decimal_text, short_amount

FORMATS = ("table", "csv", "json", "nl")
NUMERIC = {"amount", "change", "articles", "mentions", "days_to_confirm", "article_count"}
NOTES = {"basis", "flags"}  # labelled when printed under a row
SEPARATOR = "; "  # between the items of a list in one cell, in the CLI and in the views
GAP = "  "


@dataclass(frozen=True)
class Layout:
    """How a report reads as a table: its columns, plus optional extras.

    `notes` columns are printed under their row as `name: value` when set
    (flags); rows sharing the `group` columns get one heading line; the
    `detail` column (a long quote) is printed under its row across the width.
    """

    columns: list[str]
    notes: tuple[str, ...] = ()
    group: tuple[str, ...] = ()
    detail: str | None = None
    fields: list[str] = field(default_factory=list)  # every key, for an empty CSV's header


def render(
    rows: list[dict] | dict,
    fmt: str,
    layout: Layout | list[str] | None = None,
    *,
    width: int = 80,
    headers: bool = True,
) -> str:
    if not isinstance(layout, Layout):
        layout = Layout(columns=list(layout or []))
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2, default=_json_value) + "\n"
    if fmt == "nl":
        items = [rows] if isinstance(rows, dict) else rows
        return "".join(
            json.dumps(item, ensure_ascii=False, default=_json_value) + "\n" for item in items
        )
    if isinstance(rows, dict):  # an object (profile): one section per list
        return _render_object(rows, fmt, width, headers)
    if fmt == "csv":
        return _csv(rows, layout.fields or layout.columns, headers)
    return _table(rows, layout, width, headers)


def is_amount_column(name: str) -> bool:
    """Columns that hold money, whatever the database returns for them."""
    name = name.lower()
    return (
        name in ("amount", "change")
        or name.endswith("_amount")
        or name in ("amount_high", "amount_usd", "amount_high_usd", "change_usd")  # issue 15
    )


def is_rate_column(name: str) -> bool:
    """Exchange rates (`usd_rate`, `rate`): decimals, at their own precision."""
    return name.lower() in ("rate", "usd_rate")


def as_rate(value):
    """A rate as a Decimal: SQLite hands back a double or an int, PostgreSQL a Decimal."""
    if isinstance(value, bool) or value is None or isinstance(value, Decimal):
        return value
    if isinstance(value, int | float):
        return Decimal(repr(value))
    return value


def as_amount(value):
    """An amount as a Decimal: SQLite hands NUMERIC back as an int or a float,
    PostgreSQL as a Decimal. Anything that is not a number is left as it is."""
    if isinstance(value, bool) or value is None or isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        try:  # repr is the shortest text that reads back as the same double
            return Decimal(repr(value)).quantize(Decimal("0.01"))
        except InvalidOperation:  # inf, nan
            return value
    return value


def render_stream(
    columns: list[str],
    rows: Iterable[tuple],
    fmt: str,
    *,
    width: int = 80,
    headers: bool = True,
) -> Iterator[str]:
    """Ad-hoc SQL rows (tuples, read as they come) as pieces of text in `fmt`, with
    every amount column (see `is_amount_column`) as a decimal. CSV, JSON and JSON
    Lines are written a row at a time; a table is laid out once every row is read."""
    money = {i for i, name in enumerate(columns) if is_amount_column(name)}
    rates = {i for i, name in enumerate(columns) if is_rate_column(name)}
    dicts = (
        {
            c: as_amount(v) if i in money else as_rate(v) if i in rates else v
            for i, (c, v) in enumerate(zip(columns, row, strict=True))
        }
        for row in rows
    )
    if fmt == "table":
        yield render(list(dicts), "table", list(columns), width=width, headers=headers)
    elif fmt == "csv":
        if headers and columns:
            yield _csv([], list(columns), True)
        for row in dicts:
            yield _csv([row], [], False)
    elif fmt == "nl":
        for row in dicts:
            yield json.dumps(row, ensure_ascii=False, default=_json_value) + "\n"
    else:  # the same text as render(list, "json"), an object at a time
        first = True
        for row in dicts:
            text = json.dumps(row, ensure_ascii=False, indent=2, default=_json_value)
            yield ("[\n" if first else ",\n") + textwrap.indent(text, "  ")
            first = False
        yield "[]\n" if first else "\n]\n"


def _json_value(value):
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _cell(value) -> str:
    """A list or object as one readable cell: 'Microsoft (host); xAI (provider)'."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, list):
        return SEPARATOR.join(_cell(item) for item in value)
    if isinstance(value, dict):
        if "name" in value and "role" in value:
            return f"{value['name']} ({value['role']})"
        return ", ".join(f"{k}={_cell(v)}" for k, v in value.items() if v is not None)
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def _csv(rows: list[dict], fields: list[str], headers: bool) -> str:
    out = io.StringIO()
    names = list(rows[0]) if rows else fields
    writer = csv.writer(out, lineterminator="\n")
    if headers and names:
        writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(row.get(name)) for name in names])
    return out.getvalue()


# --- table ----------------------------------------------------------------------------


def _table(rows: list[dict], layout: Layout, width: int, headers: bool = True) -> str:
    if not rows:
        return "(no rows)\n"
    columns = layout.columns or [c for c in rows[0] if c != layout.detail]
    under = [*layout.notes, *([layout.detail] if layout.detail else [])]
    if not layout.group:
        return _grid(rows, columns, under, width, headers)
    out, chunk, heading = [], [], None
    for row in [*rows, None]:
        key = None if row is None else tuple(row.get(c) for c in layout.group)
        if chunk and key != heading:
            out.append(textwrap.fill(" · ".join(_cell(v) for v in heading if v), width))
            out.append(_grid(chunk, columns, under, width, headers, indent=2).rstrip("\n"))
            chunk = []
        if row is not None:
            heading = key
            chunk.append(row)
    return "\n".join(out) + "\n"


def rows_value(row: dict, column: str):
    value = row.get(column)
    return value not in (None, "", [])


def _grid(
    rows: list[dict],
    columns: list[str],
    under: list[str],
    width: int,
    headers: bool,
    indent: int = 0,
) -> str:
    """Columns sized to their content, narrowed (wrapping at spaces) to fit `width`;
    the `under` columns go beneath each row (NOTES labelled, a quote as it is)."""
    room = width - indent
    cells = [[_table_cell(column, row) for column in columns] for row in rows]
    natural = [
        max(len(column) if headers else 0, *(len(line[i]) for line in cells))
        for i, column in enumerate(columns)
    ]
    least = [
        natural[i]
        if column in NUMERIC
        else max(
            _longest_word(column) if headers else 0,
            *(_longest_word(line[i]) for line in cells),
        )
        for i, column in enumerate(columns)
    ]
    if sum(least) + len(GAP) * (len(columns) - 1) > room:
        return _records(rows, columns + under, width, indent)
    widths = list(natural)
    while sum(widths) + len(GAP) * (len(columns) - 1) > room:
        widest = max(
            (i for i in range(len(widths)) if widths[i] > least[i]), key=lambda i: widths[i]
        )
        widths[widest] -= 1
    pad = " " * indent
    out = []
    if headers:
        titles = [_wrap(c, w) for c, w in zip(columns, widths, strict=True)]
        out += _lines(titles, widths, columns, pad, numeric=False)
        out.append(pad + GAP.join("-" * w for w in widths))
    for row, line in zip(rows, cells, strict=True):
        wrapped = [_wrap(text, w) for text, w in zip(line, widths, strict=True)]
        out += _lines(wrapped, widths, columns, pad)
        for column in under:
            if rows_value(row, column):
                label = f"{column}: " if column in NOTES else ""
                text = label + _table_cell(column, row)
                out += [pad + "    " + part for part in _wrap(text, max(room - 4, 20), True)]
    return "\n".join(out) + "\n"


def _lines(wrapped, widths, columns, pad, numeric=True) -> list[str]:
    lines = []
    for i in range(max(len(parts) for parts in wrapped)):
        texts = [parts[i] if i < len(parts) else "" for parts in wrapped]
        parts = [
            t.rjust(w) if numeric and c in NUMERIC else t.ljust(w)
            for t, w, c in zip(texts, widths, columns, strict=True)
        ]
        lines.append((pad + GAP.join(parts)).rstrip())
    return lines


def _records(rows: list[dict], columns: list[str], width: int, indent: int) -> str:
    """Each row as `column  value` lines, rows apart by a blank line (psql's \\x)."""
    label = max(len(c) for c in columns)
    room = max(width - indent - label - len(GAP), 20)
    pad = " " * indent
    blocks = []
    for row in rows:
        lines = []
        for column in columns:
            parts = _wrap(_table_cell(column, row), room, force=True)
            lines.append((pad + column.ljust(label) + GAP + parts[0]).rstrip())
            lines += [pad + " " * (label + len(GAP)) + part for part in parts[1:]]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _wrap(text: str, width: int, force: bool = False) -> list[str]:
    """Lines of at most `width`, broken at spaces; a word longer than the line is
    only split when `force` (the table made room for every word otherwise)."""
    return (
        textwrap.wrap(text, width, break_long_words=force, break_on_hyphens=False) or [""]
        if len(text) > width or "\n" in text
        else [text]
    )


def _longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


def _table_cell(column: str, row: dict) -> str:
    value = row.get(column)
    if column == "amount" and value is not None and ("qualifier" in row or "per_unit" in row):
        return money_text(row)
    if column in ("amount", "change") and value is not None:
        return _short_amount(value, row.get("currency"), signed=column == "change")
    if column == "converted_amount" and value is not None:
        return _short_amount(value, row.get("converted_currency"))
    if column == "flags" and isinstance(value, list):  # for a person: words, not identifiers
        return SEPARATOR.join(flag.replace("_", " ") for flag in value)
    if column == "basis" and isinstance(value, str):
        return BASES.get(value, value)
    return _cell(value)


QUALIFIERS = {
    "up_to": "up to",
    "more_than": "more than",
    "less_than": "less than",
    "about": "about",
    "at_least": "at least",
}


# What an amount measures (newsdb.vocab.AmountBasis), for a person.
BASES = {
    "raised": "raised",
    "pre_money": "pre-money",
    "post_money": "post-money",
    "implied": "implied",
    "offer": "offer",
    "sale_price": "sale price",
    "market": "market cap",
    "other": "other",
}


def money_text(row: dict) -> str:
    """An amount with what it means, and converted when the row has another currency:
    "up to 100 bn USD", "500 m to 625 m EUR (553.1 m to 691.4 m USD)", "157 USD/share"."""
    currency = row.get("currency")
    text = _short_amount(row["amount"], currency)
    if row.get("amount_high") is not None:
        low = _short_amount(row["amount"], None)
        text = f"{low} to {_short_amount(row['amount_high'], currency)}"
    if row.get("per_unit"):
        text += f"/{row['per_unit']}"
    if row.get("qualifier"):
        text = f"{QUALIFIERS.get(row['qualifier'], row['qualifier'])} {text}"
    target = row.get("converted_currency")
    if target and target != currency and row.get("converted_amount") is not None:
        converted = _short_amount(row["converted_amount"], target)
        if row.get("converted_amount_high") is not None:
            low = _short_amount(row["converted_amount"], None)
            converted = f"{low} to {_short_amount(row['converted_amount_high'], target)}"
        text += f" ({converted})"
    return text


def _short_amount(value, currency, signed: bool = False) -> str:
    """97.4 bn USD: the table's reading of an amount (CSV and JSON keep every digit)."""
    value = as_amount(value)
    if not isinstance(value, Decimal):  # text in an amount column (ad-hoc SQL)
        return _cell(value)
    return short_amount(value, currency if isinstance(currency, str) else None, signed=signed)


# --- an object (profile) -----------------------------------------------------------------


def _render_object(obj: dict, fmt: str, width: int, headers: bool) -> str:
    scalars = [(k, v) for k, v in obj.items() if not isinstance(v, list)]
    sections = [(k, v) for k, v in obj.items() if isinstance(v, list)]
    if fmt == "csv":
        return _csv(_object_rows(obj), [], headers)
    lines = [f"{k}: {_cell(v)}" for k, v in scalars]
    for name, items in sections:
        lines.append(f"\n{name} ({len(items)})")
        if items and isinstance(items[0], dict):
            shown = [k for k in items[0] if not (k == "currency" and "amount" in items[0])]
            lines.append(_grid(items, shown, [], width, headers).rstrip("\n"))
        elif items:
            text = SEPARATOR.join(map(str, items))
            lines.append(textwrap.fill(text, width, initial_indent="  ", subsequent_indent="  "))
    return "\n".join(lines) + "\n"


def _object_rows(obj: dict) -> list[dict]:
    """An object as one CSV: a `section` column, then every key any section has.
    The scalars are the `profile` row; a list of names puts each in `name`."""
    rows = [{"section": "profile", **{k: v for k, v in obj.items() if not isinstance(v, list)}}]
    for name, items in obj.items():
        if isinstance(items, list):
            rows += [
                {"section": name, **(item if isinstance(item, dict) else {"name": item})}
                for item in items
            ]
    keys = list(dict.fromkeys(k for row in rows for k in row))
    return [{k: row.get(k) for k in keys} for row in rows]
