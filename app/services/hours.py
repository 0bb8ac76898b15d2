"""Hours by the week: the grid prefilled from planned shifts, many entries saved at once,
approval, and the approved hours not yet invoiced."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.domain import Customer, Member, PlannedShift, Service, WorkAssignment, WorkEntry
from app.domain.base import utcnow
from app.domain.enums import AssignmentStatus, MemberStatus

from .errors import ValidationError
from .hours_versions import LoadedWeek, check_grid_is_current, check_versions
from .policy import Permission, requires
from .uow import UnitOfWork
from .week_plan import PLANNED_STATUSES, monday_of

DAY = Decimal(24)
ZERO = Decimal("0.00")


@dataclass
class EntryInput:
    """One row of the grid as the user left it; `entry_id` None for a new entry."""

    assignment_id: int | None
    member_id: int | None
    work_date: date | None
    hours: Decimal | None = None
    starts_at: time | None = None
    ends_at: time | None = None
    km: Decimal = ZERO
    note: str = ""
    volunteer: bool = False
    substitute_for_id: int | None = None
    entry_id: int | None = None
    # The planned shift a new row confirms: a stale grid must not log a handed-over shift.
    shift_id: int | None = None


@dataclass(frozen=True)
class GridRow:
    """A planned shift not yet logged (entry_id None) or a logged entry."""

    assignment_id: int
    assignment_title: str
    customer_name: str
    member_id: int
    member_name: str
    work_date: date
    starts_at: time | None
    ends_at: time | None
    hours: Decimal
    km: Decimal
    note: str
    volunteer: bool
    substitute_for_id: int | None
    substitute_for_name: str | None
    entry_id: int | None = None
    shift_id: int | None = None
    approved: bool = False
    invoiced: bool = False
    # The entry's version as loaded; a save or approval over a newer one is refused.
    version: int = 0

    def as_input(self) -> EntryInput:
        return EntryInput(
            assignment_id=self.assignment_id,
            member_id=self.member_id,
            work_date=self.work_date,
            hours=self.hours,
            starts_at=self.starts_at,
            ends_at=self.ends_at,
            km=self.km,
            note=self.note,
            volunteer=self.volunteer,
            substitute_for_id=self.substitute_for_id,
            entry_id=self.entry_id,
            shift_id=None if self.entry_id else self.shift_id,
        )


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


@dataclass
class UnbilledGroup:
    customer_id: int
    customer_name: str
    assignment_id: int
    assignment_title: str
    service_id: int
    service_fi: str
    service_sv: str
    service_en: str
    hours: Decimal = ZERO
    km: Decimal = ZERO
    first: date | None = None
    last: date | None = None
    entry_ids: list[int] = field(default_factory=list)

    def service(self, lang: str) -> str:
        return {"sv": self.service_sv, "en": self.service_en}.get(lang) or self.service_fi


def shift_hours(starts_at: time, ends_at: time) -> Decimal:
    """Wall-clock length of a same-day shift, in hours to the cent."""
    minutes = (ends_at.hour * 60 + ends_at.minute) - (starts_at.hour * 60 + starts_at.minute)
    return (Decimal(minutes) / 60).quantize(Decimal("0.01"))


def _name(first: str | None, last: str | None) -> str | None:
    return None if first is None else f"{first} {last}"


# -- the week grid ----------------------------------------------------------------------


@requires(Permission.WORK_ENTRIES)
def week_grid(
    uow: UnitOfWork,
    week_start: date,
    *,
    member_id: int | None = None,
    assignment_id: int | None = None,
) -> list[GridRow]:
    """The week's planned shifts and logged entries of one member or assignment (or all).

    A planned shift already logged (same member, assignment and day) shows as its entry.
    """
    monday = monday_of(week_start)
    sunday = monday + timedelta(days=6)
    session = uow.session
    worker, original = aliased(Member), aliased(Member)

    entries = (
        select(
            WorkEntry,
            WorkAssignment.title,
            Customer.name,
            worker.first_name,
            worker.last_name,
            original.first_name,
            original.last_name,
        )
        .join(WorkAssignment, WorkAssignment.id == WorkEntry.assignment_id)
        .join(Customer, Customer.id == WorkAssignment.customer_id)
        .join(worker, worker.id == WorkEntry.member_id)
        .outerjoin(original, original.id == WorkEntry.substitute_for_id)
        .where(WorkEntry.work_date.between(monday, sunday))
    )
    shifts = (
        select(
            PlannedShift,
            WorkAssignment.title,
            Customer.name,
            worker.first_name,
            worker.last_name,
            original.first_name,
            original.last_name,
        )
        .join(WorkAssignment, WorkAssignment.id == PlannedShift.assignment_id)
        .join(Customer, Customer.id == WorkAssignment.customer_id)
        .join(worker, worker.id == PlannedShift.member_id)
        .outerjoin(original, original.id == PlannedShift.substitute_for_id)
        .where(
            PlannedShift.work_date.between(monday, sunday),
            PlannedShift.skipped.is_(False),
            WorkAssignment.status.in_(PLANNED_STATUSES),
        )
    )
    if member_id is not None:
        entries = entries.where(WorkEntry.member_id == member_id)
        shifts = shifts.where(PlannedShift.member_id == member_id)
    if assignment_id is not None:
        entries = entries.where(WorkEntry.assignment_id == assignment_id)
        shifts = shifts.where(PlannedShift.assignment_id == assignment_id)

    rows: list[GridRow] = []
    logged: set[tuple[int, int, date]] = set()
    for e, title, customer, first, last, of, ol in session.execute(entries):
        logged.add((e.member_id, e.assignment_id, e.work_date))
        rows.append(
            GridRow(
                assignment_id=e.assignment_id,
                assignment_title=title,
                customer_name=customer,
                member_id=e.member_id,
                member_name=f"{first} {last}",
                work_date=e.work_date,
                starts_at=e.starts_at,
                ends_at=e.ends_at,
                hours=e.hours,
                km=e.km,
                note=e.description,
                volunteer=e.volunteer,
                substitute_for_id=e.substitute_for_id,
                substitute_for_name=_name(of, ol),
                entry_id=e.id,
                approved=e.approved_at is not None,
                invoiced=e.invoice_line_id is not None,
                version=e.version,
            )
        )
    for s, title, customer, first, last, of, ol in session.execute(shifts):
        if (s.member_id, s.assignment_id, s.work_date) in logged:
            continue
        rows.append(
            GridRow(
                assignment_id=s.assignment_id,
                assignment_title=title,
                customer_name=customer,
                member_id=s.member_id,
                member_name=f"{first} {last}",
                work_date=s.work_date,
                starts_at=s.starts_at,
                ends_at=s.ends_at,
                hours=shift_hours(s.starts_at, s.ends_at),
                km=ZERO,
                note="",
                volunteer=False,
                substitute_for_id=s.substitute_for_id,
                substitute_for_name=_name(of, ol),
                shift_id=s.id,
            )
        )
    rows.sort(key=lambda r: (r.work_date, r.starts_at or time(0), r.member_name, r.assignment_id))
    return rows


@requires(Permission.WORK_ENTRIES)
def grid_choices(uow: UnitOfWork, week_start: date) -> tuple[list[Choice], list[Choice]]:
    """Members who can log hours and the assignments open in the week, for free rows."""
    monday = monday_of(week_start)
    sunday = monday + timedelta(days=6)
    members = [
        Choice(i, f"{first} {last}")
        for i, first, last in uow.session.execute(
            select(Member.id, Member.first_name, Member.last_name)
            .where(Member.status == MemberStatus.MEMBER)
            .order_by(Member.search_name)
        )
    ]
    assignments = [
        Choice(i, f"{title} – {customer}")
        for i, title, customer in uow.session.execute(
            select(WorkAssignment.id, WorkAssignment.title, Customer.name)
            .join(Customer, Customer.id == WorkAssignment.customer_id)
            .where(
                WorkAssignment.starts_on <= sunday,
                (WorkAssignment.ends_on.is_(None)) | (WorkAssignment.ends_on >= monday),
                WorkAssignment.status != AssignmentStatus.CANCELLED,
            )
            .order_by(WorkAssignment.search_title)
        )
    ]
    return members, assignments


# -- saving ------------------------------------------------------------------------------


def _row_problems(row: EntryInput) -> dict[str, str]:
    problems: dict[str, str] = {}
    if row.assignment_id is None:
        problems["assignment"] = "required"
    if row.member_id is None:
        problems["member"] = "required"
    if row.work_date is None:
        problems["work_date"] = "required"
    if (row.starts_at is None) != (row.ends_at is None):
        problems["ends_at" if row.ends_at is None else "starts_at"] = "required"
    elif row.starts_at is not None and row.ends_at is not None:
        if row.ends_at <= row.starts_at:
            problems["ends_at"] = "before_start"
        else:
            row.hours = shift_hours(row.starts_at, row.ends_at)
    if "ends_at" not in problems and "starts_at" not in problems:
        if row.hours is None:
            problems["hours"] = "required"
        elif row.hours <= 0:
            problems["hours"] = "not_positive"
        elif row.hours > DAY:
            problems["hours"] = "over_24"
    if row.km is None or row.km < 0:
        problems["km"] = "negative"
    if row.substitute_for_id is not None and row.substitute_for_id == row.member_id:
        problems["substitute_for"] = "same_member"
    return problems


def _overlap(a: EntryInput | WorkEntry, b: EntryInput | WorkEntry) -> bool:
    if None in (a.starts_at, a.ends_at, b.starts_at, b.ends_at):
        return False
    return a.starts_at < b.ends_at and b.starts_at < a.ends_at


def _check_against_register(
    uow: UnitOfWork, rows: list[EntryInput], deleted: set[int]
) -> dict[str, str]:
    """Rules that need the stored data: members, assignments, invoiced work, the day's total."""
    session = uow.session
    problems: dict[str, str] = {}
    members = {
        m.id: m
        for m in session.scalars(select(Member).where(Member.id.in_({r.member_id for r in rows})))
    }
    assignments = {
        a.id: a
        for a in session.scalars(
            select(WorkAssignment).where(WorkAssignment.id.in_({r.assignment_id for r in rows}))
        )
    }
    invoiced_until = dict(
        session.execute(
            select(WorkEntry.assignment_id, func.max(WorkEntry.work_date))
            .where(
                WorkEntry.assignment_id.in_(assignments),
                WorkEntry.invoice_line_id.is_not(None),
            )
            .group_by(WorkEntry.assignment_id)
        ).all()
    )
    edited = {r.entry_id for r in rows if r.entry_id is not None}
    stored = {
        e.id: e
        for e in session.scalars(select(WorkEntry).where(WorkEntry.id.in_(edited | deleted)))
    }
    for entry_id in deleted:
        entry = stored.get(entry_id)
        if entry is not None and entry.invoice_line_id is not None:
            problems[f"deleted.{entry_id}"] = "invoiced"

    # Each member's day: the rows being saved plus what is stored and not being replaced.
    days: dict[tuple[int, date], list[tuple[str, EntryInput | WorkEntry]]] = defaultdict(list)
    keys = {(r.member_id, r.work_date) for r in rows}
    if keys:
        others = session.scalars(
            select(WorkEntry).where(
                WorkEntry.member_id.in_({k[0] for k in keys}),
                WorkEntry.work_date.in_({k[1] for k in keys}),
                WorkEntry.id.not_in(edited | deleted),
            )
        )
        for e in others:
            if (e.member_id, e.work_date) in keys:
                days[(e.member_id, e.work_date)].append(("", e))

    for i, row in enumerate(rows):
        key = f"{i}."
        if row.entry_id is not None:
            entry = stored.get(row.entry_id)
            if entry is None:
                problems[key + "entry"] = "gone"
                continue
            if entry.invoice_line_id is not None:
                problems[key + "hours"] = "invoiced"
                continue
        member = members.get(row.member_id)
        assignment = assignments.get(row.assignment_id)
        if member is None:
            problems[key + "member"] = "unknown"
        elif member.accepted_on is None or row.work_date < member.accepted_on:
            problems[key + "work_date"] = "before_joining"
        if assignment is None:
            problems[key + "assignment"] = "unknown"
        elif assignment.status == AssignmentStatus.CANCELLED:
            problems[key + "assignment"] = "cancelled"
        elif (
            not row.volunteer
            and row.assignment_id in invoiced_until
            and row.work_date <= invoiced_until[row.assignment_id]
        ):
            problems[key + "work_date"] = "invoiced_period"
        days[(row.member_id, row.work_date)].append((key, row))

    for entries in days.values():
        total = sum((e.hours for _, e in entries), ZERO)
        new = [(k, e) for k, e in entries if k]
        if total > DAY:
            for k, _ in new:
                problems.setdefault(k + "hours", "day_over_24")
        for k, e in new:
            if any(other is not e and _overlap(e, other) for _, other in entries):
                problems.setdefault(k + "starts_at", "overlap")
    return problems


@requires(Permission.WORK_ENTRIES)
def save_entries(
    uow: UnitOfWork,
    rows: list[EntryInput],
    deleted_ids: list[int] | tuple[int, ...] = (),
    *,
    loaded: LoadedWeek | None = None,
) -> list[int]:
    """Save the grid: new and changed entries and removals in one go, or nothing at all.

    Problems come back keyed "<row index>.<field>" (e.g. "2.starts_at": "overlap").
    A changed entry needs approving again. An invoiced entry cannot be changed or removed:
    it is corrected with a credit note. With `loaded` (what the grid showed), rows someone
    else changed, logged or removed since are refused: HoursChangedError names them.
    """
    problems: dict[str, str] = {}
    for i, row in enumerate(rows):
        problems.update({f"{i}.{f}": code for f, code in _row_problems(row).items()})
    if problems:
        raise ValidationError(problems)
    deleted = set(deleted_ids)
    if loaded is not None:
        check_grid_is_current(uow, rows, deleted, loaded)
    problems = _check_against_register(uow, rows, deleted)
    if problems:
        raise ValidationError(problems)
    session = uow.session
    for entry_id in deleted:
        entry = session.get(WorkEntry, entry_id)
        if entry is not None:
            session.delete(entry)
    saved = []
    for row in rows:
        entry = session.get(WorkEntry, row.entry_id) if row.entry_id else WorkEntry()
        values = {
            "assignment_id": row.assignment_id,
            "member_id": row.member_id,
            "work_date": row.work_date,
            "hours": row.hours,
            "starts_at": row.starts_at,
            "ends_at": row.ends_at,
            "km": row.km,
            "description": row.note.strip(),
            "volunteer": row.volunteer,
            "substitute_for_id": row.substitute_for_id,
        }
        changed = any(getattr(entry, k) != v for k, v in values.items())
        for k, v in values.items():
            setattr(entry, k, v)
        if row.entry_id is None:
            session.add(entry)
        elif changed:
            entry.approved_at = None
            entry.approved_by_id = None
        saved.append(entry)
    session.flush()
    return [e.id for e in saved]


@requires(Permission.WORK_ENTRIES)
def approve_entries(
    uow: UnitOfWork,
    entry_ids: list[int],
    *,
    now: datetime | None = None,
    versions: Mapping[int, int] | None = None,
) -> int:
    """Approve these entries (those not approved yet); returns how many were approved.

    With `versions` ({entry id: version as loaded}) nothing is approved when any of them
    changed meanwhile: the user approves what they saw (HoursChangedError).
    """
    if versions is not None:
        check_versions(uow, {i: versions.get(i, 0) for i in entry_ids})
    when = now or utcnow()
    count = 0
    for entry in uow.session.scalars(
        select(WorkEntry).where(WorkEntry.id.in_(entry_ids), WorkEntry.approved_at.is_(None))
    ):
        entry.approved_at = when
        entry.approved_by_id = uow.actor.user_id
        count += 1
    return count


# -- hours to invoice ------------------------------------------------------------------


@requires(Permission.WORK_ENTRIES)
def unbilled_hours(
    uow: UnitOfWork, customer_id: int | None = None, until: date | None = None
) -> list[UnbilledGroup]:
    """Approved, not invoiced, not volunteer hours by customer, assignment and service."""
    query = (
        select(
            WorkEntry.id,
            WorkEntry.work_date,
            WorkEntry.hours,
            WorkEntry.km,
            Customer.id,
            Customer.name,
            WorkAssignment.id,
            WorkAssignment.title,
            Service.id,
            Service.name_fi,
            Service.name_sv,
            Service.name_en,
        )
        .join(WorkAssignment, WorkAssignment.id == WorkEntry.assignment_id)
        .join(Customer, Customer.id == WorkAssignment.customer_id)
        .join(Service, Service.id == WorkAssignment.service_id)
        .where(
            WorkEntry.approved_at.is_not(None),
            WorkEntry.invoice_line_id.is_(None),
            WorkEntry.volunteer.is_(False),
        )
        .order_by(Customer.search_name, WorkAssignment.search_title, WorkEntry.work_date)
    )
    if customer_id is not None:
        query = query.where(WorkAssignment.customer_id == customer_id)
    if until is not None:
        query = query.where(WorkEntry.work_date <= until)
    groups: dict[tuple[int, int, int], UnbilledGroup] = {}
    for eid, day, hours, km, cid, cname, aid, title, sid, sfi, ssv, sen in uow.session.execute(
        query
    ):
        group = groups.get((cid, aid, sid))
        if group is None:
            group = groups[(cid, aid, sid)] = UnbilledGroup(
                cid, cname, aid, title, sid, sfi, ssv, sen
            )
        group.hours += hours
        group.km += km
        group.first = day if group.first is None else min(group.first, day)
        group.last = day if group.last is None else max(group.last, day)
        group.entry_ids.append(eid)
    return list(groups.values())
