"""Gapless invoice numbers, taken from the series only when an invoice is issued."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# One statement takes the number and moves the series on: inside the write transaction
# (BEGIN IMMEDIATE on SQLite, a row lock on PostgreSQL) no one else can take the same one,
# and a crash before the commit rolls the series back, leaving no gap.
_TAKE = text(
    "UPDATE invoice_series SET next_number = next_number + 1 "
    "WHERE id = :series_id RETURNING next_number - 1"
)
_LOCK = text("SELECT next_number FROM invoice_series WHERE id = :series_id FOR UPDATE")


def take_number(session: Session, series_id: int) -> int:
    """The next number of the series; the caller's transaction must commit the invoice."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(_LOCK, {"series_id": series_id})
    number = connection.execute(_TAKE, {"series_id": series_id}).scalar_one()
    return int(number)
