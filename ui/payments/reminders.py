"""Overdue invoices and their payment reminders; the reference rates late interest uses."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.documents.reminder import reminder_pdf
from app.locale import format_decimal, format_money
from app.services.errors import ServiceError
from app.services.reminders import (
    OverdueRow,
    RateRow,
    add_reference_rate,
    list_reference_rates,
    overdue_invoices,
    plan_reminder,
    send_reminder,
)
from ui.i18n import current_language, fill
from ui.operations import Context, Operation, perform, read
from ui.widgets.fields import DateField, FieldValueError, MoneyField
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form_dialog import FittedDialog, FormDialog
from ui.widgets.pdf_output import PdfOutput
from ui.widgets.table_fit import fit_columns
from ui.widgets.table_model import Column, RowTableModel, date_text

REFUSALS = {
    "too_early": QT_TRANSLATE_NOOP(
        "RemindersDialog",
        "A reminder to a consumer may be sent no earlier than 14 days after the due date or "
        "the previous reminder: from %1.",
    ),
    "missing_rate": QT_TRANSLATE_NOOP(
        "RemindersDialog",
        "The reference rate for the half-year starting %1 is missing. Add it under "
        "Reference rates (Suomen Pankki publishes it).",
    ),
    "paid": QT_TRANSLATE_NOOP("RemindersDialog", "The invoice is paid."),
    "already_sent": QT_TRANSLATE_NOOP(
        "RemindersDialog",
        "A reminder for this invoice was already recorded on this date. Preview prints it again.",
    ),
}


class OverdueModel(RowTableModel[OverdueRow]):
    CONTEXT = "OverdueModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("OverdueModel", "Invoice"), lambda r, lang: r.number),
        Column(QT_TRANSLATE_NOOP("OverdueModel", "Customer"), lambda r, lang: r.customer),
        Column(
            QT_TRANSLATE_NOOP("OverdueModel", "Due"),
            lambda r, lang: date_text(r.due_date, lang),
            lambda r: r.due_date,
        ),
        Column(
            QT_TRANSLATE_NOOP("OverdueModel", "Days late"),
            lambda r, lang: str(r.days_overdue),
            lambda r: r.days_overdue,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("OverdueModel", "Open"),
            lambda r, lang: format_money(r.open_amount, lang),
            lambda r: r.open_amount,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("OverdueModel", "Reminders"),
            lambda r, lang: (
                f"{r.reminders} ({date_text(r.last_reminder, lang)})" if r.reminders else "0"
            ),
            lambda r: r.reminders,
        ),
        Column(
            QT_TRANSLATE_NOOP("OverdueModel", "Next reminder from"),
            lambda r, lang: date_text(r.next_allowed, lang),
            lambda r: r.next_allowed,
        ),
    )


class RemindersDialog(FittedDialog):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.output = PdfOutput(self)
        self.setWindowTitle(self.tr("Payment reminders"))
        intro = QLabel(
            self.tr(
                "Invoices past their due date with money still open. A reminder claims the "
                "open amount, the fee the law allows (consumers and associations at most 5 €, "
                "from 14 days after the due date; businesses and public bodies the 40 € "
                "compensation once) and late interest to its date, with the calculation shown."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.day = DateField(date.today(), self)
        self.day.setAccessibleName(self.tr("Reminder date"))
        self.day.editingFinished.connect(self.refresh)
        day_label = QLabel(self.tr("Reminder &date"), self)
        day_label.setBuddy(self.day)
        top = QHBoxLayout()
        top.addWidget(day_label)
        top.addWidget(self.day)
        top.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = OverdueModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Overdue invoices"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.preview_button = QPushButton(self.tr("&Preview…"), self)
        self.preview_button.clicked.connect(self.preview)
        self.send_button = QPushButton(self.tr("&Send reminder…"), self)
        self.send_button.clicked.connect(self.send)
        self.mail_button = QPushButton(self.tr("&E-mail reminder…"), self)
        self.mail_button.clicked.connect(self.mail)
        rates = QPushButton(self.tr("Reference &rates…"), self)
        rates.clicked.connect(self.rates)
        actions = FlowLayout()
        for button in (self.preview_button, self.send_button, self.mail_button, rates):
            actions.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.preferred = (110, 28)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.table.doubleClicked.connect(lambda _index: self.preview())
        self.refresh()

    def on(self) -> date:
        try:
            return self.day.date_value() or date.today()
        except FieldValueError:
            return date.today()

    def refresh(self) -> None:
        on = self.on()
        rows = read(self.context, overdue_invoices, on)
        self.model.set_rows(rows)
        fit_columns(self.table)
        ready = sum(1 for r in rows if r.can_remind(on))
        self.summary.setText(
            " ".join(
                [
                    self.tr("%n overdue invoice(s).", "", len(rows)),
                    self.tr("%n may be reminded on this date.", "", ready),
                ]
            )
        )
        if rows:
            self.table.selectRow(0)
        self._update()

    def selected(self) -> OverdueRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update(self, *_args) -> None:
        row = self.selected()
        self.preview_button.setEnabled(row is not None)
        self.send_button.setEnabled(row is not None and row.can_remind(self.on()))
        # E-mail a new reminder, or again the one recorded on this date.
        self.mail_button.setEnabled(
            row is not None and (row.can_remind(self.on()) or row.last_reminder == self.on())
        )

    def _renderer(self, invoice_id: int, on: date):
        context = self.context

        def render(out: Path) -> Path:
            out.write_bytes(read(context, reminder_pdf, invoice_id, on))
            return out

        return render

    def _file_name(self, row: OverdueRow) -> str:
        return fill(self.tr("reminder-%1.pdf"), row.number)

    def preview(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.output.open(self._renderer(row.invoice_id, self.on()), self._file_name(row))

    def send(self) -> None:
        """Record the reminder as sent on the date, then save its PDF for mailing or e-mail."""
        row = self.selected()
        if row is None:
            return
        on = self.on()
        plan = read(self.context, plan_reminder, row.invoice_id, on)
        lang = current_language()
        question = fill(
            self.tr(
                "Record a reminder for invoice %1 dated %2? It claims %3 in all: open %4, "
                "fee %5, late interest %6."
            ),
            plan.number,
            date_text(on, lang),
            format_money(plan.total, lang),
            format_money(plan.open_amount, lang),
            format_money(plan.fee, lang),
            format_money(plan.interest.total, lang),
        )
        answer = QMessageBox.question(self, self.tr("Send reminder"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        operation = Operation(self, self.context, send_reminder, row.invoice_id, on).failure(
            lambda error: self._refused(error, plan)
        )
        if operation.run():
            self.refresh()
            self.output.save(self._renderer(row.invoice_id, on), self._file_name(row))

    def mail(self) -> None:
        """E-mail the reminder (recorded once the mail server accepts it)."""
        from .reminder_mail_dialog import ReminderMailDialog

        row = self.selected()
        if row is None:
            return
        plan = read(self.context, plan_reminder, row.invoice_id, self.on())
        if ReminderMailDialog(self.context, plan, self).exec():
            self.refresh()

    def _refused(self, error: BaseException, plan) -> bool:
        if not isinstance(error, ServiceError) or error.code not in REFUSALS:
            return False
        text = QCoreApplication.translate("RemindersDialog", REFUSALS[error.code])
        if error.code == "too_early":
            text = fill(text, date_text(plan.not_before, current_language()))
        elif error.code == "missing_rate":
            text = fill(text, date_text(plan.interest.missing_rates[0], current_language()))
        QMessageBox.warning(self, self.tr("No reminder"), text)
        return True

    def rates(self) -> None:
        RatesDialog(self.context, self).exec()
        self.refresh()


class RateModel(RowTableModel[RateRow]):
    CONTEXT = "RateModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("RateModel", "From"),
            lambda r, lang: date_text(r.valid_from, lang),
            lambda r: r.valid_from,
        ),
        Column(
            QT_TRANSLATE_NOOP("RateModel", "Reference rate"),
            lambda r, lang: f"{format_decimal(r.rate, lang)} %",
            lambda r: r.rate,
            numeric=True,
        ),
    )


class RatesDialog(FittedDialog):
    """Suomen Pankki's reference rate per half-year; late interest adds 7 or 8 points to it."""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Reference rates"))
        intro = QLabel(
            self.tr(
                "Suomen Pankki publishes the reference rate for each half-year (from 1 January "
                "and 1 July). Late interest is the reference rate plus 7 percentage points, or 8 "
                "between businesses."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = RateModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Reference rates"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        add = QPushButton(self.tr("&Add a rate…"), self)
        add.clicked.connect(self.add)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(add)
        layout.addWidget(close)
        self.preferred = (60, 20)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(read(self.context, list_reference_rates))
        fit_columns(self.table)

    def add(self) -> None:
        dialog = self.add_dialog()
        if dialog.exec():
            self.refresh()

    def add_dialog(self) -> FormDialog:
        dialog = FormDialog(self.tr("Add a reference rate"), "", self)
        dialog.form.add_row("valid_from", self.tr("&Half-year from"), DateField())
        dialog.form.add_row("rate", self.tr("&Reference rate (%)"), MoneyField())

        def submit() -> None:
            valid_from = dialog.read("valid_from", DateField.date_value)
            rate = dialog.read("rate", MoneyField.amount)
            perform(self.context, add_reference_rate, valid_from, rate)

        dialog.submit = submit
        dialog.show_problems = lambda problems: _show_rate_problems(dialog, problems)
        return dialog


def _show_rate_problems(dialog: FormDialog, problems: dict[str, str]) -> None:
    own = {
        "half_year": QCoreApplication.translate(
            "RatesDialog", "A half-year starts on 1 January or 1 July."
        ),
        "duplicate": QCoreApplication.translate(
            "RatesDialog", "This half-year already has a rate."
        ),
    }
    FormDialog.show_problems(
        dialog, {k: ("invalid" if v in own else v) for k, v in problems.items()}
    )
    for key, code in problems.items():
        if code in own:
            dialog.form.errors[key].setText(own[code])
            dialog.form.widgets[key].setAccessibleDescription(own[code])
