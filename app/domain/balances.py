"""What is paid, credited and still open of each invoice, kept by the database itself."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Money


class InvoiceBalance(Base):
    """One row per invoice, written only by triggers on invoice and payment (migration 0013).

    Open amount = total − payments − |gross| of issued credit notes for an issued invoice and
    zero for drafts and credit notes, as `receivables.open_amounts` computes it. Stored so the
    invoice list sorts by it from an index and the receivable totals add up only open rows.
    Read it with column selects: an ORM object of it would not see a trigger's later change.
    """

    __tablename__ = "invoice_balance"
    __table_args__ = (Index("ix_invoice_balance_open_amount", "open_amount"),)

    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    paid: Mapped[Decimal] = mapped_column(Money())
    credited: Mapped[Decimal] = mapped_column(Money())
    open_amount: Mapped[Decimal] = mapped_column(Money())
