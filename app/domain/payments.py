"""Money received: bank statements, their transactions, allocations to invoices or share fees,
the registry of payment references Osuva has issued, and the reminders sent."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Money, TimestampMixin, UTCDateTime, VersionedMixin, enum_column, utcnow
from .enums import PaymentMethod

if TYPE_CHECKING:
    from .invoices import Invoice
    from .shares import SharePayment


class TransactionStatus(StrEnum):
    """Where a bank credit stands: found its target, waits for a confirmation, or neither."""

    UNMATCHED = "unmatched"
    SUGGESTED = "suggested"
    MATCHED = "matched"
    IGNORED = "ignored"
    # A credit the bank took back later (RvslInd): its allocations were undone.
    REVERSED = "reversed"


class BankStatement(Base):
    """One imported camt.053/054 statement (or notification)."""

    __tablename__ = "bank_statement"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_iban: Mapped[str] = mapped_column(String(34), default="")
    # The bank's own id of the statement (Stmt/Id).
    statement_ref: Mapped[str] = mapped_column(String(35), default="")
    from_date: Mapped[date | None] = mapped_column(Date)
    to_date: Mapped[date | None] = mapped_column(Date)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))

    transactions: Mapped[list[BankTransaction]] = relationship(back_populates="statement")


class BankTransaction(VersionedMixin, TimestampMixin, Base):
    """One incoming credit: an entry, or one TxDtls of a batch entry; or money recorded by hand."""

    __tablename__ = "bank_transaction"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount"),
        Index("ix_bank_transaction_status_date", "status", "booking_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int | None] = mapped_column(ForeignKey("bank_statement.id"), index=True)
    # The bank's archive id (AcctSvcrRef): importing a statement twice adds nothing.
    archive_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    booking_date: Mapped[date] = mapped_column(Date)
    value_date: Mapped[date | None] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    payer_name: Mapped[str] = mapped_column(String(200), default="")
    # Normalised: no spaces or leading zeros, RF in capitals.
    reference: Mapped[str] = mapped_column(String(35), default="", index=True)
    message: Mapped[str] = mapped_column(Text, default="")
    bank_code: Mapped[str] = mapped_column(String(35), default="")
    reversal: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The credit this reversal took back.
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("bank_transaction.id"))
    status: Mapped[TransactionStatus] = mapped_column(
        enum_column(TransactionStatus, "transaction_status"), default=TransactionStatus.UNMATCHED
    )
    # Found by amount and payer name; the user confirms it before anything is booked.
    suggested_invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"))
    note: Mapped[str] = mapped_column(Text, default="")

    statement: Mapped[BankStatement | None] = relationship(back_populates="transactions")
    allocations: Mapped[list[Payment]] = relationship(back_populates="transaction")


class Payment(TimestampMixin, Base):
    """One allocation of money received to an invoice or to a member's share fee.

    A bank transaction may be split over several invoices and an invoice paid by several
    transactions; money recorded by hand is an allocation without a bank transaction.
    """

    __tablename__ = "payment"
    __table_args__ = (CheckConstraint("amount != 0", name="amount"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    method: Mapped[PaymentMethod] = mapped_column(enum_column(PaymentMethod, "payment_method"))
    reference: Mapped[str] = mapped_column(String(35), default="", index=True)
    payer_name: Mapped[str] = mapped_column(String(200), default="")
    # Archive id of payments recorded before bank transactions existed; new ones keep it there.
    bank_archive_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    note: Mapped[str] = mapped_column(Text, default="")
    bank_transaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("bank_transaction.id"), index=True
    )
    # A share fee paid from the bank is also a row of the member's share ledger.
    share_payment_id: Mapped[int | None] = mapped_column(ForeignKey("share_payment.id"))

    invoice: Mapped[Invoice | None] = relationship(back_populates="payments")
    transaction: Mapped[BankTransaction | None] = relationship(back_populates="allocations")
    share_payment: Mapped[SharePayment | None] = relationship()


class PaymentReference(Base):
    """Every reference Osuva has handed out, and whose money it brings: an invoice or a member's
    share fee (one reference per member covers all their subscriptions)."""

    __tablename__ = "payment_reference"
    __table_args__ = (
        CheckConstraint("(invoice_id IS NULL) <> (member_id IS NULL)", name="one_target"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(35), unique=True)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)


class Reminder(TimestampMixin, Base):
    """A payment reminder sent for an overdue invoice, with the fee and interest it claimed."""

    __tablename__ = "reminder"
    __table_args__ = (
        CheckConstraint("fee >= 0", name="fee"),
        CheckConstraint("interest >= 0", name="interest"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    sent_on: Mapped[date] = mapped_column(Date)
    new_due_date: Mapped[date] = mapped_column(Date)
    fee: Mapped[Decimal] = mapped_column(Money(), default=0)
    interest: Mapped[Decimal] = mapped_column(Money(), default=0)
    level: Mapped[int] = mapped_column(default=1)

    invoice: Mapped[Invoice] = relationship(back_populates="reminders")
