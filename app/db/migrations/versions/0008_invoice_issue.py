"""issued invoices are frozen; line discounts; credit notes point at the lines they credit;
invoices sent by e-mail

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 10:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

REFUSAL = "an issued invoice cannot be changed"
# An issued invoice and its lines are frozen: corrections are credit notes.
SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER invoice_issued_no_update BEFORE UPDATE ON invoice
       WHEN OLD.state = 'issued' BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END""",
    f"""CREATE TRIGGER invoice_issued_no_delete BEFORE DELETE ON invoice
       WHEN OLD.state = 'issued' BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END""",
    f"""CREATE TRIGGER invoice_line_issued_no_update BEFORE UPDATE ON invoice_line
       WHEN (SELECT state FROM invoice WHERE id = OLD.invoice_id) = 'issued'
       BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END""",
    f"""CREATE TRIGGER invoice_line_issued_no_delete BEFORE DELETE ON invoice_line
       WHEN (SELECT state FROM invoice WHERE id = OLD.invoice_id) = 'issued'
       BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END""",
)
SQLITE_TRIGGER_NAMES = (
    "invoice_issued_no_update",
    "invoice_issued_no_delete",
    "invoice_line_issued_no_update",
    "invoice_line_issued_no_delete",
)
POSTGRES_TRIGGERS = (
    f"""CREATE FUNCTION osuva_refuse_issued_invoice_change() RETURNS trigger AS $$
       BEGIN
         IF OLD.state = 'issued' THEN RAISE EXCEPTION '{REFUSAL}'; END IF;
         IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
         RETURN NEW;
       END; $$ LANGUAGE plpgsql""",
    f"""CREATE FUNCTION osuva_refuse_issued_line_change() RETURNS trigger AS $$
       BEGIN
         IF (SELECT state FROM invoice WHERE id = OLD.invoice_id) = 'issued' THEN
           RAISE EXCEPTION '{REFUSAL}';
         END IF;
         IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
         RETURN NEW;
       END; $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER invoice_issued_no_change BEFORE UPDATE OR DELETE ON invoice
       FOR EACH ROW EXECUTE FUNCTION osuva_refuse_issued_invoice_change()""",
    """CREATE TRIGGER invoice_line_issued_no_change BEFORE UPDATE OR DELETE ON invoice_line
       FOR EACH ROW EXECUTE FUNCTION osuva_refuse_issued_line_change()""",
)


def upgrade() -> None:
    # Plain ADD COLUMNs: rebuilding invoice_line would trip the foreign keys pointing at it.
    op.add_column(
        "invoice_line",
        sa.Column("discount_percent", sa.BigInteger(), nullable=False, server_default="0"),
    )
    fk = "fk_invoice_line_credited_line_id_invoice_line"
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        op.add_column("invoice_line", sa.Column("credited_line_id", sa.Integer(), nullable=True))
        op.create_foreign_key(fk, "invoice_line", "invoice_line", ["credited_line_id"], ["id"])
    else:
        # SQLite adds a column with its reference in one statement; Alembic would rebuild.
        op.execute(
            f"ALTER TABLE invoice_line ADD COLUMN credited_line_id INTEGER "
            f"CONSTRAINT {fk} REFERENCES invoice_line (id)"
        )
    op.create_index(
        "ix_invoice_line_credited_line_id", "invoice_line", ["credited_line_id"], unique=False
    )
    for statement in POSTGRES_TRIGGERS if postgres else SQLITE_TRIGGERS:
        op.execute(statement)
    # The open amount looks up each invoice's credit notes.
    op.create_index(
        op.f("ix_invoice_credited_invoice_id"), "invoice", ["credited_invoice_id"], unique=False
    )
    # Sendings are recorded beside the invoice, which cannot change once issued.
    op.create_table(
        "invoice_sending",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_sending_invoice_id_invoice")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_invoice_sending_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_sending")),
    )
    op.create_index(
        op.f("ix_invoice_sending_invoice_id"), "invoice_sending", ["invoice_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_invoice_sending_invoice_id"), table_name="invoice_sending")
    op.drop_table("invoice_sending")
    op.drop_index(op.f("ix_invoice_credited_invoice_id"), table_name="invoice")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER invoice_issued_no_change ON invoice")
        op.execute("DROP TRIGGER invoice_line_issued_no_change ON invoice_line")
        op.execute("DROP FUNCTION osuva_refuse_issued_invoice_change()")
        op.execute("DROP FUNCTION osuva_refuse_issued_line_change()")
    else:
        for name in SQLITE_TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER {name}")
    op.drop_index("ix_invoice_line_credited_line_id", table_name="invoice_line")
    with op.batch_alter_table("invoice_line") as batch_op:
        batch_op.drop_column("credited_line_id")
        batch_op.drop_column("discount_percent")
