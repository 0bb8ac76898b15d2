"""The member and share register (osuuskuntalaki 3:14) as documents need it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select

from app.domain import Cooperative, Member
from app.domain.enums import MemberKind, MemberStatus

from .members import pending_refunds, share_totals
from .policy import Permission, requires
from .uow import UnitOfWork


@dataclass(frozen=True)
class RegisterEntry:
    member_number: int
    first_name: str
    last_name: str
    street: str
    postal_code: str
    city: str
    municipality: str
    kind: MemberKind
    joined_on: date
    left_on: date | None
    shares: int
    paid: Decimal
    refund_due_on: date | None


@dataclass(frozen=True)
class Register:
    cooperative: str
    business_id: str
    home_municipality: str
    share_price: Decimal
    entries: list[RegisterEntry]

    @property
    def total_shares(self) -> int:
        return sum(e.shares for e in self.entries)

    @property
    def total_paid(self) -> Decimal:
        return sum((e.paid for e in self.entries), Decimal("0.00"))


@requires(Permission.MEMBER_REGISTER)
def member_register(uow: UnitOfWork) -> Register:
    """Current members, and former members until their share fee has been refunded."""
    subscribed, paid = share_totals()
    refund_due = pending_refunds()
    rows = uow.session.execute(
        select(Member, subscribed.c.shares, paid.c.paid, refund_due.c.due_on)
        .outerjoin(subscribed, subscribed.c.member_id == Member.id)
        .outerjoin(paid, paid.c.member_id == Member.id)
        .outerjoin(refund_due, refund_due.c.member_id == Member.id)
        .where(
            Member.member_number.is_not(None),
            or_(
                Member.status == MemberStatus.MEMBER,
                (Member.status == MemberStatus.FORMER) & refund_due.c.due_on.is_not(None),
            ),
        )
        .order_by(Member.member_number)
    ).all()
    coop = uow.session.scalar(select(Cooperative).limit(1))
    entries = [
        RegisterEntry(
            member_number=m.member_number,
            first_name=m.first_name,
            last_name=m.last_name,
            street=m.street,
            postal_code=m.postal_code,
            city=m.city,
            municipality=m.municipality,
            kind=m.kind,
            joined_on=m.accepted_on,
            left_on=m.left_on,
            shares=int(shares or 0),
            paid=paid_amount or Decimal("0.00"),
            refund_due_on=due_on,
        )
        for m, shares, paid_amount, due_on in rows
    ]
    return Register(coop.name, coop.business_id, coop.home_municipality, coop.share_price, entries)
