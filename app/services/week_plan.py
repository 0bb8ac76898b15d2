"""Who works where in one ISO week: the facilitator's Monday-meeting view (no money)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.domain import Customer, Member, PlannedShift, WorkAssignment
from app.domain.enums import AssignmentStatus

from .policy import Permission, requires
from .uow import UnitOfWork

# Requested work is not planned yet; cancelled work is not done.
PLANNED_STATUSES = (
    AssignmentStatus.SCHEDULED,
    AssignmentStatus.IN_PROGRESS,
    AssignmentStatus.DONE,
)


@dataclass(frozen=True)
class WeekPlanRow:
    shift_id: int
    assignment_id: int
    day: date
    member_id: int
    member_name: str
    start: time
    end: time
    customer_name: str
    place: str
    title: str
    substitute_for: str | None
    # The member has another shift at the same time that day (booked twice).
    overlaps: bool = False


@dataclass(frozen=True)
class WeekPlan:
    week_start: date
    rows: list[WeekPlanRow]

    @property
    def week_end(self) -> date:
        return self.week_start + timedelta(days=6)

    @property
    def label(self) -> str:
        year, week, _ = self.week_start.isocalendar()
        return f"{year}-W{week:02d}"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def parse_iso_week(text: str) -> date:
    """The Monday of an ISO week written as 2026-W48; ValueError with a plain sentence."""
    cleaned = text.strip().upper()
    try:
        year_text, week_text = cleaned.split("-W")
        return date.fromisocalendar(int(year_text), int(week_text), 1)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not an ISO week; write it as 2026-W48.") from exc


@requires(Permission.WORK_PLAN)
def week_plan(uow: UnitOfWork, week_start: date, member_id: int | None = None) -> WeekPlan:
    """The week's shifts by day, time and member; one indexed range of planned_shift rows."""
    week_start = monday_of(week_start)
    original = aliased(Member)
    query = (
        select(
            PlannedShift.id,
            PlannedShift.assignment_id,
            PlannedShift.work_date,
            PlannedShift.member_id,
            Member.first_name,
            Member.last_name,
            PlannedShift.starts_at,
            PlannedShift.ends_at,
            Customer.name,
            WorkAssignment.place,
            WorkAssignment.title,
            original.first_name,
            original.last_name,
        )
        .join(WorkAssignment, WorkAssignment.id == PlannedShift.assignment_id)
        .join(Customer, Customer.id == WorkAssignment.customer_id)
        .join(Member, Member.id == PlannedShift.member_id)
        .outerjoin(original, original.id == PlannedShift.substitute_for_id)
        .where(
            PlannedShift.work_date.between(week_start, week_start + timedelta(days=6)),
            PlannedShift.skipped.is_(False),
            WorkAssignment.status.in_(PLANNED_STATUSES),
        )
        .order_by(
            PlannedShift.work_date,
            PlannedShift.starts_at,
            Member.search_name,
            PlannedShift.id,
        )
    )
    if member_id is not None:
        query = query.where(PlannedShift.member_id == member_id)
    rows = [
        WeekPlanRow(
            shift_id=r[0],
            assignment_id=r[1],
            day=r[2],
            member_id=r[3],
            member_name=f"{r[4]} {r[5]}",
            start=r[6],
            end=r[7],
            customer_name=r[8],
            place=r[9],
            title=r[10],
            substitute_for=f"{r[11]} {r[12]}" if r[11] is not None else None,
        )
        for r in uow.session.execute(query)
    ]
    return WeekPlan(week_start, _mark_overlaps(rows))


def _mark_overlaps(rows: list[WeekPlanRow]) -> list[WeekPlanRow]:
    by_day: dict[tuple[date, int], list[int]] = {}
    for i, r in enumerate(rows):
        by_day.setdefault((r.day, r.member_id), []).append(i)
    clashing: set[int] = set()
    for indexes in by_day.values():
        for a in indexes:
            for b in indexes:
                if a < b and rows[a].start < rows[b].end and rows[b].start < rows[a].end:
                    clashing |= {a, b}
    return [replace(r, overlaps=True) if i in clashing else r for i, r in enumerate(rows)]
