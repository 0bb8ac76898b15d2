"""Two people on the same week's hours: a save or approval over newer hours is refused,
naming the rows, and nothing of it is saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain import Member, WorkEntry
from app.domain.enums import AssignmentStatus, MemberKind, MemberStatus
from app.services.hours import (
    EntryInput,
    GridRow,
    approve_entries,
    save_entries,
    week_grid,
)
from app.services.hours_versions import Change, HoursChangedError, LoadedWeek
from app.services.policy import SYSTEM
from app.services.shifts import AssignmentForm, hand_over, save_assignment
from app.services.uow import UnitOfWork
from tests.work_data import TREASURER, add_work_data

MONDAY = date(2026, 3, 2)
WEDNESDAY = date(2026, 3, 4)


@pytest.fixture
def week(coop_db):
    """Five members planned 9–12 on Monday and Wednesday; Monday already logged."""
    work = add_work_data(coop_db)
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
    with UnitOfWork(coop_db, SYSTEM) as uow:
        save_assignment(uow, form)
    monday = [r.as_input() for r in load(coop_db)[0] if r.work_date == MONDAY]
    save(coop_db, monday)
    return work


def load(db, **filters) -> tuple[list[GridRow], LoadedWeek]:
    with UnitOfWork(db, TREASURER, write=False) as uow:
        rows = week_grid(uow, MONDAY, **filters)
    versions = {r.entry_id: r.version for r in rows if r.entry_id}
    return rows, LoadedWeek(MONDAY, versions=versions, **filters)


def save(db, rows, deleted=(), loaded=None):
    with UnitOfWork(db, TREASURER) as uow:
        return save_entries(uow, rows, deleted, loaded=loaded)


def stored(db) -> list[tuple]:
    with UnitOfWork(db, SYSTEM, write=False) as uow:
        columns = (WorkEntry.id, WorkEntry.member_id, WorkEntry.work_date, WorkEntry.hours)
        return list(uow.session.execute(select(*columns).order_by(WorkEntry.id)))


def refused(db, rows, deleted=(), loaded=None) -> list:
    before = stored(db)
    with pytest.raises(HoursChangedError) as caught:
        save(db, rows, deleted, loaded)
    assert stored(db) == before  # nothing half-saved
    return list(caught.value.rows)


def typed(row: GridRow, hours: int) -> EntryInput:
    """The row with other hours typed in: typed hours replace the times."""
    return replace(row.as_input(), hours=Decimal(hours), starts_at=None, ends_at=None)


def logged(rows: list[GridRow]) -> list[GridRow]:
    return [r for r in rows if r.entry_id]


def planned(rows: list[GridRow]) -> list[GridRow]:
    return [r for r in rows if r.entry_id is None]


def test_an_entry_saved_by_someone_else_is_not_overwritten(coop_db, week):
    mine, loaded = load(coop_db)
    theirs, their_load = load(coop_db)
    save(coop_db, [typed(logged(theirs)[0], 4)], loaded=their_load)

    # My change to the same entry and a planned row confirmed with it: all refused.
    first = logged(mine)[0]
    rows = [typed(first, 5), planned(mine)[0].as_input()]
    [changed] = refused(coop_db, rows, loaded=loaded)
    assert changed.change == Change.CHANGED and changed.row == 0
    assert changed.entry_id == first.entry_id
    assert (changed.member_name, changed.work_date, changed.assignment_title) == (
        first.member_name,
        MONDAY,
        "Kirjaston siivous",
    )
    message = str(HoursChangedError([changed]))
    assert "Aino Aaltonen 2026-03-02 Kirjaston siivous (changed)" in message
    # Read again, the same change goes through: the user has seen theirs.
    fresh, loaded = load(coop_db)
    save(coop_db, [typed(logged(fresh)[0], 5)], loaded=loaded)
    assert stored(coop_db)[0][3] == Decimal("5.00")


def test_confirming_a_shift_someone_else_logged_meanwhile_is_refused(coop_db, week):
    mine, loaded = load(coop_db)
    theirs, their_load = load(coop_db)
    save(coop_db, [r.as_input() for r in planned(theirs)], loaded=their_load)
    wednesday = planned(mine)
    problems = refused(coop_db, [r.as_input() for r in wednesday], loaded=loaded)
    assert {p.change for p in problems} == {Change.ADDED}
    assert sorted(p.row for p in problems) == list(range(5))
    assert {(p.member_id, p.work_date) for p in problems} == {
        (r.member_id, WEDNESDAY) for r in wednesday
    }
    assert len(stored(coop_db)) == 10  # logged once, not twice


def test_a_removed_entry_and_a_removal_of_a_changed_one_are_named(coop_db, week):
    mine, loaded = load(coop_db)
    first, second = logged(mine)[:2]
    theirs, their_load = load(coop_db)
    save(
        coop_db,
        [replace(logged(theirs)[1].as_input(), note="Avain hukassa")],
        [first.entry_id],
        loaded=their_load,
    )
    rows = [typed(first, 2)]
    problems = refused(coop_db, rows, [second.entry_id], loaded=loaded)
    assert [(p.change, p.entry_id, p.row) for p in problems] == [
        (Change.REMOVED, first.entry_id, 0),
        (Change.CHANGED, second.entry_id, None),
    ]
    assert problems[0].member_name == first.member_name


def test_rows_nobody_else_touched_save_though_others_changed_meanwhile(coop_db, week):
    mine, loaded = load(coop_db)
    theirs, their_load = load(coop_db)
    save(coop_db, [typed(logged(theirs)[0], 4)], loaded=their_load)
    # Removing what someone else removed too is no conflict either.
    save(coop_db, [], [logged(theirs)[4].entry_id], loaded=their_load)
    rows = [typed(logged(mine)[1], 1), planned(mine)[0].as_input()]
    save(coop_db, rows, [logged(mine)[4].entry_id], loaded=loaded)
    assert len(stored(coop_db)) == 5


def test_a_shift_handed_over_meanwhile_is_not_logged_for_the_first_member(coop_db, week):
    first = week.member_ids[0]
    mine, loaded = load(coop_db, member_id=first)
    shift = planned(mine)[0]
    with UnitOfWork(coop_db, SYSTEM) as uow:
        joined = date(2025, 1, 1)
        sixth = Member(
            member_number=6, first_name="Fanny", last_name="Forsman", applied_on=joined,
            accepted_on=joined, status=MemberStatus.MEMBER, kind=MemberKind.WORKING,
        )  # fmt: skip
        uow.session.add(sixth)
        uow.session.flush()
        hand_over(uow, shift.shift_id, sixth.id)
    [problem] = refused(coop_db, [shift.as_input()], loaded=loaded)
    assert (problem.change, problem.member_id, problem.row) == (Change.CHANGED, first, 0)


def test_a_free_row_outside_what_the_grid_showed_is_not_refused(coop_db, week):
    first, second, *_ = week.member_ids
    mine, loaded = load(coop_db, member_id=first)
    aid = mine[0].assignment_id
    # The grid shows only the first member: the second's Monday entries were never in sight.
    extra = EntryInput(aid, second, MONDAY, starts_at=time(13), ends_at=time(14))
    save(coop_db, [extra], loaded=loaded)
    assert len(stored(coop_db)) == 6


def test_approving_checks_the_versions_the_grid_loaded(coop_db, week):
    mine, _loaded = load(coop_db)
    ids = [r.entry_id for r in logged(mine)]
    versions = {r.entry_id: r.version for r in logged(mine)}
    theirs, their_load = load(coop_db)
    save(coop_db, [typed(logged(theirs)[2], 1)], loaded=their_load)
    with pytest.raises(HoursChangedError) as caught, UnitOfWork(coop_db, TREASURER) as uow:
        approve_entries(uow, ids, versions=versions)
    assert [(r.change, r.entry_id) for r in caught.value.rows] == [(Change.CHANGED, ids[2])]
    mine, _loaded = load(coop_db)
    assert not any(r.approved for r in mine)
    versions = {r.entry_id: r.version for r in logged(mine)}
    with UnitOfWork(coop_db, TREASURER) as uow:
        assert approve_entries(uow, ids, versions=versions) == 5
    # The approval is a change too: a grid loaded before it cannot save over it.
    rows = [typed(logged(mine)[0], 2)]
    [problem] = refused(coop_db, rows, loaded=LoadedWeek(MONDAY, versions=versions))
    assert problem.change == Change.CHANGED


def test_invoicing_and_crediting_hours_change_their_version(coop_db):
    from app.services.credit_notes import credit_invoice
    from app.services.invoice_drafts import DraftForm, create_draft, unbilled_hours
    from app.services.invoice_issue import issue_invoice
    from tests.invoice_fixtures import add_business

    ids = add_business(coop_db)
    entries = ids["entries_town"]

    def versions() -> list[int]:
        with UnitOfWork(coop_db, write=False) as uow:
            return [uow.session.get(WorkEntry, i).version for i in entries]

    before = versions()
    with UnitOfWork(coop_db) as uow:
        lines = [g.as_line() for g in unbilled_hours(uow, ids["town"])]
        draft = create_draft(uow, DraftForm(ids["town"], date(2026, 6, 1), lines=lines))
        issue_invoice(uow, draft, date(2026, 6, 1))
    billed = versions()
    assert all(b > a for a, b in zip(before, billed, strict=True))
    with UnitOfWork(coop_db) as uow:
        credit_invoice(uow, draft, None, date(2026, 6, 3))
    assert all(c > b for b, c in zip(billed, versions(), strict=True))
