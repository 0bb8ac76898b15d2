"""Where people went on leaving, and the follow-ups 3 and 6 months later.

Recording an exit schedules both follow-ups; the due list reminds the facilitator of those
overdue or due within two weeks. A follow-up is never dated before the exit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from app.domain import FollowUp, GroupMembership, Outcome, Participant
from app.domain.enums import Destination

from .errors import ConflictError, NotFoundError, ValidationError
from .listing import ListQuery, ListSpec, Page, fetch_page, search_key, starts_with
from .policy import Permission, requires
from .uow import UnitOfWork

FOLLOW_UP_MONTHS = (3, 6)
DUE_WITHIN_DAYS = 14
NOTE_LIMIT = 2000


@dataclass(frozen=True)
class ExitForm:
    participant_id: int
    exit_on: date | None
    destination: Destination | None
    new_job: bool = False
    new_business: bool = False
    completed_qualification: bool = False
    notes: str = ""


@requires(Permission.COACHING)
def record_exit(uow: UnitOfWork, form: ExitForm) -> int:
    """Record where the person went; schedules the follow-ups and ends their participation.

    Returns the outcome id. A second exit for someone already recorded is refused.
    """
    session = uow.session
    person = session.get(Participant, form.participant_id)
    if person is None:
        raise NotFoundError("participant", form.participant_id)
    problems: dict[str, str] = {}
    if form.exit_on is None:
        problems["exit_on"] = "required"
    elif form.exit_on < person.intake_on:
        problems["exit_on"] = "before_intake"
    if form.destination is None:
        problems["destination"] = "required"
    if len(form.notes) > NOTE_LIMIT:
        problems["notes"] = "too_long"
    if problems:
        raise ValidationError(problems)
    assert form.exit_on is not None and form.destination is not None
    if session.scalar(select(Outcome.id).where(Outcome.participant_id == person.id)):
        raise ConflictError("the exit is already recorded", code="exit_recorded")
    outcome = Outcome(
        participant_id=person.id,
        exit_on=form.exit_on,
        destination=form.destination,
        new_job=form.new_job,
        new_business=form.new_business,
        completed_qualification=form.completed_qualification,
        notes=form.notes.strip(),
    )
    outcome.followups = [
        FollowUp(months=months, due_on=form.exit_on + relativedelta(months=months))
        for months in FOLLOW_UP_MONTHS
    ]
    session.add(outcome)
    if person.ended_on is None or person.ended_on > form.exit_on:
        person.ended_on = form.exit_on
    for membership in session.scalars(
        select(GroupMembership).where(
            GroupMembership.participant_id == person.id, GroupMembership.left_on.is_(None)
        )
    ):
        membership.left_on = max(form.exit_on, membership.joined_on)
    session.flush()
    return outcome.id


@requires(Permission.COACHING)
def record_followup(
    uow: UnitOfWork, followup_id: int, done_on: date | None, result: Destination | None,
    note: str = "",
) -> None:  # fmt: skip
    """The follow-up's result: where the person is now. Never dated before the exit."""
    followup = uow.session.get(FollowUp, followup_id)
    if followup is None:
        raise NotFoundError("follow-up", followup_id)
    problems: dict[str, str] = {}
    if done_on is None:
        problems["done_on"] = "required"
    elif done_on < followup.outcome.exit_on:
        problems["done_on"] = "before_exit"
    if result is None:
        problems["result"] = "required"
    if len(note) > NOTE_LIMIT:
        problems["note"] = "too_long"
    if problems:
        raise ValidationError(problems)
    followup.done_on = done_on
    followup.result = result
    followup.note = note.strip()
    uow.session.flush()


@dataclass(frozen=True)
class DueFollowUp:
    id: int
    participant_id: int
    name: str
    exit_on: date
    destination: Destination
    months: int
    due_on: date

    def overdue(self, today: date) -> bool:
        return self.due_on < today


DUE_LIST = ListSpec(
    sorts={
        "due": (FollowUp.due_on,),
        "name": (Participant.search_name,),
        "exit": (Outcome.exit_on,),
        "months": (FollowUp.months,),
    },
    default_sort="due",
    default_descending=False,
    id_column=FollowUp.id,
)


@requires(Permission.COACHING)
def due_followups(
    uow: UnitOfWork, today: date, query: ListQuery | None = None
) -> Page[DueFollowUp]:
    """Follow-ups not done that are overdue or due within two weeks, the earliest first."""
    query = query or ListQuery()
    base = (
        select(
            FollowUp.id,
            Participant.id,
            Participant.first_name,
            Participant.last_name,
            Outcome.exit_on,
            Outcome.destination,
            FollowUp.months,
            FollowUp.due_on,
        )
        .join(Outcome, FollowUp.outcome_id == Outcome.id)
        .join(Participant, Outcome.participant_id == Participant.id)
        .where(
            FollowUp.done_on.is_(None),
            FollowUp.due_on <= today + timedelta(days=DUE_WITHIN_DAYS),
        )
    )
    if query.search:
        base = base.where(starts_with(Participant.search_name, search_key(query.search)))
    rows, total = fetch_page(uow.session, DUE_LIST, base, query)
    return Page(
        [
            DueFollowUp(fid, pid, f"{first} {last}", exit_on, Destination(dest), months, due)
            for fid, pid, first, last, exit_on, dest, months, due in rows
        ],
        total,
        query.offset,
    )


@dataclass(frozen=True)
class OutcomeRow:
    id: int
    participant_id: int
    name: str
    exit_on: date
    destination: Destination
    # (months, due, done on, result) per follow-up
    followups: tuple[tuple[int, date, date | None, Destination | None], ...]


@requires(Permission.COACHING)
def outcomes(uow: UnitOfWork, query: ListQuery | None = None) -> Page[OutcomeRow]:
    """Recorded exits, the latest first, with their follow-ups."""
    query = query or ListQuery()
    spec = ListSpec(
        sorts={"exit": (Outcome.exit_on,), "name": (Participant.search_name,)},
        default_sort="exit",
        default_descending=True,
        id_column=Outcome.id,
    )
    base = select(
        Outcome.id,
        Participant.id,
        Participant.first_name,
        Participant.last_name,
        Outcome.exit_on,
        Outcome.destination,
    ).join(Participant, Outcome.participant_id == Participant.id)
    if query.search:
        base = base.where(starts_with(Participant.search_name, search_key(query.search)))
    rows, total = fetch_page(uow.session, spec, base, query)
    ids = [r[0] for r in rows]
    found: dict[int, list] = {}
    for oid, months, due, done, result in uow.session.execute(
        select(
            FollowUp.outcome_id, FollowUp.months, FollowUp.due_on, FollowUp.done_on, FollowUp.result
        )
        .where(FollowUp.outcome_id.in_(ids))
        .order_by(FollowUp.months)
    ):
        found.setdefault(oid, []).append(
            (months, due, done, Destination(result) if result else None)
        )
    return Page(
        [
            OutcomeRow(
                oid, pid, f"{first} {last}", exit_on, Destination(dest), tuple(found.get(oid, ()))
            )
            for oid, pid, first, last, exit_on, dest in rows
        ],
        total,
        query.offset,
    )


@dataclass(frozen=True)
class ParticipantChoice:
    id: int
    name: str
    ended_on: date | None


@requires(Permission.COACHING)
def participants_without_exit(uow: UnitOfWork) -> list[ParticipantChoice]:
    """People whose exit is not recorded yet, to choose whose to record."""
    recorded = select(Outcome.participant_id).scalar_subquery()
    rows = uow.session.execute(
        select(Participant.id, Participant.first_name, Participant.last_name, Participant.ended_on)
        .where(Participant.id.not_in(recorded))
        .order_by(Participant.search_name, Participant.id)
    )
    return [ParticipantChoice(pid, f"{first} {last}", ended) for pid, first, last, ended in rows]
