"""A Markdown summary of the tables and how they relate, generated from the models."""

from __future__ import annotations

from sqlalchemy import MetaData


def tables_markdown(metadata: MetaData) -> str:
    """One row per table: its columns, and the tables its foreign keys point at."""
    lines = ["| table | columns | references |", "|---|---|---|"]
    for table in sorted(metadata.tables.values(), key=lambda t: t.name):
        columns = ", ".join(column.name for column in table.columns)
        references = sorted(
            {
                f"{fk.parent.name} → {fk.column.table.name} ({fk.ondelete or 'NO ACTION'})"
                for fk in table.foreign_keys
            }
        )
        lines.append(f"| {table.name} | {columns} | {'; '.join(references)} |")
    return "\n".join(lines) + "\n"
