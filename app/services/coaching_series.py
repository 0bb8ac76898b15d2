"""Recurring meetings: a weekly rule creates its sessions; single meetings are skipped or
moved without breaking the rule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select

from app.domain import CoachingGroup, CoachingSession, SessionSeries
from app.domain.enums import SessionKind

from .coaching import local_start
from .errors import NotFoundError, ServiceError, ValidationError
from .meeting_days import meeting_days
from .policy import Permission, requires
from .uow import UnitOfWork

# A year of weekly meetings at most in one go: a mistyped end date must not make thousands.
MAX_MEETINGS = 60


@dataclass
class SeriesForm:
    kind: SessionKind
    starts_on: date | None
    until_on: date | None
    weekday: int | None
    start: time | None
    duration_minutes: int = 120
    interval: int = 1
    group_id: int | None = None
    skip_holidays: bool = True
    facilitator_name: str = ""
    place: str = ""
    topic: str = ""


def _validate(uow: UnitOfWork, form: SeriesForm) -> list[date]:
    problems: dict[str, str] = {}
    for key in ("starts_on", "until_on", "weekday", "start"):
        if getattr(form, key) is None:
            problems[key] = "required"
    if form.starts_on and form.until_on and form.until_on < form.starts_on:
        problems["until_on"] = "before_start"
    if form.weekday is not None and not 0 <= form.weekday <= 6:
        problems["weekday"] = "out_of_range"
    if not 1 <= form.interval <= 8:
        problems["interval"] = "out_of_range"
    if not 0 < form.duration_minutes <= 1440:
        problems["duration_minutes"] = "out_of_range"
    if form.kind == SessionKind.INDIVIDUAL:
        problems["kind"] = "not_recurring"
    if form.group_id is not None and uow.session.get(CoachingGroup, form.group_id) is None:
        problems["group"] = "not_found"
    if problems:
        raise ValidationError(problems)
    days = meeting_days(
        form.starts_on, form.until_on, form.weekday, form.interval, form.skip_holidays
    )
    if not days:
        raise ValidationError({"until_on": "no_meetings"})
    if len(days) > MAX_MEETINGS:
        raise ValidationError({"until_on": "too_many"})
    return days


@requires(Permission.COACHING)
def preview_series(uow: UnitOfWork, form: SeriesForm) -> list[date]:
    """The days the rule gives (public holidays left out when asked), or ValidationError."""
    return _validate(uow, form)


@requires(Permission.COACHING)
def create_series(uow: UnitOfWork, form: SeriesForm) -> tuple[int, list[int]]:
    """The series and one session per meeting day; returns (series id, session ids)."""
    days = _validate(uow, form)
    series = SessionSeries(
        group_id=form.group_id,
        kind=form.kind,
        weekday=form.weekday,
        interval=form.interval,
        starts_on=form.starts_on,
        until_on=form.until_on,
        start_time=form.start,
        duration_minutes=form.duration_minutes,
        skip_holidays=form.skip_holidays,
        facilitator_name=form.facilitator_name.strip() or uow.actor.name,
        facilitator_id=uow.actor.user_id,
        place=form.place.strip(),
        topic=form.topic.strip(),
    )
    uow.session.add(series)
    uow.session.flush()
    sessions = [_occurrence(series, day) for day in days]
    uow.session.add_all(sessions)
    uow.session.flush()
    return series.id, [s.id for s in sessions]


def _occurrence(series: SessionSeries, day: date) -> CoachingSession:
    return CoachingSession(
        kind=series.kind,
        group_id=series.group_id,
        series_id=series.id,
        occurrence_on=day,
        starts_at=local_start(day, series.start_time),
        duration_minutes=series.duration_minutes,
        facilitator_id=series.facilitator_id,
        facilitator_name=series.facilitator_name,
        place=series.place,
        topic=series.topic,
    )


@requires(Permission.COACHING)
def extend_series(uow: UnitOfWork, series_id: int, until_on: date) -> list[int]:
    """Carry the rule on to a later end date; skipped meetings stay skipped."""
    series = uow.session.get(SessionSeries, series_id)
    if series is None:
        raise NotFoundError("series", series_id)
    if until_on < series.until_on:
        raise ValidationError({"until_on": "earlier_than_now"})
    existing = set(
        uow.session.scalars(
            select(CoachingSession.occurrence_on).where(CoachingSession.series_id == series_id)
        )
    )
    days = meeting_days(
        series.starts_on, until_on, series.weekday, series.interval, series.skip_holidays
    )
    new = [_occurrence(series, d) for d in days if d not in existing]
    if len(new) > MAX_MEETINGS:
        raise ValidationError({"until_on": "too_many"})
    series.until_on = until_on
    uow.session.add_all(new)
    uow.session.flush()
    return [s.id for s in new]


def _series_session(uow: UnitOfWork, session_id: int) -> CoachingSession:
    session = uow.session.get(CoachingSession, session_id)
    if session is None:
        raise NotFoundError("session", session_id)
    if session.series_id is None:
        raise ServiceError("the session is not part of a series", code="not_in_series")
    return session


@requires(Permission.COACHING)
def skip_meeting(uow: UnitOfWork, session_id: int, skipped: bool = True) -> None:
    """Cancel (or restore) one meeting of a series; refused once attendance is taken."""
    session = _series_session(uow, session_id)
    if skipped and session.attendance:
        raise ServiceError("attendance was taken for this meeting", code="has_attendance")
    session.cancelled = skipped


@requires(Permission.COACHING)
def move_meeting(uow: UnitOfWork, session_id: int, day: date | None, start: time | None) -> None:
    """Hold one meeting of a series on another day or time; the rule stays as it was."""
    session = _series_session(uow, session_id)
    problems = {}
    if day is None:
        problems["day"] = "required"
    if start is None:
        problems["start"] = "required"
    if problems:
        raise ValidationError(problems)
    session.starts_at = local_start(day, start)
    session.cancelled = False
