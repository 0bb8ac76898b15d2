"""Exporting invoices as e-invoices from the Invoicing tab, by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.domain.enums import Role
from app.services.uow import Actor
from tests.ui.keys import press, type_text
from tests.unit.einvoice.invoices import add_invoices
from ui.invoicing import einvoice_actions
from ui.invoicing.einvoice_actions import export_einvoices_dialog
from ui.operations import Context

SCHEMA = Path(__file__).parents[1] / "data" / "finvoice" / "Finvoice3.0.xsd"


@pytest.fixture
def messages(monkeypatch):
    """The message boxes the export shows, recorded instead of waiting for a click."""
    shown: list[tuple[str, str]] = []
    box = einvoice_actions.QMessageBox
    monkeypatch.setattr(box, "information", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(box, "warning", lambda _p, title, text: shown.append((title, text)))
    return shown


def _open(qtbot, coop_db, ids):
    tab = QWidget()
    qtbot.addWidget(tab)
    context = Context(coop_db, Actor("Katja Lindroos", Role.TREASURER))
    dialog = export_einvoices_dialog(tab, context, ids)
    qtbot.waitExposed(dialog)
    return dialog


def _type_folder(qtbot, dialog, folder: Path) -> None:
    # The format comes first; Tab moves to the folder, whose text is selected for typing over.
    assert dialog.focusWidget() is dialog.format
    press(qtbot, dialog.format, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.folder
    dialog.folder.selectAll()
    type_text(qtbot, dialog.folder, str(folder))


def test_export_one_invoice_by_keyboard(qtbot, coop_db, tmp_path, messages):
    invoices = add_invoices(coop_db)
    dialog = _open(qtbot, coop_db, [invoices.invoice])
    _type_folder(qtbot, dialog, tmp_path)
    press(qtbot, dialog.folder, Qt.Key.Key_Return)
    target = tmp_path / "finvoice-1.xml"
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert target.exists()
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    assert schema.validate(etree.parse(str(target))), schema.error_log
    assert messages == [("E-invoices exported", f"1 e-invoice file(s) written to {tmp_path}.")]


def test_peppol_chosen_with_the_arrow_keys(qtbot, coop_db, tmp_path, messages):
    invoices = add_invoices(coop_db)
    dialog = _open(qtbot, coop_db, [invoices.invoice, invoices.credit_note])
    press(qtbot, dialog.format, Qt.Key.Key_Down)
    press(qtbot, dialog.format, Qt.Key.Key_Down)
    assert dialog.format.currentText() == "Peppol BIS Billing 3.0 (UBL)"
    _type_folder(qtbot, dialog, tmp_path)
    press(qtbot, dialog.folder, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert sorted(p.name for p in tmp_path.glob("peppol-*.xml")) == [
        "peppol-1.xml",
        "peppol-2.xml",
    ]


def test_a_refused_invoice_is_explained_and_nothing_is_written(qtbot, coop_db, tmp_path, messages):
    invoices = add_invoices(coop_db)
    out = tmp_path / "out"
    out.mkdir()
    dialog = _open(qtbot, coop_db, [invoices.invoice, invoices.reverse_charge])
    press(qtbot, dialog.format, Qt.Key.Key_Down)  # Finvoice with the SOAP envelope
    assert dialog.batch.isEnabled()
    _type_folder(qtbot, dialog, out)
    press(qtbot, dialog.folder, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    title, text = messages[0]
    assert title == "E-invoices not exported"
    assert "No files were written." in text
    assert "Invoice 3 cannot be exported:" in text
    assert "The customer has no e-invoice address" in text
    assert list(out.iterdir()) == []


def test_a_folder_that_does_not_exist_keeps_the_dialog_open(qtbot, coop_db, tmp_path, messages):
    invoices = add_invoices(coop_db)
    dialog = _open(qtbot, coop_db, [invoices.invoice])
    _type_folder(qtbot, dialog, tmp_path / "missing")
    press(qtbot, dialog.folder, Qt.Key.Key_Return)
    assert dialog.isVisible()
    error = dialog.form.errors["folder"]
    assert error.isVisibleTo(dialog)
    assert error.text() == "The folder does not exist. Choose another one."
    assert messages == []
