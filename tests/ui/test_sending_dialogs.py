"""A treasurer e-mails a payment reminder and sends an invoice to an e-invoice customer,
by keyboard, with a stand-in mail server and folder picker."""

from __future__ import annotations

import smtplib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import select

from app.documents.invoice_mail import MailSettings, save_mail_settings
from app.domain import Customer, InvoiceSending, ReferenceRate, Reminder
from app.domain.enums import Role
from app.services.invoice_drafts import DraftForm, create_draft, unbilled_hours
from app.services.invoice_issue import issue_invoice
from app.services.uow import Actor, UnitOfWork
from tests.invoice_fixtures import add_business
from tests.payment_world import TREASURER, build_world
from tests.ui.test_invoicing_keyboard import key, wait_for, when_modal
from tests.unit.test_invoice_mail import FakeSmtp, memory_keyring  # noqa: F401 (a fixture)
from ui.invoicing.einvoice_send_dialog import FOLDER_KEY, EInvoiceSendDialog
from ui.main_window import MainWindow
from ui.operations import Context
from ui.payments.reminder_mail_dialog import ReminderMailDialog
from ui.payments.reminders import RemindersDialog

XSD = Path(__file__).resolve().parents[1] / "data" / "finvoice" / "Finvoice3.0.xsd"


@pytest.fixture
def mail_server(coop_db, memory_keyring, monkeypatch):  # noqa: F811
    with UnitOfWork(coop_db) as uow:
        settings = MailSettings("smtp.example", 25, "", "laskut@osuuskunta.example", "none")
        save_mail_settings(uow, settings)
    FakeSmtp.sent = []
    monkeypatch.setattr(smtplib, "SMTP", FakeSmtp)
    return FakeSmtp


def test_email_a_reminder_by_keyboard(qtbot, coop_db, language, mail_server):
    language("fi")
    build_world(coop_db)
    with coop_db.sessions() as session:
        session.add(ReferenceRate(valid_from=date(2026, 7, 1), rate=Decimal("2.50")))
        session.commit()
    dialog = RemindersDialog(Context(coop_db, TREASURER))
    qtbot.addWidget(dialog)
    dialog.day.setText("23.11.2026")
    dialog.refresh()
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.table.setFocus()
    key(qtbot, dialog.table, Qt.Key.Key_Down)
    key(qtbot, dialog.table, Qt.Key.Key_Down)  # invoice 3, a household: it may be reminded
    assert dialog.selected().number == "3"
    seen: dict[str, object] = {}

    def send(mail: ReminderMailDialog) -> None:
        seen["focus"] = mail.focusWidget() is mail.recipient  # the customer has no address
        qtbot.keyClicks(mail.recipient, "matti@example.fi")
        when_modal(QMessageBox, lambda box: seen.update(told=box.text()) or box.accept())
        key(qtbot, mail.recipient, Qt.Key.Key_Return)
        wait_for(lambda: mail.sent_to is not None, 10)

    when_modal(ReminderMailDialog, send)
    # Alt+S: "Muistutus &sähköpostilla…" (the button clicks a moment later)
    key(qtbot, dialog.table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "told" in seen, timeout=15000)
    assert seen["focus"]
    assert seen["told"] == "Muistutus lähetettiin osoitteeseen matti@example.fi."
    [message] = mail_server.sent
    assert message["Subject"] == "Maksumuistutus: lasku 3"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content().startswith(b"%PDF")
    with coop_db.sessions() as session:
        [reminder] = session.scalars(select(Reminder)).all()
        [sending] = session.scalars(select(InvoiceSending)).all()
        assert (sending.channel, sending.reminder_id) == ("reminder", reminder.id)
    # The list now shows the reminder recorded on that day.
    row = dialog.model.row_at(2)
    assert (row.number, row.reminders, row.last_reminder) == ("3", 1, date(2026, 11, 23))


def test_a_refused_reminder_mail_keeps_the_dialog_and_records_nothing(
    qtbot, coop_db, language, mail_server, monkeypatch
):
    language("en")
    world = build_world(coop_db)
    with coop_db.sessions() as session:
        session.add(ReferenceRate(valid_from=date(2026, 7, 1), rate=Decimal("2.50")))
        session.commit()

    def refuse(self, message):
        raise smtplib.SMTPRecipientsRefused({"x@example.fi": (550, b"No such user")})

    monkeypatch.setattr(FakeSmtp, "send_message", refuse)
    from app.services.reminders import plan_reminder
    from ui.operations import read

    context = Context(coop_db, TREASURER)
    plan = read(context, plan_reminder, world.invoices[3], date(2026, 11, 23))
    mail = ReminderMailDialog(context, plan)
    qtbot.addWidget(mail)
    mail.show()
    qtbot.keyClicks(mail.recipient, "x@example.fi")
    told: list[str] = []
    when_modal(QMessageBox, lambda box: told.append(box.text()) or box.accept())
    key(qtbot, mail.recipient, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert told[0].startswith("The mail server did not accept the reminder, and nothing")
    assert mail.isVisible() and mail.recipient.displayText() == "x@example.fi"
    with coop_db.sessions() as session:
        assert session.scalars(select(Reminder)).all() == []
        assert session.scalars(select(InvoiceSending)).all() == []


@pytest.fixture
def window(qtbot, coop_db, language):
    language("en")
    ids = add_business(coop_db)
    with UnitOfWork(coop_db) as uow:
        town = uow.session.get(Customer, ids["town"])
        town.einvoice_address, town.einvoice_operator = "003701777365", "003721291126"
        lines = [g.as_line() for g in unbilled_hours(uow, ids["town"])]
        draft = create_draft(uow, DraftForm(ids["town"], date(2026, 6, 1), lines=lines))
    with UnitOfWork(coop_db) as uow:
        issue_invoice(uow, draft, date(2026, 6, 1))
    window = MainWindow(Context(coop_db, Actor("test", Role.ADMIN)), "Osuuskunta Testi")
    qtbot.addWidget(window)
    window.refresh()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tabs.setCurrentWidget(window.invoicing_tab)
    window.draft = draft
    return window


def test_send_to_an_e_invoice_customer_writes_the_finvoice(
    qtbot, window, coop_db, tmp_path, monkeypatch
):
    out = tmp_path / "verkkolaskut"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    tab = window.invoicing_tab
    qtbot.waitUntil(lambda: tab.list.model.rowCount() == 1)
    tab.list.select_id(window.draft)
    seen: dict[str, object] = {}

    def write(dialog: EInvoiceSendDialog) -> None:
        seen["focus"] = dialog.focusWidget() is dialog.folder
        key(qtbot, dialog.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        wait_for(lambda: dialog.folder.displayText() == str(out))
        when_modal(QMessageBox, lambda box: seen.update(told=box.text()) or box.accept())
        key(qtbot, dialog.folder, Qt.Key.Key_Return)

    when_modal(EInvoiceSendDialog, write)
    # Alt+A: "E-m&ail / e-invoice…" opens the e-invoice dialog for this customer.
    key(qtbot, tab.list.table, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "told" in seen, timeout=15000)
    assert seen["focus"]
    path = out / "finvoice-1.xml"
    assert f"The e-invoice was written to {path}." in seen["told"]
    assert "upload this file to your e-invoice operator's or your bank's" in seen["told"]
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(etree.parse(str(path))), schema.error_log  # plain: no coop operator
    with coop_db.sessions() as session:
        [sending] = session.scalars(select(InvoiceSending)).all()
        assert (sending.channel, sending.recipient) == ("einvoice", "003701777365 / 003721291126")
    assert QSettings().value(FOLDER_KEY) == str(out)
    # Next time the dialog offers the same folder.
    dialog = EInvoiceSendDialog(
        tab.context, window.draft, "1", read_route(tab.context, window.draft)
    )
    qtbot.addWidget(dialog)
    assert dialog.folder.displayText() == str(out)
    assert "e-invoice file for the address 003701777365 / 003721291126" in dialog.history.text()


def read_route(context, invoice_id):
    from app.services.einvoice_sending import einvoice_route
    from ui.operations import read

    return read(context, einvoice_route, invoice_id)
