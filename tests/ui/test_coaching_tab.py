"""The Coaching tab for a facilitator: the week's meeting is chosen, a weekly meeting is set up
from the keyboard, and Enter takes attendance."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import Role
from app.services.uow import Actor
from tests.ui.keys import press, type_text
from ui.coaching.attendance_dialog import AttendanceDialog
from ui.coaching.session_dialog import SeriesDialog
from ui.coaching.tab import CoachingTab
from ui.operations import Context

FACILITATOR = Actor("Fiia Valmentaja", Role.FACILITATOR)


def finnish(day: date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def test_weekly_meeting_by_keyboard_then_attendance_from_the_list(qtbot, coop_db, monkeypatch):
    context = Context(coop_db, FACILITATOR)
    tab = CoachingTab(context)
    qtbot.addWidget(tab)
    tab.show()
    tab.ensure_loaded()
    monday = date.today() + timedelta(days=7 - date.today().weekday())
    seen = {}

    def fill_series(dialog: SeriesDialog) -> int:
        dialog.show()
        # Kind, group and weekday keep their first choices (group meeting, Monday).
        dialog.starts_on.setFocus()
        type_text(qtbot, dialog.starts_on, finnish(monday))
        press(qtbot, dialog.starts_on, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.until_on
        type_text(qtbot, dialog.until_on, finnish(monday + timedelta(days=21)))
        dialog._ok()
        seen["created"] = dialog.created
        return int(dialog.result() == dialog.DialogCode.Accepted)

    monkeypatch.setattr(SeriesDialog, "exec", fill_series)
    # A refusal would show a message box: fail instead of waiting for a click.
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning", lambda *a: pytest.fail(f"refused: {a[1:]}")
    )
    qtbot.mouseClick(tab.series_button, Qt.MouseButton.LeftButton)
    assert len(seen["created"]) == 4
    tab.refresh()
    # The next meeting is the chosen row; Enter on it opens the attendance.
    opened = []
    monkeypatch.setattr(AttendanceDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    tab._chosen_once = False
    tab.list.table.clearSelection()
    tab._select_this_week()
    assert tab.list.selected_row().id == seen["created"][0]
    press(qtbot, tab.list.table, Qt.Key.Key_Return)
    assert len(opened) == 1 and opened[0].session_id == seen["created"][0]
