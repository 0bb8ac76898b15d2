"""Share subscriptions, installment plans, payments (cash, bank, wage deduction) and ledgers."""

from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, type_coerce

from app.domain import (
    Consent,
    Cooperative,
    ShareInstallment,
    SharePayment,
    ShareSubscription,
)
from app.domain.base import Money
from app.domain.enums import ConsentKind, MemberStatus, ShareKind, SharePaymentMethod
from app.fi.reference import fi_reference

from .errors import ServiceError, ValidationError
from .members import require_member
from .policy import Permission, requires
from .uow import UnitOfWork

ZERO = Decimal("0.00")


class OverpaymentError(ServiceError):
    """More than the open share fee: the user must confirm it is not a mistake."""

    def __init__(self, open_amount: Decimal, amount: Decimal) -> None:
        super().__init__(
            f"payment {amount} exceeds the open share fee {open_amount}", code="overpayment"
        )
        self.open_amount = open_amount
        self.amount = amount


def member_reference(member_id: int) -> str:
    """One reference per member for all share fee payments (prefix 8: not an invoice)."""
    return fi_reference(f"8{member_id:06d}")


@requires(Permission.SHARES)
def member_paid_total(uow: UnitOfWork, member_id: int) -> Decimal:
    paid = uow.session.scalar(
        select(type_coerce(func.sum(SharePayment.amount), Money()))
        .join(ShareSubscription, ShareSubscription.id == SharePayment.subscription_id)
        .where(ShareSubscription.member_id == member_id)
    )
    return paid or ZERO


def split_into_installments(
    amount: Decimal, per_month: Decimal, first_due: date
) -> list[tuple[date, Decimal]]:
    """Equal monthly installments on the same day of each month; the last one takes the rest."""
    if per_month <= 0:
        raise ValidationError({"installment": "positive"})
    plan: list[tuple[date, Decimal]] = []
    left, due = amount, first_due
    while left > 0:
        part = min(per_month, left)
        plan.append((due, part))
        left -= part
        month = due.month % 12 + 1
        year = due.year + (due.month == 12)
        day = min(first_due.day, calendar.monthrange(year, month)[1])
        due = date(year, month, day)
    return plan


@requires(Permission.SHARES)
def subscribe_shares(
    uow: UnitOfWork,
    member_id: int,
    share_count: int,
    subscribed_on: date,
    *,
    kind: ShareKind | None = None,
    installment: Decimal | None = None,
    first_due_on: date | None = None,
) -> int:
    """Subscribe shares at the cooperative's current share price, optionally in installments.

    Without `kind`, a member's first subscription is the basic share and later ones are
    additional shares.
    """
    member = require_member(uow, member_id)
    if member.status not in (MemberStatus.APPLICANT, MemberStatus.MEMBER):
        raise ServiceError("a former member cannot subscribe shares", code="former_member")
    problems: dict[str, str] = {}
    if share_count <= 0:
        problems["share_count"] = "positive"
    coop = uow.session.scalar(select(Cooperative).limit(1))
    held = uow.session.scalar(
        select(func.coalesce(func.sum(ShareSubscription.share_count), 0)).where(
            ShareSubscription.member_id == member_id
        )
    )
    if coop.max_shares_per_member and held + share_count > coop.max_shares_per_member:
        problems["share_count"] = "over_limit"
    if installment is not None and installment <= 0:
        problems["installment"] = "positive"
    if problems:
        raise ValidationError(problems)
    if kind is None:
        # The first subscription is the basic share; anything after it is additional.
        kind = ShareKind.ADDITIONAL if held else ShareKind.BASIC
    subscription = ShareSubscription(
        member_id=member_id,
        subscribed_on=subscribed_on,
        kind=kind,
        share_count=share_count,
        unit_price=coop.share_price,
        reference=member_reference(member_id),
    )
    uow.session.add(subscription)
    if installment is not None:
        for due, part in split_into_installments(
            subscription.amount, installment, first_due_on or subscribed_on
        ):
            subscription.installments.append(ShareInstallment(due_on=due, amount=part))
    uow.session.flush()
    return subscription.id


@requires(Permission.SHARES)
def has_wage_deduction_consent(uow: UnitOfWork, member_id: int, on: date) -> bool:
    return (
        uow.session.scalar(
            select(Consent.id).where(
                Consent.member_id == member_id,
                Consent.kind == ConsentKind.WAGE_DEDUCTION,
                Consent.written.is_(True),
                Consent.given_on <= on,
                (Consent.withdrawn_on.is_(None)) | (Consent.withdrawn_on > on),
            )
        )
        is not None
    )


@requires(Permission.SHARES)
def record_wage_deduction_consent(
    uow: UnitOfWork, member_id: int, given_on: date, note: str = ""
) -> None:
    """The member signed a written consent to pay share fees by deduction from wages."""
    member = require_member(uow, member_id)
    consent = Consent(
        member_id=member.id,
        kind=ConsentKind.WAGE_DEDUCTION,
        given_on=given_on,
        written=True,
        note=note.strip(),
    )
    uow.session.add(consent)


@requires(Permission.SHARES)
def open_by_subscription(
    uow: UnitOfWork, member_id: int
) -> list[tuple[ShareSubscription, Decimal]]:
    subs = uow.session.scalars(
        select(ShareSubscription)
        .where(ShareSubscription.member_id == member_id)
        .order_by(ShareSubscription.subscribed_on, ShareSubscription.id)
    ).all()
    return [(s, s.amount - sum((p.amount for p in s.payments), ZERO)) for s in subs]


@requires(Permission.SHARES)
def record_share_payment(
    uow: UnitOfWork,
    member_id: int,
    amount: Decimal,
    paid_on: date,
    method: SharePaymentMethod,
    *,
    reference: str = "",
    wage_month: date | None = None,
    allow_overpayment: bool = False,
    note: str = "",
) -> list[int]:
    """Record money received for share fees, oldest subscription first.

    A payment larger than what is open raises OverpaymentError unless the user confirmed it;
    a wage deduction needs the member's written consent.
    """
    created = add_payment(
        uow,
        member_id,
        amount,
        paid_on,
        method,
        reference=reference,
        wage_month=wage_month,
        allow_overpayment=allow_overpayment,
        note=note,
    )
    return [p.id for p in created]


@requires(Permission.SHARES)
def add_payment(
    uow: UnitOfWork,
    member_id: int,
    amount: Decimal,
    paid_on: date,
    method: SharePaymentMethod,
    *,
    reference: str,
    wage_month: date | None,
    allow_overpayment: bool,
    note: str,
) -> list[SharePayment]:
    """Allocate one payment to the member's subscriptions; the caller commits."""
    member = require_member(uow, member_id)
    if member.status in (MemberStatus.FORMER, MemberStatus.REJECTED):
        # The refund was fixed when the membership ended; money now belongs elsewhere.
        raise ServiceError("a former member's share fee is settled", code="former_payment")
    problems: dict[str, str] = {}
    if amount <= 0:
        problems["amount"] = "positive"
    if method == SharePaymentMethod.WAGE_DEDUCTION:
        wage_month = (wage_month or paid_on).replace(day=1)
        if not has_wage_deduction_consent(uow, member_id, paid_on):
            problems["method"] = "no_consent"
    else:
        wage_month = None
    if problems:
        raise ValidationError(problems)
    open_parts = open_by_subscription(uow, member_id)
    if not open_parts:
        raise ServiceError("the member has no share subscription", code="no_subscription")
    total_open = sum((part for _, part in open_parts), ZERO)
    if amount > total_open and not allow_overpayment:
        raise OverpaymentError(max(total_open, ZERO), amount)
    created: list[SharePayment] = []

    def pay(subscription: ShareSubscription, part: Decimal) -> None:
        created.append(
            SharePayment(
                subscription=subscription,
                amount=part,
                paid_on=paid_on,
                method=method,
                reference=reference.strip() or subscription.reference,
                wage_month=wage_month,
                note=note.strip(),
            )
        )

    left = amount
    for subscription, part in open_parts:
        take = min(left, max(part, ZERO))
        if take > 0:
            pay(subscription, take)
            left -= take
    if left > 0:
        # A confirmed overpayment stays on the newest subscription, to be refunded or used.
        pay(open_parts[-1][0], left)
    uow.session.add_all(created)
    uow.session.flush()
    return created
