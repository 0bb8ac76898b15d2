"""volunteer work entries

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: rebuilding work_entry would trip the foreign keys pointing at it.
    op.add_column(
        "work_entry",
        sa.Column("volunteer", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("work_entry") as batch_op:
        batch_op.drop_column("volunteer")
