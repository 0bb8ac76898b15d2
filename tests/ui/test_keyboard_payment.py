"""A treasurer records a share fee payment without a mouse: the typed amount is what is saved."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import select

from app.domain import SharePayment, ShareSubscription
from app.domain.enums import MemberStatus, Role, SharePaymentMethod
from app.services.uow import Actor
from tests.ui.keys import type_text
from ui.members.shares_dialog import SharesDialog
from ui.members.tab import MembersTab
from ui.operations import Context
from ui.widgets.form_dialog import FormDialog


@pytest.fixture
def tab(qtbot, demo_db, language):
    language("fi")
    widget = MembersTab(Context(demo_db, Actor("test", Role.ADMIN)))
    qtbot.addWidget(widget)
    widget.refresh()
    widget.show()
    return widget


def when_modal(kind: type, act) -> None:
    """Run `act(window)` once a modal window of `kind` is on top."""

    def handle():
        window = QApplication.activeModalWidget()
        if not isinstance(window, kind):
            QTimer.singleShot(20, handle)
            return
        act(window)

    QTimer.singleShot(0, handle)


def payments(db, member_id: int) -> list[SharePayment]:
    with db.sessions() as session:
        return list(
            session.scalars(
                select(SharePayment)
                .join(ShareSubscription)
                .where(ShareSubscription.member_id == member_id)
            )
        )


def test_record_a_payment_by_keyboard(qtbot, tab, demo_db):
    tab.filter.setCurrentIndex(1)  # current members
    model = tab.list.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).open_fee >= Decimal("12.35"))
    tab.list.table.selectRow(row)
    member = tab.selected()
    assert member.status == MemberStatus.MEMBER
    before = {p.id for p in payments(demo_db, member.id)}
    seen = {}

    def pay(dialog: FormDialog) -> None:
        # The focus is in the amount field, not on OK: typing goes where it should.
        field = dialog.focusWidget()
        seen["focus"] = field is dialog.form.widgets["amount"]
        type_text(qtbot, field, "12,35")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        seen["closed"] = not dialog.isVisible()

    def in_shares(shares: SharesDialog) -> None:
        try:
            shares.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is shares)
            when_modal(FormDialog, pay)
            # Alt+K is "&Kirjaa maksu…" (Record payment); the button clicks a moment later.
            qtbot.keyClick(shares.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
            qtbot.waitUntil(lambda: "closed" in seen)
            qtbot.keyClick(shares.focusWidget(), Qt.Key.Key_Escape)
        finally:
            if shares.isVisible():
                shares.reject()

    when_modal(SharesDialog, in_shares)
    tab.shares_button.setFocus()
    qtbot.keyClick(tab.shares_button, Qt.Key.Key_Space)

    assert seen.get("focus") and seen.get("closed"), seen
    new = [p for p in payments(demo_db, member.id) if p.id not in before]
    assert len(new) == 1
    payment = new[0]
    assert payment.amount == Decimal("12.35")
    assert payment.method == SharePaymentMethod.BANK
    assert payment.paid_on == date.today()
    assert payment.wage_month is None


def test_enter_on_an_empty_payment_form_saves_nothing(qtbot, tab, demo_db):
    tab.filter.setCurrentIndex(1)
    tab.list.table.selectRow(0)
    member = tab.selected()
    before = len(payments(demo_db, member.id))
    seen = {}

    def press_enter(dialog: FormDialog) -> None:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.form.errors["amount"].text()
        seen["focus"] = isinstance(dialog.focusWidget(), QLineEdit)
        dialog.reject()

    shares = SharesDialog(tab.context, member, tab)
    qtbot.addWidget(shares)
    when_modal(FormDialog, press_enter)
    shares.record_payment()
    assert seen["open"] and seen["focus"]
    assert seen["message"] == "Tämä kenttä on pakollinen."
    assert len(payments(demo_db, member.id)) == before
