"""One formatter for every report: rows (dicts) → table, CSV or JSON text.

JSON keeps full precision (amounts as decimal strings) and nesting; CSV
flattens lists into one readable cell; the table is for a person in an
80-column terminal and shows a report's chosen columns.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import textwrap
from decimal import Decimal

FORMATS = ("table", "csv", "json")
WRAPPED = {
    "parties",
    "plaintiffs",
    "defendants",
    "quote",
    "event",
    "title",
    "fact",
    "answers",
}  # wrapped, not cut
NUMERIC = {"amount", "change", "articles", "mentions", "days_to_confirm"}
MAX_WIDTH = {"title": 30, "fact": 24, "answers": 24, "article_key": 20, "parties": 32}


def render(
    rows: list[dict] | dict, fmt: str, columns: list[str] | None = None, width: int = 80
) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2, default=_json_value) + "\n"
    if isinstance(rows, dict):  # an object (profile): one section per list
        return _render_object(rows, fmt, width)
    if fmt == "csv":
        return _csv(rows)
    return _table(rows, columns or (list(rows[0]) if rows else []), width)


def decimal_text(value: Decimal | None) -> str | None:
    """A decimal without exponent or needless zeros: 33000000000, 97400000000.01."""
    if value is None:
        return None
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def date_text(value: dt.date | None, precision: str | None) -> str | None:
    """ "2023", "2025-04" or "2025-05-02": never more precise than the source."""
    if value is None:
        return None
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def _json_value(value):
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _cell(value) -> str:
    """A list or object as one readable cell: 'Microsoft (host); xAI (provider)'."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, list):
        return "; ".join(_cell(item) for item in value)
    if isinstance(value, dict):
        if "name" in value and "role" in value:
            return f"{value['name']} ({value['role']})"
        return ", ".join(f"{k}={_cell(v)}" for k, v in value.items() if v is not None)
    return str(value)


def _csv(rows: list[dict]) -> str:
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in row.items()})
    return out.getvalue()


def _table(rows: list[dict], columns: list[str], width: int) -> str:
    """Columns sized to their content and shrunk to fit `width`: long text wraps in
    the WRAPPED columns and is cut with '…' in the others."""
    if not rows:
        return "(no rows)\n"
    cells = [[_table_cell(column, row) for column in columns] for row in rows]
    widths = [
        max(len(column), *(len(line[i]) for line in cells)) for i, column in enumerate(columns)
    ]
    widths = [min(w, MAX_WIDTH.get(c, w)) for w, c in zip(widths, columns, strict=True)]
    spare = width - 2 * (len(columns) - 1) - sum(widths)
    while spare < 0:  # take from the widest column until the table fits
        widest = max(range(len(widths)), key=lambda i: widths[i])
        if widths[widest] <= 8:
            break
        widths[widest] -= 1
        spare += 1
    out = [_line(columns, widths, columns), _line(["-" * w for w in widths], widths, columns)]
    for line in cells:
        wrapped = [
            textwrap.wrap(text, w) or [""] if c in WRAPPED else [_cut(text, w)]
            for text, w, c in zip(line, widths, columns, strict=True)
        ]
        for i in range(max(len(parts) for parts in wrapped)):
            out.append(
                _line([parts[i] if i < len(parts) else "" for parts in wrapped], widths, columns)
            )
    return "\n".join(out) + "\n"


def _line(texts: list[str], widths: list[int], columns: list[str]) -> str:
    parts = [
        _cut(t, w).rjust(w) if c in NUMERIC else _cut(t, w).ljust(w)
        for t, w, c in zip(texts, widths, columns, strict=True)
    ]
    return "  ".join(parts).rstrip()


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _table_cell(column: str, row: dict) -> str:
    value = row.get(column)
    if column in ("amount", "change") and value is not None:
        return _short_amount(value, row.get("currency"), signed=column == "change")
    return _cell(value)


def _short_amount(value: Decimal, currency: str | None, signed: bool = False) -> str:
    """97.4 bn USD: the table's reading of an amount (CSV and JSON keep every digit)."""
    sign = "+" if signed and value > 0 else ""
    for scale, word in ((10**12, "tn"), (10**9, "bn"), (10**6, "m")):
        if abs(value) >= scale:
            number = decimal_text((value / scale).quantize(Decimal("0.01")))
            return f"{sign}{number} {word} {currency or ''}".rstrip()
    return f"{sign}{decimal_text(value)} {currency or ''}".rstrip()


def _render_object(obj: dict, fmt: str, width: int) -> str:
    scalars = [(k, v) for k, v in obj.items() if not isinstance(v, list)]
    sections = [(k, v) for k, v in obj.items() if isinstance(v, list)]
    if fmt == "csv":
        out = [_csv([{k: v for k, v in scalars}])]
        for name, items in sections:
            if items and isinstance(items[0], dict):
                out.append(f"\n# {name}\n" + _csv(items))
            else:
                out.append(f"\n# {name}\n" + _csv([{name: item} for item in items]))
        return "".join(out)
    lines = [f"{k}: {_cell(v)}" for k, v in scalars]
    for name, items in sections:
        lines.append(f"\n{name} ({len(items)})")
        if items and isinstance(items[0], dict):
            lines.append(_table(items, list(items[0]), width).rstrip("\n"))
        elif items:
            lines.append("  " + "; ".join(map(str, items)))
    return "\n".join(lines) + "\n"
