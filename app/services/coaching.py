"""Reading coaching sessions and their attendance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.domain import Attendance, CoachingSession
from app.domain.enums import AttendanceStatus, SessionKind

from .listing import (
    ListQuery,
    ListSpec,
    Page,
    fetch_page,
    position_in,
    search_key,
    starts_with,
)
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


SESSION_LIST = ListSpec(
    sorts={
        "when": (CoachingSession.starts_at,),
        "kind": (CoachingSession.kind,),
        "topic": (CoachingSession.search_topic,),
        "duration": (CoachingSession.duration_minutes,),
        "facilitator": (CoachingSession.facilitator_name,),
    },
    default_sort="when",
    default_descending=True,
    id_column=CoachingSession.id,
)


def _session_base(query: ListQuery):
    base = select(
        CoachingSession.id,
        CoachingSession.starts_at,
        CoachingSession.kind,
        CoachingSession.topic,
        CoachingSession.facilitator_name,
        CoachingSession.duration_minutes,
    )
    words = search_key(query.search)
    if words:
        base = base.where(starts_with(CoachingSession.search_topic, words))
    return base


def _attendance(uow: UnitOfWork, ids: list[int]) -> dict[int, tuple[int, int]]:
    """(present, invited) for just these sessions."""
    if not ids:
        return {}
    query = (
        select(
            Attendance.session_id,
            func.count().filter(Attendance.status == AttendanceStatus.PRESENT),
            func.count(),
        )
        .where(Attendance.session_id.in_(ids))
        .group_by(Attendance.session_id)
    )
    return {
        session_id: (present, invited)
        for session_id, present, invited in uow.session.execute(query)
    }


@requires(Permission.COACHING)
def list_sessions(uow: UnitOfWork, query: ListQuery | None = None) -> Page[SessionRow]:
    """One page of sessions, newest first, with how many attended of those listed."""
    query = query or ListQuery(limit=None)
    rows, total = fetch_page(uow.session, SESSION_LIST, _session_base(query), query)
    counts = _attendance(uow, [r.id for r in rows])
    page = []
    for r in rows:
        present, invited = counts.get(r.id, (0, 0))
        page.append(
            SessionRow(
                id=r.id,
                starts_at=r.starts_at,
                kind=r.kind,
                topic=r.topic,
                facilitator=r.facilitator_name,
                duration_minutes=r.duration_minutes,
                present=present,
                invited=invited,
            )
        )
    return Page(page, total, query.offset)


@requires(Permission.COACHING)
def session_row_position(uow: UnitOfWork, query: ListQuery, session_id: int) -> int | None:
    """Where the session stands in the sorted, filtered list (0-based), or None if not in it."""
    return position_in(uow.session, SESSION_LIST, _session_base(query), query, session_id)
