"""Warnings about ownership that can cost members their unemployment security.

Per työttömyysturvalaki 1:6 (as Pellervo's founder's guide explains it), a member holding
15 % or more of the shares or votes in a leading position counts as an entrepreneur; with
at least seven equal members nobody reaches 15 %. Osuva warns; it never decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select

from app.domain import Member, ShareSubscription
from app.domain.enums import MemberKind, MemberStatus

from .policy import Permission, requires
from .uow import UnitOfWork

MIN_WORKING_MEMBERS = 7
THRESHOLD = Decimal("15")


@dataclass(frozen=True)
class OwnershipWarning:
    """code: "few_working_members" (count) or "concentration" (name, shares_percent,
    votes_percent); the UI words it in the user's language."""

    code: str
    member_id: int | None = None
    name: str = ""
    count: int = 0
    shares_percent: Decimal = Decimal("0")
    votes_percent: Decimal = Decimal("0")


def _percent(part: int, whole: int) -> Decimal:
    if whole == 0:
        return Decimal("0")
    return (Decimal(part) * 100 / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@requires(Permission.MEMBER_REGISTER)
def ownership_warnings(uow: UnitOfWork) -> list[OwnershipWarning]:
    """Current members only; one member, one vote (the law's default rule)."""
    session = uow.session
    current = Member.status == MemberStatus.MEMBER
    working = (
        session.scalar(
            select(func.count(Member.id)).where(current, Member.kind == MemberKind.WORKING)
        )
        or 0
    )
    members = session.scalar(select(func.count(Member.id)).where(current)) or 0
    warnings: list[OwnershipWarning] = []
    if working < MIN_WORKING_MEMBERS:
        warnings.append(OwnershipWarning("few_working_members", count=working))
    held = func.coalesce(func.sum(ShareSubscription.share_count), 0)
    holdings = session.execute(
        # Outer join: one member, one vote, shares or not.
        select(Member.id, Member.first_name, Member.last_name, held)
        .outerjoin(ShareSubscription, ShareSubscription.member_id == Member.id)
        .where(current)
        .group_by(Member.id, Member.first_name, Member.last_name)
        .order_by(Member.member_number)
    ).all()
    total_shares = sum(int(h[3]) for h in holdings)
    for member_id, first, last, shares in holdings:
        share_pct = _percent(int(shares), total_shares)
        vote_pct = _percent(1, members)
        if share_pct >= THRESHOLD or vote_pct >= THRESHOLD:
            warnings.append(
                OwnershipWarning(
                    "concentration",
                    member_id=member_id,
                    name=f"{first} {last}",
                    shares_percent=share_pct,
                    votes_percent=vote_pct,
                )
            )
    return warnings
