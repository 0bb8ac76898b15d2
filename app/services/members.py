"""Reading the member register."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, type_coerce

from app.domain import Member, SharePayment, ShareSubscription
from app.domain.base import Money
from app.domain.enums import MemberKind, MemberStatus

from .uow import UnitOfWork


@dataclass(frozen=True)
class MemberRow:
    """One line of the members list: never the identity code."""

    id: int
    member_number: int | None
    name: str
    kind: MemberKind
    status: MemberStatus
    joined_on: date | None
    municipality: str
    shares: int
    subscribed: Decimal
    paid: Decimal

    @property
    def open_fee(self) -> Decimal:
        return self.subscribed - self.paid


def list_members(uow: UnitOfWork) -> list[MemberRow]:
    """Every member with share totals, sorted by name."""
    session = uow.session
    subscribed = (
        select(
            ShareSubscription.member_id,
            func.sum(ShareSubscription.share_count).label("shares"),
            # share_count is a plain integer, so the product stays in the Money scale.
            type_coerce(
                func.sum(ShareSubscription.share_count * ShareSubscription.unit_price), Money()
            ).label("amount"),
        )
        .group_by(ShareSubscription.member_id)
        .subquery()
    )
    paid = (
        select(ShareSubscription.member_id, func.sum(SharePayment.amount).label("paid"))
        .join(SharePayment, SharePayment.subscription_id == ShareSubscription.id)
        .group_by(ShareSubscription.member_id)
        .subquery()
    )
    query = (
        select(
            Member.id,
            Member.member_number,
            Member.first_name,
            Member.last_name,
            Member.kind,
            Member.status,
            Member.accepted_on,
            Member.municipality,
            subscribed.c.shares,
            subscribed.c.amount,
            paid.c.paid,
        )
        .outerjoin(subscribed, subscribed.c.member_id == Member.id)
        .outerjoin(paid, paid.c.member_id == Member.id)
        .order_by(Member.last_name, Member.first_name, Member.id)
    )
    zero = Decimal("0.00")
    return [
        MemberRow(
            id=r[0],
            member_number=r[1],
            name=f"{r[3]}, {r[2]}",
            kind=r[4],
            status=r[5],
            joined_on=r[6],
            municipality=r[7],
            shares=int(r[8] or 0),
            subscribed=r[9] or zero,
            paid=r[10] or zero,
        )
        for r in session.execute(query)
    ]
