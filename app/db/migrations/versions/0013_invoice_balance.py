"""invoice balances: what is paid, credited and open of each invoice, kept by triggers

The invoice list sorted by open amount and the receivable totals computed the open amount of
every invoice on each read. The database now keeps it in invoice_balance, refreshed by
triggers whenever an invoice or a payment changes, whoever writes it.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 12:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def refresh(target: str) -> str:
    """Recompute the balance row of the invoice `target` (an SQL expression; NULL: nothing).

    Open = total − payments − |gross| of issued credit notes for an issued invoice, else 0:
    the same rule as receivables.open_amounts.
    """
    return f"""INSERT INTO invoice_balance (invoice_id, paid, credited, open_amount)
        SELECT i.id, s.paid, s.credited,
               CASE WHEN i.state = 'issued' AND i.kind = 'invoice'
                    THEN i.total_gross - s.paid - s.credited ELSE 0 END
        FROM invoice AS i,
             (SELECT (SELECT coalesce(sum(p.amount), 0) FROM payment AS p
                      WHERE p.invoice_id = {target}) AS paid,
                     (SELECT coalesce(-sum(c.total_gross), 0) FROM invoice AS c
                      WHERE c.credited_invoice_id = {target} AND c.state = 'issued'
                        AND c.kind = 'credit_note') AS credited) AS s
        WHERE i.id = {target}
        ON CONFLICT (invoice_id) DO UPDATE SET paid = excluded.paid,
            credited = excluded.credited, open_amount = excluded.open_amount"""


INVOICE_COLUMNS = "state, kind, total_gross, credited_invoice_id"
SQLITE_TRIGGERS = {
    # A new invoice gets its row; a credit note issued at once changes its original's.
    "invoice_balance_invoice_insert": f"""AFTER INSERT ON invoice BEGIN
        {refresh("NEW.id")}; {refresh("NEW.credited_invoice_id")}; END""",
    "invoice_balance_invoice_update": f"""AFTER UPDATE OF {INVOICE_COLUMNS} ON invoice BEGIN
        {refresh("NEW.id")}; {refresh("NEW.credited_invoice_id")};
        {refresh("OLD.credited_invoice_id")}; END""",
    # The row itself goes with the invoice (ON DELETE CASCADE).
    "invoice_balance_invoice_delete": f"""AFTER DELETE ON invoice BEGIN
        {refresh("OLD.credited_invoice_id")}; END""",
    "invoice_balance_payment_insert": f"""AFTER INSERT ON payment BEGIN
        {refresh("NEW.invoice_id")}; END""",
    "invoice_balance_payment_update": f"""AFTER UPDATE OF invoice_id, amount ON payment BEGIN
        {refresh("NEW.invoice_id")}; {refresh("OLD.invoice_id")}; END""",
    "invoice_balance_payment_delete": f"""AFTER DELETE ON payment BEGIN
        {refresh("OLD.invoice_id")}; END""",
}
POSTGRES_STATEMENTS = (
    f"""CREATE FUNCTION osuva_refresh_invoice_balance(target integer) RETURNS void AS $$
        {refresh("target")}
        $$ LANGUAGE sql""",
    """CREATE FUNCTION osuva_invoice_balance_follow_invoice() RETURNS trigger AS $$
       BEGIN
         IF TG_OP = 'DELETE' THEN
           PERFORM osuva_refresh_invoice_balance(OLD.credited_invoice_id);
           RETURN OLD;
         END IF;
         PERFORM osuva_refresh_invoice_balance(NEW.id);
         PERFORM osuva_refresh_invoice_balance(NEW.credited_invoice_id);
         IF TG_OP = 'UPDATE' THEN
           PERFORM osuva_refresh_invoice_balance(OLD.credited_invoice_id);
         END IF;
         RETURN NEW;
       END; $$ LANGUAGE plpgsql""",
    """CREATE FUNCTION osuva_invoice_balance_follow_payment() RETURNS trigger AS $$
       BEGIN
         IF TG_OP <> 'INSERT' THEN
           PERFORM osuva_refresh_invoice_balance(OLD.invoice_id);
         END IF;
         IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
         PERFORM osuva_refresh_invoice_balance(NEW.invoice_id);
         RETURN NEW;
       END; $$ LANGUAGE plpgsql""",
    f"""CREATE TRIGGER invoice_balance_follows_invoice
        AFTER INSERT OR DELETE OR UPDATE OF {INVOICE_COLUMNS} ON invoice
        FOR EACH ROW EXECUTE FUNCTION osuva_invoice_balance_follow_invoice()""",
    """CREATE TRIGGER invoice_balance_follows_payment
       AFTER INSERT OR DELETE OR UPDATE OF invoice_id, amount ON payment
       FOR EACH ROW EXECUTE FUNCTION osuva_invoice_balance_follow_payment()""",
)
BACKFILL = """INSERT INTO invoice_balance (invoice_id, paid, credited, open_amount)
    SELECT i.id, s.paid, s.credited,
           CASE WHEN i.state = 'issued' AND i.kind = 'invoice'
                THEN i.total_gross - s.paid - s.credited ELSE 0 END
    FROM invoice AS i
    JOIN (SELECT x.id,
                 (SELECT coalesce(sum(p.amount), 0) FROM payment AS p
                  WHERE p.invoice_id = x.id) AS paid,
                 (SELECT coalesce(-sum(c.total_gross), 0) FROM invoice AS c
                  WHERE c.credited_invoice_id = x.id AND c.state = 'issued'
                    AND c.kind = 'credit_note') AS credited
          FROM invoice AS x) AS s ON s.id = i.id"""


def upgrade() -> None:
    op.create_table(
        "invoice_balance",
        sa.Column("invoice_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("paid", sa.BigInteger(), nullable=False),
        sa.Column("credited", sa.BigInteger(), nullable=False),
        sa.Column("open_amount", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_invoice_balance_invoice_id_invoice"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("invoice_id", name=op.f("pk_invoice_balance")),
    )
    op.create_index(
        "ix_invoice_balance_open_amount", "invoice_balance", ["open_amount"], unique=False
    )
    op.execute(BACKFILL)
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_STATEMENTS:
            op.execute(statement)
    else:
        for name, body in SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER invoice_balance_follows_invoice ON invoice")
        op.execute("DROP TRIGGER invoice_balance_follows_payment ON payment")
        op.execute("DROP FUNCTION osuva_invoice_balance_follow_invoice()")
        op.execute("DROP FUNCTION osuva_invoice_balance_follow_payment()")
        op.execute("DROP FUNCTION osuva_refresh_invoice_balance(integer)")
    else:
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
    op.drop_index("ix_invoice_balance_open_amount", table_name="invoice_balance")
    op.drop_table("invoice_balance")
