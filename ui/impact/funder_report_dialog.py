"""The funder's report: choose the project, the period, the language and PDF or Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QMessageBox, QWidget

from app.documents.funder_output import funder_report_bytes
from app.services.errors import ValidationError
from app.services.funder_report import projects
from ui.operations import Context, read
from ui.widgets.fields import DateField
from ui.widgets.form_dialog import FormDialog

from .common import choose_save_path, language_combo, last_half_year


class FunderReportDialog(FormDialog):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Report to the funder"),
            self.tr(
                "Planned and realised figures, participants, coaching hours, outcomes and the "
                "group's questionnaire change. Counts under five people are shown as “< 5”; "
                "no health information is included."
            ),
            parent,
            save_button=QDialogButtonBox.StandardButton.Save,
        )
        self.context = context
        self.written: Path | None = None
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save…"))
        self.project = QComboBox(self)
        self.project.addItem(self.tr("Every project, each on its own pages"), None)
        for p in read(context, projects):
            self.project.addItem(f"{p.name} ({p.code})", p.code)
        if self.project.count() > 1:
            self.project.setCurrentIndex(1)
        start, end = last_half_year(date.today())
        form = self.form
        form.add_row("project", self.tr("&Project"), self.project)
        form.add_row("from", self.tr("&From"), DateField(start))
        form.add_row("to", self.tr("&To"), DateField(end))
        self.language = language_combo(self)
        form.add_row("language", self.tr("&Language"), self.language)
        self.format = QComboBox(self)
        self.format.addItem(self.tr("PDF document"), "pdf")
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        form.add_row("format", self.tr("F&ormat"), self.format)
        self.preferred = (64, 18)

    def choices(self) -> tuple[str | None, date, date, str, str]:
        """(project code or None, from, to, language, "pdf" or "xlsx"); ValidationError."""
        start = self.read("from", lambda w: w.date_value())
        end = self.read("to", lambda w: w.date_value())
        if end < start:
            raise ValidationError({"to": "before_start"})
        return (
            self.project.currentData(),
            start,
            end,
            self.language.currentData(),
            self.format.currentData(),
        )

    def save_to(self, out: Path) -> Path:
        """Build the report with the dialog's choices and write it to `out`."""
        code, start, end, lang, kind = self.choices()
        data, _count = read(self.context, funder_report_bytes, code, start, end, kind, lang)
        out.write_bytes(data)
        self.written = out
        return out

    def submit(self) -> None:
        code, start, _end, _lang, kind = self.choices()
        prefix = self.tr("funder-report")
        name = f"{prefix}-{code or 'all'}-{start.isoformat()}.{kind}"
        filters = "PDF (*.pdf)" if kind == "pdf" else "Excel (*.xlsx)"
        out = choose_save_path(self, self.tr("Save the report"), name, filters)
        if out is None:
            raise ValidationError({})
        if out.suffix.lower() != f".{kind}":
            out = out.with_suffix(f".{kind}")
        self.save_to(out)
        QMessageBox.information(self, self.tr("Saved"), self.tr("The report was saved."))
