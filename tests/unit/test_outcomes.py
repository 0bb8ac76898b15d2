"""Exits with their destination, follow-ups at 3 and 6 months, and the due list."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain import FollowUp, GroupMembership, Participant
from app.domain.enums import Destination, Role
from app.services.errors import ConflictError, PermissionDeniedError, ValidationError
from app.services.outcomes import (
    ExitForm,
    due_followups,
    outcomes,
    participants_without_exit,
    record_exit,
    record_followup,
)
from app.services.uow import Actor, UnitOfWork

from .impact_data import build

FACILITATOR = Actor("valmentaja", Role.FACILITATOR)
TREASURER = Actor("rahastonhoitaja", Role.TREASURER)


@pytest.fixture
def data(coop_db):
    return build(coop_db)


def leave(db, person: int, exit_on=date(2027, 1, 31), destination=Destination.EDUCATION):
    with UnitOfWork(db, FACILITATOR) as uow:
        return record_exit(uow, ExitForm(person, exit_on, destination))


def followups(db, outcome_id):
    with UnitOfWork(db, FACILITATOR, write=False) as uow:
        rows = uow.session.query(FollowUp).filter_by(outcome_id=outcome_id).order_by("months")
        return [(f.id, f.months, f.due_on) for f in rows]


def test_exit_schedules_follow_ups_at_3_and_6_months(coop_db, data):
    outcome = leave(coop_db, data.people[1], date(2027, 8, 31))
    # The 31st has no match in November or February: the month's last day.
    assert [f[1:] for f in followups(coop_db, outcome)] == [
        (3, date(2027, 11, 30)),
        (6, date(2028, 2, 29)),
    ]
    with UnitOfWork(coop_db, FACILITATOR, write=False) as uow:
        person = uow.session.get(Participant, data.people[1])
        assert person.ended_on == date(2027, 8, 31)
        left = uow.session.query(GroupMembership).filter_by(participant_id=person.id).one()
        assert left.left_on == date(2027, 8, 31)
        assert person.id not in [p.id for p in participants_without_exit(uow)]
        row = next(r for r in outcomes(uow).rows if r.participant_id == person.id)
        assert row.destination is Destination.EDUCATION and len(row.followups) == 2


def test_due_list_shows_overdue_and_the_next_two_weeks(coop_db, data):
    leave(coop_db, data.people[1], date(2027, 1, 10))  # due 10.4. and 10.7.
    leave(coop_db, data.people[2], date(2027, 1, 28))  # due 28.4. and 28.7.
    leave(coop_db, data.people[3], date(2027, 2, 15))  # due 15.5. and 15.8.
    with UnitOfWork(coop_db, FACILITATOR, write=False) as uow:
        due = due_followups(uow, date(2027, 4, 20)).rows
    assert [(d.name, d.months, d.due_on) for d in due] == [
        ("P1 Testi", 3, date(2027, 4, 10)),
        ("P2 Testi", 3, date(2027, 4, 28)),
    ]
    assert due[0].overdue(date(2027, 4, 20)) and not due[1].overdue(date(2027, 4, 20))


def test_a_done_follow_up_leaves_the_due_list(coop_db, data):
    outcome = leave(coop_db, data.people[1], date(2027, 1, 10))
    three, _ = followups(coop_db, outcome)
    with UnitOfWork(coop_db, FACILITATOR) as uow:
        record_followup(uow, three[0], date(2027, 4, 12), Destination.OPEN_PART_TIME, "Puhelu")
    with UnitOfWork(coop_db, FACILITATOR, write=False) as uow:
        assert due_followups(uow, date(2027, 4, 20)).total == 0
        row = next(r for r in outcomes(uow).rows if r.participant_id == data.people[1])
        assert row.followups[0][2:] == (
            date(2027, 4, 12), Destination.OPEN_PART_TIME
        )  # fmt: skip


def test_a_follow_up_before_the_exit_is_refused(coop_db, data):
    outcome = leave(coop_db, data.people[1], date(2027, 1, 10))
    three, _ = followups(coop_db, outcome)
    with UnitOfWork(coop_db, FACILITATOR) as uow, pytest.raises(ValidationError) as caught:
        record_followup(uow, three[0], date(2027, 1, 9), Destination.UNKNOWN)
    assert caught.value.problems == {"done_on": "before_exit"}
    with UnitOfWork(coop_db, FACILITATOR, write=False) as uow:
        assert uow.session.get(FollowUp, three[0]).done_on is None


def test_exit_needs_a_date_and_a_destination_and_only_once(coop_db, data):
    with UnitOfWork(coop_db, FACILITATOR) as uow, pytest.raises(ValidationError) as caught:
        record_exit(uow, ExitForm(data.people[1], None, None))
    assert caught.value.problems == {"exit_on": "required", "destination": "required"}
    with UnitOfWork(coop_db, FACILITATOR) as uow, pytest.raises(ValidationError) as caught:
        record_exit(uow, ExitForm(data.people[1], date(2026, 1, 1), Destination.PENSION))
    assert caught.value.problems == {"exit_on": "before_intake"}
    leave(coop_db, data.people[1])
    with pytest.raises(ConflictError):
        leave(coop_db, data.people[1])


def test_treasurer_sees_no_outcomes(coop_db, data):
    with UnitOfWork(coop_db, TREASURER) as uow, pytest.raises(PermissionDeniedError):
        record_exit(uow, ExitForm(data.people[1], date(2027, 1, 31), Destination.EDUCATION))
    with UnitOfWork(coop_db, TREASURER, write=False) as uow, pytest.raises(PermissionDeniedError):
        due_followups(uow, date(2027, 4, 20))
    with UnitOfWork(coop_db, TREASURER, write=False) as uow, pytest.raises(PermissionDeniedError):
        outcomes(uow)
