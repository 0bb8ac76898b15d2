"""A member's earnings limits year by year (the member form edits the current year's)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from app.domain import BenefitLimit, Member
from app.domain.enums import BenefitKind

from .errors import NotFoundError, ValidationError
from .policy import Permission, requires
from .uow import UnitOfWork

FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass
class LimitForm:
    year: int
    benefit_kind: BenefitKind
    monthly_limit: Decimal | None = None
    yearly_limit: Decimal | None = None
    note: str = ""


@dataclass(frozen=True)
class LimitRow:
    id: int
    year: int
    benefit_kind: BenefitKind
    monthly_limit: Decimal | None
    yearly_limit: Decimal | None
    note: str


@requires(Permission.MEMBER_REGISTER)
def benefit_limits(uow: UnitOfWork, member_id: int) -> list[LimitRow]:
    """The member's limits, newest year first."""
    rows = uow.session.scalars(
        select(BenefitLimit)
        .where(BenefitLimit.member_id == member_id)
        .order_by(BenefitLimit.year.desc())
    )
    return [
        LimitRow(r.id, r.year, r.benefit_kind, r.monthly_limit, r.yearly_limit, r.note)
        for r in rows
    ]


@requires(Permission.MEMBER_REGISTER)
def save_benefit_limit(uow: UnitOfWork, member_id: int, form: LimitForm) -> int:
    """Set the member's limits for a year (one row per year: saving again replaces it)."""
    if uow.session.get(Member, member_id) is None:
        raise NotFoundError("member", member_id)
    problems: dict[str, str] = {}
    if not FIRST_YEAR <= form.year <= LAST_YEAR:
        problems["year"] = "range"
    for key in ("monthly_limit", "yearly_limit"):
        value = getattr(form, key)
        if value is not None and value < 0:
            problems[key] = "negative"
    if form.monthly_limit is None and form.yearly_limit is None:
        problems["monthly_limit"] = "required"
    if problems:
        raise ValidationError(problems)
    limit = uow.session.scalar(
        select(BenefitLimit).where(
            BenefitLimit.member_id == member_id, BenefitLimit.year == form.year
        )
    )
    if limit is None:
        limit = BenefitLimit(member_id=member_id, year=form.year)
        uow.session.add(limit)
    limit.benefit_kind = form.benefit_kind
    limit.monthly_limit = form.monthly_limit
    limit.yearly_limit = form.yearly_limit
    limit.note = form.note.strip()
    uow.session.flush()
    return limit.id


@requires(Permission.MEMBER_REGISTER)
def delete_benefit_limit(uow: UnitOfWork, limit_id: int) -> None:
    limit = uow.session.get(BenefitLimit, limit_id)
    if limit is None:
        raise NotFoundError("earnings limit", limit_id)
    uow.session.delete(limit)
