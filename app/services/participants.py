"""People in coaching: intake, the details the funder's report needs, consents, ending."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import or_, select

from app.domain import Member, Participant
from app.domain.coaching_enums import Track
from app.domain.enums import EducationLevel, Gender, LabourMarketStatus, Language
from app.fi.ids import hetu_birth_date, hetu_gender

from .errors import NotFoundError, StaleError, ValidationError
from .listing import ListQuery, ListSpec, Page, fetch_page, position_in, search_key, starts_with
from .member_form import EMAIL, PHONE
from .policy import Permission, requires
from .uow import UnitOfWork

TEXT_LIMITS = {"first_name": 100, "last_name": 100, "phone": 50, "email": 200}


@dataclass
class ParticipantForm:
    """The intake form; `intake_note` is sensitive and shown to facilitators only."""

    first_name: str
    last_name: str
    intake_on: date | None
    member_id: int | None = None
    gender: Gender = Gender.UNKNOWN
    birth_date: date | None = None
    birth_year: int | None = None
    language: Language = Language.FI
    phone: str = ""
    email: str = ""
    labour_market_status: LabourMarketStatus | None = None
    education_level: EducationLevel | None = None
    track: Track | None = None
    intake_note: str = ""
    consent_data_on: date | None = None
    consent_questionnaire_on: date | None = None
    ended_on: date | None = None


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    name: str
    member_number: int | None
    track: Track | None
    intake_on: date
    ended_on: date | None


PARTICIPANT_LIST = ListSpec(
    sorts={
        "name": (Participant.search_name,),
        "given": (Participant.search_given,),
        "intake": (Participant.intake_on,),
        "track": (Participant.track,),
        "ended": (Participant.ended_on,),
    },
    default_sort="name",
    default_descending=False,
    id_column=Participant.id,
)
# The list's named filters.
ACTIVE, ENDED = "active", "ended"


def _base(query: ListQuery):
    base = select(
        Participant.id,
        Participant.first_name,
        Participant.last_name,
        Member.member_number,
        Participant.track,
        Participant.intake_on,
        Participant.ended_on,
    ).outerjoin(Member, Member.id == Participant.member_id)
    words = search_key(query.search)
    if words:
        base = base.where(
            or_(
                starts_with(Participant.search_name, words),
                starts_with(Participant.search_given, words),
            )
        )
    if query.filter == ACTIVE:
        base = base.where(Participant.ended_on.is_(None))
    elif query.filter == ENDED:
        base = base.where(Participant.ended_on.is_not(None))
    return base


@requires(Permission.COACHING)
def list_participants(uow: UnitOfWork, query: ListQuery | None = None) -> Page[ParticipantRow]:
    query = query or ListQuery(limit=None)
    rows, total = fetch_page(uow.session, PARTICIPANT_LIST, _base(query), query)
    return Page(
        [
            ParticipantRow(
                r.id,
                f"{r.first_name} {r.last_name}",
                r.member_number,
                r.track,
                r.intake_on,
                r.ended_on,
            )
            for r in rows
        ],
        total,
        query.offset,
    )


@requires(Permission.COACHING)
def participant_row_position(uow: UnitOfWork, query: ListQuery, participant_id: int) -> int | None:
    return position_in(uow.session, PARTICIPANT_LIST, _base(query), query, participant_id)


def validate_participant_form(form: ParticipantForm, today: date) -> dict[str, str]:
    problems: dict[str, str] = {}
    for key in ("first_name", "last_name"):
        if not getattr(form, key).strip():
            problems[key] = "required"
    for key, limit in TEXT_LIMITS.items():
        if len(getattr(form, key).strip()) > limit:
            problems[key] = "too_long"
    if form.intake_on is None:
        problems["intake_on"] = "required"
    elif form.intake_on > today:
        problems["intake_on"] = "in_future"
    if form.ended_on is not None and form.intake_on and form.ended_on < form.intake_on:
        problems["ended_on"] = "before_intake"
    if form.birth_date is not None and form.birth_date > today:
        problems["birth_date"] = "in_future"
    if form.birth_year is not None and not 1900 <= form.birth_year <= today.year:
        problems["birth_year"] = "out_of_range"
    if form.email.strip() and not EMAIL.fullmatch(form.email.strip()):
        problems["email"] = "invalid"
    if form.phone.strip() and not PHONE.fullmatch(form.phone.strip()):
        problems["phone"] = "invalid"
    for key in ("consent_data_on", "consent_questionnaire_on"):
        value = getattr(form, key)
        if value is not None and value > today:
            problems[key] = "in_future"
    return problems


def _check(uow: UnitOfWork, form: ParticipantForm, participant_id: int | None, today: date):
    problems = validate_participant_form(form, today)
    if form.member_id is not None:
        if uow.session.get(Member, form.member_id) is None:
            problems["member_id"] = "not_found"
        elif uow.session.scalar(
            select(Participant.id).where(
                Participant.member_id == form.member_id, Participant.id != participant_id
            )
        ):
            problems["member_id"] = "taken"
    if problems:
        raise ValidationError(problems)


def _apply(uow: UnitOfWork, participant: Participant, form: ParticipantForm) -> None:
    for f in fields(ParticipantForm):
        value = getattr(form, f.name)
        setattr(participant, f.name, value.strip() if isinstance(value, str) else value)
    member = uow.session.get(Member, form.member_id) if form.member_id is not None else None
    if member is not None and member.personal_id:
        # Unknown unless the person says otherwise — or their identity code does.
        if participant.gender == Gender.UNKNOWN:
            participant.gender = Gender(hetu_gender(member.personal_id))
        participant.birth_date = participant.birth_date or hetu_birth_date(member.personal_id)
    if participant.birth_date is not None:
        participant.birth_year = None


@requires(Permission.COACHING)
def create_participant(uow: UnitOfWork, form: ParticipantForm, today: date | None = None) -> int:
    _check(uow, form, None, today or date.today())
    participant = Participant()
    _apply(uow, participant, form)
    uow.session.add(participant)
    uow.session.flush()
    return participant.id


@requires(Permission.COACHING)
def participant_form(uow: UnitOfWork, participant_id: int) -> tuple[ParticipantForm, int]:
    """The stored form and its version, for editing."""
    p = require_participant(uow, participant_id)
    return ParticipantForm(**{f.name: getattr(p, f.name) for f in fields(ParticipantForm)}), (
        p.version
    )


@requires(Permission.COACHING)
def update_participant(
    uow: UnitOfWork,
    participant_id: int,
    form: ParticipantForm,
    expected_version: int | None = None,
    today: date | None = None,
) -> None:
    participant = require_participant(uow, participant_id)
    if expected_version is not None and participant.version != expected_version:
        raise StaleError("participant", participant_id, participant_form(uow, participant_id)[0])
    _check(uow, form, participant_id, today or date.today())
    _apply(uow, participant, form)
    if participant.ended_on is not None:
        _leave_groups(participant)


def _leave_groups(participant: Participant) -> None:
    """Ending coaching ends the person's time in their groups on the same day."""
    for membership in participant.memberships:
        ended = participant.ended_on
        if membership.joined_on <= ended and (
            membership.left_on is None or membership.left_on > ended
        ):
            membership.left_on = ended


@requires(Permission.COACHING)
def require_participant(uow: UnitOfWork, participant_id: int) -> Participant:
    participant = uow.session.get(Participant, participant_id)
    if participant is None:
        raise NotFoundError("participant", participant_id)
    return participant


@requires(Permission.COACHING)
def participant_of_member(uow: UnitOfWork, member_number: int) -> Participant:
    """The participant row of the member with this number (the CLI finds people so)."""
    participant = uow.session.scalar(
        select(Participant)
        .join(Member, Member.id == Participant.member_id)
        .where(Member.member_number == member_number)
    )
    if participant is None:
        raise NotFoundError("participant of member", member_number)
    return participant


@requires(Permission.COACHING)
def find_member(
    uow: UnitOfWork, member_number: int | None, member_id: int | None = None
) -> tuple[int | None, int | None]:
    """(member number, member id) of the member with this number or id; Nones if none."""
    query = select(Member.member_number, Member.id)
    if member_id is not None:
        query = query.where(Member.id == member_id)
    else:
        query = query.where(Member.member_number == member_number)
    row = uow.session.execute(query).first()
    return (row[0], row[1]) if row else (member_number, None)
