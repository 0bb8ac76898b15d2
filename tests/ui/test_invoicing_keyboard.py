"""A treasurer creates, issues and credits an invoice with the keyboard only."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from app.domain import Invoice, WorkEntry
from app.domain.enums import InvoiceKind, InvoiceState, Role
from app.services.uow import Actor
from tests.invoice_fixtures import add_business
from ui.invoicing.credit_dialog import CreditDialog
from ui.invoicing.draft_dialog import DraftDialog
from ui.main_window import MainWindow
from ui.operations import Context


@pytest.fixture
def window(qtbot, coop_db, language):
    language("en")
    ids = add_business(coop_db)
    window = MainWindow(Context(coop_db, Actor("test", Role.ADMIN)), "Osuuskunta Testi")
    qtbot.addWidget(window)
    window.refresh()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tabs.setCurrentWidget(window.invoicing_tab)
    window.ids = ids
    return window


def when_modal(kind: type, act) -> None:
    """Run `act(window)` once a modal window of `kind` is on top."""

    def handle():
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, kind):
            QTimer.singleShot(20, handle)
            return
        try:
            modal.activateWindow()
            wait_for(lambda: QApplication.activeWindow() is modal)
            act(modal)
        finally:
            if modal.isVisible():
                modal.reject()  # a failed step must not leave the test waiting on a dialog

    QTimer.singleShot(0, handle)


def wait_for(condition, seconds: float = 5) -> None:
    from ui.bench.events import wait_until

    wait_until(condition, seconds)


def back_to(qtbot, window) -> None:
    """The main window is active again once a dialog closed (offscreen Qt does not do it)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def key(qtbot, widget, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, k, modifier)


def invoices(db) -> list[Invoice]:
    with db.sessions() as session:
        return list(session.scalars(select(Invoice).order_by(Invoice.id)))


def test_create_issue_and_credit_by_keyboard(qtbot, window, coop_db):
    tab = window.invoicing_tab
    seen: dict[str, object] = {}

    def fill_draft(dialog: DraftDialog) -> None:
        # The focus starts in the customer list: arrow down to the first customer by name.
        seen["focus"] = dialog.focusWidget() is dialog.customer
        key(qtbot, dialog.customer, Qt.Key.Key_Down)
        seen["customer"] = dialog.customer.currentText()
        key(qtbot, dialog.focusWidget(), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.lines.rowCount() == 1)
        # Enter on a table saves the form (OK is the default button).
        dialog.customer.setFocus()
        key(qtbot, dialog.customer, Qt.Key.Key_Return)
        seen["closed"] = not dialog.isVisible()

    when_modal(DraftDialog, fill_draft)
    key(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    qtbot.waitUntil(lambda: "closed" in seen, timeout=5000)
    assert seen["focus"] and seen["closed"], seen
    assert seen["customer"] == "Maija Meikäläinen"
    [draft] = invoices(coop_db)
    assert draft.state == InvoiceState.DRAFT and draft.total_gross == Decimal("207.08")

    # Issue: Alt+U, then Yes in the question (Enter: Yes is the default there).
    qtbot.waitUntil(lambda: tab.selected() is not None and tab.selected().id == draft.id)
    answers: list[str] = []

    def answer(box: QMessageBox) -> None:
        answers.append(box.text())
        key(qtbot, box, Qt.Key.Key_Return)
        if len(answers) == 1:
            when_modal(QMessageBox, answer)  # then "was issued": Enter closes it

    when_modal(QMessageBox, answer)
    back_to(qtbot, window)
    key(qtbot, tab.list.table, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=5000)
    [issued] = invoices(coop_db)
    assert issued.state == InvoiceState.ISSUED and issued.number == 1

    # Credit the whole invoice: Alt+E, Enter.
    qtbot.waitUntil(lambda: tab.credit_button.isEnabled())
    credited: dict[str, bool] = {}

    def credit(dialog: CreditDialog) -> None:
        credited["ticked"] = dialog.chosen() != []
        key(qtbot, dialog.focusWidget(), Qt.Key.Key_Return)
        credited["closed"] = not dialog.isVisible()

    when_modal(CreditDialog, credit)
    back_to(qtbot, window)
    key(qtbot, tab.list.table, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "closed" in credited, timeout=5000)
    assert credited == {"ticked": True, "closed": True}
    original, note = invoices(coop_db)
    assert note.kind == InvoiceKind.CREDIT_NOTE and note.number == 2
    assert note.total_gross == -original.total_gross
    with coop_db.sessions() as session:
        lines = session.scalars(
            select(WorkEntry.invoice_line_id).where(WorkEntry.id.in_(window.ids["entries_home"]))
        ).all()
    assert lines == [None, None]  # the hours can be invoiced again
    qtbot.waitUntil(lambda: "0,00" in tab.totals.text() or "0.00" in tab.totals.text())


def test_the_invoice_run_previews_then_issues_in_the_background(qtbot, coop_db, tmp_path):
    from datetime import date

    from ui.invoicing.run_dialog import InvoiceRunDialog

    add_business(coop_db)
    dialog = InvoiceRunDialog(Context(coop_db, Actor("test", Role.ADMIN)), today=date(2026, 6, 10))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.month.currentText() == "5/2026"
    assert dialog.preview.rowCount() == 3
    assert invoices(coop_db) == []  # a preview issues nothing
    dialog.folder.setText(str(tmp_path / "laskut"))
    dialog.issue_date.setFocus()
    key(qtbot, dialog.issue_date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    assert [number for number, _, _ in dialog.outcome.issued] == [1, 2]
    assert [customer for customer, _ in dialog.outcome.refused] == ["Rakennus Oy"]
    assert sorted(p.name for p in (tmp_path / "laskut").iterdir()) == [
        "lasku-1.pdf",
        "lasku-2.pdf",
    ]
    assert dialog.preview.rowCount() == 1  # only the refused customer's hours are left
    assert "Rakennus Oy" in dialog.summary.text()


def test_send_an_invoice_by_email_from_the_dialog(qtbot, coop_db, monkeypatch):
    import smtplib
    from datetime import date

    import keyring

    from app.documents.invoice_mail import MailSettings, save_mail_settings
    from app.services.invoice_drafts import DraftForm, create_draft, unbilled_hours
    from app.services.invoice_issue import issue_invoice
    from app.services.uow import UnitOfWork
    from tests.unit.test_invoice_mail import FakeSmtp, MemoryKeyring
    from ui.invoicing.send_dialog import SendDialog

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        ids = add_business(coop_db)
        with UnitOfWork(coop_db) as uow:
            lines = [g.as_line() for g in unbilled_hours(uow, ids["home"])]
            draft = create_draft(uow, DraftForm(ids["home"], date(2026, 6, 1), lines=lines))
            settings = MailSettings("smtp.example", 25, "", "laskut@osuuskunta.example", "none")
            save_mail_settings(uow, settings)
        with UnitOfWork(coop_db) as uow:
            issue_invoice(uow, draft, date(2026, 6, 1))
        FakeSmtp.sent = []
        monkeypatch.setattr(smtplib, "SMTP", FakeSmtp)
        dialog = SendDialog(Context(coop_db, Actor("test", Role.ADMIN)), draft, "1")
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.focusWidget() is dialog.recipient  # the customer has no address yet
        qtbot.keyClicks(dialog.recipient, "maija@example.fi")
        messages: list[str] = []
        when_modal(QMessageBox, lambda box: messages.append(box.text()) or box.accept())
        key(qtbot, dialog.recipient, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.sent_to is not None, timeout=10000)
        assert dialog.sent_to == "maija@example.fi"
        assert [m["To"] for m in FakeSmtp.sent] == ["maija@example.fi"]
        assert FakeSmtp.sent[0]["Subject"] == "Faktura 1"  # the customer's language
    finally:
        keyring.set_keyring(previous)


def test_a_typed_line_by_keyboard(qtbot, window, coop_db):
    seen: dict[str, object] = {}

    def type_in(text: str) -> None:
        # The first key opens the cell's editor (when it is not open yet); the rest go there.
        for ch in text:
            qtbot.keyClicks(QApplication.focusWidget(), ch)
        key(qtbot, QApplication.focusWidget(), Qt.Key.Key_Return)

    def fill_draft(dialog: DraftDialog) -> None:
        key(qtbot, dialog.customer, Qt.Key.Key_Down)
        key(qtbot, dialog.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.lines.rowCount() == 1)
        type_in("Supplies")  # the description's editor is open already
        key(qtbot, dialog.lines, Qt.Key.Key_Right)
        type_in("2")  # typing starts editing the quantity
        key(qtbot, dialog.lines, Qt.Key.Key_Right)
        key(qtbot, dialog.lines, Qt.Key.Key_Right)
        type_in("10.50")
        dialog.customer.setFocus()
        key(qtbot, dialog.customer, Qt.Key.Key_Return)
        seen["closed"] = not dialog.isVisible()

    when_modal(DraftDialog, fill_draft)
    key(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "closed" in seen, timeout=5000)
    assert seen["closed"]
    with coop_db.sessions() as session:
        [invoice] = session.scalars(select(Invoice)).all()
        [line] = invoice.lines
        assert (line.description, line.quantity, line.unit_price, line.net_amount) == (
            "Supplies",
            Decimal("2"),
            Decimal("10.50"),
            Decimal("21.00"),
        )
