"""Attendance taken live in the meeting, and attendance rates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import case, func, select

from app.domain import Attendance, CoachingSession, Participant
from app.domain.enums import AttendanceStatus, SessionKind
from app.locale import FINLAND

from .coaching_projects import participants_in_group
from .errors import NotFoundError, ServiceError, ValidationError
from .policy import Permission, requires
from .uow import UnitOfWork


@dataclass(frozen=True)
class RosterRow:
    participant_id: int
    name: str
    status: AttendanceStatus | None
    note: str
    # False for someone recorded earlier who is no longer in the group on that day.
    in_group: bool = True


@dataclass(frozen=True)
class AttendanceMark:
    participant_id: int
    status: AttendanceStatus | None
    note: str = ""


@dataclass(frozen=True)
class Rate:
    """Present of the recorded (absent and excused count as not present)."""

    present: int
    recorded: int

    @property
    def percent(self) -> float | None:
        return None if not self.recorded else 100 * self.present / self.recorded


def _session(uow: UnitOfWork, session_id: int) -> CoachingSession:
    session = uow.session.get(CoachingSession, session_id)
    if session is None:
        raise NotFoundError("session", session_id)
    return session


def _expected(uow: UnitOfWork, session: CoachingSession) -> list[Participant]:
    day = session.starts_at.astimezone(FINLAND).date()
    if session.group_id is not None:
        return participants_in_group(uow, session.group_id, day)
    if session.participant_id is not None:
        return [session.participant]
    return []


@requires(Permission.COACHING)
def roster(uow: UnitOfWork, session_id: int) -> list[RosterRow]:
    """Who is expected (the group on the meeting's day, by name) with what is recorded."""
    session = _session(uow, session_id)
    recorded = {a.participant_id: a for a in session.attendance}
    rows = [
        RosterRow(p.id, p.full_name, *_mark(recorded.get(p.id))) for p in _expected(uow, session)
    ]
    expected = {r.participant_id for r in rows}
    for a in sorted(recorded.values(), key=lambda a: a.participant.sort_name):
        if a.participant_id not in expected:
            rows.append(
                RosterRow(a.participant_id, a.participant.full_name, a.status, a.note, False)
            )
    return rows


def _mark(attendance: Attendance | None) -> tuple[AttendanceStatus | None, str]:
    return (attendance.status, attendance.note) if attendance else (None, "")


@requires(Permission.COACHING)
def record_attendance(
    uow: UnitOfWork, session_id: int, marks: list[AttendanceMark], notes: str | None = None
) -> None:
    """Save the marks of one meeting at once (and its notes, when given); a mark without
    status removes the record.

    Only people in the group on the meeting's day (or the person of an individual session)
    may be marked; anyone else is refused by row and nothing is saved.
    """
    session = _session(uow, session_id)
    if session.kind == SessionKind.INFO:
        raise ServiceError("info sessions count attendees instead", code="info_session")
    if session.cancelled:
        raise ServiceError("the meeting was cancelled", code="cancelled")
    allowed = {p.id for p in _expected(uow, session)}
    current = {a.participant_id: a for a in session.attendance}
    problems = {
        f"row_{n}": "not_in_group"
        for n, mark in enumerate(marks)
        if mark.status is not None
        and mark.participant_id not in allowed
        and mark.participant_id not in current
    }
    if problems:
        raise ValidationError(problems)
    if notes is not None:
        session.notes = notes.strip()
    for mark in marks:
        existing = current.get(mark.participant_id)
        if mark.status is None:
            if existing is not None:
                session.attendance.remove(existing)
        elif existing is None:
            session.attendance.append(
                Attendance(
                    participant_id=mark.participant_id, status=mark.status, note=mark.note.strip()
                )
            )
        else:
            existing.status = mark.status
            existing.note = mark.note.strip()


@requires(Permission.COACHING)
def attendance_rate(
    uow: UnitOfWork,
    *,
    group_id: int | None = None,
    participant_id: int | None = None,
    first: date | None = None,
    last: date | None = None,
) -> Rate:
    """Share of recorded attendances marked present, for a group and/or a person."""
    query = (
        select(
            func.count(case((Attendance.status == AttendanceStatus.PRESENT, 1))),
            func.count(),
        )
        .select_from(Attendance)
        .join(CoachingSession, CoachingSession.id == Attendance.session_id)
        .where(CoachingSession.cancelled.is_(False))
    )
    if group_id is not None:
        query = query.where(CoachingSession.group_id == group_id)
    if participant_id is not None:
        query = query.where(Attendance.participant_id == participant_id)
    if first is not None:
        query = query.where(CoachingSession.starts_at >= _start_of(first))
    if last is not None:
        query = query.where(CoachingSession.starts_at < _start_of(last, 1))
    present, recorded = uow.session.execute(query).one()
    return Rate(present, recorded)


def _start_of(day: date, plus_days: int = 0) -> datetime:
    return datetime.combine(day + timedelta(days=plus_days), time(), tzinfo=FINLAND).astimezone(UTC)
