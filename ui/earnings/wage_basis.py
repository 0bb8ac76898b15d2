"""Save the month's wage basis for payroll as an Excel workbook or a CSV file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QFileDialog, QMessageBox

from app.services.earnings import MissingRate
from app.services.errors import ValidationError
from app.services.wage_basis import export_wage_basis
from ui.i18n import current_language, fill
from ui.operations import Context, read
from ui.widgets.form_dialog import FormDialog


def missing_rate_text(error: MissingRate) -> str:
    """Each member, service and month without a rate, in the user's language."""
    lang = current_language()
    lines = [
        fill(
            QCoreApplication.translate("WageBasisDialog", "No wage rate for %1 in %2 for %3."),
            gap.member,
            gap.service(lang),
            f"{gap.month.month}/{gap.month.year}",
        )
        for gap in error.gaps
    ]
    lines.append(
        QCoreApplication.translate(
            "WageBasisDialog", "Add the missing rates under Wage rates. Nothing was saved."
        )
    )
    return "\n".join(lines)


class WageBasisDialog(FormDialog):
    """Month and format; the file is chosen on Save."""

    def __init__(self, context: Context, month: date | None = None, parent=None) -> None:
        super().__init__(
            "",
            QCoreApplication.translate(
                "WageBasisDialog",
                "Hours per service and rate, kilometres, gross wages by the wage rates and the "
                "share fees to deduct from wages, per member, with totals. Volunteer hours are "
                "listed separately and earn no wage.",
            ),
            parent,
            save_button=QDialogButtonBox.StandardButton.Save,
        )
        self.setWindowTitle(self.tr("Wage basis for payroll"))
        self.context = context
        start = month or date.today()
        self.month = QDateEdit(QDate(start.year, start.month, 1))
        self.month.setDisplayFormat("M/yyyy")
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), ".xlsx")
        self.format.addItem(self.tr("CSV for Excel (.csv)"), ".csv")
        self.form.add_row("month", self.tr("&Month"), self.month)
        self.form.add_row("format", self.tr("&File type"), self.format)
        self.saved_to: Path | None = None
        self.preferred = (60, 12)

    def selected_month(self) -> date:
        value = self.month.date()
        return date(value.year(), value.month(), 1)

    def choose_file(self, month: date, suffix: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"wage-basis-{month:%Y-%m}{suffix}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), str(Path(folder) / name), f"*{suffix}"
        )
        if not path:
            return None
        return Path(path) if Path(path).suffix.lower() == suffix else Path(path + suffix)

    def submit(self) -> None:
        month, suffix = self.selected_month(), self.format.currentData()
        path = self.choose_file(month, suffix)
        if path is None:
            raise ValidationError({})  # cancelled: stay in the dialog
        try:
            count = read(self.context, export_wage_basis, month, path, lang=current_language())
        except MissingRate as exc:
            QMessageBox.warning(self, self.tr("Wage rate missing"), missing_rate_text(exc))
            raise ValidationError({}) from exc
        self.saved_to = path
        QMessageBox.information(
            self,
            self.windowTitle(),
            fill(self.tr("The wage basis of %n member(s) was saved to %1.", "", count), str(path)),
        )
