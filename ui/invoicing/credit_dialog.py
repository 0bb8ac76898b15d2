"""Credit a whole invoice or chosen lines: a credit note with its own number."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from app.locale import format_money
from app.services.credit_notes import credit_invoice
from app.services.errors import ValidationError
from app.services.invoice_detail import lines_to_credit
from ui.i18n import current_language, fill
from ui.operations import Context, perform, read
from ui.widgets.fields import DateField
from ui.widgets.form_dialog import FormDialog


class CreditDialog(FormDialog):
    """Every line not credited yet is ticked; untick what stays billed."""

    def __init__(self, context: Context, invoice_id: int, number: str, parent=None) -> None:
        super().__init__(
            fill(self.tr("Credit invoice %1"), number),
            self.tr(
                "The credit note gets the next number and settles the invoice's open amount. "
                "Credited hours can be invoiced again. The invoice itself never changes."
            ),
            parent,
        )
        self.context = context
        self.invoice_id = invoice_id
        self.result_number: int | None = None
        self.lines = QListWidget()
        lang = current_language()
        for line in read(context, lines_to_credit, invoice_id):
            item = QListWidgetItem(f"{line.description} – {format_money(line.gross_amount, lang)}")
            item.setData(Qt.ItemDataRole.UserRole, line.id)
            if line.credited:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setToolTip(self.tr("Already credited"))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            self.lines.addItem(item)
        self.lines.setCurrentRow(0)
        self.form.add_row("lines", self.tr("&Lines to credit:"), self.lines)
        self.issue_date = self.form.add_row(
            "issue_date", self.tr("Credit note &date:"), DateField()
        )
        self.issue_date.set_date(date.today())
        self.preferred = (70, 18)

    def chosen(self) -> list[int]:
        return [
            self.lines.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.lines.count())
            if self.lines.item(i).checkState() == Qt.CheckState.Checked
        ]

    def submit(self) -> None:
        chosen = self.chosen()
        if not chosen:
            raise ValidationError({"lines": "required"})
        day = self.read("issue_date", lambda w: w.date_value())
        issued = perform(self.context, credit_invoice, self.invoice_id, chosen, day)
        self.result_number = issued.number
