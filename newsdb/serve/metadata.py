"""Datasette metadata for `newsdb serve`, generated from newsdb/catalog.py and the queries."""

from __future__ import annotations

from html import escape

from newsdb.catalog import VIEWS
from newsdb.serve.queries import QUERIES

DATABASE = "newsdb"
# Tables whose rows are best read through the views; still browsable, listed after them.
INTERNAL = ("alembic_version",)


def metadata() -> dict:
    """The metadata dict Datasette takes: views with titles, column docs and facets,
    and every canned report as a stored query with its parameters."""
    tables = {
        view.name: {
            "title": view.title,
            "description": view.description,
            "columns": {c.name: _column_doc(c) for c in view.columns},
            "facets": list(view.facets),
            **({"sort_desc": view.sort_desc} if view.sort_desc else {}),
        }
        for view in VIEWS
    }
    tables.update({name: {"hidden": True} for name in INTERNAL})
    return {
        "title": "newsdb",
        "description": "Deals, valuations and lawsuits of the technology industry, with the "
        "articles that report them. Start with the views (Deals, Valuations, Lawsuits, "
        "Evidence) or a stored query below; columns are described in docs/views.md.",
        "databases": {
            DATABASE: {
                "description_html": "Start with a view: "
                + ", ".join(
                    f'<a href="/{DATABASE}/{v.name}">{escape(v.title)}</a> ({escape(v.name)})'
                    for v in VIEWS
                )
                + " (columns described in docs/views.md), or a stored query below.",
                "tables": tables,
                "queries": {
                    q.name: {
                        "title": q.title,
                        "description_html": _html(q.description),
                        "sql": q.sql,
                        "params": q.params,
                        "hide_sql": True,  # a form first; "Show SQL" is one click away
                    }
                    for q in QUERIES
                },
            }
        },
    }


def _html(text: str) -> str:
    """`code` spans as <code>, everything else escaped."""
    parts = escape(text, quote=False).split("`")
    return "".join(f"<code>{p}</code>" if i % 2 else p for i, p in enumerate(parts))


def _column_doc(column) -> str:
    doc = column.doc.replace("`", "")
    return f"{doc} [{column.unit.replace('`', '')}]" if column.unit else doc
