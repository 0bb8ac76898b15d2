"""Share subscriptions, installment plans, payments and refunds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Money, TimestampMixin, enum_column
from .enums import ShareKind, SharePaymentMethod

if TYPE_CHECKING:
    from .members import Member


class ShareSubscription(TimestampMixin, Base):
    """Shares a member subscribed at one time, at the price then in force."""

    __tablename__ = "share_subscription"
    __table_args__ = (
        CheckConstraint("share_count > 0", name="share_count"),
        CheckConstraint("unit_price >= 0", name="unit_price"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    subscribed_on: Mapped[date] = mapped_column(Date)
    share_class: Mapped[str] = mapped_column(String(10), default="A")
    kind: Mapped[ShareKind] = mapped_column(
        enum_column(ShareKind, "share_kind"), default=ShareKind.BASIC
    )
    share_count: Mapped[int]
    unit_price: Mapped[Decimal] = mapped_column(Money())
    # Reference for paying the fee by bank transfer.
    reference: Mapped[str] = mapped_column(String(25), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    member: Mapped[Member] = relationship(back_populates="subscriptions")
    installments: Mapped[list[ShareInstallment]] = relationship(
        back_populates="subscription", order_by="ShareInstallment.due_on"
    )
    payments: Mapped[list[SharePayment]] = relationship(
        back_populates="subscription", order_by="SharePayment.paid_on"
    )

    @property
    def amount(self) -> Decimal:
        return self.unit_price * self.share_count


class ShareInstallment(Base):
    """One planned installment of a share fee (e.g. 10 € a month)."""

    __tablename__ = "share_installment"
    __table_args__ = (CheckConstraint("amount > 0", name="amount"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("share_subscription.id"), index=True)
    due_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())

    subscription: Mapped[ShareSubscription] = relationship(back_populates="installments")


class SharePayment(TimestampMixin, Base):
    """Money received for a share fee: cash, bank transfer or deduction from wages."""

    __tablename__ = "share_payment"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount"),
        CheckConstraint("method != 'wage_deduction' OR wage_month IS NOT NULL", name="wage_month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("share_subscription.id"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    method: Mapped[SharePaymentMethod] = mapped_column(
        enum_column(SharePaymentMethod, "share_payment_method")
    )
    reference: Mapped[str] = mapped_column(String(35), default="")
    # First day of the payroll month for wage deductions.
    wage_month: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    subscription: Mapped[ShareSubscription] = relationship(back_populates="payments")


class ShareRefund(TimestampMixin, Base):
    """Refund of a former member's paid share fee, due a year after the financial year ends."""

    __tablename__ = "share_refund"
    __table_args__ = (CheckConstraint("amount >= 0", name="amount"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    due_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    paid_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
