"""Share fees paid by deduction from wages: the payroll list and recording it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.domain import Consent, Member
from app.domain.enums import ConsentKind, MemberStatus, SharePaymentMethod

from .policy import Permission, requires
from .shares import ZERO, add_payment, open_by_subscription
from .uow import UnitOfWork


@dataclass(frozen=True)
class WageDeductionRow:
    member_id: int
    member_number: int | None
    name: str
    amount: Decimal
    recorded: Decimal


@requires(Permission.SHARES)
def wage_deduction_list(uow: UnitOfWork, month: date) -> list[WageDeductionRow]:
    """For the payroll person: what to deduct from each consenting member's wages this month.

    The amount is what is due by the end of the month (installments, or the whole open fee
    without a plan) less what is already paid; `recorded` is what was deducted this month.
    """
    month = month.replace(day=1)
    next_month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    members = uow.session.scalars(
        select(Member)
        .join(Consent, Consent.member_id == Member.id)
        .where(
            Consent.kind == ConsentKind.WAGE_DEDUCTION,
            Consent.written.is_(True),
            Consent.given_on < next_month,
            (Consent.withdrawn_on.is_(None)) | (Consent.withdrawn_on >= month),
            Member.status.in_([MemberStatus.MEMBER, MemberStatus.APPLICANT]),
        )
        .distinct()
        .order_by(Member.last_name, Member.first_name)
    ).all()
    rows = []
    for member in members:
        due = recorded = ZERO
        for subscription, _ in open_by_subscription(uow, member.id):
            sub_paid = sum((p.amount for p in subscription.payments), ZERO)
            recorded += sum(
                (
                    p.amount
                    for p in subscription.payments
                    if p.method == SharePaymentMethod.WAGE_DEDUCTION and p.wage_month == month
                ),
                ZERO,
            )
            if subscription.installments:
                due_by_now = sum(
                    (i.amount for i in subscription.installments if i.due_on < next_month), ZERO
                )
            else:
                due_by_now = subscription.amount
            due += max(due_by_now - sub_paid, ZERO)
        if due > 0 or recorded > 0:
            rows.append(
                WageDeductionRow(member.id, member.member_number, member.full_name, due, recorded)
            )
    return rows


@requires(Permission.SHARES)
def record_wage_deductions(uow: UnitOfWork, month: date, paid_on: date) -> int:
    """Record this month's list as deducted from wages, all members in one transaction."""
    month = month.replace(day=1)
    count = 0
    for row in wage_deduction_list(uow, month):
        amount = row.amount
        if amount <= 0:
            continue
        add_payment(
            uow,
            row.member_id,
            amount,
            paid_on,
            SharePaymentMethod.WAGE_DEDUCTION,
            reference="",
            wage_month=month,
            allow_overpayment=False,
            note="",
        )
        count += 1
    return count
