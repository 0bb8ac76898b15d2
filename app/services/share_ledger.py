"""A member's share ledger: subscribed, paid, open and refunded, with the installment plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.domain import ShareRefund
from app.domain.enums import SharePaymentMethod

from .members import require_member
from .policy import Permission, requires
from .shares import ZERO, member_reference, open_by_subscription
from .uow import UnitOfWork


@dataclass(frozen=True)
class InstallmentLine:
    due_on: date
    amount: Decimal
    paid: Decimal

    @property
    def settled(self) -> bool:
        return self.paid >= self.amount


@dataclass(frozen=True)
class LedgerEntry:
    on: date
    kind: str  # subscription, payment, refund
    description: str
    amount: Decimal
    method: SharePaymentMethod | None = None


@dataclass(frozen=True)
class ShareLedger:
    member_id: int
    shares: int
    subscribed: Decimal
    paid: Decimal
    refunded: Decimal
    refund_due: Decimal
    refund_due_on: date | None
    reference: str
    entries: list[LedgerEntry]
    installments: list[InstallmentLine]

    @property
    def open(self) -> Decimal:
        return max(self.subscribed - self.paid, ZERO)


@requires(Permission.SHARES)
def share_ledger(uow: UnitOfWork, member_id: int) -> ShareLedger:
    """Subscribed, paid, open and refunded amounts with dates, and the installment plan."""
    require_member(uow, member_id)
    open_parts = open_by_subscription(uow, member_id)
    entries: list[LedgerEntry] = []
    installments: list[InstallmentLine] = []
    shares = 0
    subscribed = paid = ZERO
    for subscription, _ in open_parts:
        shares += subscription.share_count
        subscribed += subscription.amount
        entries.append(
            LedgerEntry(
                subscription.subscribed_on,
                "subscription",
                f"{subscription.share_count} × {subscription.unit_price}",
                subscription.amount,
            )
        )
        sub_paid = ZERO
        for payment in subscription.payments:
            entries.append(
                LedgerEntry(
                    payment.paid_on, "payment", payment.reference, payment.amount, payment.method
                )
            )
            sub_paid += payment.amount
        paid += sub_paid
        # Payments settle installments in due-date order.
        left = sub_paid
        for inst in subscription.installments:
            covered = min(left, inst.amount)
            installments.append(InstallmentLine(inst.due_on, inst.amount, covered))
            left -= covered
    refunds = uow.session.scalars(
        select(ShareRefund).where(ShareRefund.member_id == member_id).order_by(ShareRefund.due_on)
    ).all()
    refunded = sum((r.amount for r in refunds if r.paid_on), ZERO)
    pending = [r for r in refunds if r.paid_on is None]
    for refund in refunds:
        if refund.paid_on:
            entries.append(LedgerEntry(refund.paid_on, "refund", "", -refund.amount))
    entries.sort(key=lambda e: (e.on, {"subscription": 0, "payment": 1, "refund": 2}[e.kind]))
    return ShareLedger(
        member_id=member_id,
        shares=shares,
        subscribed=subscribed,
        paid=paid,
        refunded=refunded,
        refund_due=sum((r.amount for r in pending), ZERO),
        refund_due_on=pending[0].due_on if pending else None,
        reference=member_reference(member_id),
        entries=entries,
        installments=sorted(installments, key=lambda i: i.due_on),
    )
