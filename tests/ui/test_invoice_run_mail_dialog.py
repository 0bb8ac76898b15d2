"""The invoice run e-mails the invoices when its option is on, chosen by keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.domain import Customer, InvoiceSending
from app.domain.enums import Role
from app.services.uow import Actor, UnitOfWork
from tests.invoice_fixtures import add_business
from tests.ui.test_invoicing_keyboard import key
from tests.ui.test_sending_dialogs import mail_server  # noqa: F401 (a fixture)
from tests.unit.test_invoice_mail import memory_keyring  # noqa: F401 (a fixture)
from ui.invoicing.run_dialog import InvoiceRunDialog
from ui.operations import Context

ALT = Qt.KeyboardModifier.AltModifier


def shown(qtbot, coop_db) -> InvoiceRunDialog:
    dialog = InvoiceRunDialog(Context(coop_db, Actor("test", Role.ADMIN)), today=date(2026, 6, 10))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_the_run_emails_the_invoices_when_the_option_is_on(
    qtbot,
    coop_db,
    tmp_path,
    language,
    mail_server,  # noqa: F811
):
    language("fi")
    ids = add_business(coop_db)
    with UnitOfWork(coop_db) as uow:
        uow.session.get(Customer, ids["town"]).email = "laskut@aanekoski.example"
    dialog = shown(qtbot, coop_db)
    assert dialog.email.isChecked() and dialog.email.isEnabled()  # an account is set up
    assert not dialog.email_reason.isVisible()
    dialog.folder.setText(str(tmp_path / "laskut"))
    dialog.month.setFocus()
    # Alt+T: "Lähe&tä laskut sähköpostilla…" (the box toggles a moment later): off, on again
    key(qtbot, dialog.month, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: not dialog.email.isChecked())
    key(qtbot, dialog.email, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(dialog.email.isChecked)
    assert dialog.focusWidget() is dialog.email
    key(qtbot, dialog.email, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    # The town has an address; the household has none; the builder was not issued.
    assert [m["To"] for m in mail_server.sent] == ["laskut@aanekoski.example"]
    with UnitOfWork(coop_db, write=False) as uow:
        sent = [(s.channel, s.recipient) for s in uow.session.scalars(select(InvoiceSending))]
    assert sent == [("email", "laskut@aanekoski.example")]
    summary = dialog.summary.text()
    assert "1 lasku lähetettiin sähköpostilla asiakkaille." in summary
    assert "Maija Meikäläinen (lasku 1)" in summary
    assert "1 lasku lähetettävä itse" in summary
    assert "Rakennus Oy" in summary


def test_without_a_mail_account_the_option_is_off_and_says_why(
    qtbot,
    coop_db,
    tmp_path,
    memory_keyring,  # noqa: F811
):
    add_business(coop_db)
    dialog = shown(qtbot, coop_db)
    assert not dialog.email.isEnabled() and not dialog.email.isChecked()
    assert dialog.email_reason.isVisible()
    assert "Invoice settings" in dialog.email_reason.text()
    dialog.folder.setText(str(tmp_path / "laskut"))
    key(qtbot, dialog.month, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    assert len(dialog.outcome.issued) == 2 and dialog.outcome.emailed == []
    assert "e-mailed" not in dialog.summary.text()


def test_an_account_removed_meanwhile_is_told_and_nothing_is_issued(
    qtbot,
    coop_db,
    tmp_path,
    mail_server,  # noqa: F811
):
    from PySide6.QtWidgets import QMessageBox

    from app.documents.invoice_mail import MailSettings, save_mail_settings
    from tests.ui.test_invoicing_keyboard import invoices, when_modal

    add_business(coop_db)
    dialog = shown(qtbot, coop_db)
    assert dialog.email.isChecked()
    with UnitOfWork(coop_db) as uow:
        save_mail_settings(uow, MailSettings())  # someone cleared the account meanwhile
    dialog.folder.setText(str(tmp_path / "laskut"))
    told: list[str] = []
    when_modal(QMessageBox, lambda box: told.append(box.text()) or box.accept())
    key(qtbot, dialog.month, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert told == [dialog.email_reason.text()]
    assert not dialog.email.isEnabled() and dialog.email_reason.isVisible()
    assert invoices(coop_db) == [] and dialog.outcome is None
