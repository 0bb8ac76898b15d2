"""recurring shifts, planned shifts with substitutes, new assignment statuses, entry times

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 10:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

OLD_STATUSES = ("planned", "active", "done", "cancelled")
NEW_STATUSES = ("requested", "scheduled", "in_progress", "done", "cancelled")
RENAMED = (("planned", "scheduled"), ("active", "in_progress"))


def _statuses(values: tuple[str, ...]) -> str:
    return "status IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def _change_statuses(old: tuple[str, ...], new: tuple[str, ...], renames, length: int) -> None:
    """Swap the status check: drop it, rename the stored values, then check the new list.

    On SQLite each step rebuilds the table; the upgrade runs with foreign keys off (and
    checks them before commit), as SQLite's documented ALTER procedure asks.
    """
    with op.batch_alter_table("work_assignment") as batch_op:
        batch_op.drop_constraint("assignment_status", type_="check")
        batch_op.alter_column(
            "status", existing_type=sa.String(max(map(len, old))), type_=sa.String(length)
        )
    for before, after in renames:
        op.execute(f"UPDATE work_assignment SET status = '{after}' WHERE status = '{before}'")
    with op.batch_alter_table("work_assignment") as batch_op:
        batch_op.create_check_constraint("assignment_status", _statuses(new))


def upgrade() -> None:
    # Plain ADD COLUMNs: work_assignment is referenced by other tables.
    op.add_column(
        "work_assignment", sa.Column("rule", sa.String(200), nullable=False, server_default="")
    )
    op.add_column("work_assignment", sa.Column("shift_start", sa.Time(), nullable=True))
    op.add_column("work_assignment", sa.Column("shift_end", sa.Time(), nullable=True))
    op.add_column(
        "work_assignment",
        sa.Column("skip_holidays", sa.Boolean(), nullable=False, server_default=sa.true()),
    )
    op.add_column("work_entry", sa.Column("starts_at", sa.Time(), nullable=True))
    op.add_column("work_entry", sa.Column("ends_at", sa.Time(), nullable=True))
    _change_statuses(OLD_STATUSES, NEW_STATUSES, RENAMED, 11)

    op.create_table(
        "planned_shift",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("occurrence", sa.Date(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("substitute_for_id", sa.Integer(), nullable=True),
        sa.Column("work_date", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=False),
        sa.Column("ends_at", sa.Time(), nullable=False),
        sa.Column("skipped", sa.Boolean(), nullable=False),
        sa.Column("edited", sa.Boolean(), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_planned_shift_times")),
        sa.CheckConstraint(
            "substitute_for_id IS NULL OR substitute_for_id != member_id",
            name=op.f("ck_planned_shift_substitute"),
        ),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["work_assignment.id"],
            name=op.f("fk_planned_shift_assignment_id_work_assignment"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_planned_shift_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["substitute_for_id"],
            ["member.id"],
            name=op.f("fk_planned_shift_substitute_for_id_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_planned_shift")),
        sa.UniqueConstraint(
            "assignment_id", "occurrence", "member_id", name=op.f("uq_planned_shift_assignment_id")
        ),
    )
    op.create_index(
        "ix_planned_shift_work_date_member", "planned_shift", ["work_date", "member_id"]
    )
    op.create_index(op.f("ix_planned_shift_member_id"), "planned_shift", ["member_id"])
    op.create_index("ix_work_entry_work_date", "work_entry", ["work_date"])


def downgrade() -> None:
    op.drop_index("ix_work_entry_work_date", table_name="work_entry")
    op.drop_index(op.f("ix_planned_shift_member_id"), table_name="planned_shift")
    op.drop_index("ix_planned_shift_work_date_member", table_name="planned_shift")
    op.drop_table("planned_shift")
    _change_statuses(
        NEW_STATUSES,
        OLD_STATUSES,
        (("scheduled", "planned"), ("in_progress", "active"), ("requested", "planned")),
        9,
    )
    with op.batch_alter_table("work_entry") as batch_op:
        batch_op.drop_column("ends_at")
        batch_op.drop_column("starts_at")
    with op.batch_alter_table("work_assignment") as batch_op:
        batch_op.drop_column("skip_holidays")
        batch_op.drop_column("shift_end")
        batch_op.drop_column("shift_start")
        batch_op.drop_column("rule")
