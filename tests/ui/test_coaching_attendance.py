"""Attendance taken live for a 12-person meeting by keyboard alone, in fi and sv."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import AttendanceStatus, Role, SessionKind
from app.services.attendance import roster
from app.services.coaching import SessionForm, create_session, session_detail
from app.services.coaching_projects import ProjectForm, create_group, create_project, join_group
from app.services.participants import ParticipantForm, create_participant
from app.services.uow import Actor, UnitOfWork
from tests.ui.keys import press, type_text
from ui.coaching.attendance_dialog import AttendanceDialog
from ui.operations import Context

FACILITATOR = Actor("Fiia Valmentaja", Role.FACILITATOR)
NAMES = (
    "Aino", "Bertta", "Cecilia", "Daniel", "Eero", "Fanni",
    "Gustav", "Hanna", "Ilkka", "Jaana", "Kalle", "Liisa",
)  # fmt: skip
# What each row gets, pressed in the user's language: fi L/P/S, sv N/F/U.
PLAN = "PPAPEPPPAPPE"
KEYS = {
    "fi": {"P": "l", "A": "p", "E": "s"},
    "sv": {"P": "n", "A": "f", "E": "u"},
}
STATUS = {
    "P": AttendanceStatus.PRESENT,
    "A": AttendanceStatus.ABSENT,
    "E": AttendanceStatus.EXCUSED,
}


def meeting(db) -> tuple[int, list[int]]:
    with UnitOfWork(db, FACILITATOR) as uow:
        project = create_project(
            uow, ProjectForm("POLKU", "Polku 2026", date(2026, 1, 1), date(2027, 12, 31))
        )
        group = create_group(uow, project, "Maanantairyhmä")
        people = []
        for name in NAMES:
            pid = create_participant(
                uow,
                ParticipantForm(name, "Osallistuja", date(2026, 9, 1)),
                today=date(2026, 11, 30),
            )
            join_group(uow, pid, group, date(2026, 9, 7))
            people.append(pid)
        outsider = create_participant(
            uow, ParticipantForm("Ulla", "Ulkopuolinen", date(2026, 9, 1)), today=date(2026, 11, 30)
        )
        session = create_session(
            uow,
            SessionForm(SessionKind.GROUP, date(2026, 11, 23), time(10), 120, group_id=group,
                        topic="Viikkotapaaminen"),
        )  # fmt: skip
    del outsider
    return session, people


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_twelve_people_marked_by_keyboard_alone(qtbot, coop_db, language, lang, tmp_path):
    language(lang)
    session, _people = meeting(coop_db)
    dialog = AttendanceDialog(Context(coop_db, FACILITATOR), session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert dialog.focusWidget() is table
    # Only the group is listed, by name; the outsider is not.
    assert [row[1] for row in dialog.model.rows] == [f"{n} Osallistuja" for n in NAMES]
    keys = KEYS[lang]
    for planned in PLAN:
        type_text(qtbot, table, keys[planned])
    # The last row stays chosen; a change of mind: back up a row with the arrow key.
    assert table.currentIndex().row() == 11
    press(qtbot, table, Qt.Key.Key_Up)
    assert table.currentIndex().row() == 10
    type_text(qtbot, table, keys["E"])
    # A note for the chosen person: Tab into the note field, type, Shift+Tab back.
    press(qtbot, table, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.note
    type_text(qtbot, dialog.note, "Lääkärissä")
    press(qtbot, dialog.note, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.meeting_notes
    type_text(qtbot, dialog.meeting_notes, "Sovittiin kevään koulutuksista.")
    press(qtbot, dialog.meeting_notes, Qt.Key.Key_Tab)
    dialog.grab().save(str(tmp_path / f"attendance-{lang}.png"))
    assert dialog.focusWidget() is dialog.buttons.button(dialog.buttons.StandardButton.Save)
    press(qtbot, dialog.focusWidget(), Qt.Key.Key_Return)  # Enter on Save saves
    assert not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Accepted

    expected = [STATUS[p] for p in PLAN]
    expected[10] = AttendanceStatus.EXCUSED
    with UnitOfWork(coop_db, FACILITATOR) as uow:
        rows = roster(uow, session)
    assert [r.status for r in rows] == expected
    assert rows[11].note == "Lääkärissä"
    with UnitOfWork(coop_db, FACILITATOR) as uow:
        assert session_detail(uow, session).form.notes == "Sovittiin kevään koulutuksista."
    assert dialog.summary.text()  # the running count was shown
