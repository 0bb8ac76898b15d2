"""A certificate of participation in coaching: what the person attended in a period.

Counted: sessions the person was present at (cancelled ones never). Listed topics come from
group meetings, training and peer groups only; an individual session's topic stays private
and is named just "individual coaching". The issued certificate is stored unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from app.domain import (
    Attendance,
    CoachingSession,
    Cooperative,
    Member,
    Participant,
    ParticipationCertificate,
    User,
)
from app.domain.enums import AttendanceStatus, Language, SessionKind
from app.locale import FINLAND

from .errors import NotFoundError, ValidationError
from .policy import Permission, requires
from .uow import UnitOfWork

STATEMENT_LIMIT = 2000


@dataclass(frozen=True)
class AttendedSessions:
    sessions: int
    group_sessions: int
    individual_sessions: int
    hours: Decimal
    # Topics of the group sessions attended, in the order first met.
    topics: tuple[str, ...]


@dataclass(frozen=True)
class ParticipationCertificateData:
    participant_id: int
    name: str
    language: str
    period_from: date
    period_to: date
    attended: AttendedSessions
    statement: str
    facilitator: str
    place: str
    issued_on: date


def _utc(day: date) -> datetime:
    return datetime.combine(day, time(0), FINLAND).astimezone(UTC)


@requires(Permission.COACHING)
def participant_by_member_number(uow: UnitOfWork, number: int | str) -> int:
    """The participant who is the member with this number; NotFoundError if none."""
    try:
        value = int(str(number).strip())
    except ValueError as exc:
        raise NotFoundError("member number", number) from exc
    pid = uow.session.scalar(
        select(Participant.id).join(Member).where(Member.member_number == value)
    )
    if pid is None:
        raise NotFoundError("member number", value)
    return pid


@requires(Permission.COACHING)
def attended(uow: UnitOfWork, participant_id: int, start: date, end: date) -> AttendedSessions:
    rows = uow.session.execute(
        select(CoachingSession.kind, CoachingSession.topic, CoachingSession.duration_minutes)
        .join(Attendance, Attendance.session_id == CoachingSession.id)
        .where(
            Attendance.participant_id == participant_id,
            Attendance.status == AttendanceStatus.PRESENT,
            CoachingSession.cancelled.is_(False),
            CoachingSession.starts_at >= _utc(start),
            CoachingSession.starts_at < _utc(end + timedelta(days=1)),
        )
        .order_by(CoachingSession.starts_at, CoachingSession.id)
    ).all()
    topics: list[str] = []
    minutes = group = 0
    for kind, topic, duration in rows:
        minutes += duration
        if SessionKind(kind) == SessionKind.INDIVIDUAL:
            continue
        group += 1
        if topic.strip() and topic.strip() not in topics:
            topics.append(topic.strip())
    hours = (Decimal(minutes) / 60).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return AttendedSessions(len(rows), group, len(rows) - group, hours, tuple(topics))


def _facilitator(uow: UnitOfWork) -> str:
    if uow.actor.user_id is not None:
        user = uow.session.get(User, uow.actor.user_id)
        if user is not None and user.full_name.strip():
            return user.full_name.strip()
    return uow.actor.name


@requires(Permission.COACHING)
def certificate_data(
    uow: UnitOfWork,
    participant_id: int,
    start: date | None,
    end: date | None,
    *,
    statement: str = "",
    today: date | None = None,
) -> ParticipationCertificateData:
    """What the certificate prints, signed by the facilitator who is signed in."""
    person = uow.session.get(Participant, participant_id)
    if person is None:
        raise NotFoundError("participant", participant_id)
    problems: dict[str, str] = {}
    if start is None:
        problems["period_from"] = "required"
    if end is None:
        problems["period_to"] = "required"
    elif start is not None and end < start:
        problems["period_to"] = "before_start"
    if len(statement) > STATEMENT_LIMIT:
        problems["statement"] = "too_long"
    if problems:
        raise ValidationError(problems)
    assert start is not None and end is not None
    coop = uow.session.scalar(select(Cooperative).limit(1))
    return ParticipationCertificateData(
        participant_id=person.id,
        name=person.full_name,
        language=str(person.language),
        period_from=start,
        period_to=end,
        attended=attended(uow, person.id, start, end),
        statement=statement.strip(),
        facilitator=_facilitator(uow),
        place=(coop.city or coop.home_municipality) if coop else "",
        issued_on=today or date.today(),
    )


@requires(Permission.COACHING)
def issue_certificate(uow: UnitOfWork, data: ParticipationCertificateData, lang: str) -> int:
    """Store the certificate as issued (it never changes afterwards); returns its id."""
    row = ParticipationCertificate(
        participant_id=data.participant_id,
        issued_on=data.issued_on,
        period_from=data.period_from,
        period_to=data.period_to,
        language=Language(lang),
        sessions=data.attended.sessions,
        hours=data.attended.hours,
        topics="\n".join(data.attended.topics),
        statement=data.statement,
        facilitator_name=data.facilitator,
        issued_by_id=uow.actor.user_id,
    )
    uow.session.add(row)
    uow.session.flush()
    return row.id


@dataclass(frozen=True)
class ParticipantChoice:
    id: int
    name: str
    language: str


@requires(Permission.COACHING)
def participant_choices(uow: UnitOfWork) -> list[ParticipantChoice]:
    """Everyone in coaching, by last name, to choose whose certificate to print."""
    rows = uow.session.execute(
        select(
            Participant.id, Participant.first_name, Participant.last_name, Participant.language
        ).order_by(Participant.search_name, Participant.id)
    )
    return [ParticipantChoice(pid, f"{first} {last}", str(lang)) for pid, first, last, lang in rows]
