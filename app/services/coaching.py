"""Reading coaching sessions and their attendance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.domain import Attendance, CoachingSession
from app.domain.enums import AttendanceStatus, SessionKind

from .policy import Permission, requires
from .uow import UnitOfWork


@dataclass(frozen=True)
class SessionRow:
    id: int
    starts_at: datetime
    kind: SessionKind
    topic: str
    facilitator: str
    duration_minutes: int
    present: int
    invited: int


@requires(Permission.COACHING)
def list_sessions(uow: UnitOfWork) -> list[SessionRow]:
    """Sessions newest first, with how many attended of those listed."""
    counts = (
        select(
            Attendance.session_id,
            func.count().label("invited"),
            func.count().filter(Attendance.status == AttendanceStatus.PRESENT).label("present"),
        )
        .group_by(Attendance.session_id)
        .subquery()
    )
    query = (
        select(CoachingSession, counts.c.present, counts.c.invited)
        .outerjoin(counts, counts.c.session_id == CoachingSession.id)
        .order_by(CoachingSession.starts_at.desc(), CoachingSession.id.desc())
    )
    return [
        SessionRow(
            id=s.id,
            starts_at=s.starts_at,
            kind=s.kind,
            topic=s.topic,
            facilitator=s.facilitator_name,
            duration_minutes=s.duration_minutes,
            present=present or 0,
            invited=invited or 0,
        )
        for s, present, invited in uow.session.execute(query)
    ]
