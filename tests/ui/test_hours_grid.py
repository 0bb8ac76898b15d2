"""A week of hours for five members logged and approved by keyboard only."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from sqlalchemy import select

from app.domain import WorkEntry
from app.domain.enums import AssignmentStatus
from app.locale import format_date
from app.services.policy import SYSTEM
from app.services.shifts import AssignmentForm, save_assignment
from app.services.uow import UnitOfWork
from tests.work_data import TREASURER, add_work_data
from ui.operations import Context
from ui.work.hours_dialog import HoursDialog
from ui.work.hours_model import HoursGridModel

MONDAY = date(2026, 3, 2)
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def week(coop_db):
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
    return work


def typed(qtbot, dialog, text: str) -> None:
    """Each key to whatever has the focus, as the keyboard does (the editor once it opens)."""
    for ch in text:
        qtbot.keyClicks(dialog.focusWidget(), ch)


def enter(qtbot, dialog) -> None:
    """Return in the cell editor; the delegate saves the cell a moment later."""
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.view.state() != QAbstractItemView.State.EditingState)


def entries(db) -> list:
    with UnitOfWork(db, SYSTEM, write=False) as uow:
        columns = (WorkEntry.member_id, WorkEntry.hours, WorkEntry.approved_at)
        return list(uow.session.execute(select(*columns).order_by(WorkEntry.id)))


def open_grid(qtbot, db) -> HoursDialog:
    dialog = HoursDialog(Context(db, TREASURER), MONDAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    # Mnemonics (Alt+letter) act only in the active window.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_a_week_for_five_members_by_keyboard(qtbot, coop_db, week):
    dialog = open_grid(qtbot, coop_db)
    view = dialog.view
    assert dialog.focusWidget() is view
    assert dialog.model.rowCount() == 10  # five members on Monday and Wednesday
    # Nine rows as planned: one key each, Space or Enter.
    for n in range(9):
        qtbot.keyClick(view, Qt.Key.Key_Space if n % 2 else Qt.Key.Key_Return)
    # The last one was longer: type the hours and Enter.
    typed(qtbot, dialog, "4,5")
    enter(qtbot, dialog)
    assert dialog.model.lines[9].row.hours == Decimal("4.5")
    assert all(line.pending for line in dialog.model.lines)
    qtbot.keyClick(view, Qt.Key.Key_S, ALT)  # &Save; the button clicks a moment later
    qtbot.waitUntil(lambda: entries(coop_db) != [])
    saved = entries(coop_db)
    assert len(saved) == 10
    assert sorted(e.hours for e in saved) == [Decimal("3.00")] * 9 + [Decimal("4.50")]
    assert {e.member_id for e in saved} == set(week.member_ids)
    assert all(e.approved_at is None for e in saved)

    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_V, ALT)  # Appro&ve the week
    qtbot.waitUntil(lambda: all(e.approved_at is not None for e in entries(coop_db)))
    assert {line.row.approved for line in dialog.model.lines} == {True}


def test_overlapping_hours_are_named_by_row_and_nothing_is_saved(qtbot, coop_db, week):
    dialog = open_grid(qtbot, coop_db)
    view = dialog.view
    qtbot.keyClick(view, Qt.Key.Key_Space)
    # A free row for the same member and day, overlapping the shift.
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_D, ALT)  # A&dd row
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 11)
    new = dialog.model.rowCount() - 1
    view.setCurrentIndex(dialog.model.index(new, HoursGridModel.START))
    typed(qtbot, dialog, "10")
    enter(qtbot, dialog)
    view.setCurrentIndex(dialog.model.index(new, HoursGridModel.END))
    typed(qtbot, dialog, "13")
    enter(qtbot, dialog)
    qtbot.keyClick(view, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: dialog.problems_label.text() != "")
    assert entries(coop_db) == []
    text = dialog.problems_label.text()
    assert "Row 1: The times overlap another entry" in text
    assert f"Row {new + 1}: The times overlap another entry" in text
    # What was typed is still there.
    assert dialog.model.lines[new].row.starts_at == time(10)
    # Delete clears the extra row; then the save goes through.
    view.setCurrentIndex(dialog.model.index(new, HoursGridModel.STATE))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.keyClick(view, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: len(entries(coop_db)) == 1)


def test_a_member_near_their_earnings_limit_is_warned_before_saving(
    qtbot, coop_db, week, monkeypatch
):
    from app.domain import BenefitLimit, WageRate
    from app.domain.enums import BenefitKind

    first = week.member_ids[0]
    with UnitOfWork(coop_db, SYSTEM) as uow:
        # 12 €/h; the limit 75 €: Monday's 3 h (36 €) is 48 %, with Wednesday's 72 € is 96 %.
        uow.session.add(WageRate(service_id=week.service_id, hourly_rate=12, valid_from=MONDAY))
        uow.session.add(
            BenefitLimit(
                member_id=first,
                year=2026,
                benefit_kind=BenefitKind.DISABILITY_PENSION_KELA,
                monthly_limit=Decimal("75.00"),
            )
        )
    dialog = open_grid(qtbot, coop_db)
    view = dialog.view
    assert not dialog.warnings_label.isVisible()
    # Confirm every planned row by keyboard; the warning appears before anything is saved.
    for _ in range(10):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.warnings_label.isVisible())
    text = dialog.warnings_label.text()
    assert "72,00" in text and "75,00" in text and "96,0 %" in text
    # Only the member near the limit is warned, on the row that passes 80 %.
    warned = [i for i, line in enumerate(dialog.model.lines) if line.row.member_id == first]
    assert text.count("\n") == 0 and f"{warned[-1] + 1}" in text
    assert entries(coop_db) == []
    # Closing at the end of the test leaves the unsaved week without asking.
    monkeypatch.setattr("ui.work.hours_dialog.confirm", lambda *a, **k: True)


def test_volunteer_work_is_ticked_with_the_space_bar(qtbot, coop_db, week):
    dialog = open_grid(qtbot, coop_db)
    view = dialog.view
    for _ in range(HoursGridModel.VOLUNTEER):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.currentIndex().column() == HoursGridModel.VOLUNTEER
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert dialog.model.lines[0].row.volunteer and dialog.model.lines[0].pending
    qtbot.keyClick(view, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: entries(coop_db) != [])
    with UnitOfWork(coop_db, SYSTEM, write=False) as uow:
        assert uow.session.scalars(select(WorkEntry.volunteer)).all() == [True]


def test_unplanned_work_on_another_assignment_in_a_free_row(qtbot, coop_db, week):
    with UnitOfWork(coop_db, SYSTEM) as uow:
        other = save_assignment(
            uow,
            AssignmentForm(
                customer_id=week.other_customer_id,
                service_id=week.service_id,
                title="Ikkunanpesu",
                status=AssignmentStatus.REQUESTED,
                starts_on=date(2026, 3, 1),
            ),
        )
    dialog = open_grid(qtbot, coop_db)
    view = dialog.view
    qtbot.keyClick(view, Qt.Key.Key_D, ALT)  # A&dd row: the member and day of the current row
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 11)
    row = dialog.model.rowCount() - 1
    view.setCurrentIndex(dialog.model.index(row, HoursGridModel.ASSIGNMENT))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = dialog.focusWidget()
    combo.setCurrentIndex(combo.findData(other))
    enter(qtbot, dialog)
    view.setCurrentIndex(dialog.model.index(row, HoursGridModel.HOURS))
    typed(qtbot, dialog, "2")
    enter(qtbot, dialog)
    line = dialog.model.lines[row]
    assert (line.row.assignment_id, line.row.hours) == (other, Decimal(2))
    qtbot.keyClick(view, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: entries(coop_db) != [])
    assert [(m, h) for m, h, _ in entries(coop_db)] == [(week.member_ids[0], Decimal("2.00"))]


def test_escape_with_unsaved_hours_asks_first(qtbot, coop_db, week, monkeypatch):
    answers = []
    monkeypatch.setattr(
        "ui.work.hours_dialog.confirm", lambda *a, **k: answers.append(a[1]) or len(answers) > 1
    )
    dialog = open_grid(qtbot, coop_db)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert dialog.isVisible() and answers == ["Hours not saved"]  # "No": the hours stay
    assert dialog.model.lines[0].pending
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_approving_only_the_selected_rows(qtbot, coop_db, week):
    dialog = open_grid(qtbot, coop_db)
    view = dialog.view
    for _ in range(10):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: len(entries(coop_db)) == 10)
    view.setCurrentIndex(dialog.model.index(0, HoursGridModel.STATE))
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(view.selectionModel().selectedRows()) == 2
    qtbot.keyClick(view, Qt.Key.Key_L, ALT)  # Approve se&lected
    qtbot.waitUntil(lambda: sum(a is not None for _, _, a in entries(coop_db)) == 2)


def test_hours_saved_by_someone_else_are_named_and_read_again_on_request(
    qtbot, coop_db, week, monkeypatch
):
    from dataclasses import replace

    from app.services.hours import save_entries, week_grid
    from app.services.hours_versions import LoadedWeek

    with UnitOfWork(coop_db, TREASURER) as uow:
        monday = [r.as_input() for r in week_grid(uow, MONDAY) if r.work_date == MONDAY]
        save_entries(uow, monday)
    answers = []
    monkeypatch.setattr(
        "ui.work.hours_dialog.confirm", lambda *a, **k: answers.append(a[1]) or len(answers) > 1
    )
    dialog = open_grid(qtbot, coop_db)
    view = dialog.view
    # Aino's Monday was 5 hours, and Wednesday's first shift was worked as planned.
    typed(qtbot, dialog, "5")
    enter(qtbot, dialog)
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert [i for i, line in dialog.model.pending()] == [0, 5]

    # Meanwhile someone else corrects Aino's Monday to 4 hours.
    with UnitOfWork(coop_db, TREASURER) as uow:
        rows = week_grid(uow, MONDAY)
        theirs = replace(rows[0].as_input(), hours=Decimal(4), starts_at=None, ends_at=None)
        versions = {r.entry_id: r.version for r in rows if r.entry_id}
        save_entries(uow, [theirs], loaded=LoadedWeek(MONDAY, versions=versions))

    qtbot.keyClick(view, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: answers != [])
    assert answers == ["Saved by someone else"]
    assert dialog.problems_label.text() == (
        f"Row 1: Aino Aaltonen on {format_date(MONDAY, dialog.lang)}, Kirjaston siivous – "
        "Esimerkin kaupunki: Someone else changed these hours meanwhile."
    )
    assert "Someone else changed" in dialog.model.index(0, HoursGridModel.CHECK).data()
    # "No": nothing saved, what the user typed is still there.
    assert sorted(h for _, h, _ in entries(coop_db)) == [Decimal("3.00")] * 4 + [Decimal("4.00")]
    assert dialog.model.lines[0].row.hours == Decimal(5)
    assert dialog.model.lines[5].pending
    assert view.hasFocus() and view.currentIndex().row() == 0

    # Saving again asks again; "Yes" reads only Aino's Monday again.
    qtbot.keyClick(view, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: len(answers) == 2)
    assert dialog.model.lines[0].row.hours == Decimal("4.00")
    assert not dialog.model.lines[0].pending
    assert "someone else" in dialog.model.index(0, HoursGridModel.CHECK).data()
    assert dialog.notice_label.isVisible() and dialog.problems_label.text() == ""
    assert [i for i, line in dialog.model.pending()] == [5]
    qtbot.keyClick(view, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: len(entries(coop_db)) == 6)
    assert sorted(h for _, h, _ in entries(coop_db)) == [Decimal("3.00")] * 5 + [Decimal("4.00")]


def test_approving_hours_changed_meanwhile_approves_nothing(qtbot, coop_db, week, monkeypatch):
    from app.services.hours import save_entries, week_grid

    with UnitOfWork(coop_db, TREASURER) as uow:
        save_entries(uow, [r.as_input() for r in week_grid(uow, MONDAY)])
    told = []
    dialog = open_grid(qtbot, coop_db)
    monkeypatch.setattr(
        "ui.work.hours_dialog.confirm",
        lambda *a, **k: told.append(dialog.problems_label.text()) or True,
    )
    with UnitOfWork(coop_db, TREASURER) as uow:
        removed = week_grid(uow, MONDAY)[3]
        save_entries(uow, [], [removed.entry_id])
    qtbot.keyClick(dialog.view, Qt.Key.Key_V, ALT)  # Appro&ve the week
    qtbot.waitUntil(lambda: told != [])
    assert all(a is None for _, _, a in entries(coop_db))
    assert told == [
        f"Row 4: Dani Dahl on {format_date(MONDAY, dialog.lang)}, Kirjaston siivous – "
        "Esimerkin kaupunki: Someone else removed these hours meanwhile."
    ]
    # Read again: the removed hours show as the planned shift; the rest can be approved.
    line = dialog.model.lines[3]
    assert (line.row.entry_id, line.row.member_name, line.pending) == (None, "Dani Dahl", False)
    qtbot.keyClick(dialog.view, Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: all(a is not None for _, _, a in entries(coop_db)))
    assert len(entries(coop_db)) == 9


def test_a_shift_someone_else_logged_meanwhile_is_not_logged_twice(
    qtbot, coop_db, week, monkeypatch
):
    from app.services.hours import save_entries, week_grid

    monkeypatch.setattr("ui.work.hours_dialog.confirm", lambda *a, **k: True)
    dialog = open_grid(qtbot, coop_db)
    view = dialog.view
    # A free row of two hours for Aino on Wednesday, and her Monday shift confirmed.
    view.setCurrentIndex(dialog.model.index(5, HoursGridModel.STATE))
    qtbot.keyClick(view, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 11)
    typed(qtbot, dialog, "2")
    enter(qtbot, dialog)
    view.setCurrentIndex(dialog.model.index(0, HoursGridModel.STATE))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    # Meanwhile someone else logs everyone's Monday.
    with UnitOfWork(coop_db, TREASURER) as uow:
        monday = [r.as_input() for r in week_grid(uow, MONDAY) if r.work_date == MONDAY]
        save_entries(uow, monday)
    qtbot.keyClick(view, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: dialog.notice_label.isVisible())
    assert len(entries(coop_db)) == 5
    # Read again: Monday shows as the other logged it; the free row is still to be saved.
    assert dialog.model.rowCount() == 11
    assert all(line.row.entry_id and line.remark for line in dialog.model.lines[:5])
    assert [line.row.hours for _, line in dialog.model.pending()] == [Decimal(2)]
    qtbot.keyClick(view, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: len(entries(coop_db)) == 6)


def test_a_shift_handed_over_meanwhile_shows_who_works_it_now(qtbot, coop_db, week, monkeypatch):
    from app.domain import Member
    from app.domain.enums import MemberKind, MemberStatus
    from app.services.shifts import hand_over

    monkeypatch.setattr("ui.work.hours_dialog.confirm", lambda *a, **k: True)
    dialog = open_grid(qtbot, coop_db)
    aino = dialog.model.lines[0].row
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)  # Aino's Monday as planned
    with UnitOfWork(coop_db, SYSTEM) as uow:
        joined = date(2025, 1, 1)
        fanny = Member(
            member_number=6, first_name="Fanny", last_name="Forsman", applied_on=joined,
            accepted_on=joined, status=MemberStatus.MEMBER, kind=MemberKind.WORKING,
        )  # fmt: skip
        uow.session.add(fanny)
        uow.session.flush()
        hand_over(uow, aino.shift_id, fanny.id)
    qtbot.keyClick(dialog.view, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: dialog.notice_label.isVisible())
    assert entries(coop_db) == []
    [line] = [ln for ln in dialog.model.lines if ln.row.shift_id == aino.shift_id]
    assert line.row.member_name == "Fanny Forsman" and line.remark and not line.pending
