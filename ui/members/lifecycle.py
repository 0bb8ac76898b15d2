"""Dialogs for the membership life cycle: accept, notice, end, delete an application."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.domain.enums import LeavingReason
from app.services.members import MemberRow, delete_member
from app.services.membership import (
    accept_member,
    end_membership,
    pay_member_refunds,
    record_notice,
    reject_application,
)
from ui.i18n import fill
from ui.operations import Context, perform
from ui.widgets.confirm import confirm
from ui.widgets.fields import DateField
from ui.widgets.form import EnumCombo
from ui.widgets.form_dialog import FormDialog


class MembershipActions(QObject):
    """Each method asks for what it needs and returns True when something was saved."""

    def __init__(self, context: Context, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent

    def accept(self, row: MemberRow) -> bool:
        dialog = FormDialog(
            self.tr("Accept as member"),
            fill(
                self.tr("The board accepts %1 as a member. The next member number is given."),
                row.name,
            ),
            self.widget,
        )
        dialog.form.add_row("accepted_on", self.tr("&Accepted on"), DateField(date.today()))
        dialog.form.add_field(
            "board_decision",
            self.tr("Board &decision"),
            placeholder=self.tr("e.g. board meeting 3/2026, § 5"),
        )

        def submit() -> None:
            accepted_on = dialog.read("accepted_on", DateField.date_value)
            decision = dialog.read("board_decision", QLineEdit.text, required=False)
            perform(self.context, accept_member, row.id, accepted_on, decision)

        dialog.submit = submit
        return bool(dialog.exec())

    def notice(self, row: MemberRow) -> bool:
        dialog = FormDialog(
            self.tr("Notice of resignation"),
            fill(
                self.tr(
                    "Record the written notice of %1. End the membership when the notice "
                    "takes effect."
                ),
                row.name,
            ),
            self.widget,
        )
        dialog.form.add_row("notice_on", self.tr("&Notice received on"), DateField(date.today()))

        def submit() -> None:
            notice_on = dialog.read("notice_on", DateField.date_value)
            perform(self.context, record_notice, row.id, notice_on)

        dialog.submit = submit
        return bool(dialog.exec())

    def end(self, row: MemberRow) -> bool:
        dialog = FormDialog(
            self.tr("End membership"),
            fill(
                self.tr(
                    "The membership of %1 ends. The paid share fee is refunded one year "
                    "after the end of the financial year; the register keeps the person "
                    "until then."
                ),
                row.name,
            ),
            self.widget,
        )
        dialog.form.add_row("left_on", self.tr("Membership &ends on"), DateField(date.today()))
        reason = EnumCombo(list(LeavingReason))
        dialog.form.add_row("leaving_reason", self.tr("&Reason"), reason)
        note = QPlainTextEdit()
        note.setTabChangesFocus(True)
        note.setFixedHeight(3 * note.fontMetrics().lineSpacing() + 12)
        dialog.form.add_row("leaving_note", self.tr("E&xplanation (required for expulsion)"), note)

        def submit() -> None:
            left_on = dialog.read("left_on", DateField.date_value)
            perform(
                self.context, end_membership, row.id, left_on, reason.value(), note.toPlainText()
            )

        dialog.submit = submit
        return bool(dialog.exec())

    def reject(self, row: MemberRow) -> bool:
        dialog = FormDialog(
            self.tr("Reject application"),
            fill(self.tr("The board did not accept %1 as a member."), row.name),
            self.widget,
        )
        dialog.form.add_row("decided_on", self.tr("&Decided on"), DateField(date.today()))
        dialog.form.add_field("note", self.tr("&Explanation"))

        def submit() -> None:
            decided_on = dialog.read("decided_on", DateField.date_value)
            note = dialog.read("note", QLineEdit.text, required=False)
            perform(self.context, reject_application, row.id, decided_on, note)

        dialog.submit = submit
        return bool(dialog.exec())

    def refund(self, row: MemberRow) -> bool:
        dialog = FormDialog(
            self.tr("Share fee paid back"),
            fill(
                self.tr(
                    "Record that the share fee was paid back to %1. After this the "
                    "person leaves the member register."
                ),
                row.name,
            ),
            self.widget,
        )
        dialog.form.add_row("paid_on", self.tr("&Paid back on"), DateField(date.today()))

        def submit() -> None:
            paid_on = dialog.read("paid_on", DateField.date_value)
            perform(self.context, pay_member_refunds, row.id, paid_on)

        dialog.submit = submit
        return bool(dialog.exec())

    def delete(self, row: MemberRow) -> bool:
        answer = confirm(
            self.widget,
            self.tr("Delete application"),
            fill(
                self.tr(
                    "Delete the application of %1? Use this only for an application "
                    "entered by mistake. This cannot be undone."
                ),
                row.name,
            ),
        )
        if not answer:
            return False
        perform(self.context, delete_member, row.id)
        return True
