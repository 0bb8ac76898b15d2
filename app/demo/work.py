"""A year of hours logged on the assignments, made and written one month at a time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app.domain import WorkEntry

from .context import DemoAssignment, DemoContext
from .dates import at, days, is_working_day, month_end, next_monday

# Quarter hours from 1 h to 6 h, the range members log.
QUARTERS = tuple(Decimal(n) / 4 for n in range(4, 25))
ATTENDANCE = 0.9


@dataclass(slots=True)
class Entry:
    """One work entry before it is written; the invoicing step fills in line and issue date."""

    id: int
    assignment: DemoAssignment
    member_id: int
    work_date: date
    hours: Decimal
    km: Decimal
    substitute_for_id: int | None
    description: str
    line_id: int | None = None
    issued_on: date | None = None


def _vacations(ctx: DemoContext) -> dict[int, tuple[date, date]]:
    """Four weeks of summer holiday per member, in the summer inside the demo year."""
    rng = ctx.rng("vacations")
    year = ctx.today.year if ctx.today >= date(ctx.today.year, 9, 1) else ctx.today.year - 1
    holidays = {}
    for member in ctx.members:
        first = date(year, 6, 1) + timedelta(days=rng.randint(0, 60))
        holidays[member.id] = (first, first + timedelta(days=27))
    return holidays


class WorkLog:
    """Makes each month's work entries in turn, so a large demo never holds them all at once."""

    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx
        self.rng = ctx.rng("work")
        self.vacations = _vacations(ctx)

    def month(self, first: date) -> list[Entry]:
        """Entries for the month starting ``first``, up to today."""
        ctx, rng = self.ctx, self.rng
        last = min(month_end(first), ctx.today)
        dates = [d for d in days(max(first, ctx.start), last) if is_working_day(d)]
        entries: list[Entry] = []
        for assignment in ctx.assignments:
            if first.month not in assignment.months or not assignment.members:
                continue
            for day in dates:
                if day.weekday() not in assignment.days or day < assignment.starts_on:
                    continue
                if assignment.ends_on is not None and day > assignment.ends_on:
                    continue
                present, absent = [], []
                for member in assignment.members:
                    if not member.works_on(day):
                        continue
                    away = self.vacations[member.id]
                    if away[0] <= day <= away[1] or rng.random() > ATTENDANCE:
                        absent.append(member)
                    else:
                        present.append(member)
                for member in present:
                    entries.append(self._entry(assignment, member.id, day, None))
                # Now and then a co-worker covers for an absent member.
                for member in absent:
                    if present and rng.random() < 0.2:
                        cover = rng.choice(present)
                        entries.append(self._entry(assignment, cover.id, day, member.id))
        return entries

    def _entry(
        self, assignment: DemoAssignment, member_id: int, day: date, substitute_for: int | None
    ) -> Entry:
        rng = self.rng
        base = QUARTERS.index(assignment.hours)
        step = rng.choice((-4, -2, -1, 0, 0, 0, 0, 1, 2))
        hours = QUARTERS[min(max(base + step, 0), len(QUARTERS) - 1)]
        km = Decimal(0)
        if assignment.km and rng.random() < 0.6:
            km = Decimal(rng.randint(30, 250)) / 10
        description = (
            rng.choice(assignment.tasks) if assignment.tasks and rng.random() < 0.25 else ""
        )
        if substitute_for is not None:
            description = "Sijaisuus"
        return Entry(
            id=self.ctx.new_id(WorkEntry),
            assignment=assignment,
            member_id=member_id,
            work_date=day,
            hours=hours,
            km=km,
            substitute_for_id=substitute_for,
            description=description,
        )

    def write(self, entries: list[Entry]) -> None:
        """Insert entries; approved when invoiced or older than two weeks."""
        ctx = self.ctx
        approver = ctx.users["treasurer"][0]
        cutoff = ctx.today - timedelta(days=14)
        rows = []
        for entry in entries:
            created = at(entry.work_date, 16, entry.id % 60)
            approved = None
            if entry.issued_on is not None:
                approved = min(at(next_monday(entry.work_date), 10), at(entry.issued_on, 8))
            elif entry.work_date <= cutoff:
                approved = at(next_monday(entry.work_date), 10)
            updated = at(entry.issued_on, 9) if entry.issued_on else approved or created
            rows.append(
                {
                    "id": entry.id,
                    "assignment_id": entry.assignment.id,
                    "member_id": entry.member_id,
                    "work_date": entry.work_date,
                    "hours": entry.hours,
                    "km": entry.km,
                    "substitute_for_id": entry.substitute_for_id,
                    "description": entry.description,
                    "approved_at": approved,
                    "approved_by_id": approver if approved else None,
                    "invoice_line_id": entry.line_id,
                    "created_at": created,
                    "updated_at": updated,
                }
            )
        ctx.insert(WorkEntry, rows)
