"""Which rows of a week grid someone else changed, logged or removed since it was loaded.

The grid sends what it loaded: the week, its filters and each entry's version. A save or an
approval over newer data is refused as a whole, naming the rows, so nothing is overwritten
and nothing is logged twice.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.domain import Member, PlannedShift, WorkAssignment, WorkEntry

from .errors import StaleError
from .policy import Permission, requires
from .uow import UnitOfWork
from .week_plan import monday_of

if TYPE_CHECKING:
    from .hours import EntryInput


class Change(StrEnum):
    CHANGED = "changed"  # saved, approved, invoiced or credited by someone else
    ADDED = "added"  # someone else logged hours for the same member, assignment and day
    REMOVED = "removed"


@dataclass(frozen=True)
class LoadedWeek:
    """What a grid showed when it was loaded: the week, its filters, each entry's version."""

    week_start: date
    member_id: int | None = None
    assignment_id: int | None = None
    versions: Mapping[int, int] = field(default_factory=dict)

    def shows(self, member_id: int | None, assignment_id: int | None, day: date | None) -> bool:
        """True when the grid listed every entry of this member, assignment and day."""
        monday = monday_of(self.week_start)
        return (
            day is not None
            and monday <= day <= monday + timedelta(days=6)
            and self.member_id in (None, member_id)
            and self.assignment_id in (None, assignment_id)
        )


@dataclass(frozen=True)
class ChangedRow:
    """One row the user was about to save over; names are those stored now when known."""

    change: Change
    entry_id: int | None
    member_id: int | None
    assignment_id: int | None
    work_date: date | None
    # The position in the rows saved; None for a removal or an approval (see entry_id).
    row: int | None = None
    member_name: str = ""
    assignment_title: str = ""


class HoursChangedError(StaleError):
    """Someone else changed these rows since the grid was loaded; nothing was saved."""

    def __init__(self, rows: Sequence[ChangedRow]) -> None:
        super().__init__("work_entry", rows[0].entry_id or 0, current=tuple(rows))
        self.rows = tuple(rows)
        self.args = (
            "work entries changed meanwhile: "
            + "; ".join(
                f"{r.member_name} {r.work_date} {r.assignment_title} ({r.change})"
                for r in self.rows
            ),
        )


def _changed(entry: WorkEntry, change: Change, row: int | None) -> ChangedRow:
    return ChangedRow(change, entry.id, entry.member_id, entry.assignment_id, entry.work_date, row)


def _named(uow: UnitOfWork, rows: list[ChangedRow]) -> list[ChangedRow]:
    members = dict(
        uow.session.execute(
            select(Member.id, Member.first_name + " " + Member.last_name).where(
                Member.id.in_({r.member_id for r in rows})
            )
        ).all()
    )
    titles = dict(
        uow.session.execute(
            select(WorkAssignment.id, WorkAssignment.title).where(
                WorkAssignment.id.in_({r.assignment_id for r in rows})
            )
        ).all()
    )
    return [
        replace(
            r,
            member_name=members.get(r.member_id, ""),
            assignment_title=titles.get(r.assignment_id, ""),
        )
        for r in rows
    ]


@requires(Permission.WORK_ENTRIES)
def check_grid_is_current(
    uow: UnitOfWork,
    rows: Sequence[EntryInput],
    deleted_ids: Collection[int],
    loaded: LoadedWeek,
) -> None:
    """Refuse a save over anything changed since loading (HoursChangedError, all rows named).

    A changed or removed entry is refused, as is a removal of an entry changed meanwhile. A
    new row is refused when its member, assignment and day got hours the grid did not show:
    two people confirming the same planned shift would otherwise log it twice.
    """
    session = uow.session
    found: list[ChangedRow] = []
    touched = {r.entry_id for r in rows if r.entry_id is not None} | set(deleted_ids)
    stored = {e.id: e for e in session.scalars(select(WorkEntry).where(WorkEntry.id.in_(touched)))}
    for i, row in enumerate(rows):
        if row.entry_id is None:
            continue
        entry = stored.get(row.entry_id)
        if entry is None:
            found.append(
                ChangedRow(
                    Change.REMOVED, row.entry_id, row.member_id, row.assignment_id, row.work_date, i
                )
            )
        elif entry.version != loaded.versions.get(entry.id):
            found.append(_changed(entry, Change.CHANGED, i))
    for entry_id in sorted(set(deleted_ids)):
        entry = stored.get(entry_id)
        # Removing what someone else removed too loses nothing.
        if entry is not None and entry.version != loaded.versions.get(entry_id):
            found.append(_changed(entry, Change.CHANGED, None))

    shifts = {
        s.id: s
        for s in session.scalars(
            select(PlannedShift).where(
                PlannedShift.id.in_({r.shift_id for r in rows if r.shift_id and not r.entry_id})
            )
        )
    }
    slots: dict[tuple[int, int, date], list[int]] = {}
    for i, row in enumerate(rows):
        if row.entry_id is None and loaded.shows(row.member_id, row.assignment_id, row.work_date):
            slots.setdefault((row.member_id, row.assignment_id, row.work_date), []).append(i)
            shift = shifts.get(row.shift_id)
            if shift is not None and (shift.member_id != row.member_id or shift.skipped):
                # Handed over or skipped meanwhile: the hours would go to the wrong member.
                found.append(
                    ChangedRow(
                        Change.CHANGED, None, row.member_id, row.assignment_id, row.work_date, i
                    )
                )
    if slots:
        candidates = session.scalars(
            select(WorkEntry).where(
                WorkEntry.member_id.in_({s[0] for s in slots}),
                WorkEntry.assignment_id.in_({s[1] for s in slots}),
                WorkEntry.work_date.in_({s[2] for s in slots}),
                WorkEntry.id.not_in(touched),
            )
        )
        for entry in candidates:
            positions = slots.get((entry.member_id, entry.assignment_id, entry.work_date))
            if positions is None:
                continue
            known = loaded.versions.get(entry.id)
            if known is None:
                found.extend(_changed(entry, Change.ADDED, i) for i in positions)
            elif known != entry.version:
                found.extend(_changed(entry, Change.CHANGED, i) for i in positions)
    if found:
        raise HoursChangedError(_named(uow, found))


@requires(Permission.WORK_ENTRIES)
def check_versions(uow: UnitOfWork, versions: Mapping[int, int]) -> None:
    """Refuse acting on entries whose version is not the one loaded (HoursChangedError)."""
    stored = {
        e.id: e
        for e in uow.session.scalars(select(WorkEntry).where(WorkEntry.id.in_(versions.keys())))
    }
    found: list[ChangedRow] = []
    for entry_id, version in sorted(versions.items()):
        entry = stored.get(entry_id)
        if entry is None:
            found.append(ChangedRow(Change.REMOVED, entry_id, None, None, None))
        elif entry.version != version:
            found.append(_changed(entry, Change.CHANGED, None))
    if found:
        raise HoursChangedError(_named(uow, found))
