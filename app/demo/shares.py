"""Share subscriptions, installment plans, share payments and refunds to former members."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from app.domain import ShareInstallment, SharePayment, ShareRefund, ShareSubscription
from app.domain.enums import MemberStatus, ShareKind, SharePaymentMethod
from app.fi.reference import fi_reference

from .context import DemoContext, DemoMember
from .dates import add_months, at, month_end

PRICE = Decimal("50.00")
INSTALLMENT = Decimal("10.00")


def add_shares(ctx: DemoContext) -> None:
    """Every accepted member subscribed a basic share; some bought more later."""
    rng = ctx.rng("shares")
    subscriptions: list[dict[str, Any]] = []
    installments: list[dict[str, Any]] = []
    payments: list[dict[str, Any]] = []
    refunds: list[dict[str, Any]] = []

    def payment(
        sub: dict[str, Any],
        paid_on: date,
        amount: Decimal,
        method: str,
        wage_month: date | None = None,
    ) -> None:
        payments.append(
            {
                "id": ctx.new_id(SharePayment),
                "subscription_id": sub["id"],
                "paid_on": paid_on,
                "amount": amount,
                "method": SharePaymentMethod(method),
                "reference": sub["reference"] if method == "bank" else "",
                "wage_month": wage_month,
                "note": "Palkanmaksu" if wage_month else "",
                "created_at": at(paid_on, 15),
                "updated_at": at(paid_on, 15),
            }
        )

    for member in ctx.members:
        if member.accepted_on is None or member.member_number is None:
            continue
        paid_total = Decimal(0)
        basic = _subscription(ctx, member, ShareKind.BASIC, member.accepted_on, 1)
        subscriptions.append(basic)
        method = member.share_method
        former = member.status == MemberStatus.FORMER
        if method in ("bank", "cash"):
            paid_on = member.accepted_on + timedelta(
                days=0 if method == "cash" else rng.randint(2, 20)
            )
            if paid_on <= ctx.today:
                payment(basic, paid_on, PRICE, method)
                paid_total += PRICE
        elif method in ("installment", "wage"):
            # Former members paid in full; some current ones have fallen behind.
            stop = 5 if former or rng.random() < 0.7 else rng.randint(1, 4)
            first_due = add_months(member.accepted_on, 1)
            if method == "wage" and not former:
                # Payroll deducts every month, so the plan is still running today.
                stop = 5
                first_due = max(first_due, add_months(ctx.today.replace(day=1), -2))
            for n in range(1, 6):
                due_on = add_months(first_due, n - 1)
                installments.append(
                    {
                        "id": ctx.new_id(ShareInstallment),
                        "subscription_id": basic["id"],
                        "due_on": due_on,
                        "amount": INSTALLMENT,
                    }
                )
                if n > stop:
                    continue
                if method == "wage":
                    paid_on = month_end(due_on)  # wages are paid at the end of the month
                    if paid_on <= ctx.today:
                        payment(basic, paid_on, INSTALLMENT, "wage_deduction", wage_month=due_on)
                        paid_total += INSTALLMENT
                    continue
                paid_on = due_on + timedelta(days=rng.randint(0, 10))
                if paid_on <= ctx.today:
                    payment(basic, paid_on, INSTALLMENT, rng.choice(("bank", "bank", "cash")))
                    paid_total += INSTALLMENT
        if not former and rng.random() < 0.2 and (ctx.today - member.accepted_on).days > 200:
            later = member.accepted_on + timedelta(
                days=rng.randint(60, (ctx.today - member.accepted_on).days - 30)
            )
            extra = _subscription(ctx, member, ShareKind.ADDITIONAL, later, rng.choice((1, 2)))
            subscriptions.append(extra)
            paid_on = later + timedelta(days=rng.randint(3, 20))
            if paid_on <= ctx.today:
                payment(extra, paid_on, PRICE * extra["share_count"], "bank")
        if former and member.left_on is not None and paid_total > 0:
            refunds.append(_refund(ctx, member, paid_total))
    ctx.insert(ShareSubscription, subscriptions)
    ctx.insert(ShareInstallment, installments)
    ctx.insert(SharePayment, payments)
    ctx.insert(ShareRefund, refunds)


def _subscription(
    ctx: DemoContext, member: DemoMember, kind: ShareKind, on: date, count: int
) -> dict[str, Any]:
    suffix = 1 if kind == ShareKind.BASIC else 2
    return {
        "id": ctx.new_id(ShareSubscription),
        "member_id": member.id,
        "subscribed_on": on,
        "share_class": "A",
        "kind": kind,
        "share_count": count,
        "unit_price": PRICE,
        "reference": fi_reference(f"7{member.member_number:06d}{suffix}"),
        "note": "Lisäosuus" if kind == ShareKind.ADDITIONAL else "",
        "created_at": at(on, 11),
        "updated_at": at(on, 11),
    }


def _refund(ctx: DemoContext, member: DemoMember, amount: Decimal) -> dict[str, Any]:
    assert member.left_on is not None
    # Osuuskuntalaki: repaid a year after the end of the financial year the membership ended in.
    due_on = date(member.left_on.year + 1, 12, 31)
    paid_on = due_on - timedelta(days=member.id % 15)
    paid = paid_on <= ctx.today
    return {
        "id": ctx.new_id(ShareRefund),
        "member_id": member.id,
        "due_on": due_on,
        "amount": amount,
        "paid_on": paid_on if paid else None,
        "note": "Maksettu jäsenen tilille." if paid else "",
        "created_at": at(member.left_on, 13),
        "updated_at": at(paid_on if paid else member.left_on, 13),
    }
