"""The cooperative itself and its cooperative-wide settings kept as data."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Fixed, Money, TimestampMixin, VersionedMixin, enum_column
from .enums import Language


class Cooperative(VersionedMixin, TimestampMixin, Base):
    """One row: who we are, how we invoice, what a share costs."""

    __tablename__ = "cooperative"
    __table_args__ = (
        CheckConstraint("payment_term_days >= 0 AND payment_term_days <= 365", name="payment_term"),
        CheckConstraint("share_price >= 0", name="share_price"),
        CheckConstraint("reminder_fee >= 0", name="reminder_fee"),
        CheckConstraint(
            "financial_year_end_month BETWEEN 1 AND 12 AND financial_year_end_day BETWEEN 1 AND 31",
            name="financial_year_end",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    business_id: Mapped[str] = mapped_column(String(9))
    home_municipality: Mapped[str] = mapped_column(String(100), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    iban: Mapped[str] = mapped_column(String(34))
    bic: Mapped[str] = mapped_column(String(11), default="")
    vat_registered: Mapped[bool] = mapped_column(default=True)
    # Vähäinen toiminta: turnover at most 20 000 € a year, no VAT charged.
    small_business_vat_exempt: Mapped[bool] = mapped_column(default=False)
    einvoice_address: Mapped[str] = mapped_column(String(35), default="")
    einvoice_operator: Mapped[str] = mapped_column(String(35), default="")
    payment_term_days: Mapped[int] = mapped_column(default=14)
    # Percentage points over the reference rate (korkolaki 4 §: 7, between businesses 8).
    late_interest_margin: Mapped[Decimal] = mapped_column(Fixed(2), default=7)
    reminder_fee: Mapped[Decimal] = mapped_column(Money(), default=5)
    share_price: Mapped[Decimal] = mapped_column(Money(), default=0)
    max_shares_per_member: Mapped[int | None]
    financial_year_end_month: Mapped[int] = mapped_column(default=12)
    financial_year_end_day: Mapped[int] = mapped_column(default=31)
    default_language: Mapped[Language] = mapped_column(
        enum_column(Language, "language"), default=Language.FI
    )
    board_representative: Mapped[str] = mapped_column(String(200), default="")
    board_representative_title: Mapped[str] = mapped_column(String(100), default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)


class InvoiceSeries(Base):
    """A numbering series; numbers are taken from next_number only when an invoice is issued."""

    __tablename__ = "invoice_series"
    __table_args__ = (CheckConstraint("next_number >= 1", name="next_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    prefix: Mapped[str] = mapped_column(String(10), default="")
    next_number: Mapped[int] = mapped_column(default=1)


class VatRate(Base):
    """Dated VAT table: the rate follows the delivery date."""

    __tablename__ = "vat_rate"
    __table_args__ = (
        UniqueConstraint("code", "valid_from"),
        CheckConstraint("rate >= 0 AND rate < 10000", name="rate"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    rate: Mapped[Decimal] = mapped_column(Fixed(2))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)


class ReferenceRate(Base):
    """Suomen Pankki's reference rate per half-year, entered as data."""

    __tablename__ = "reference_rate"

    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from: Mapped[date] = mapped_column(Date, unique=True)
    rate: Mapped[Decimal] = mapped_column(Fixed(2))


class Setting(Base):
    """Cooperative-wide settings that need no column of their own."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Attachment(Base):
    """A file kept with a record (e.g. a signed wage-deduction consent)."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int]
    filename: Mapped[str] = mapped_column(String(255))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_on: Mapped[date] = mapped_column(Date)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
