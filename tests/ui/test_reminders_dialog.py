"""The treasurer sends a payment reminder from the overdue list and adds a reference rate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.domain import ReferenceRate, Reminder
from tests.payment_world import TREASURER, build_world
from tests.ui.keys import type_text
from ui.operations import Context
from ui.payments.reminders import RatesDialog, RemindersDialog
from ui.widgets.pdf_output import PdfOutput


@pytest.fixture
def dialog(qtbot, coop_db, language, monkeypatch):
    language("fi")
    build_world(coop_db)
    with coop_db.sessions() as session:
        session.add(ReferenceRate(valid_from=date(2026, 7, 1), rate=Decimal("2.50")))
        session.commit()
    saved: list[str] = []
    monkeypatch.setattr(PdfOutput, "save", lambda self, render, name: saved.append(name))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    widget = RemindersDialog(Context(coop_db, TREASURER))
    widget.saved = saved
    qtbot.addWidget(widget)
    widget.day.setText("23.11.2026")
    widget.refresh()
    return widget


def test_send_a_reminder_from_the_overdue_list(dialog, coop_db):
    numbers = [dialog.model.row_at(r).number for r in range(dialog.model.rowCount())]
    assert numbers == ["1", "2", "3", "4"]
    dialog.table.selectRow(2)  # invoice 3, a household: 14 days after its due date have passed
    assert dialog.send_button.isEnabled()
    dialog.send()
    with coop_db.sessions() as session:
        reminder = session.scalar(select(Reminder))
    assert (reminder.sent_on, reminder.fee, reminder.interest) == (
        date(2026, 11, 23), Decimal("5.00"), Decimal("0.68")
    )  # fmt: skip
    assert dialog.saved == ["maksumuistutus-3.pdf"]
    # A second one must wait 14 days.
    dialog.table.selectRow(2)
    assert not dialog.send_button.isEnabled()


def test_add_a_reference_rate_for_the_next_half_year(qtbot, dialog, coop_db):
    rates = RatesDialog(dialog.context, dialog)
    qtbot.addWidget(rates)
    form = rates.add_dialog()
    type_text(qtbot, form.form.widgets["valid_from"], "1.8.2027")
    type_text(qtbot, form.form.widgets["rate"], "2,25")
    form._ok()
    assert (
        form.form.errors["valid_from"].text()
        == "Puolivuotiskausi alkaa 1. tammikuuta tai 1. heinäkuuta."
    )
    form.form.widgets["valid_from"].clear()
    type_text(qtbot, form.form.widgets["valid_from"], "1.1.2027")
    form._ok()
    assert form.result() == 1
    rates.refresh()
    assert rates.model.texts(rates.model.rowCount() - 1) == ("1.1.2027", "2,25 %")
