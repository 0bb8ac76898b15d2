"""Assignments with planned shifts: rule written out, skipped and moved occurrences,
substitutes, and the week plan the facilitator reads."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from app.domain.enums import AssignmentStatus
from app.services.errors import StaleError, ValidationError
from app.services.policy import SYSTEM
from app.services.shifts import (
    AssignmentForm,
    assignment_form,
    hand_over,
    move_occurrence,
    save_assignment,
    skip_occurrence,
)
from app.services.uow import UnitOfWork
from app.services.week_plan import parse_iso_week, week_plan
from tests.work_data import FACILITATOR, add_work_data

TUESDAY = 1


@pytest.fixture
def work(coop_db):
    return add_work_data(coop_db)


def tuesdays(work, **changes) -> AssignmentForm:
    form = AssignmentForm(
        customer_id=work.customer_id,
        service_id=work.service_id,
        title="Kirjaston siivous",
        place="Pääkirjasto",
        status=AssignmentStatus.SCHEDULED,
        member_ids=list(work.member_ids[:2]),
        starts_on=date(2026, 3, 1),
        ends_on=date(2026, 5, 31),
        recurring=True,
        weekdays=[TUESDAY],
        shift_start=time(9),
        shift_end=time(12),
    )
    return replace(form, **changes)


def save(db, form, assignment_id=None, **kw) -> int:
    with UnitOfWork(db, SYSTEM) as uow:
        return save_assignment(uow, form, assignment_id, **kw)


def plan(db, monday: date, actor=SYSTEM):
    with UnitOfWork(db, actor, write=False) as uow:
        return week_plan(uow, monday)


def test_every_tuesday_nine_to_twelve_shows_in_each_week(coop_db, work):
    save(coop_db, tuesdays(work))
    week = plan(coop_db, date(2026, 3, 30))  # the first week of summer time
    assert [(r.day, r.start, r.end) for r in week.rows] == [
        (date(2026, 3, 31), time(9), time(12)),
        (date(2026, 3, 31), time(9), time(12)),
    ]
    assert {r.member_id for r in week.rows} == set(work.member_ids[:2])
    assert week.rows[0].customer_name == "Esimerkin kaupunki"
    assert week.rows[0].place == "Pääkirjasto"
    assert week.rows[0].substitute_for is None
    assert plan(coop_db, date(2026, 6, 1)).rows == []


def test_skipped_and_moved_occurrences_survive_a_later_save(coop_db, work):
    aid = save(coop_db, tuesdays(work))
    with UnitOfWork(coop_db, SYSTEM) as uow:
        skip_occurrence(uow, aid, date(2026, 3, 10))
        move_occurrence(uow, aid, date(2026, 3, 17), date(2026, 3, 19), time(13), time(16))
    assert plan(coop_db, date(2026, 3, 9)).rows == []
    moved = plan(coop_db, date(2026, 3, 16)).rows
    assert {(r.day, r.start, r.end) for r in moved} == {(date(2026, 3, 19), time(13), time(16))}

    with UnitOfWork(coop_db, SYSTEM, write=False) as uow:
        form, version = assignment_form(uow, aid)
    assert form.weekdays == [TUESDAY] and form.interval == 1
    renamed = replace(form, title="Kirjaston siivous ja ikkunat")
    save(coop_db, renamed, aid, expected_version=version)
    assert plan(coop_db, date(2026, 3, 9)).rows == []
    assert {r.day for r in plan(coop_db, date(2026, 3, 16)).rows} == {date(2026, 3, 19)}
    with pytest.raises(StaleError):
        save(coop_db, form, aid, expected_version=version)


def test_one_off_dates(coop_db, work):
    dates = [date(2026, 4, 7), date(2026, 4, 9)]
    aid = save(coop_db, tuesdays(work, recurring=False, weekdays=[], dates=dates))
    assert {r.day for r in plan(coop_db, date(2026, 4, 6)).rows} == set(dates)
    with UnitOfWork(coop_db, SYSTEM, write=False) as uow:
        form, _ = assignment_form(uow, aid)
    assert form.dates == dates and not form.recurring


def test_a_cancelled_assignment_leaves_the_week_plan(coop_db, work):
    aid = save(coop_db, tuesdays(work))
    save(coop_db, tuesdays(work, status=AssignmentStatus.CANCELLED), aid)
    assert plan(coop_db, date(2026, 3, 30)).rows == []


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        ({"ends_on": date(2026, 2, 1)}, {"ends_on": "before_start"}),
        ({"weekdays": []}, {"weekdays": "required"}),
        ({"shift_end": time(8)}, {"shift_end": "before_start"}),
        ({"title": "  ", "customer_id": None}, {"title": "required", "customer": "required"}),
    ],
)
def test_bad_assignments_are_refused_whole(coop_db, work, changes, problems):
    with pytest.raises(ValidationError) as caught:
        save(coop_db, tuesdays(work, **changes))
    assert caught.value.problems == problems
    assert plan(coop_db, date(2026, 3, 2)).rows == []


def test_handing_over_a_shift_records_who_works_for_whom(coop_db, work):
    first, second, third = work.member_ids[:3]
    save(coop_db, tuesdays(work))
    shift = next(r for r in plan(coop_db, date(2026, 3, 2)).rows if r.member_id == first)
    with UnitOfWork(coop_db, SYSTEM) as uow:
        hand_over(uow, shift.shift_id, third)
    rows = plan(coop_db, date(2026, 3, 2)).rows
    handed = next(r for r in rows if r.shift_id == shift.shift_id)
    assert handed.member_id == third
    assert handed.substitute_for == "Aino Aaltonen"
    # Only that one shift: the next week is as planned.
    assert {r.member_id for r in plan(coop_db, date(2026, 3, 9)).rows} == {first, second}
    with pytest.raises(ValidationError) as caught, UnitOfWork(coop_db, SYSTEM) as uow:
        hand_over(uow, shift.shift_id, second)  # already on that shift
    assert caught.value.problems == {"member": "already_on_shift"}


def test_the_facilitator_reads_the_week_plan_without_money(coop_db, work):
    save(coop_db, tuesdays(work))
    week = plan(coop_db, date(2026, 3, 2), actor=FACILITATOR)
    assert len(week.rows) == 2
    fields = set(type(week.rows[0]).__dataclass_fields__)
    assert not fields & {"price", "unit_price", "amount", "earnings", "wage", "hours"}


def test_iso_weeks():
    assert parse_iso_week("2026-W48") == date(2026, 11, 23)
    assert parse_iso_week(" 2026-w01 ") == date(2025, 12, 29)
    for bad in ("2026-48", "2026-W54", "viikko 48", ""):
        with pytest.raises(ValueError, match="ISO week"):
            parse_iso_week(bad)


def test_a_later_save_changes_the_future_and_keeps_the_past(coop_db, work):
    first, second = work.member_ids[:2]
    aid = save(coop_db, tuesdays(work), today=date(2026, 3, 1))
    with UnitOfWork(coop_db, SYSTEM, write=False) as uow:
        form, version = assignment_form(uow, aid)
    later = replace(form, member_ids=[first], shift_start=time(8))
    save(coop_db, later, aid, expected_version=version, today=date(2026, 4, 1))
    past = plan(coop_db, date(2026, 3, 30)).rows  # Tuesday 31 March: before that save
    assert {(r.member_id, r.start) for r in past} == {(first, time(9)), (second, time(9))}
    future = plan(coop_db, date(2026, 4, 6)).rows
    assert [(r.member_id, r.start, r.end) for r in future] == [(first, time(8), time(12))]


def test_a_member_booked_on_two_shifts_at_once_is_marked(coop_db, work):
    save(coop_db, tuesdays(work))
    save(coop_db, tuesdays(work, title="Ikkunat", member_ids=[work.member_ids[0]],
                           shift_start=time(11), shift_end=time(14)))  # fmt: skip
    rows = plan(coop_db, date(2026, 3, 2)).rows
    assert {(r.member_id, r.title) for r in rows if r.overlaps} == {
        (work.member_ids[0], "Kirjaston siivous"),
        (work.member_ids[0], "Ikkunat"),
    }
    assert not [r for r in rows if r.member_id == work.member_ids[1] and r.overlaps]


def test_a_handed_over_shift_stays_handed_over_when_the_assignment_is_saved(coop_db, work):
    first, _second, third = work.member_ids[:3]
    aid = save(coop_db, tuesdays(work), today=date(2026, 3, 1))
    shift = next(r for r in plan(coop_db, date(2026, 3, 9)).rows if r.member_id == first)
    with UnitOfWork(coop_db, SYSTEM) as uow:
        hand_over(uow, shift.shift_id, third)
    with UnitOfWork(coop_db, SYSTEM, write=False) as uow:
        form, version = assignment_form(uow, aid)
    save(coop_db, replace(form, place="Sivukirjasto"), aid, expected_version=version,
         today=date(2026, 3, 2))  # fmt: skip
    rows = plan(coop_db, date(2026, 3, 9)).rows
    assert sorted((r.member_id, r.substitute_for) for r in rows) == sorted(
        [(third, "Aino Aaltonen"), (work.member_ids[1], None)]
    )
    assert {r.place for r in rows} == {"Sivukirjasto"}
