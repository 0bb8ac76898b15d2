"""The Members tab driven as a treasurer would: keyboard, filters, life cycle, shares."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from app.domain import Member, SharePayment
from app.domain.enums import MemberKind, MemberStatus, Role
from app.services.uow import Actor
from tests.ui.keys import type_text
from ui.members.member_dialog import MemberDialog
from ui.members.tab import MembersTab
from ui.operations import Context


@pytest.fixture
def tab(qtbot, demo_db, language):
    language("fi")
    widget = MembersTab(Context(demo_db, Actor("test", Role.ADMIN)))
    qtbot.addWidget(widget)
    widget.refresh()
    widget.show()
    return widget


def visible_names(tab) -> list[str]:
    model = tab.list.model
    return [model.index(r, model.NAME).data() for r in range(model.rowCount())]


def loaded_rows(tab) -> list:
    return [tab.list.model.row_at(r) for r in range(tab.list.model.rowCount())]


def when_dialog_opens(qtbot, act) -> None:
    """Run `act(dialog)` on the next modal dialog, once it is shown."""

    def handle():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, handle)
            return
        act(dialog)

    QTimer.singleShot(0, handle)


def tab_through(qtbot, dialog, values: dict[str, str]) -> None:
    """Type each value into the focused field and Tab on; keys name the fields in order."""
    for key, value in values.items():
        widget = dialog.focusWidget()
        assert widget is dialog.form.widgets[key], (key, widget.objectName())
        if value:
            widget.selectAll()
            type_text(qtbot, widget, value)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_add_member_with_keyboard_only(qtbot, tab, demo_db):
    def fill(dialog: MemberDialog):
        tab_through(
            qtbot,
            dialog,
            {
                "first_name": "Väinö",
                "last_name": "Östman",
                "personal_id": "010594Y9032",
            },
        )
        # Birth date, gender and language follow; the identity code fills the first two.
        dialog.form.widgets["email"].setFocus()
        type_text(qtbot, dialog.form.widgets["email"], "vaino@example.org")
        qtbot.keyClick(dialog.form.widgets["email"], Qt.Key.Key_Return)

    when_dialog_opens(qtbot, fill)
    qtbot.keyClick(tab.add_button, Qt.Key.Key_Space)
    with demo_db.sessions() as session:
        member = session.scalars(select(Member).where(Member.last_name == "Östman")).one()
        assert member.first_name == "Väinö"
        assert member.status == MemberStatus.APPLICANT
        assert member.birth_date == date(1994, 5, 1)
        assert member.email == "vaino@example.org"
    assert "Östman, Väinö" in visible_names(tab)
    assert tab.selected().name == "Östman, Väinö"


def test_form_keeps_what_was_typed_and_names_the_wrong_fields(qtbot, tab, demo_db):
    seen = {}

    def fill(dialog: MemberDialog):
        tab_through(
            qtbot,
            dialog,
            {"first_name": "Aino", "last_name": "Ääpeli", "personal_id": "131052-308U"},
        )
        dialog.form.widgets["postal_code"].setFocus()
        type_text(qtbot, dialog.form.widgets["postal_code"], "0610")
        qtbot.keyClick(dialog.form.widgets["postal_code"], Qt.Key.Key_Return)
        seen["visible"] = dialog.isVisible()
        seen["code_error"] = dialog.form.errors["personal_id"].text()
        seen["postal_error"] = dialog.form.errors["postal_code"].text()
        seen["first"] = dialog.form.widgets["first_name"].text()
        dialog.reject()

    when_dialog_opens(qtbot, fill)
    tab.add_member()
    assert seen["visible"]
    assert seen["code_error"]
    assert "viisi numeroa" in seen["postal_error"]
    assert seen["first"] == "Aino"
    with demo_db.sessions() as session:
        assert session.scalar(select(Member.id).where(Member.last_name == "Ääpeli")) is None


def test_filters(qtbot, tab):
    everyone = tab.list.model.total
    tab.filter.setCurrentIndex(2)  # applicants
    assert {r.status for r in loaded_rows(tab)} == {MemberStatus.APPLICANT}
    assert tab.list.count.text() == f"Rivejä: {tab.list.model.rowCount()}"
    tab.filter.setCurrentIndex(3)  # former
    assert {r.status for r in loaded_rows(tab)} == {MemberStatus.FORMER}
    tab.filter.setCurrentIndex(4)  # supporting
    assert {(r.status, r.kind) for r in loaded_rows(tab)} == {
        (MemberStatus.MEMBER, MemberKind.SUPPORTING)
    }
    tab.filter.setCurrentIndex(0)
    assert tab.list.model.total > everyone


def test_accept_applicant_gives_next_number(qtbot, tab, demo_db):
    tab.filter.setCurrentIndex(2)
    tab.list.table.selectRow(0)
    applicant = tab.selected()
    with demo_db.sessions() as session:
        from sqlalchemy import func

        highest = session.scalar(select(func.max(Member.member_number)))

    when_dialog_opens(
        qtbot, lambda d: d.form.widgets["board_decision"].setText("3/2026 § 5") or d._ok()
    )
    tab.accept_action.trigger()
    with demo_db.sessions() as session:
        member = session.get(Member, applicant.id)
        assert member.status == MemberStatus.MEMBER
        assert member.member_number == highest + 1
        assert member.board_decision == "3/2026 § 5"


def test_record_installment_payment(qtbot, tab, demo_db):
    tab.filter.setCurrentIndex(1)
    row_index = next(r for r, row in enumerate(loaded_rows(tab)) if row.open_fee > 0)
    tab.list.table.selectRow(row_index)
    member = tab.selected()
    amount = min(member.open_fee, Decimal("10.00"))

    def pay(dialog):
        type_text(qtbot, dialog.form.widgets["amount"], str(amount).replace(".", ","))
        qtbot.keyClick(dialog.form.widgets["amount"], Qt.Key.Key_Return)

    def in_shares(shares_dialog):
        when_dialog_opens(qtbot, pay)
        shares_dialog.record_payment()
        shares_dialog.accept()

    when_dialog_opens(qtbot, in_shares)
    tab.open_shares()
    with demo_db.sessions() as session:
        from app.domain import ShareSubscription

        paid = session.scalars(
            select(SharePayment)
            .join(ShareSubscription)
            .where(ShareSubscription.member_id == member.id, SharePayment.amount == amount)
        ).all()
        assert paid
    refreshed = next(r for r in tab.list.model._rows if r.id == member.id)
    assert refreshed.open_fee == member.open_fee - amount


def when_question_opens(qtbot, act) -> None:
    """Run `act(box)` on the next question box, once it is the modal window."""

    def handle():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, handle)
            return
        act(box)

    QTimer.singleShot(0, handle)


def test_overpayment_asks_and_enter_answers_no(qtbot, tab, demo_db):
    tab.filter.setCurrentIndex(1)
    tab.list.table.selectRow(0)
    member = tab.selected()
    seen = {}

    def press_enter(box):
        seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Return)

    def pay(dialog):
        type_text(qtbot, dialog.form.widgets["amount"], "999999,00")
        when_question_opens(qtbot, press_enter)
        qtbot.keyClick(dialog.form.widgets["amount"], Qt.Key.Key_Return)
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.form.errors["amount"].isVisibleTo(dialog)
        dialog.reject()

    def in_shares(shares_dialog):
        when_dialog_opens(qtbot, pay)
        shares_dialog.record_payment()
        shares_dialog.accept()

    when_dialog_opens(qtbot, in_shares)
    tab.open_shares()
    assert seen == {"default": True, "open": True, "error": True}
    with demo_db.sessions() as session:
        assert (
            session.scalar(
                select(SharePayment.id).where(SharePayment.amount == Decimal("999999.00"))
            )
            is None
        )
    assert member is not None


def test_print_membership_certificate_to_a_pdf(qtbot, tab, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QPushButton

    printed = tmp_path / "printed.pdf"

    def fake_exec(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    tab.filter.setCurrentIndex(1)
    tab.list.table.selectRow(0)
    member = tab.selected()
    seen = {}

    def print_it(dialog):
        try:
            certificate = dialog.render(tmp_path / "certificate.pdf")
            seen["text"] = PdfReader(certificate).pages[0].extract_text()
            button = dialog.findChild(QPushButton, "print")
            seen["button"] = button.text()
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        finally:
            dialog.reject()

    when_dialog_opens(qtbot, print_it)
    tab.certificate_action.trigger()
    surname, first = member.name.split(", ")
    assert f"{first} {surname}" in seen["text"]
    assert str(member.member_number) in seen["text"]
    assert seen["button"].replace("&", "") == "Tulosta…"
    qtbot.waitUntil(printed.exists)  # rendered in the background, then printed
    assert len(PdfReader(printed).pages) == 1
