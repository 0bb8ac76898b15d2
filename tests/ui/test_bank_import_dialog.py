"""A treasurer imports a bank statement and confirms Osuva's suggestion using only the keyboard."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from app.domain import BankTransaction, TransactionStatus
from app.services.receivables import open_amounts
from tests.payment_world import CAMT, TREASURER, build_world
from tests.ui.keys import press, type_text
from ui.operations import Context
from ui.payments.bank_import import BankImportDialog
from ui.payments.unmatched import AllocateDialog, UnmatchedDialog


@pytest.fixture
def world(coop_db):
    return build_world(coop_db)


@pytest.fixture
def context(coop_db):
    return Context(coop_db, TREASURER)


def opens(db, world):
    with db.sessions() as session:
        amounts = open_amounts(session, world.invoices.values())
    return {n: amounts[i] for n, i in world.invoices.items()}


def active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_import_then_confirm_the_suggestion_by_keyboard(qtbot, world, coop_db, context, language):
    language("fi")
    dialog = BankImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    active(qtbot, dialog)
    assert dialog.load(CAMT / "finnish_november.xml")
    assert dialog.model.rowCount() == 8
    texts = [dialog.model.texts(r)[-1] for r in range(dialog.model.rowCount())]
    assert texts[0] == "Maksaa laskun 1 Esimerkin kaupunki"
    assert "osasuoritus" in texts[1]
    assert dialog.import_button.isEnabled()
    # Alt+K: "Kirjaa 6 maksua" books the statement in the background.
    press(qtbot, dialog.table, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert opens(coop_db, world)[1] == Decimal("0.00")

    waiting = UnmatchedDialog(context)
    qtbot.addWidget(waiting)
    waiting.show()
    active(qtbot, waiting)
    assert waiting.model.rowCount() == 2
    # The list opens with its first row chosen and the focus in it; Down moves to the suggestion.
    press(qtbot, waiting.table, Qt.Key.Key_Down)
    assert waiting.selected().status == TransactionStatus.SUGGESTED
    assert waiting.confirm_button.isEnabled()
    press(qtbot, waiting.table, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: opens(coop_db, world)[3] == Decimal("0.00"))
    assert waiting.model.rowCount() == 1


def test_a_truncated_statement_is_explained_and_nothing_booked(qtbot, world, context, tmp_path):
    broken = tmp_path / "tiliote.xml"
    broken.write_bytes((CAMT / "finnish_november.xml").read_bytes()[:700])
    dialog = BankImportDialog(context)
    qtbot.addWidget(dialog)
    assert not dialog.load(broken)
    assert "cut short" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_allocate_one_credit_to_two_invoices(qtbot, world, coop_db, context, language):
    language("fi")
    dialog = BankImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.load(CAMT / "finnish_november.xml")
    dialog.commit()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    waiting = UnmatchedDialog(context)
    qtbot.addWidget(waiting)
    unmatched = next(
        r for r in range(waiting.model.rowCount())
        if waiting.model.row_at(r).status == TransactionStatus.UNMATCHED
    )  # fmt: skip
    waiting.table.selectRow(unmatched)
    allocate = AllocateDialog(context, waiting.selected(), waiting)
    qtbot.addWidget(allocate)
    allocate.show()
    first, second = allocate.targets[0], allocate.targets[1]
    first.setCurrentIndex(first.findData(world.invoices[3]))
    # A sum that does not match the payment is shown under the first amount; nothing saved.
    allocate.amounts[0].selectAll()
    type_text(qtbot, allocate.amounts[0], "86,80")
    allocate._ok()
    assert allocate.form.errors["amount.0"].isVisible()
    assert opens(coop_db, world)[3] == Decimal("86.80")
    second.setCurrentIndex(second.findData(world.invoices[4]))
    type_text(qtbot, allocate.amounts[1], "12,20")
    allocate._ok()
    assert allocate.result() == 1
    assert opens(coop_db, world)[3] == Decimal("0.00")
    assert opens(coop_db, world)[4] == Decimal("107.80")
    with coop_db.sessions() as session:
        stored = session.scalar(select(BankTransaction).where(BankTransaction.amount == 99))
        assert stored.status == TransactionStatus.MATCHED


def test_search_and_a_payment_handled_meanwhile(qtbot, world, coop_db, context, monkeypatch):
    from app.services.payments import ignore_transaction
    from app.services.uow import UnitOfWork

    dialog = BankImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.load(CAMT / "finnish_november.xml")
    dialog.commit()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    waiting = UnmatchedDialog(context)
    qtbot.addWidget(waiting)
    type_text(qtbot, waiting.search, "virtanen")
    assert [waiting.model.row_at(r).payer_name for r in range(waiting.model.rowCount())] == [
        "VIRTANEN MATTI"
    ]
    # Another user ignores it before this one confirms: told so, and the list is refreshed.
    with UnitOfWork(coop_db, TREASURER) as uow:
        ignore_transaction(uow, waiting.selected().id)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    waiting.confirm()
    assert told and "handled meanwhile" in told[0]
    assert waiting.model.rowCount() == 0
