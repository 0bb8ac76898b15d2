"""Invoice run: preview a month's invoices, then issue them one by one with their PDFs."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
)

from app.documents.invoice_batch import RunOutcome, issue_month
from app.documents.invoice_mail import mail_account_ready
from app.locale import format_decimal, format_money
from app.services.errors import ServiceError, ValidationError
from app.services.invoice_run import invoice_run_preview
from ui.i18n import current_language, fill
from ui.operations import Context, announce, read
from ui.operations.jobs import FileJob
from ui.widgets.fields import DateField, typed
from ui.widgets.folder_field import FolderField
from ui.widgets.form_dialog import FormDialog, grow_to_fit


def _months(today: date, count: int = 12) -> list[date]:
    """Last month first, then the ones before it."""
    months, month = [], today.replace(day=1)
    for _ in range(count):
        month = (month - timedelta(days=1)).replace(day=1)
        months.append(month)
    return months


class InvoiceRunDialog(FormDialog):
    """Last month by default; nothing is issued before "Issue the invoices" is pressed."""

    def __init__(self, context: Context, parent=None, today: date | None = None) -> None:
        super().__init__(
            self.tr("Invoice run"),
            self.tr(
                "Each customer's unbilled approved hours of the month become one invoice, "
                "issued and written as a PDF into the folder. Cancel stops between invoices: "
                "what was issued stays whole."
            ),
            parent,
        )
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Issue the in&voices"))
        self.context = context
        self.outcome: RunOutcome | None = None
        today = today or date.today()
        self.month = QComboBox()
        for month in _months(today):
            self.month.addItem(f"{month.month}/{month.year}", month)
        self.month.currentIndexChanged.connect(self.load_preview)
        self.form.add_row("month", self.tr("&Month of the hours:"), self.month)
        self.issue_date = self.form.add_row("issue_date", self.tr("Invoice &date:"), DateField())
        self.issue_date.set_date(today)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder_row = FolderField(
            str(Path(documents) / "laskut"), self.tr("&Choose…"), self.tr("PDF folder"), self
        )
        self.folder = folder_row.edit
        self.form.add_row("folder", self.tr("PDF &folder:"), folder_row)
        self.email = QCheckBox(self.tr("&E-mail the invoices to customers with an e-mail address"))
        self.form.add_row("email", "", self.email)
        self.email_reason = QLabel(
            self.tr(
                "No e-mail account is set up: the invoices can be e-mailed once it is set up "
                "in Invoice settings."
            )
        )
        self.email_reason.setWordWrap(True)
        self.form.layout_.addRow("", self.email_reason)
        self._email_ready(read(context, mail_account_ready))
        self.preview = QTableWidget(0, 3)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Customer"), self.tr("Hours"), self.tr("Net total")]
        )
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.form.add_row("preview", self.tr("&Invoices to issue:"), self.preview)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # customer names are data
        self.form.layout_.addRow(self.summary)
        self.preferred = (80, 30)
        self.load_preview()

    def _email_ready(self, ready: bool) -> None:
        self.email.setChecked(ready)
        self.email.setEnabled(ready)
        self.email_reason.setVisible(not ready)

    def load_preview(self) -> None:
        items = read(self.context, invoice_run_preview, self.month.currentData())
        lang = current_language()
        self.preview.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, text in enumerate(
                (item.customer, format_decimal(item.hours, lang), format_money(item.net, lang))
            ):
                self.preview.setItem(row, column, QTableWidgetItem(text))
        self.summary.setText(
            self.tr("%n invoice(s) to issue.", "", len(items))
            if items
            else self.tr("No customer has unbilled approved hours in this month.")
        )

    def _ok(self) -> None:
        """Start the run in the background; the dialog stays open to report how it went."""
        try:
            self.start_run()
        except ValidationError as exc:
            self.show_problems(exc.problems)

    def start_run(self) -> None:
        if self.preview.rowCount() == 0:
            raise ValidationError({"preview": "required"})
        issue_date = self.read("issue_date", lambda w: w.date_value())
        folder = Path(typed(self.folder).strip())
        if not str(folder).strip() or folder.is_file():
            raise ValidationError({"folder": "required"})
        self.emailing = self.email.isEnabled() and self.email.isChecked()
        job = FileJob(
            self,
            self.tr("Issuing the invoices…"),
            partial(issue_month, self.context.db, self.context.actor),
            self.month.currentData(),
            issue_date,
            folder,
            email=self.emailing,
        )
        self.job = job.success(self._done).failure(self._failed)
        job.run()

    def _failed(self, error: BaseException) -> bool:
        if not isinstance(error, ServiceError) or error.code != "no_smtp":
            return False
        # The account was removed after the dialog opened; nothing was issued.
        self._email_ready(False)
        QMessageBox.warning(self, self.windowTitle(), self.email_reason.text())
        return True

    def _done(self, outcome: RunOutcome) -> None:
        self.outcome = outcome
        lines = [
            fill(
                self.tr("Invoices issued: %1. The PDFs are in %2."),
                str(len(outcome.issued)),
                typed(self.folder),
            )
        ]
        if outcome.einvoices:
            lines.append(
                self.tr(
                    "%n customer(s) take e-invoices: their Finvoice files are in the same folder. "
                    "Upload the file(s) to your e-invoice operator's or bank's service; Osuva has "
                    "no connection to operators.",
                    "",
                    len(outcome.einvoices),
                )
            )
        if self.emailing:
            lines.extend(self._mail_lines(outcome))
        if outcome.refused:
            lines.append(self.tr("%n invoice(s) not issued:", "", len(outcome.refused)))
        for customer, _problems in outcome.refused:
            lines.append(
                fill(self.tr("Not issued to %1: check the customer's address and IDs."), customer)
            )
        self.summary.setText("\n".join(lines))
        self.load_preview_keep_summary()
        QTimer.singleShot(0, self._show_summary)  # once the layout has taken the new lines
        announce(self.context, {"invoice": {None}, "invoice_line": {None}})

    def _show_summary(self) -> None:
        grow_to_fit(self)
        self.scroll.ensureWidgetVisible(self.summary)

    def _mail_lines(self, outcome: RunOutcome) -> list[str]:
        lines = [self.tr("%n invoice(s) e-mailed to the customers.", "", len(outcome.emailed))]
        if outcome.by_hand:
            invoices = ", ".join(
                fill(self.tr("%1 (invoice %2)"), customer, number)
                for number, customer in outcome.by_hand
            )
            lines.append(
                fill(
                    self.tr(
                        "%n invoice(s) to send by hand, as the customer has no e-mail address: %1.",
                        "",
                        len(outcome.by_hand),
                    ),
                    invoices,
                )
            )
        if outcome.not_sent:
            lines.append(
                self.tr(
                    "%n invoice(s) not sent. They are issued: send them later with "
                    "E-mail / e-invoice… in the invoice list.",
                    "",
                    len(outcome.not_sent),
                )
            )
        unreachable = [item for item in outcome.not_sent if item.unreachable]
        for item in outcome.not_sent:
            if not item.unreachable:
                lines.append(
                    fill(
                        self.tr("Invoice %1 to %2 not sent: the mail server refused it (%3)."),
                        item.number,
                        item.customer,
                        item.answer,
                    )
                )
        if unreachable:
            lines.append(
                fill(
                    self.tr("Not sent, the mail server could not be reached (%1): %2."),
                    unreachable[0].answer,
                    ", ".join(
                        fill(self.tr("%1 (invoice %2)"), item.customer, item.number)
                        for item in unreachable
                    ),
                )
            )
        return lines

    def load_preview_keep_summary(self) -> None:
        text = self.summary.text()
        self.load_preview()
        self.summary.setText(text)
