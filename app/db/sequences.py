"""After rows were written with explicit ids, PostgreSQL's sequences must catch up."""

from __future__ import annotations

from sqlalchemy import Connection, Integer, text

from app.domain import Base


def sync_sequences(connection: Connection) -> None:
    """Move each table's id sequence past its largest id (PostgreSQL only; SQLite needs none)."""
    if connection.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        column = table.c.get("id")
        if column is None or not isinstance(column.type, Integer) or not column.primary_key:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )
