"""Hours by the week: prefilled from shifts, saved many at once or not at all, approved,
and the approved hours waiting for an invoice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain import Invoice, InvoiceLine, InvoiceSeries, WorkEntry
from app.domain.enums import AssignmentStatus
from app.services.errors import PermissionDeniedError, ValidationError
from app.services.hours import (
    EntryInput,
    approve_entries,
    save_entries,
    unbilled_hours,
    week_grid,
)
from app.services.policy import SYSTEM
from app.services.shifts import AssignmentForm, hand_over, save_assignment
from app.services.uow import UnitOfWork
from app.services.week_plan import week_plan
from tests.work_data import FACILITATOR, TREASURER, add_work_data

MONDAY = date(2026, 3, 2)


@pytest.fixture
def work(coop_db):
    return add_work_data(coop_db)


def assignment(db, work, **changes) -> int:
    form = AssignmentForm(
        customer_id=work.customer_id,
        service_id=work.service_id,
        title="Kirjaston siivous",
        status=AssignmentStatus.IN_PROGRESS,
        member_ids=list(work.member_ids),
        starts_on=date(2026, 3, 1),
        ends_on=date(2026, 5, 31),
        recurring=True,
        weekdays=[0, 2],
        shift_start=time(9),
        shift_end=time(12),
    )
    with UnitOfWork(db, SYSTEM) as uow:
        return save_assignment(uow, replace(form, **changes))


def grid(db, actor=TREASURER, **kw):
    with UnitOfWork(db, actor, write=False) as uow:
        return week_grid(uow, MONDAY, **kw)


def save(db, rows, deleted=(), actor=TREASURER):
    with UnitOfWork(db, actor) as uow:
        return save_entries(uow, rows, deleted)


def entry(aid, member_id, day=MONDAY, **kw) -> EntryInput:
    kw.setdefault("hours", Decimal(2))
    return EntryInput(assignment_id=aid, member_id=member_id, work_date=day, **kw)


def test_the_grid_is_prefilled_and_confirming_it_logs_the_planned_hours(coop_db, work):
    aid = assignment(coop_db, work)
    rows = grid(coop_db)
    # Five members on Monday and Wednesday, 9–12.
    assert len(rows) == 10 and all(r.entry_id is None for r in rows)
    assert {r.hours for r in rows} == {Decimal("3.00")}
    save(coop_db, [r.as_input() for r in rows])
    logged = grid(coop_db)
    assert len(logged) == 10 and all(r.entry_id is not None for r in logged)
    assert all(not r.approved for r in logged)
    one = grid(coop_db, member_id=work.member_ids[0])
    assert [r.work_date for r in one] == [MONDAY, date(2026, 3, 4)]
    assert {r.assignment_id for r in grid(coop_db, assignment_id=aid)} == {aid}


def test_a_substitute_is_credited_with_the_hours(coop_db, work):
    first, *_, fifth = work.member_ids
    assignment(coop_db, work, member_ids=[first])
    with UnitOfWork(coop_db, SYSTEM, write=False) as uow:
        shift = week_plan(uow, MONDAY).rows[0]
    with UnitOfWork(coop_db, SYSTEM) as uow:
        hand_over(uow, shift.shift_id, fifth)
    monday = next(r for r in grid(coop_db) if r.work_date == MONDAY)
    assert (monday.member_id, monday.substitute_for_id) == (fifth, first)
    assert monday.substitute_for_name == "Aino Aaltonen"
    save(coop_db, [monday.as_input()])
    with UnitOfWork(coop_db, SYSTEM, write=False) as uow:
        stored = uow.session.scalars(select(WorkEntry)).one()
        assert (stored.member_id, stored.substitute_for_id) == (fifth, first)
        assert stored.hours == Decimal("3.00")
    # The hours are the substitute's: the member who handed the shift over has none that day.
    assert MONDAY not in {r.work_date for r in grid(coop_db, member_id=first)}


def test_start_and_end_give_the_hours(coop_db, work):
    aid = assignment(coop_db, work)
    [eid] = save(coop_db, [entry(aid, work.member_ids[0], starts_at=time(8), ends_at=time(11, 45))])
    with UnitOfWork(coop_db, SYSTEM, write=False) as uow:
        assert uow.session.get(WorkEntry, eid).hours == Decimal("3.75")


def problems_of(db, rows, deleted=()):
    with pytest.raises(ValidationError) as caught:
        save(db, rows, deleted)
    with UnitOfWork(db, SYSTEM, write=False) as uow:
        assert uow.session.scalar(select(WorkEntry.id).limit(1)) is None or deleted
    return caught.value.problems


def test_overlapping_entries_of_one_member_are_refused(coop_db, work):
    aid = assignment(coop_db, work)
    other = assignment(coop_db, work, title="Toinen")
    m = work.member_ids[0]
    rows = [
        entry(aid, m, starts_at=time(9), ends_at=time(12)),
        entry(other, m, starts_at=time(11), ends_at=time(13)),
        entry(other, work.member_ids[1], starts_at=time(11), ends_at=time(13)),
    ]
    assert problems_of(coop_db, rows) == {"0.starts_at": "overlap", "1.starts_at": "overlap"}
    # Against what is already stored, too.
    save(coop_db, rows[:1])
    with pytest.raises(ValidationError) as caught:
        save(coop_db, rows[1:2])
    assert caught.value.problems == {"0.starts_at": "overlap"}


def test_more_than_24_hours_a_day_is_refused(coop_db, work):
    aid = assignment(coop_db, work)
    m = work.member_ids[0]
    assert problems_of(coop_db, [entry(aid, m, hours=Decimal(25))]) == {"0.hours": "over_24"}
    rows = [entry(aid, m, hours=Decimal(14)), entry(aid, m, hours=Decimal("10.5"))]
    assert problems_of(coop_db, rows) == {"0.hours": "day_over_24", "1.hours": "day_over_24"}


def test_cancelled_assignment_and_before_joining_are_refused(coop_db, work):
    cancelled = assignment(coop_db, work, status=AssignmentStatus.CANCELLED)
    fine = assignment(coop_db, work, title="Toinen")
    rows = [
        entry(cancelled, work.member_ids[0]),
        entry(fine, work.member_ids[1], day=date(2024, 12, 31)),
        entry(None, work.member_ids[2], hours=None),
    ]
    assert problems_of(coop_db, rows) == {"2.assignment": "required", "2.hours": "required"}
    assert problems_of(coop_db, rows[:2]) == {
        "0.assignment": "cancelled",
        "1.work_date": "before_joining",
    }


def _invoice(db, entry_id: int) -> None:
    with UnitOfWork(db, SYSTEM) as uow:
        s = uow.session
        e = s.get(WorkEntry, entry_id)
        invoice = Invoice(
            series_id=s.scalar(select(InvoiceSeries.id).limit(1)),
            customer_id=e.assignment.customer_id,
        )
        line = InvoiceLine(
            invoice=invoice, position=1, description="Siivous", quantity=e.hours,
            unit_price=Decimal(30), vat_code="general", vat_rate=Decimal("25.5"),
            net_amount=Decimal(60), vat_amount=Decimal("15.30"), gross_amount=Decimal("75.30"),
        )  # fmt: skip
        s.add_all([invoice, line])
        s.flush()
        e.invoice_line_id = line.id


def test_an_invoiced_entry_cannot_be_changed_or_removed(coop_db, work):
    aid = assignment(coop_db, work)
    m = work.member_ids[0]
    [eid] = save(coop_db, [entry(aid, m, day=date(2026, 3, 4))])
    _invoice(coop_db, eid)
    changed = entry(aid, m, day=date(2026, 3, 4), hours=Decimal(3), entry_id=eid)
    with pytest.raises(ValidationError) as caught:
        save(coop_db, [changed])
    assert caught.value.problems == {"0.hours": "invoiced"}
    with pytest.raises(ValidationError) as caught:
        save(coop_db, [], deleted=[eid])
    assert caught.value.problems == {f"deleted.{eid}": "invoiced"}
    # A day in the period already invoiced; volunteer work is never invoiced, so it may.
    with pytest.raises(ValidationError) as caught:
        save(coop_db, [entry(aid, work.member_ids[1])])
    assert caught.value.problems == {"0.work_date": "invoiced_period"}
    save(coop_db, [entry(aid, work.member_ids[1], volunteer=True)])


def test_approval_and_the_unbilled_hours(coop_db, work):
    aid = assignment(coop_db, work)
    other = assignment(coop_db, work, title="Ikkunat", customer_id=work.other_customer_id)
    a, b = work.member_ids[:2]
    ids = save(
        coop_db,
        [
            entry(aid, a, hours=Decimal("3.25"), km=Decimal("12.5")),
            entry(aid, b, day=date(2026, 3, 4), hours=Decimal(3)),
            entry(aid, b, day=date(2026, 3, 5), hours=Decimal(1), volunteer=True),
            entry(other, a, day=date(2026, 3, 6), hours=Decimal(2)),
        ],
    )
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        assert unbilled_hours(uow) == []
    with UnitOfWork(coop_db, TREASURER) as uow:
        assert approve_entries(uow, ids[:3]) == 3
    with UnitOfWork(coop_db, TREASURER) as uow:
        assert approve_entries(uow, ids) == 1
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        groups = unbilled_hours(uow)
        mine = unbilled_hours(uow, customer_id=work.customer_id, until=date(2026, 3, 3))
    assert [(g.customer_name, g.assignment_title) for g in groups] == [
        ("Esimerkin kaupunki", "Kirjaston siivous"),
        ("Virtanen Liisa", "Ikkunat"),
    ]
    first = groups[0]
    assert (first.hours, first.km) == (Decimal("6.25"), Decimal("12.5"))
    assert (first.first, first.last) == (MONDAY, date(2026, 3, 4))
    assert sorted(first.entry_ids) == sorted(ids[:2])  # not the volunteer hour
    assert first.service("sv") == "Städning"
    assert [g.hours for g in mine] == [Decimal("3.25")]
    # Changing an approved entry asks for approval again.
    changed = entry(aid, a, hours=Decimal(3), km=Decimal("12.5"), entry_id=ids[0])
    save(coop_db, [changed])
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        assert unbilled_hours(uow)[0].hours == Decimal("3.00")


def test_the_facilitator_may_not_log_approve_or_see_unbilled_hours(coop_db, work):
    aid = assignment(coop_db, work)
    with pytest.raises(PermissionDeniedError):
        grid(coop_db, actor=FACILITATOR)
    with pytest.raises(PermissionDeniedError):
        save(coop_db, [entry(aid, work.member_ids[0])], actor=FACILITATOR)
    with pytest.raises(PermissionDeniedError), UnitOfWork(coop_db, FACILITATOR) as uow:
        approve_entries(uow, [1])
    with pytest.raises(PermissionDeniedError), UnitOfWork(coop_db, FACILITATOR) as uow:
        unbilled_hours(uow)
