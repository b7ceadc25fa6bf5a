"""newsdb/catalog.py is the one description of the BI views: docs, comments, Datasette."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from newsdb import db
from newsdb.catalog import BY_NAME, VIEWS, comments, views_markdown

ROOT = Path(__file__).resolve().parent.parent


def test_docs_views_md_is_generated_from_the_catalog():
    written = (ROOT / "docs" / "views.md").read_text(encoding="utf-8")
    assert written == views_markdown(), (
        "docs/views.md is stale: python -m newsdb.catalog > docs/views.md"
    )


def test_every_view_and_column_is_described(head_url):
    with db.connect(head_url) as connection:
        inspector = inspect(connection)
        views = set(inspector.get_view_names())
        assert views == set(BY_NAME)
        for name in views:
            actual = [c["name"] for c in inspector.get_columns(name)]
            documented = [c.name for c in BY_NAME[name].columns]
            assert actual == documented, f"{name}: update newsdb/catalog.py"


def test_catalog_references_real_columns():
    for view in VIEWS:
        names = {c.name for c in view.columns}
        for column in view.columns:
            assert column.precision is None or column.precision in names
            assert column.currency is None or column.currency in names
        assert set(view.facets) <= names
        assert view.sort_desc is None or view.sort_desc in names


def _comments(url: str) -> dict[str, tuple[str | None, dict[str, str | None]]]:
    query = text(
        "SELECT c.relname, obj_description(c.oid, 'pg_class'), a.attname, "
        "col_description(c.oid, a.attnum) FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema() "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "WHERE c.relkind = 'v' ORDER BY c.relname, a.attnum"
    )
    found: dict = {}
    with db.connect(url) as connection:
        for view, view_comment, column, column_comment in connection.execute(query):
            found.setdefault(view, (view_comment, {}))[1][column] = column_comment
    return found


@pytest.mark.postgresql
def test_postgresql_comments_every_view_and_column(postgres_url):
    db.upgrade(postgres_url)
    assert _comments(postgres_url) == comments()
    db.downgrade(postgres_url, "0004_view_contract")  # below the comments: none left
    found = _comments(postgres_url)
    assert set(found) == set(comments())
    assert {v for v, _ in found.values()} == {None}
    assert {c for _, columns in found.values() for c in columns.values()} == {None}
    db.upgrade(postgres_url)
    assert _comments(postgres_url) == comments()
