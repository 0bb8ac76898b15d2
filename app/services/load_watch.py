"""The earnings watch: warn before a member passes their own weekly ceiling or earnings limit.

Osuva warns; it never decides whether anyone is entitled to a benefit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import BenefitLimit, LoadCeiling, Member, WorkAssignment, WorkEntry
from app.domain.enums import BenefitKind, MemberStatus

from .earnings import (
    ZERO,
    RateBook,
    ceiling_on,
    cents,
    entry_lines,
    limit_for,
    month_span,
)
from .policy import Permission, requires
from .uow import UnitOfWork

WARN_SHARE = Decimal("0.80")
# Since 1.4.2024 each euro of gross earnings reduces adjusted unemployment benefit by 0.50 €.
BENEFIT_CUT_PER_EURO = Decimal("0.50")
CUT_RULE_FROM = date(2024, 4, 1)

WarningKind = Literal["weekly_ceiling", "earnings_80", "earnings_100"]
Level = Literal["none", "80", "100"]


@dataclass(frozen=True)
class LoadWarning:
    """What would pass a line: hours against the weekly ceiling or gross against the limit.

    ``period`` is the Monday of the week (weekly_ceiling) or the first day of the month.
    """

    kind: WarningKind
    value: Decimal
    limit: Decimal
    period: date

    @property
    def percent(self) -> Decimal:
        return percent_of(self.value, self.limit)


def percent_of(value: Decimal, limit: Decimal) -> Decimal:
    if limit <= 0:
        return Decimal(100) if value > 0 else ZERO
    # Rounded down: 79.96 % must not read as the 80 % that warns.
    return (value * 100 / limit).quantize(Decimal("0.1"), rounding=ROUND_DOWN)


def level_of(value: Decimal, limit: Decimal | None) -> Level:
    """100 at or over the limit, 80 from 80 % of it (exactly 80 % warns)."""
    if limit is None:
        return "none"
    if value >= limit and (value > 0 or limit == 0):
        return "100"
    if value >= limit * WARN_SHARE and value > 0:
        return "80"
    return "none"


def benefit_cut(gross: Decimal, benefit: BenefitKind, month: date) -> Decimal | None:
    """About how much adjusted unemployment benefit the month's gross earnings take away."""
    if benefit != BenefitKind.ADJUSTED_UNEMPLOYMENT or month < CUT_RULE_FROM:
        return None
    return cents(gross * BENEFIT_CUT_PER_EURO)


def _replaced(session: Session, member_id: int, ids: Iterable[int], start: date, end: date):
    """The member's saved entries about to be replaced, within the week's or month's reach."""
    ids = list(ids)
    if not ids:
        return []
    return session.execute(
        select(WorkEntry.work_date, WorkEntry.hours, WorkEntry.volunteer, WorkAssignment.service_id)
        .join(WorkAssignment, WorkAssignment.id == WorkEntry.assignment_id)
        .where(
            WorkEntry.id.in_(ids),
            WorkEntry.member_id == member_id,
            WorkEntry.work_date >= start - timedelta(days=6),
            WorkEntry.work_date < end + timedelta(days=6),
        )
    ).all()


def week_hours(session: Session, member_id: int, monday: date) -> Decimal:
    """Every hour the member worked that week, volunteer work included: it is their load."""
    total = session.scalar(
        select(func.sum(WorkEntry.hours)).where(
            WorkEntry.member_id == member_id,
            WorkEntry.work_date >= monday,
            WorkEntry.work_date < monday + timedelta(days=7),
        )
    )
    return total or ZERO


def month_gross(session: Session, member_id: int, month: date) -> Decimal:
    """Gross earnings of the month by the rates; hours without a valid rate add nothing."""
    start, end = month_span(month)
    return sum((ln.gross for ln in entry_lines(session, start, end, [member_id])), ZERO)


def warnings_for(
    session: Session,
    member_id: int,
    day: date,
    extra_hours: Decimal,
    service_id: int | None = None,
    *,
    include_earnings: bool = True,
    replacing: Iterable[int] = (),
) -> list[LoadWarning]:
    """Warnings if the member worked ``extra_hours`` more on ``day`` (not yet saved).

    The weekly ceiling counts all hours; earnings count the extra hours only with a service
    (its wage rate). ``include_earnings=False`` for someone who may not see earnings.
    ``replacing``: ids of saved entries the new hours replace (an entry being edited), so
    their hours are not counted twice.
    """
    warnings: list[LoadWarning] = []
    monday = day - timedelta(days=day.weekday())
    month_start, month_end = month_span(day)
    replaced = _replaced(session, member_id, replacing, month_start, month_end)
    ceiling = ceiling_on(session, member_id, day)
    if ceiling is not None:
        hours = week_hours(session, member_id, monday) + extra_hours
        hours -= sum(
            (e.hours for e in replaced if monday <= e.work_date < monday + timedelta(days=7)),
            ZERO,
        )
        if hours > ceiling:
            warnings.append(LoadWarning("weekly_ceiling", hours, ceiling, monday))
    if not include_earnings:
        return warnings
    limit = limit_for(session, member_id, day.year)
    if limit is None or limit.monthly_limit is None:
        return warnings
    gross = month_gross(session, member_id, day)
    book = RateBook(session, month_start, month_end)
    for entry in replaced:
        if not entry.volunteer and month_start <= entry.work_date < month_end:
            rate = book.rate(member_id, entry.service_id, entry.work_date)
            gross -= entry.hours * (rate or ZERO)
    if service_id is not None and extra_hours > 0:
        gross += extra_hours * (book.rate(member_id, service_id, day) or ZERO)
    gross = cents(gross)
    level = level_of(gross, limit.monthly_limit)
    if level != "none":
        kind: WarningKind = "earnings_100" if level == "100" else "earnings_80"
        warnings.append(LoadWarning(kind, gross, limit.monthly_limit, day.replace(day=1)))
    return warnings


@dataclass(frozen=True)
class EarningsRow:
    """One member's month in the earnings overview."""

    member_id: int
    member_number: int | None
    name: str
    hours: Decimal
    volunteer_hours: Decimal
    gross: Decimal
    limit: Decimal | None
    percent: Decimal | None
    level: Level
    benefit_kind: BenefitKind
    # Adjusted unemployment benefit only: about how much the month's earnings reduce it.
    benefit_cut: Decimal | None
    # Paid hours with no valid wage rate: their earnings are missing from ``gross``.
    unrated_hours: Decimal
    # Weeks touching the month in which the member worked more than their own ceiling.
    weeks_over_ceiling: int = 0


def weeks_over_ceiling(session: Session, member_ids: set[int], month: date) -> dict[int, int]:
    """Per member, how many weeks (Monday to Sunday) with a day in the month went beyond
    the weekly ceiling the member had chosen that Monday; all hours count, volunteer too."""
    start, end = month_span(month)
    first_monday = start - timedelta(days=start.weekday())
    ceilings: dict[int, list[LoadCeiling]] = defaultdict(list)
    for ceiling in session.scalars(
        select(LoadCeiling)
        .where(LoadCeiling.member_id.in_(member_ids), LoadCeiling.starts_on < end)
        .order_by(LoadCeiling.starts_on)
    ):
        ceilings[ceiling.member_id].append(ceiling)
    week_totals: dict[tuple[int, date], Decimal] = defaultdict(lambda: ZERO)
    rows = session.execute(
        select(WorkEntry.member_id, WorkEntry.work_date, WorkEntry.hours).where(
            WorkEntry.member_id.in_(list(ceilings)),
            WorkEntry.work_date >= first_monday,
            WorkEntry.work_date < end + timedelta(days=6),
        )
    )
    for member_id, day, hours in rows:
        monday = day - timedelta(days=day.weekday())
        if monday < end:
            week_totals[(member_id, monday)] += hours
    over: dict[int, int] = defaultdict(int)
    for (member_id, monday), hours in week_totals.items():
        chosen = [c.weekly_hours for c in ceilings[member_id] if c.starts_on <= monday]
        if chosen and chosen[-1] is not None and hours > chosen[-1]:
            over[member_id] += 1
    return over


@requires(Permission.WORK_ENTRIES)
def monthly_overview(uow: UnitOfWork, month: date) -> list[EarningsRow]:
    """Every member with hours in the month or a monthly limit that year, by name."""
    session = uow.session
    month = month.replace(day=1)
    start, end = month_span(month)
    hours: dict[int, Decimal] = defaultdict(lambda: ZERO)
    volunteer: dict[int, Decimal] = defaultdict(lambda: ZERO)
    gross: dict[int, Decimal] = defaultdict(lambda: ZERO)
    unrated: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for line in entry_lines(session, start, end):
        if line.volunteer:
            volunteer[line.member_id] += line.hours
            continue
        hours[line.member_id] += line.hours
        gross[line.member_id] += line.gross
        if line.rate is None:
            unrated[line.member_id] += line.hours
    limits = {
        limit.member_id: limit
        for limit in session.scalars(select(BenefitLimit).where(BenefitLimit.year == month.year))
    }
    limited = {member_id for member_id, limit in limits.items() if limit.monthly_limit is not None}
    ids = set(hours) | set(volunteer) | limited
    members = session.execute(
        select(
            Member.id,
            Member.member_number,
            Member.first_name,
            Member.last_name,
            Member.status,
            Member.benefit_kind,
        )
        .where(Member.id.in_(ids))
        .order_by(Member.last_name, Member.first_name, Member.id)
    ).all()
    over = weeks_over_ceiling(session, ids, month)
    rows = []
    for m in members:
        limit_row = limits.get(m.id)
        if m.id not in hours and m.id not in volunteer and m.status != MemberStatus.MEMBER:
            continue  # a former member's limit with no work that month
        limit = limit_row.monthly_limit if limit_row else None
        earned = cents(gross[m.id])
        benefit = limit_row.benefit_kind if limit_row else m.benefit_kind
        rows.append(
            EarningsRow(
                member_id=m.id,
                member_number=m.member_number,
                name=f"{m.last_name}, {m.first_name}",
                hours=hours[m.id],
                volunteer_hours=volunteer[m.id],
                gross=earned,
                limit=limit,
                percent=None if limit is None else percent_of(earned, limit),
                level=level_of(earned, limit),
                benefit_kind=benefit,
                benefit_cut=benefit_cut(earned, benefit, month),
                unrated_hours=unrated[m.id],
                weeks_over_ceiling=over.get(m.id, 0),
            )
        )
    return rows


@requires(Permission.WORK_PLAN)
def load_warnings(
    uow: UnitOfWork, member_id: int, day: date, extra_hours: Decimal, assignment_id: int | None
) -> list[LoadWarning]:
    """The warnings for planning or logging ``extra_hours`` more; earnings only for who may."""
    service_id = None
    if assignment_id is not None:
        service_id = uow.session.scalar(
            select(WorkAssignment.service_id).where(WorkAssignment.id == assignment_id)
        )
    return warnings_for(
        uow.session,
        member_id,
        day,
        extra_hours,
        service_id,
        include_earnings=uow.may(Permission.WORK_ENTRIES),
    )
