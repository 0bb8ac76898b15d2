"""A facilitator starts a participant's plan and adds a goal from the keyboard; the support
network asks for the person's consent."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import GoalStatus, PathStep, Role
from app.services.participants import ParticipantForm, create_participant
from app.services.plans import plan_view
from app.services.uow import Actor, UnitOfWork
from tests.ui.keys import press, type_text
from ui.coaching.plan_dialog import GoalDialog, PlanDialog
from ui.coaching.support_dialog import SupportContactDialog
from ui.operations import Context

FACILITATOR = Actor("Fiia Valmentaja", Role.FACILITATOR)


@pytest.fixture
def participant(coop_db) -> int:
    with UnitOfWork(coop_db, FACILITATOR) as uow:
        return create_participant(
            uow, ParticipantForm("Åsa", "Testinen", date(2026, 9, 1)), today=date(2026, 11, 30)
        )


def test_plan_started_and_a_goal_added(qtbot, coop_db, participant):
    context = Context(coop_db, FACILITATOR)
    dialog = PlanDialog(context, participant)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.started
    dialog.started.selectAll()
    type_text(qtbot, dialog.started, "8.9.2026")
    press(qtbot, dialog.started, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.first_step
    press(qtbot, dialog.first_step, Qt.Key.Key_Down)  # participation work → supported work
    dialog._ok()
    assert dialog.result() == dialog.DialogCode.Accepted
    with UnitOfWork(coop_db, FACILITATOR, write=False) as uow:
        view = plan_view(uow, participant)
    assert (view.started_on, view.step) == (date(2026, 9, 8), PathStep.SUPPORTED_WORK)

    goal = GoalDialog(context, participant, None)
    qtbot.addWidget(goal)
    goal.show()
    type_text(qtbot, goal.text, "Hygieniapassi")
    goal._ok()
    assert goal.result() == goal.DialogCode.Accepted
    with UnitOfWork(coop_db, FACILITATOR, write=False) as uow:
        goals = plan_view(uow, participant).goals
    assert [(g.text, g.status) for g in goals] == [("Hygieniapassi", GoalStatus.OPEN)]


def test_support_contact_without_consent_is_not_saved(qtbot, coop_db, participant):
    dialog = SupportContactDialog(Context(coop_db, FACILITATOR), participant, None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name, "Sirpa Sosiaalinen")
    dialog.consent.clear()
    dialog._ok()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.form.errors["consent_on"].isVisibleTo(dialog)
    assert dialog.name.property("text") == "Sirpa Sosiaalinen"  # what was typed is kept
