"""The membership life cycle: acceptance, notice, end, expulsion and the share fee refund."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from app.domain import Cooperative, Member, ShareRefund
from app.domain.enums import LeavingReason, MemberStatus

from .errors import NotFoundError, ServiceError, ValidationError
from .members import require_member
from .policy import Permission, requires
from .shares import member_paid_total
from .uow import UnitOfWork


def _safe_date(year: int, month: int, day: int) -> date:
    # A financial year ending on 29.2. ends on 28.2. in common years.
    while True:
        try:
            return date(year, month, day)
        except ValueError:
            day -= 1


def refund_due_date(left_on: date, fy_end_month: int = 12, fy_end_day: int = 31) -> date:
    """One year after the end of the financial year in which membership ended (OKL 421/2013)."""
    fy_end = _safe_date(left_on.year, fy_end_month, fy_end_day)
    if left_on > fy_end:
        fy_end = _safe_date(left_on.year + 1, fy_end_month, fy_end_day)
    return _safe_date(fy_end.year + 1, fy_end.month, fy_end_day)


@requires(Permission.MEMBER_REGISTER)
def next_member_number(uow: UnitOfWork) -> int:
    """Numbers are never reused: rows with a number are never deleted."""
    return (uow.session.scalar(select(func.max(Member.member_number))) or 0) + 1


@requires(Permission.MEMBER_REGISTER)
def accept_member(
    uow: UnitOfWork,
    member_id: int,
    accepted_on: date,
    board_decision: str = "",
    *,
    today: date | None = None,
) -> int:
    """The board accepted the application: the member gets the next member number."""
    member = require_member(uow, member_id)
    if member.status != MemberStatus.APPLICANT:
        raise ServiceError("only an applicant can be accepted", code="not_applicant")
    if accepted_on < member.applied_on:
        raise ValidationError({"accepted_on": "before_application"})
    if accepted_on > (today or date.today()):
        raise ValidationError({"accepted_on": "future"})
    # Take the number before changing the row: a flush in between would break the check.
    member.member_number = next_member_number(uow)
    member.status = MemberStatus.MEMBER
    member.accepted_on = accepted_on
    member.board_decision = board_decision.strip()
    return member.member_number


@requires(Permission.MEMBER_REGISTER)
def reject_application(uow: UnitOfWork, member_id: int, decided_on: date, note: str = "") -> None:
    member = require_member(uow, member_id)
    if member.status != MemberStatus.APPLICANT:
        raise ServiceError("only an application can be rejected", code="not_applicant")
    member.status = MemberStatus.REJECTED
    member.leaving_note = note.strip()
    member.board_decision = member.board_decision or decided_on.isoformat()


@requires(Permission.MEMBER_REGISTER)
def record_notice(uow: UnitOfWork, member_id: int, notice_on: date) -> None:
    """A written notice of resignation arrived; the membership ends with end_membership."""
    member = require_member(uow, member_id)
    if member.status != MemberStatus.MEMBER:
        raise ServiceError("only a current member can resign", code="not_member")
    if member.accepted_on and notice_on < member.accepted_on:
        raise ValidationError({"notice_on": "before_joining"})
    member.notice_on = notice_on


@requires(Permission.MEMBER_REGISTER)
def end_membership(
    uow: UnitOfWork,
    member_id: int,
    left_on: date,
    reason: LeavingReason,
    note: str = "",
) -> ShareRefund | None:
    """End the membership; the paid share fee becomes a refund due a year after the
    financial year ends. The former member stays in the register until it is refunded."""
    member = require_member(uow, member_id)
    if member.status != MemberStatus.MEMBER:
        raise ServiceError("only a current member's membership can end", code="not_member")
    if member.accepted_on and left_on < member.accepted_on:
        raise ValidationError({"left_on": "before_joining"})
    if reason == LeavingReason.EXPULSION and not note.strip():
        raise ValidationError({"leaving_note": "required"})
    coop = uow.session.scalar(select(Cooperative).limit(1))
    member.status = MemberStatus.FORMER
    member.left_on = left_on
    member.leaving_reason = reason
    member.leaving_note = note.strip()
    paid = member_paid_total(uow, member_id)
    refund = None
    if paid > Decimal("0"):
        refund = ShareRefund(
            member_id=member.id,
            due_on=refund_due_date(
                left_on, coop.financial_year_end_month, coop.financial_year_end_day
            ),
            amount=paid,
        )
        uow.session.add(refund)
    return refund


@requires(Permission.SHARES)
def mark_refund_paid(uow: UnitOfWork, refund_id: int, paid_on: date) -> None:
    refund = uow.session.get(ShareRefund, refund_id)
    if refund is None:
        raise NotFoundError("share refund", refund_id)
    if refund.paid_on is not None:
        raise ServiceError("the refund is already paid", code="already_refunded")
    refund.paid_on = paid_on


@requires(Permission.SHARES)
def pay_member_refunds(uow: UnitOfWork, member_id: int, paid_on: date) -> Decimal:
    """The share fee was paid back to a former member: they leave the register."""
    refunds = uow.session.scalars(
        select(ShareRefund).where(ShareRefund.member_id == member_id, ShareRefund.paid_on.is_(None))
    ).all()
    if not refunds:
        raise ServiceError("nothing to refund", code="already_refunded")
    for refund in refunds:
        refund.paid_on = paid_on
    return sum((r.amount for r in refunds), Decimal("0.00"))
