"""The Work tab: an assignment with recurring shifts, the week plan and a hand-over."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import AssignmentStatus
from app.services.policy import SYSTEM
from app.services.shifts import AssignmentForm, save_assignment
from app.services.uow import UnitOfWork
from app.services.week_plan import week_plan
from tests.work_data import FACILITATOR, TREASURER, add_work_data
from ui.operations import Context, read
from ui.work.assignment_dialog import AssignmentDialog
from ui.work.tab import WorkTab
from ui.work.week_plan_dialog import HandOverDialog, MoveDialog, WeekPlanDialog

MONDAY = date(2026, 3, 2)


@pytest.fixture
def work(coop_db):
    return add_work_data(coop_db)


def fill(dialog: AssignmentDialog, work, ends_on: str) -> None:
    dialog.title_edit.setText("Kirjaston siivous")
    dialog.place.setText("Pääkirjasto")
    dialog.status.set_value(AssignmentStatus.SCHEDULED)
    for i in range(2):
        dialog.members.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.starts_on.setText("2.3.2026")
    dialog.ends_on.setText(ends_on)
    dialog.shift_start.setText("9")
    dialog.shift_end.setText("12.00")
    dialog.recurring.setChecked(True)
    dialog.interval.setValue(2)
    dialog.weekdays[1].setChecked(True)  # Tuesday
    dialog.weekdays[3].setChecked(True)  # Thursday


def test_an_assignment_every_second_week_fills_the_week_plan(qtbot, coop_db, work):
    context = Context(coop_db, TREASURER)
    dialog = AssignmentDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, work, ends_on="31.5.2026")
    dialog._ok()
    assert dialog.result() == dialog.DialogCode.Accepted
    first = read(context, week_plan, MONDAY).rows
    assert [(r.day, r.start, r.end) for r in first][::2] == [
        (date(2026, 3, 3), time(9), time(12)),
        (date(2026, 3, 5), time(9), time(12)),
    ]
    assert read(context, week_plan, date(2026, 3, 9)).rows == []  # every second week
    # Opened again, the form shows the rule as it was saved.
    again = AssignmentDialog(context, dialog.assignment_id)
    qtbot.addWidget(again)
    assert again.recurring.isChecked() and again.interval.value() == 2
    assert [box.isChecked() for box in again.weekdays] == [False, True, False, True] + [False] * 3
    assert again.shift_start.text() == "9.00"


def test_a_recurrence_ending_before_it_starts_is_named_and_kept(qtbot, coop_db, work):
    context = Context(coop_db, TREASURER)
    dialog = AssignmentDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, work, ends_on="1.2.2026")
    dialog._ok()
    assert dialog.result() != dialog.DialogCode.Accepted
    error = dialog.form.errors["ends_on"]
    assert error.isVisible()
    assert "end before they start" in error.text()
    assert dialog.ends_on.text() == "1.2.2026"  # what was typed stays
    assert read(context, week_plan, MONDAY).rows == []


def _planned(db, work) -> None:
    form = AssignmentForm(
        customer_id=work.customer_id,
        service_id=work.service_id,
        title="Kirjaston siivous",
        status=AssignmentStatus.SCHEDULED,
        member_ids=[work.member_ids[0]],
        starts_on=MONDAY,
        ends_on=date(2026, 3, 31),
        recurring=True,
        weekdays=[0],
        shift_start=time(9),
        shift_end=time(12),
    )
    with UnitOfWork(db, SYSTEM) as uow:
        save_assignment(uow, form)


def test_the_facilitator_hands_a_shift_over_in_the_week_plan(qtbot, coop_db, work):
    _planned(coop_db, work)
    context = Context(coop_db, FACILITATOR)
    plan = WeekPlanDialog(context, MONDAY)
    qtbot.addWidget(plan)
    plan.show()
    assert plan.model.rowCount() == 1
    assert plan.model.cells[0][2] == "Aino Aaltonen"
    hand = HandOverDialog(context, plan.selected(), plan)
    qtbot.addWidget(hand)
    hand.member.setCurrentIndex(hand.member.findText("Dani Dahl"))
    hand._ok()
    plan.reload()
    assert plan.model.cells[0][2] == "Dani Dahl"
    assert plan.model.cells[0][6] == "Aino Aaltonen"  # substitute for
    plan.go_to(date(2026, 3, 9))
    assert plan.model.cells[0][2] == "Aino Aaltonen"  # only that one shift


def test_the_facilitator_sees_the_plan_but_not_the_hours(qtbot, coop_db, work):
    facilitator = WorkTab(Context(coop_db, FACILITATOR))
    treasurer = WorkTab(Context(coop_db, TREASURER))
    for tab in (facilitator, treasurer):
        qtbot.addWidget(tab)
        tab.show()
    assert facilitator.plan_button.isVisible()
    assert not facilitator.hours_button.isVisible()
    assert not facilitator.unbilled_button.isVisible()
    assert treasurer.hours_button.isVisible() and treasurer.unbilled_button.isVisible()


def test_one_shift_is_moved_and_another_skipped(qtbot, coop_db, work, monkeypatch):
    _planned(coop_db, work)
    context = Context(coop_db, FACILITATOR)
    plan = WeekPlanDialog(context, MONDAY)
    qtbot.addWidget(plan)
    plan.show()
    move = MoveDialog(context, plan.selected(), plan)
    qtbot.addWidget(move)
    move.day.setText("4.3.2026")
    move.start.setText("13")
    move.end.setText("16.30")
    move._ok()
    plan.reload()
    assert plan.model.rows[0].day == date(2026, 3, 4)
    assert (plan.model.rows[0].start, plan.model.rows[0].end) == (time(13), time(16, 30))

    monkeypatch.setattr("ui.work.week_plan_dialog.confirm", lambda *a, **k: True)
    plan.go_to(date(2026, 3, 9))
    plan.skip()
    assert plan.model.rowCount() == 0
    plan.go_to(date(2026, 3, 16))
    assert plan.model.rowCount() == 1  # the rule goes on


def test_the_week_plan_of_one_member(qtbot, coop_db, work):
    _planned(coop_db, work)
    plan = WeekPlanDialog(Context(coop_db, FACILITATOR), MONDAY)
    qtbot.addWidget(plan)
    plan.member.setCurrentIndex(plan.member.findText("Bertel Björkqvist"))
    assert plan.model.rowCount() == 0 and plan.empty_label.isVisibleTo(plan)
    plan.member.setCurrentIndex(plan.member.findText("Aino Aaltonen"))
    assert plan.model.rowCount() == 1
