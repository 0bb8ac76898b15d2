"""payments: bank statements and transactions, allocations, the reference registry

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-01 09:58:47.626067
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None


# A booked bank transaction is a voucher: the database refuses to delete it or to change the
# money, date or archive id it was booked with (its status and allocations may change).
SQLITE_TRIGGERS = (
    """CREATE TRIGGER bank_transaction_no_delete BEFORE DELETE ON bank_transaction
       BEGIN SELECT RAISE(ABORT, 'a booked bank transaction cannot be removed'); END""",
    """CREATE TRIGGER bank_transaction_no_rebook
       BEFORE UPDATE OF amount, currency, archive_id, booking_date ON bank_transaction
       BEGIN SELECT RAISE(ABORT, 'a booked bank transaction cannot be changed'); END""",
    """CREATE TRIGGER bank_statement_no_delete BEFORE DELETE ON bank_statement
       BEGIN SELECT RAISE(ABORT, 'an imported bank statement cannot be removed'); END""",
)
POSTGRES_TRIGGERS = (
    """CREATE FUNCTION osuva_refuse_bank_change() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'a booked bank transaction cannot be changed'; END; $$
       LANGUAGE plpgsql""",
    """CREATE TRIGGER bank_transaction_no_delete BEFORE DELETE ON bank_transaction
       FOR EACH ROW EXECUTE FUNCTION osuva_refuse_bank_change()""",
    """CREATE TRIGGER bank_transaction_no_rebook
       BEFORE UPDATE OF amount, currency, archive_id, booking_date ON bank_transaction
       FOR EACH ROW EXECUTE FUNCTION osuva_refuse_bank_change()""",
    """CREATE TRIGGER bank_statement_no_delete BEFORE DELETE ON bank_statement
       FOR EACH ROW EXECUTE FUNCTION osuva_refuse_bank_change()""",
)


def upgrade() -> None:
    op.create_table(
        "bank_statement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_iban", sa.String(length=34), nullable=False),
        sa.Column("statement_ref", sa.String(length=35), nullable=False),
        sa.Column("from_date", sa.Date(), nullable=True),
        sa.Column("to_date", sa.Date(), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["imported_by_id"],
            ["user_account.id"],
            name=op.f("fk_bank_statement_imported_by_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_statement")),
    )
    op.create_table(
        "bank_transaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("statement_id", sa.Integer(), nullable=True),
        sa.Column("archive_id", sa.String(length=64), nullable=True),
        sa.Column("booking_date", sa.Date(), nullable=False),
        sa.Column("value_date", sa.Date(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("payer_name", sa.String(length=200), nullable=False),
        sa.Column("reference", sa.String(length=35), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("bank_code", sa.String(length=35), nullable=False),
        sa.Column("reversal", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "unmatched",
                "suggested",
                "matched",
                "ignored",
                "reversed",
                name="transaction_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("suggested_invoice_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_bank_transaction_amount")),
        sa.ForeignKeyConstraint(
            ["reverses_id"],
            ["bank_transaction.id"],
            name=op.f("fk_bank_transaction_reverses_id_bank_transaction"),
        ),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["bank_statement.id"],
            name=op.f("fk_bank_transaction_statement_id_bank_statement"),
        ),
        sa.ForeignKeyConstraint(
            ["suggested_invoice_id"],
            ["invoice.id"],
            name=op.f("fk_bank_transaction_suggested_invoice_id_invoice"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_transaction")),
        sa.UniqueConstraint("archive_id", name=op.f("uq_bank_transaction_archive_id")),
    )
    with op.batch_alter_table("bank_transaction", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bank_transaction_reference"), ["reference"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_bank_transaction_statement_id"), ["statement_id"], unique=False
        )
        batch_op.create_index(
            "ix_bank_transaction_status_date", ["status", "booking_date"], unique=False
        )

    op.create_table(
        "payment_reference",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=35), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(invoice_id IS NULL) <> (member_id IS NULL)",
            name=op.f("ck_payment_reference_one_target"),
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_payment_reference_invoice_id_invoice")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_payment_reference_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_reference")),
        sa.UniqueConstraint("reference", name=op.f("uq_payment_reference_reference")),
    )
    with op.batch_alter_table("payment_reference", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_payment_reference_invoice_id"), ["invoice_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_payment_reference_member_id"), ["member_id"], unique=False
        )

    # The payment table becomes the allocation table; no other table refers to it, so SQLite
    # may rebuild it to add the foreign keys.
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("bank_transaction_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("share_payment_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_payment_bank_transaction_id"), ["bank_transaction_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_payment_share_payment_id_share_payment"),
            "share_payment",
            ["share_payment_id"],
            ["id"],
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_payment_bank_transaction_id_bank_transaction"),
            "bank_transaction",
            ["bank_transaction_id"],
            ["id"],
        )

    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in POSTGRES_TRIGGERS if postgres else SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER bank_transaction_no_delete ON bank_transaction")
        op.execute("DROP TRIGGER bank_transaction_no_rebook ON bank_transaction")
        op.execute("DROP TRIGGER bank_statement_no_delete ON bank_statement")
        op.execute("DROP FUNCTION osuva_refuse_bank_change()")
    else:
        for name in (
            "bank_transaction_no_delete",
            "bank_transaction_no_rebook",
            "bank_statement_no_delete",
        ):
            op.execute(f"DROP TRIGGER {name}")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_payment_bank_transaction_id_bank_transaction"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_payment_share_payment_id_share_payment"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_payment_bank_transaction_id"))
        batch_op.drop_column("share_payment_id")
        batch_op.drop_column("bank_transaction_id")

    with op.batch_alter_table("payment_reference", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_reference_member_id"))
        batch_op.drop_index(batch_op.f("ix_payment_reference_invoice_id"))

    op.drop_table("payment_reference")
    with op.batch_alter_table("bank_transaction", schema=None) as batch_op:
        batch_op.drop_index("ix_bank_transaction_status_date")
        batch_op.drop_index(batch_op.f("ix_bank_transaction_statement_id"))
        batch_op.drop_index(batch_op.f("ix_bank_transaction_reference"))

    op.drop_table("bank_transaction")
    op.drop_table("bank_statement")
