"""users with several roles, an append-only audit log with erasable personal fields,
and version columns on the records people edit

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

VERSIONED = ("cooperative", "customer", "invoice", "member", "work_assignment")
ROLES = ("admin", "treasurer", "facilitator")

# The audit log is append-only: the database itself refuses to change or remove a row.
SQLITE_TRIGGERS = (
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END""",
    # Personal values may only be deleted whole (erasure), never rewritten.
    """CREATE TRIGGER audit_personal_no_update BEFORE UPDATE ON audit_personal
       BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END""",
)
POSTGRES_TRIGGERS = (
    """CREATE FUNCTION osuva_refuse_audit_change() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'the audit log cannot be changed'; END; $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
       FOR EACH ROW EXECUTE FUNCTION osuva_refuse_audit_change()""",
    """CREATE TRIGGER audit_personal_no_update BEFORE UPDATE ON audit_personal
       FOR EACH ROW EXECUTE FUNCTION osuva_refuse_audit_change()""",
)


def upgrade() -> None:
    op.create_table(
        "user_role",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(*ROLES, name="role", native_enum=False, create_constraint=True, length=11),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_user_role_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("user_id", "role", name=op.f("pk_user_role")),
    )
    op.execute("INSERT INTO user_role (user_id, role) SELECT id, role FROM user_account")
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.drop_constraint("role", type_="check")
        batch_op.drop_column("role")

    op.create_table(
        "audit_personal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("subject_member_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=50), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["audit_id"], ["audit_log.id"], name=op.f("fk_audit_personal_audit_id_audit_log")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_personal")),
    )
    with op.batch_alter_table("audit_personal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_personal_audit_id"), ["audit_id"])
        batch_op.create_index(
            batch_op.f("ix_audit_personal_subject_member_id"), ["subject_member_id"]
        )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_user_id"), ["user_id"])

    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False)
            )

    triggers = POSTGRES_TRIGGERS if op.get_bind().dialect.name == "postgresql" else SQLITE_TRIGGERS
    for statement in triggers:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_log_no_change ON audit_log")
        op.execute("DROP TRIGGER audit_personal_no_update ON audit_personal")
        op.execute("DROP FUNCTION osuva_refuse_audit_change()")
    else:
        for name in ("audit_log_no_update", "audit_log_no_delete", "audit_personal_no_update"):
            op.execute(f"DROP TRIGGER {name}")
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_user_id"))
    op.drop_table("audit_personal")
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "role",
                sa.Enum(*ROLES, name="role", native_enum=False, create_constraint=True, length=11),
                nullable=False,
                server_default="admin",
            )
        )
    op.execute(
        "UPDATE user_account SET role = (SELECT MIN(role) FROM user_role "
        "WHERE user_role.user_id = user_account.id)"
    )
    op.drop_table("user_role")
