"""search keys and indexes for paged lists

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 08:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.domain.search import search_key

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# (table, search column, length, source columns)
SEARCH_KEYS = (
    ("member", "search_name", 201, ("last_name", "first_name")),
    ("member", "search_given", 201, ("first_name", "last_name")),
    ("customer", "search_name", 200, ("name",)),
    ("work_assignment", "search_title", 200, ("title",)),
    ("coaching_session", "search_topic", 200, ("topic",)),
)

# (index, table, columns)
INDEXES = (
    ("ix_member_kind", "member", ["kind"]),
    ("ix_member_accepted_on", "member", ["accepted_on"]),
    ("ix_member_municipality", "member", ["municipality"]),
    ("ix_member_status_name", "member", ["status", "search_name"]),
    ("ix_member_status_given", "member", ["status", "search_given"]),
    ("ix_assignment_member_member_id", "assignment_member", ["member_id"]),
    ("ix_work_assignment_starts_on", "work_assignment", ["starts_on"]),
    ("ix_work_assignment_status", "work_assignment", ["status"]),
    ("ix_work_entry_substitute_for_id", "work_entry", ["substitute_for_id"]),
    ("ix_coaching_session_kind", "coaching_session", ["kind"]),
    ("ix_coaching_session_duration", "coaching_session", ["duration_minutes"]),
    ("ix_coaching_session_facilitator", "coaching_session", ["facilitator_name"]),
    ("ix_invoice_issue_date", "invoice", ["issue_date"]),
    ("ix_invoice_due_date", "invoice", ["due_date"]),
    ("ix_invoice_number", "invoice", ["number"]),
    ("ix_invoice_kind", "invoice", ["kind"]),
    ("ix_invoice_total_gross", "invoice", ["total_gross"]),
    ("ix_payment_reference", "payment", ["reference"]),
)

TO_INVOICE = "approved_at IS NOT NULL AND invoice_line_id IS NULL"


def _fill(table: str, column: str, sources: tuple[str, ...]) -> None:
    """Compute the keys in Python: SQL's lower() would not fold å, ä and ö on SQLite."""
    con = op.get_bind()
    rows = con.execute(sa.text(f"SELECT id, {', '.join(sources)} FROM {table}")).all()
    if rows:
        con.execute(
            sa.text(f"UPDATE {table} SET {column} = :key WHERE id = :id"),
            [{"id": row[0], "key": search_key(*row[1:])} for row in rows],
        )


def upgrade() -> None:
    for table, column, length, sources in SEARCH_KEYS:
        # A plain ADD COLUMN: rebuilding member would trip the foreign keys pointing at it.
        op.add_column(
            table, sa.Column(column, sa.String(length=length), nullable=False, server_default="")
        )
        _fill(table, column, sources)
        op.create_index(f"ix_{table}_{column}", table, [column])
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    op.create_index(
        "ix_work_entry_to_invoice",
        "work_entry",
        ["assignment_id", "work_date"],
        sqlite_where=sa.text(TO_INVOICE),
        postgresql_where=sa.text(TO_INVOICE),
    )


def downgrade() -> None:
    op.drop_index("ix_work_entry_to_invoice", table_name="work_entry")
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    for table, column, _length, _sources in reversed(SEARCH_KEYS):
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f"ix_{table}_{column}")
            batch.drop_column(column)
