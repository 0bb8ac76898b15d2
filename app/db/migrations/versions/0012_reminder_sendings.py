"""invoicing: a sending may be a reminder's, and names the reminder it carried

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 12:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


FK = "fk_invoice_sending_reminder_id_reminder"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a column with its reference in place; a named constraint added
        # afterwards would need a table rebuild.
        op.execute(
            f"ALTER TABLE invoice_sending ADD COLUMN reminder_id INTEGER "
            f"CONSTRAINT {FK} REFERENCES reminder (id)"
        )
    else:
        op.add_column("invoice_sending", sa.Column("reminder_id", sa.Integer(), nullable=True))
        op.create_foreign_key(FK, "invoice_sending", "reminder", ["reminder_id"], ["id"])
    op.create_index("ix_invoice_sending_reminder_id", "invoice_sending", ["reminder_id"])


def downgrade() -> None:
    op.drop_index("ix_invoice_sending_reminder_id", table_name="invoice_sending")
    with op.batch_alter_table("invoice_sending") as batch_op:
        batch_op.drop_column("reminder_id")
