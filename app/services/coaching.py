"""Coaching sessions: the list, one session's details and agenda, carried-over items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import func, select

from app.domain import Attendance, CoachingGroup, CoachingSession, Participant
from app.domain.enums import AttendanceStatus, SessionKind
from app.locale import FINLAND

from .errors import NotFoundError, ValidationError
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
    group: str = ""
    cancelled: bool = False
    attendee_count: int | None = None


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
        CoachingSession.cancelled,
        CoachingSession.attendee_count,
        CoachingGroup.name.label("group_name"),
    ).outerjoin(CoachingGroup, CoachingGroup.id == CoachingSession.group_id)
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
                group=r.group_name or "",
                cancelled=r.cancelled,
                attendee_count=r.attendee_count,
            )
        )
    return Page(page, total, query.offset)


@requires(Permission.COACHING)
def session_row_position(uow: UnitOfWork, query: ListQuery, session_id: int) -> int | None:
    """Where the session stands in the sorted, filtered list (0-based), or None if not in it."""
    return position_in(uow.session, SESSION_LIST, _session_base(query), query, session_id)


@dataclass
class SessionForm:
    """A session as the dialog edits it; times are Helsinki wall-clock time."""

    kind: SessionKind
    day: date | None
    start: time | None
    duration_minutes: int = 60
    group_id: int | None = None
    participant_id: int | None = None
    facilitator_name: str = ""
    place: str = ""
    topic: str = ""
    agenda: str = ""
    open_items: str = ""
    notes: str = ""
    attendee_count: int | None = None


@dataclass(frozen=True)
class SessionDetail:
    id: int
    form: SessionForm
    series_id: int | None
    occurrence_on: date | None
    cancelled: bool
    group_name: str
    participant_name: str


def local_start(day: date, start: time) -> datetime:
    """A Helsinki wall-clock time as an aware UTC datetime."""
    return datetime.combine(day, start, tzinfo=FINLAND).astimezone(UTC)


def _validate_session(uow: UnitOfWork, form: SessionForm) -> None:
    problems: dict[str, str] = {}
    if form.day is None:
        problems["day"] = "required"
    if form.start is None:
        problems["start"] = "required"
    if not 0 < form.duration_minutes <= 1440:
        problems["duration_minutes"] = "out_of_range"
    if form.kind == SessionKind.INDIVIDUAL and form.participant_id is None:
        problems["participant"] = "required"
    participant_id = form.participant_id
    if participant_id is not None and uow.session.get(Participant, participant_id) is None:
        problems["participant"] = "not_found"
    if form.group_id is not None and uow.session.get(CoachingGroup, form.group_id) is None:
        problems["group"] = "not_found"
    if form.attendee_count is not None and form.attendee_count < 0:
        problems["attendee_count"] = "negative"
    for key, limit in (("facilitator_name", 200), ("place", 200), ("topic", 200)):
        if len(getattr(form, key)) > limit:
            problems[key] = "too_long"
    if problems:
        raise ValidationError(problems)


def _apply_session(session: CoachingSession, form: SessionForm) -> None:
    session.kind = form.kind
    session.starts_at = local_start(form.day, form.start)
    session.duration_minutes = form.duration_minutes
    session.group_id = form.group_id
    session.participant_id = form.participant_id if form.kind == SessionKind.INDIVIDUAL else None
    session.facilitator_name = form.facilitator_name.strip()
    session.place = form.place.strip()
    session.topic = form.topic.strip()
    session.agenda = form.agenda.strip()
    session.open_items = form.open_items.strip()
    session.notes = form.notes.strip()
    # Only an info session counts heads instead of registering people.
    session.attendee_count = form.attendee_count if form.kind == SessionKind.INFO else None


@requires(Permission.COACHING)
def create_session(uow: UnitOfWork, form: SessionForm) -> int:
    _validate_session(uow, form)
    session = CoachingSession()
    _apply_session(session, form)
    if uow.actor.user_id is not None and not session.facilitator_name:
        session.facilitator_id = uow.actor.user_id
        session.facilitator_name = uow.actor.name
    uow.session.add(session)
    uow.session.flush()
    return session.id


@requires(Permission.COACHING)
def update_session(uow: UnitOfWork, session_id: int, form: SessionForm) -> None:
    session = _require(uow, session_id)
    _validate_session(uow, form)
    _apply_session(session, form)


def _require(uow: UnitOfWork, session_id: int) -> CoachingSession:
    session = uow.session.get(CoachingSession, session_id)
    if session is None:
        raise NotFoundError("session", session_id)
    return session


@requires(Permission.COACHING)
def session_detail(uow: UnitOfWork, session_id: int) -> SessionDetail:
    s = _require(uow, session_id)
    local = s.starts_at.astimezone(FINLAND)
    form = SessionForm(
        kind=s.kind,
        day=local.date(),
        start=local.time().replace(tzinfo=None),
        duration_minutes=s.duration_minutes,
        group_id=s.group_id,
        participant_id=s.participant_id,
        facilitator_name=s.facilitator_name,
        place=s.place,
        topic=s.topic,
        agenda=s.agenda,
        open_items=s.open_items,
        notes=s.notes,
        attendee_count=s.attendee_count,
    )
    return SessionDetail(
        id=s.id,
        form=form,
        series_id=s.series_id,
        occurrence_on=s.occurrence_on,
        cancelled=s.cancelled,
        group_name=s.group.name if s.group else "",
        participant_name=s.participant.full_name if s.participant else "",
    )


@requires(Permission.COACHING)
def carried_over_items(uow: UnitOfWork, session_id: int) -> list[str]:
    """The open items of the group's previous meeting that this agenda does not list yet."""
    s = _require(uow, session_id)
    if s.group_id is None:
        return []
    previous = uow.session.scalar(
        select(CoachingSession)
        .where(
            CoachingSession.group_id == s.group_id,
            CoachingSession.starts_at < s.starts_at,
            CoachingSession.cancelled.is_(False),
        )
        .order_by(CoachingSession.starts_at.desc())
        .limit(1)
    )
    if previous is None:
        return []
    listed = {line.strip().casefold() for line in s.agenda.splitlines()}
    return [
        line.strip()
        for line in previous.open_items.splitlines()
        if line.strip() and line.strip().casefold() not in listed
    ]


@requires(Permission.COACHING)
def carry_over(uow: UnitOfWork, session_id: int) -> list[str]:
    """Append the previous meeting's open items to this agenda; returns what was added."""
    items = carried_over_items(uow, session_id)
    if items:
        s = _require(uow, session_id)
        s.agenda = "\n".join(filter(None, [s.agenda.strip(), *items]))
    return items
