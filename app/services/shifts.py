"""Work assignments with their planned shifts: one-off dates or a weekly rule, skipped and
moved occurrences, and shifts handed over to a substitute."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal

from sqlalchemy import or_, select

from app.domain import Customer, Member, PlannedShift, Service, WorkAssignment
from app.domain.enums import AssignmentStatus, Recurrence

from .errors import NotFoundError, StaleError, ValidationError
from .policy import Permission, requires
from .recurrence import WeeklyRule, occurrences, parse_rule
from .uow import UnitOfWork

MAX_INTERVAL = 52


@dataclass
class AssignmentForm:
    customer_id: int | None = None
    service_id: int | None = None
    title: str = ""
    place: str = ""
    description: str = ""
    status: AssignmentStatus = AssignmentStatus.REQUESTED
    estimated_hours: Decimal | None = None
    member_ids: list[int] = field(default_factory=list)
    starts_on: date | None = None
    ends_on: date | None = None
    # Recurring: every `interval` weeks on `weekdays` (Monday = 0); else the one-off `dates`.
    recurring: bool = False
    interval: int = 1
    weekdays: list[int] = field(default_factory=list)
    dates: list[date] = field(default_factory=list)
    shift_start: time | None = None
    shift_end: time | None = None
    skip_holidays: bool = True


def _check(uow: UnitOfWork, form: AssignmentForm) -> dict[str, str]:
    problems: dict[str, str] = {}
    session = uow.session
    if not form.title.strip():
        problems["title"] = "required"
    if form.customer_id is None:
        problems["customer"] = "required"
    elif session.get(Customer, form.customer_id) is None:
        problems["customer"] = "unknown"
    if form.service_id is None:
        problems["service"] = "required"
    elif session.get(Service, form.service_id) is None:
        problems["service"] = "unknown"
    if form.estimated_hours is not None and form.estimated_hours < 0:
        problems["estimated_hours"] = "negative"
    if form.starts_on is None:
        problems["starts_on"] = "required"
    elif form.ends_on is not None and form.ends_on < form.starts_on:
        problems["ends_on"] = "before_start"
    if form.recurring:
        if not form.weekdays:
            problems["weekdays"] = "required"
        if not 1 <= form.interval <= MAX_INTERVAL:
            problems["interval"] = "out_of_range"
    planned = form.recurring or form.dates
    if planned and form.shift_start is None:
        problems["shift_start"] = "required"
    if planned and form.shift_end is None:
        problems["shift_end"] = "required"
    elif form.shift_start and form.shift_end and form.shift_end <= form.shift_start:
        problems["shift_end"] = "before_start"
    unknown = set(form.member_ids) - set(
        session.scalars(select(Member.id).where(Member.id.in_(form.member_ids)))
    )
    if unknown:
        problems["members"] = "unknown"
    return problems


def _apply(uow: UnitOfWork, assignment: WorkAssignment, form: AssignmentForm) -> None:
    assignment.customer_id = form.customer_id
    assignment.service_id = form.service_id
    assignment.title = form.title.strip()
    assignment.place = form.place.strip()
    assignment.notes = form.description.strip()
    assignment.status = form.status
    assignment.estimated_hours = form.estimated_hours
    assignment.starts_on = form.starts_on
    assignment.ends_on = form.ends_on
    assignment.shift_start = form.shift_start
    assignment.shift_end = form.shift_end
    assignment.skip_holidays = form.skip_holidays
    if form.recurring:
        rule = WeeklyRule(form.interval, tuple(form.weekdays))
        assignment.rule = rule.text()
        assignment.recurrence = Recurrence.WEEKLY
        assignment.weekday = min(form.weekdays)
    else:
        assignment.rule = ""
        assignment.recurrence = Recurrence.NONE
        assignment.weekday = None
    assignment.members = list(
        uow.session.scalars(select(Member).where(Member.id.in_(form.member_ids)))
    )


def _shift_rows(uow: UnitOfWork, assignment_id: int) -> list[PlannedShift]:
    return list(
        uow.session.scalars(
            select(PlannedShift)
            .where(PlannedShift.assignment_id == assignment_id)
            .order_by(PlannedShift.occurrence, PlannedShift.id)
        )
    )


def _write_shifts(
    uow: UnitOfWork,
    assignment: WorkAssignment,
    dates: list[date],
    today: date | None,
    *,
    fresh: bool,
) -> None:
    """Bring the shift rows in line with the rule, touching only what differs.

    A new assignment gets all its shifts. On a later save the shifts before today are
    history and stay as they were (unless now outside the period); from today on, rows
    are added, removed or retimed. Shifts changed by hand (skipped, moved, handed over)
    are kept while their day is still in the rule.
    """
    today = today or date.today()
    cut = assignment.starts_on if fresh else max(assignment.starts_on, today)
    wanted = [
        d
        for d in occurrences(
            assignment.starts_on,
            assignment.ends_on,
            assignment.rule,
            skip_holidays=assignment.skip_holidays,
            dates=dates,
            today=today,
        )
        if d >= cut
    ]
    start, end = assignment.shift_start, assignment.shift_end
    if start is None or end is None:
        wanted = []
    wanted_set = set(wanted)
    members = {m.id for m in assignment.members}
    session = uow.session
    outside = [
        PlannedShift.occurrence < assignment.starts_on,
        PlannedShift.occurrence > (assignment.ends_on or date.max),
    ]
    for shift in session.scalars(
        select(PlannedShift).where(
            PlannedShift.assignment_id == assignment.id,
            PlannedShift.occurrence < cut,
            or_(*outside),
        )
    ):
        session.delete(shift)
    current = list(
        session.scalars(
            select(PlannedShift).where(
                PlannedShift.assignment_id == assignment.id, PlannedShift.occurrence >= cut
            )
        )
    )
    taken: set[tuple[date, int]] = set()
    for shift in current:
        if shift.edited:
            if shift.occurrence in wanted_set:
                taken.add((shift.occurrence, shift.member_id))
                taken.add((shift.occurrence, shift.substitute_for_id or shift.member_id))
            else:
                session.delete(shift)
    for shift in current:
        if shift.edited:
            continue
        key = (shift.occurrence, shift.member_id)
        if shift.occurrence not in wanted_set or shift.member_id not in members or key in taken:
            session.delete(shift)
            continue
        taken.add(key)
        if (shift.work_date, shift.starts_at, shift.ends_at) != (shift.occurrence, start, end):
            shift.work_date, shift.starts_at, shift.ends_at = shift.occurrence, start, end
    session.flush()
    for day in wanted:
        for member_id in sorted(members):
            if (day, member_id) in taken:
                continue
            session.add(
                PlannedShift(
                    assignment_id=assignment.id,
                    occurrence=day,
                    member_id=member_id,
                    work_date=day,
                    starts_at=start,
                    ends_at=end,
                    skipped=False,
                    edited=False,
                )
            )


@requires(Permission.WORK_PLAN)
def save_assignment(
    uow: UnitOfWork,
    form: AssignmentForm,
    assignment_id: int | None = None,
    *,
    expected_version: int | None = None,
    today: date | None = None,
) -> int:
    """Create or update an assignment and write out its planned shifts."""
    problems = _check(uow, form)
    if problems:
        raise ValidationError(problems)
    if assignment_id is None:
        assignment = WorkAssignment()
        uow.session.add(assignment)
    else:
        assignment = _assignment(uow, assignment_id)
        if expected_version is not None and assignment.version != expected_version:
            raise StaleError("work_assignment", assignment_id, current=assignment.version)
    _apply(uow, assignment, form)
    uow.session.flush()
    _write_shifts(uow, assignment, form.dates, today, fresh=assignment_id is None)
    uow.session.flush()
    return assignment.id


def _assignment(uow: UnitOfWork, assignment_id: int) -> WorkAssignment:
    assignment = uow.session.get(WorkAssignment, assignment_id)
    if assignment is None:
        raise NotFoundError("work_assignment", assignment_id)
    return assignment


@requires(Permission.WORK_PLAN)
def assignment_form(uow: UnitOfWork, assignment_id: int) -> tuple[AssignmentForm, int]:
    """The assignment as its form shows it, with the version to save against."""
    a = _assignment(uow, assignment_id)
    rule = parse_rule(a.rule, a.starts_on)
    dates = [] if rule else sorted({s.occurrence for s in _shift_rows(uow, a.id)})
    form = AssignmentForm(
        customer_id=a.customer_id,
        service_id=a.service_id,
        title=a.title,
        place=a.place,
        description=a.notes,
        status=a.status,
        estimated_hours=a.estimated_hours,
        member_ids=sorted(m.id for m in a.members),
        starts_on=a.starts_on,
        ends_on=a.ends_on,
        recurring=rule is not None,
        interval=rule.interval if rule else 1,
        weekdays=list(rule.weekdays) if rule else [],
        dates=dates,
        shift_start=a.shift_start,
        shift_end=a.shift_end,
        skip_holidays=a.skip_holidays,
    )
    return form, a.version


def _occurrence(uow: UnitOfWork, assignment_id: int, occurrence: date) -> list[PlannedShift]:
    rows = list(
        uow.session.scalars(
            select(PlannedShift).where(
                PlannedShift.assignment_id == assignment_id,
                PlannedShift.occurrence == occurrence,
            )
        )
    )
    if not rows:
        raise NotFoundError("planned_shift", (assignment_id, occurrence))
    return rows


@requires(Permission.WORK_PLAN)
def skip_occurrence(
    uow: UnitOfWork, assignment_id: int, occurrence: date, skipped: bool = True
) -> None:
    """Leave out (or bring back) one occurrence for everyone on it."""
    for shift in _occurrence(uow, assignment_id, occurrence):
        shift.skipped = skipped
        shift.edited = True


@requires(Permission.WORK_PLAN)
def move_occurrence(
    uow: UnitOfWork,
    assignment_id: int,
    occurrence: date,
    work_date: date,
    starts_at: time,
    ends_at: time,
) -> None:
    """Move one occurrence to another day or time; the rest of the rule stays as it is."""
    if ends_at <= starts_at:
        raise ValidationError({"ends_at": "before_start"})
    for shift in _occurrence(uow, assignment_id, occurrence):
        shift.work_date, shift.starts_at, shift.ends_at = work_date, starts_at, ends_at
        shift.edited = True


@requires(Permission.WORK_PLAN)
def hand_over(uow: UnitOfWork, shift_id: int, to_member_id: int) -> None:
    """A member hands one shift to another, who then works it for them."""
    shift = uow.session.get(PlannedShift, shift_id)
    if shift is None:
        raise NotFoundError("planned_shift", shift_id)
    if uow.session.get(Member, to_member_id) is None:
        raise ValidationError({"member": "unknown"})
    original = shift.substitute_for_id or shift.member_id
    if to_member_id == shift.member_id:
        raise ValidationError({"member": "same_member"})
    taken = uow.session.scalar(
        select(PlannedShift.id).where(
            PlannedShift.assignment_id == shift.assignment_id,
            PlannedShift.occurrence == shift.occurrence,
            PlannedShift.member_id == to_member_id,
        )
    )
    if taken is not None:
        raise ValidationError({"member": "already_on_shift"})
    shift.member_id = to_member_id
    # Handing back to the one it was for undoes the substitution.
    shift.substitute_for_id = None if to_member_id == original else original
    shift.edited = True


@requires(Permission.WORK_PLAN)
def member_choices(uow: UnitOfWork) -> list[tuple[int, str]]:
    """Current members by name, for assigning and handing over shifts."""
    from app.domain.enums import MemberStatus

    rows = uow.session.execute(
        select(Member.id, Member.first_name, Member.last_name)
        .where(Member.status == MemberStatus.MEMBER)
        .order_by(Member.search_name)
    )
    return [(i, f"{first} {last}") for i, first, last in rows]


@requires(Permission.WORK_PLAN)
def customer_service_choices(
    uow: UnitOfWork,
) -> tuple[list[tuple[int, str]], list[tuple[int, str, str, str]]]:
    """Customers (id, name) and services (id, fi, sv, en) for the assignment form."""
    customers = [
        (i, name)
        for i, name in uow.session.execute(
            select(Customer.id, Customer.name).order_by(Customer.search_name)
        )
    ]
    services = [
        (i, fi, sv, en)
        for i, fi, sv, en in uow.session.execute(
            select(Service.id, Service.name_fi, Service.name_sv, Service.name_en).order_by(
                Service.name_fi
            )
        )
    ]
    return customers, services


@requires(Permission.WORK_PLAN)
def shift_occurrence(uow: UnitOfWork, shift_id: int) -> date:
    """The rule's date of a shift (it differs from its day once moved)."""
    shift = uow.session.get(PlannedShift, shift_id)
    if shift is None:
        raise NotFoundError("planned_shift", shift_id)
    return shift.occurrence
