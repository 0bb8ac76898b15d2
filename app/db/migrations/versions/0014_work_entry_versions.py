"""work entries get a version, so a week grid loaded earlier cannot overwrite newer hours

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 12:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: rebuilding work_entry would trip the foreign keys pointing at it.
    op.add_column(
        "work_entry",
        sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")),
    )


def downgrade() -> None:
    with op.batch_alter_table("work_entry") as batch_op:
        batch_op.drop_column("version")
