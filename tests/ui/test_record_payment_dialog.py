"""Recording a cash payment for one invoice with the keyboard: the rest stays open."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.services.receivables import open_amounts
from tests.payment_world import TREASURER, build_world
from tests.ui.keys import type_text
from ui.operations import Context
from ui.payments.record_payment import open_record_payment


@pytest.fixture
def world(coop_db):
    return build_world(coop_db)


def test_record_a_partial_payment_by_keyboard(qtbot, world, coop_db, language):
    language("fi")
    dialog = open_record_payment(None, Context(coop_db, TREASURER), world.invoices[2])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    amount = dialog.form.widgets["amount"]
    # The form opens with the open amount in the first field, ready to be typed over.
    assert dialog.focusWidget() is amount
    assert amount.displayText() == "500,00"
    amount.selectAll()
    type_text(qtbot, amount, "120,50")
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    assert dialog.result() == 1
    assert dialog.recorded.open_amount == Decimal("379.50")
    with coop_db.sessions() as session:
        assert open_amounts(session, [world.invoices[2]])[world.invoices[2]] == Decimal("379.50")


def test_a_bad_amount_is_shown_under_its_field(qtbot, world, coop_db, language):
    language("fi")
    dialog = open_record_payment(None, Context(coop_db, TREASURER), world.invoices[2])
    qtbot.addWidget(dialog)
    dialog.show()
    amount = dialog.form.widgets["amount"]
    amount.selectAll()
    type_text(qtbot, amount, "abc")
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.form.errors["amount"].isVisible()
    assert amount.displayText() == "abc"
