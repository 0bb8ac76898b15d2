"""The impact dialogs driven as a facilitator would: questionnaire, exits, report, certificate."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from app.domain import FollowUp, Outcome, ParticipationAnswer, ParticipationCertificate
from app.domain.enums import Destination, MeasurementPhase, Role
from app.services.uow import Actor
from tests.unit.impact_data import build
from ui.impact.certificate_dialog import CertificateDialog
from ui.impact.funder_report_dialog import FunderReportDialog
from ui.impact.outcomes_dialog import ExitDialog, FollowUpDialog, OutcomesDialog
from ui.impact.questionnaire_dialog import QuestionnaireDialog
from ui.main_window import MainWindow
from ui.operations import Context

FACILITATOR = Actor("Valma Valmentaja", Role.FACILITATOR)


@pytest.fixture
def data(coop_db):
    return build(coop_db)


@pytest.fixture
def context(coop_db, data):
    return Context(coop_db, FACILITATOR)


@pytest.fixture(autouse=True)
def quiet(monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)


def choose(monkeypatch, module, path):
    monkeypatch.setattr(module, "choose_save_path", lambda *a, **k: path)


def test_funder_report_dialog_saves_the_workbook(qtbot, context, tmp_path, monkeypatch):
    import ui.impact.funder_report_dialog as module

    dialog = FunderReportDialog(context)
    qtbot.addWidget(dialog)
    dialog.form.widgets["from"].setText("1.1.2027")
    dialog.form.widgets["to"].setText("30.6.2027")
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    dialog.language.setCurrentIndex(dialog.language.findData("fi"))
    choose(monkeypatch, module, tmp_path / "raportti")
    dialog._ok()
    assert dialog.result() == FunderReportDialog.DialogCode.Accepted
    sheet = load_workbook(tmp_path / "raportti.xlsx")["IMP-1"]
    rows = [tuple(r)[:4] for r in sheet.iter_rows(values_only=True)]
    assert ("Aloittaneet osallistujat", 60, 10, 13) in rows


def test_funder_report_dialog_refuses_a_backwards_period(qtbot, context, tmp_path, monkeypatch):
    import ui.impact.funder_report_dialog as module

    dialog = FunderReportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.widgets["from"].setText("30.6.2027")
    dialog.form.widgets["to"].setText("1.1.2027")
    choose(monkeypatch, module, tmp_path / "r.pdf")
    dialog._ok()
    assert dialog.isVisible()
    assert dialog.form.errors["to"].text() == "The end is before the start."
    assert dialog.form.widgets["to"].displayText() == "1.1.2027"
    assert not (tmp_path / "r.pdf").exists()


def test_questionnaire_entry_by_keyboard_stores_a_skipped_answer_as_missing(
    qtbot, context, coop_db, data
):
    dialog = QuestionnaireDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.groups.setCurrentIndex(dialog.groups.findData(data.groups["A"]))
    day = dialog.form.widgets["answered_on"]
    day.setText("12.1.2027")
    day.editingFinished.emit()
    dialog.person.setCurrentIndex(dialog.person.findData(data.people[3]))
    dialog.consent.setText("12.1.2027")
    combos = list(dialog.answers.values())
    for combo in combos[1:]:
        combo.setFocus()
        # Down arrow picks the next option: "1 …" after "no answer", then "2 …".
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combos[-1], Qt.Key.Key_Return)
    # Saved, and ready for the next person's sheet: no answers shown back.
    assert dialog.isVisible() and dialog.saved_count == 1
    assert "P3 Testi" in dialog.status.text()
    assert dialog.person.currentData() == data.people[4]
    assert all(combo.currentData() is None for combo in combos)
    with coop_db.sessions() as session:
        values = list(session.scalars(select(ParticipationAnswer.value)))
    assert values.count(None) == 1 and values.count(2) == 9


def test_questionnaire_refuses_someone_not_in_the_group(qtbot, context, data):
    dialog = QuestionnaireDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.groups.setCurrentIndex(dialog.groups.findData(data.groups["B"]))
    dialog.form.widgets["answered_on"].setText("12.1.2027")
    dialog.form.widgets["answered_on"].editingFinished.emit()
    # Nobody is in group B before March: there is no one to choose.
    assert dialog.person.count() == 0
    dialog._ok()
    assert dialog.isVisible()
    assert dialog.form.errors["participant_id"].isVisible()
    assert dialog.phase.currentData() == MeasurementPhase.START


def test_exit_schedules_follow_ups_that_show_on_the_due_list(
    qtbot, context, coop_db, data, language
):
    language("en")
    exit_dialog = ExitDialog(context)
    qtbot.addWidget(exit_dialog)
    exit_dialog.person.setCurrentIndex(exit_dialog.person.findData(data.people[1]))
    exit_dialog.form.widgets["exit_on"].setText("10/01/2027")
    exit_dialog.destination.setCurrentIndex(exit_dialog.destination.findData(Destination.EDUCATION))
    exit_dialog._ok()
    assert exit_dialog.result() == ExitDialog.DialogCode.Accepted
    outcomes = OutcomesDialog(context, today=date(2027, 4, 1))
    qtbot.addWidget(outcomes)
    rows = outcomes.model.rows()
    assert [(r.name, r.months, r.due_on) for r in rows] == [("P1 Testi", 3, date(2027, 4, 10))]

    followup = FollowUpDialog(context, rows[0])
    qtbot.addWidget(followup)
    followup.show()
    followup.form.widgets["done_on"].setText("09/01/2027")
    followup.situation.setCurrentIndex(followup.situation.findData(Destination.OPEN_PART_TIME))
    followup._ok()
    assert followup.isVisible()
    assert "before the person left" in followup.form.errors["done_on"].text()
    followup.form.widgets["done_on"].setText("11/04/2027")
    followup._ok()
    assert followup.result() == FollowUpDialog.DialogCode.Accepted
    outcomes.reload()
    assert outcomes.model.rows() == []
    exits = {
        r.name: outcomes.exits_model.texts(i) for i, r in enumerate(outcomes.exits_model.rows())
    }
    assert exits["P1 Testi"][2:] == (
        "Education", "11/04/2027 Open labour market, part-time", "due 10/07/2027"
    )  # fmt: skip
    with coop_db.sessions() as session:
        done = session.scalar(select(FollowUp).where(FollowUp.months == 3))
        assert (done.done_on, done.result) == (date(2027, 4, 11), Destination.OPEN_PART_TIME)
        assert session.scalar(select(func.count()).select_from(Outcome)) == 4


def test_certificate_dialog_issues_and_saves(qtbot, context, coop_db, data, tmp_path,
                                             monkeypatch):  # fmt: skip
    import ui.impact.certificate_dialog as module

    dialog = CertificateDialog(context, participant_id=data.people[1])
    qtbot.addWidget(dialog)
    dialog.form.widgets["period_from"].setText("1.1.2027")
    dialog.form.widgets["period_to"].setText("30.6.2027")
    dialog.statement.setPlainText("Aktiivinen osallistuja.")
    choose(monkeypatch, module, tmp_path / "todistus.pdf")
    dialog._ok()
    assert dialog.result() == CertificateDialog.DialogCode.Accepted
    assert (tmp_path / "todistus.pdf").read_bytes().startswith(b"%PDF")
    with coop_db.sessions() as session:
        stored = session.scalars(select(ParticipationCertificate)).one()
        assert (stored.sessions, stored.statement) == (3, "Aktiivinen osallistuja.")


def test_treasurer_has_no_impact_menu(qtbot, coop_db, language):
    language("en")
    window = MainWindow(Context(coop_db, Actor("r", Role.TREASURER, 1)), "Osuuskunta")
    qtbot.addWidget(window)
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "Impact" not in menus
    facilitator = MainWindow(Context(coop_db, Actor("v", Role.FACILITATOR, 1)), "Osuuskunta")
    qtbot.addWidget(facilitator)
    assert "Impact" in [a.text().replace("&", "") for a in facilitator.menuBar().actions()]


def test_questionnaire_needs_the_persons_consent(qtbot, context, coop_db, data):
    from app.domain import Participant, ParticipationMeasurement
    from app.services.uow import UnitOfWork

    with UnitOfWork(coop_db) as uow:
        uow.session.get(Participant, data.people[2]).consent_questionnaire_on = None
    dialog = QuestionnaireDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.groups.setCurrentIndex(dialog.groups.findData(data.groups["A"]))
    dialog.form.widgets["answered_on"].setText("12.1.2027")
    dialog.load_people()
    dialog.person.setCurrentIndex(dialog.person.findData(data.people[2]))
    assert dialog.consent.displayText() == ""
    next(iter(dialog.answers.values())).setCurrentIndex(3)
    dialog._ok()
    assert dialog.form.errors["consent_on"].isVisible()
    assert dialog.saved_count == 0
    with coop_db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ParticipationMeasurement)) == 0


def test_funder_report_by_keyboard_alone(qtbot, context, tmp_path, monkeypatch):
    import ui.impact.funder_report_dialog as module
    from tests.ui.keys import type_text

    choose(monkeypatch, module, tmp_path / "raportti.pdf")
    dialog = FunderReportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.project)
    qtbot.keyClick(dialog.project, Qt.Key.Key_Tab)
    start = dialog.form.widgets["from"]
    assert dialog.focusWidget() is start
    start.selectAll()
    type_text(qtbot, start, "1.1.2027")
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    end = dialog.form.widgets["to"]
    end.selectAll()
    type_text(qtbot, end, "30.6.2027")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert dialog.result() == FunderReportDialog.DialogCode.Accepted
    assert (tmp_path / "raportti.pdf").read_bytes().startswith(b"%PDF")
