"""Invoices and credit notes and their lines (payments and reminders: payments.py)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Fixed, Money, TimestampMixin, UTCDateTime, VersionedMixin, enum_column
from .enums import CustomerKind, InvoiceKind, InvoiceState, Language

if TYPE_CHECKING:
    from .customers import Customer
    from .payments import Payment, Reminder


class Invoice(VersionedMixin, TimestampMixin, Base):
    """An invoice or credit note. Once issued it never changes; corrections are credit notes."""

    __tablename__ = "invoice"
    __table_args__ = (
        UniqueConstraint("series_id", "number"),
        CheckConstraint("state = 'draft' OR number IS NOT NULL", name="issued_has_number"),
        CheckConstraint("state = 'draft' OR issue_date IS NOT NULL", name="issued_has_date"),
        CheckConstraint(
            "kind = 'invoice' OR credited_invoice_id IS NOT NULL", name="credit_note_refers"
        ),
        CheckConstraint(
            "due_date IS NULL OR issue_date IS NULL OR due_date >= issue_date",
            name="due_after_issue",
        ),
        CheckConstraint(
            "delivery_to IS NULL OR delivery_from IS NULL OR delivery_to >= delivery_from",
            name="delivery_period",
        ),
        Index("ix_invoice_state_due", "state", "due_date"),
        # One index per column the invoices list sorts by.
        Index("ix_invoice_issue_date", "issue_date"),
        Index("ix_invoice_due_date", "due_date"),
        Index("ix_invoice_number", "number"),
        Index("ix_invoice_kind", "kind"),
        Index("ix_invoice_total_gross", "total_gross"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("invoice_series.id"))
    # Assigned on issue from the series, gapless; drafts have none.
    number: Mapped[int | None]
    kind: Mapped[InvoiceKind] = mapped_column(
        enum_column(InvoiceKind, "invoice_kind"), default=InvoiceKind.INVOICE
    )
    state: Mapped[InvoiceState] = mapped_column(
        enum_column(InvoiceState, "invoice_state"), default=InvoiceState.DRAFT
    )
    credited_invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    language: Mapped[Language] = mapped_column(
        enum_column(Language, "language"), default=Language.FI
    )
    issue_date: Mapped[date | None] = mapped_column(Date)
    delivery_from: Mapped[date | None] = mapped_column(Date)
    delivery_to: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(25), default="", index=True)
    our_reference: Mapped[str] = mapped_column(String(100), default="")
    buyer_reference: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Buyer as it was on issue: later edits of the customer never change an issued invoice.
    buyer_kind: Mapped[CustomerKind | None] = mapped_column(
        enum_column(CustomerKind, "customer_kind")
    )
    buyer_name: Mapped[str] = mapped_column(String(200), default="")
    buyer_business_id: Mapped[str] = mapped_column(String(9), default="")
    buyer_vat_id: Mapped[str] = mapped_column(String(20), default="")
    buyer_street: Mapped[str] = mapped_column(String(200), default="")
    buyer_postal_code: Mapped[str] = mapped_column(String(10), default="")
    buyer_city: Mapped[str] = mapped_column(String(100), default="")
    buyer_country: Mapped[str] = mapped_column(String(2), default="FI")
    buyer_einvoice_address: Mapped[str] = mapped_column(String(35), default="")
    buyer_einvoice_operator: Mapped[str] = mapped_column(String(35), default="")
    # Seller details (name, Y-tunnus, address, IBAN, BIC) frozen on issue.
    seller_snapshot: Mapped[dict | None] = mapped_column(JSON)
    late_interest_rate: Mapped[Decimal | None] = mapped_column(Fixed(2))
    total_net: Mapped[Decimal] = mapped_column(Money(), default=0)
    total_vat: Mapped[Decimal] = mapped_column(Money(), default=0)
    total_gross: Mapped[Decimal] = mapped_column(Money(), default=0)
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))

    customer: Mapped[Customer] = relationship()
    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice", order_by="InvoiceLine.position", cascade="all, delete-orphan"
    )
    payments: Mapped[list[Payment]] = relationship(back_populates="invoice")
    reminders: Mapped[list[Reminder]] = relationship(back_populates="invoice")
    credited_invoice: Mapped[Invoice | None] = relationship(remote_side=[id])


class InvoiceLine(Base):
    """One line, rounded half-up to cents at line level."""

    __tablename__ = "invoice_line"
    __table_args__ = (
        UniqueConstraint("invoice_id", "position"),
        CheckConstraint("vat_rate >= 0", name="vat_rate"),
        CheckConstraint("unit_price >= 0", name="unit_price"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    position: Mapped[int]
    description: Mapped[str] = mapped_column(Text)
    # Negative quantities only on credit notes.
    quantity: Mapped[Decimal] = mapped_column(Fixed(3))
    unit: Mapped[str] = mapped_column(String(10), default="h")
    unit_price: Mapped[Decimal] = mapped_column(Money())
    # Percent off the line total (a discount the invoice must show, AVL 209 e §).
    discount_percent: Mapped[Decimal] = mapped_column(Fixed(2), default=0, server_default="0")
    vat_code: Mapped[str] = mapped_column(String(20))
    vat_rate: Mapped[Decimal] = mapped_column(Fixed(2))
    net_amount: Mapped[Decimal] = mapped_column(Money())
    vat_amount: Mapped[Decimal] = mapped_column(Money())
    gross_amount: Mapped[Decimal] = mapped_column(Money())
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"))
    # The work part (incl. VAT) for the buyer's household tax credit.
    household_work_amount: Mapped[Decimal | None] = mapped_column(Money())
    delivery_date: Mapped[date | None] = mapped_column(Date)
    # On a credit note: the original's line it credits (the original itself never changes).
    credited_line_id: Mapped[int | None] = mapped_column(ForeignKey("invoice_line.id"), index=True)

    invoice: Mapped[Invoice] = relationship(back_populates="lines")


class InvoiceSending(Base):
    """An issued invoice (or a reminder of it) sent to the buyer; the invoice never changes.

    channel: "email" (the invoice's PDF), "reminder" (a payment reminder's PDF by e-mail,
    with its reminder) or "einvoice" (a Finvoice file written for the buyer's operator).
    """

    __tablename__ = "invoice_sending"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    channel: Mapped[str] = mapped_column(String(10))
    recipient: Mapped[str] = mapped_column(String(200))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    reminder_id: Mapped[int | None] = mapped_column(ForeignKey("reminder.id"), index=True)
