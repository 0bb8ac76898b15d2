"""Where people went on leaving, and the follow-ups due: overdue or within two weeks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Destination
from app.services.errors import ValidationError
from app.services.outcomes import (
    DueFollowUp,
    ExitForm,
    OutcomeRow,
    due_followups,
    outcomes,
    participants_without_exit,
    record_exit,
    record_followup,
)
from ui.i18n import current_language, fill
from ui.operations import Context, Operation, read
from ui.users.forms import OperationFormDialog
from ui.widgets.fields import DateField
from ui.widgets.form_dialog import FittedDialog
from ui.widgets.record_list import RecordList
from ui.widgets.table_model import Column, PagedTableModel, date_text

from .labels import DESTINATIONS, destination_label


def _months(row: DueFollowUp, _lang: str) -> str:
    return str(row.months)


class DueTableModel(PagedTableModel[DueFollowUp]):
    CONTEXT = "DueTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("DueTableModel", "Due"), lambda r, lang: date_text(r.due_on, lang),
               sort="due"),
        Column(QT_TRANSLATE_NOOP("DueTableModel", "Name"), lambda r, lang: r.name, sort="name"),
        Column(QT_TRANSLATE_NOOP("DueTableModel", "Months"), _months, numeric=True,
               sort="months"),
        Column(QT_TRANSLATE_NOOP("DueTableModel", "Left on"),
               lambda r, lang: date_text(r.exit_on, lang), sort="exit"),
        Column(QT_TRANSLATE_NOOP("DueTableModel", "Went to"),
               lambda r, lang: destination_label(r.destination)),
    )  # fmt: skip


def _followup(months: int):
    def shown(row: OutcomeRow, lang: str) -> str:
        for m, due, done, result in row.followups:
            if m == months:
                if done is None:
                    return fill(
                        QCoreApplication.translate("ExitTableModel", "due %1"),
                        date_text(due, lang),
                    )
                return f"{date_text(done, lang)} {destination_label(result)}"
        return ""

    return shown


class ExitTableModel(PagedTableModel[OutcomeRow]):
    CONTEXT = "ExitTableModel"
    DEFAULT_SORT = (0, Qt.SortOrder.DescendingOrder)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ExitTableModel", "Left on"),
               lambda r, lang: date_text(r.exit_on, lang), sort="exit"),
        Column(QT_TRANSLATE_NOOP("ExitTableModel", "Name"), lambda r, lang: r.name, sort="name"),
        Column(QT_TRANSLATE_NOOP("ExitTableModel", "Went to"),
               lambda r, lang: destination_label(r.destination)),
        Column(QT_TRANSLATE_NOOP("ExitTableModel", "After 3 months"), _followup(3)),
        Column(QT_TRANSLATE_NOOP("ExitTableModel", "After 6 months"), _followup(6)),
    )  # fmt: skip


def destination_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem("—", None)
    for value in DESTINATIONS:
        combo.addItem(destination_label(value), value)
    return combo


class OutcomesDialog(FittedDialog):
    """The due list; record an exit, or a follow-up's result (Enter on a row)."""

    def __init__(self, context: Context, parent: QWidget | None = None, today=None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Outcomes and follow-ups"))
        self.model = DueTableModel(self)
        self.model.loader = lambda query: read(context, due_followups, self.today, query)
        self.list = RecordList(self.model, self.tr("Follow-ups due"), self)
        self.list.activated.connect(self.record_followup)
        self.exits_model = ExitTableModel(self)
        self.exits_model.loader = lambda query: read(context, outcomes, query)
        self.exits = RecordList(self.exits_model, self.tr("Exits recorded"), self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.list, self.tr("Follow-ups due"))
        self.tabs.addTab(self.exits, self.tr("Exits recorded"))
        intro = QLabel(
            self.tr(
                "Follow-ups 3 and 6 months after someone left: overdue ones and those due in "
                "the next two weeks. Press Enter on a row to record the result."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.exit_button = QPushButton(self.tr("Record an &exit…"), self)
        self.exit_button.clicked.connect(self.record_exit)
        self.followup_button = QPushButton(self.tr("Record the &follow-up…"), self)
        self.followup_button.clicked.connect(lambda: self.record_followup(None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.exit_button)
        buttons.addWidget(self.followup_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.preferred = (90, 24)
        self.reload()
        self.list.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        self.list.reload()
        self.exits.reload()

    def record_exit(self) -> bool:
        dialog = ExitDialog(self.context, self)
        saved = dialog.exec() == ExitDialog.DialogCode.Accepted
        if saved:
            self.reload()
        return saved

    def record_followup(self, row: DueFollowUp | None = None) -> bool:
        row = row or self.list.selected_row()
        if row is None:
            return False
        dialog = FollowUpDialog(self.context, row, self)
        saved = dialog.exec() == FollowUpDialog.DialogCode.Accepted
        if saved:
            self.reload()
        return saved


class ExitDialog(OperationFormDialog):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Record an exit"),
            self.tr(
                "Where the person went on leaving the programme or the cooperative. Follow-ups "
                "3 and 6 months later are scheduled."
            ),
            parent,
        )
        self.context = context
        self.person = QComboBox(self)
        for p in read(context, participants_without_exit):
            self.person.addItem(p.name, p.id)
        form = self.form
        form.add_row("participant_id", self.tr("&Person"), self.person)
        form.add_row("exit_on", self.tr("&Left on"), DateField(date.today()))
        self.destination = destination_combo(self)
        form.add_row("destination", self.tr("&Went to"), self.destination)
        self.new_job = QCheckBox(self.tr("A new &job"), self)
        self.new_business = QCheckBox(self.tr("A new &business"), self)
        self.qualification = QCheckBox(self.tr("Completed a &qualification"), self)
        form.add_row("new_job", self.tr("Counts for the funder"), self.new_job)
        form.add_row("new_business", "", self.new_business)
        form.add_row("completed_qualification", "", self.qualification)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(3 * self.notes.fontMetrics().lineSpacing() + 12)
        form.add_row("notes", self.tr("&Notes"), self.notes)
        self.preferred = (64, 22)

    def operation(self) -> Operation:
        if self.person.currentData() is None:
            raise ValidationError({"participant_id": "required"})
        exit_on = self.read("exit_on", lambda w: w.date_value())
        form = ExitForm(
            self.person.currentData(),
            exit_on,
            self.destination.currentData(),
            self.new_job.isChecked(),
            self.new_business.isChecked(),
            self.qualification.isChecked(),
            self.notes.toPlainText(),
        )
        return Operation(self, self.context, record_exit, form)


class FollowUpDialog(OperationFormDialog):
    def __init__(self, context: Context, row: DueFollowUp, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Record the follow-up"),
            fill(
                self.tr("%1: %2 months after leaving on %3."),
                row.name,
                row.months,
                date_text(row.exit_on, current_language()),
            ),
            parent,
        )
        self.context, self.row = context, row
        form = self.form
        form.add_row("done_on", self.tr("&Followed up on"), DateField(date.today()))
        self.situation = destination_combo(self)
        form.add_row("result", self.tr("&Situation now"), self.situation)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(3 * self.note.fontMetrics().lineSpacing() + 12)
        form.add_row("note", self.tr("&Note"), self.note)
        self.preferred = (60, 14)

    def operation(self) -> Operation:
        done_on = self.read("done_on", lambda w: w.date_value())
        result: Destination | None = self.situation.currentData()
        return Operation(
            self, self.context, record_followup, self.row.id, done_on, result,
            self.note.toPlainText(),
        )  # fmt: skip
