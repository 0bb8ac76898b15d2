"""The treasurer looks at the VAT report on screen and saves the journal for the accountant."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.payment_world import TREASURER, build_world
from ui.operations import Context
from ui.payments.reports import ReportsDialog


@pytest.fixture
def dialog(qtbot, coop_db, language, monkeypatch):
    language("fi")
    build_world(coop_db)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: QMessageBox.StandardButton.Ok)
    widget = ReportsDialog(Context(coop_db, TREASURER))
    qtbot.addWidget(widget)
    widget.start.setText("1.10.2026")
    widget.end.setText("31.10.2026")
    return widget


def texts(dialog):
    model = dialog.model
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_vat_report_on_screen(dialog):
    dialog.report.setCurrentIndex(dialog.report.findData("vat"))
    dialog.show_report()
    assert texts(dialog) == [
        ["25,50", "general", "563,19", "143,61"],
        ["0,00", "exempt_social", "1\u00a0240,00", "0,00"],
        ["Yhteensä", "", "1\u00a0803,19", "143,61"],
    ]


def test_save_the_journal_as_csv(dialog, tmp_path):
    dialog.report.setCurrentIndex(dialog.report.findData("journal"))
    dialog.show_report()
    out = tmp_path / "paivakirja.csv"
    assert dialog.save_to(out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert [r[0] for r in rows] == ["Numero", "1", "2", "3", "4", "Yhteensä"]


def test_dates_in_the_wrong_order_are_explained(dialog):
    dialog.end.setText("1.9.2026")
    dialog.show_report()
    assert dialog.problem.text() == "Loppupäivä on ennen alkupäivää."
    assert dialog.model.rowCount() == 0
