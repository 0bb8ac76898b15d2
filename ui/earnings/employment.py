"""A member's employment periods and employment certificates (työtodistus)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.earnings import EndReason
from app.domain.enums import Language
from app.locale import format_date
from app.services.employment import (
    CertificateRow,
    EmploymentForm,
    PeriodRow,
    add_employment_period,
    certificate_pdf,
    delete_employment_period,
    employment_of,
    issue_certificate,
    update_employment_period,
)
from app.services.errors import ServiceError, ValidationError
from ui.i18n import fill
from ui.labels import label
from ui.operations import Context, perform, read
from ui.widgets.confirm import confirm
from ui.widgets.fields import DateField, FieldValueError
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form_dialog import FittedDialog, FormDialog
from ui.widgets.service_errors import show_service_error
from ui.widgets.table_fit import fit_columns
from ui.widgets.table_model import Column, RowTableModel

REASONS = {
    EndReason.FIXED_TERM_ENDED: QT_TRANSLATE_NOOP("EndReason", "The fixed-term contract ended"),
    EndReason.EMPLOYEE_RESIGNED: QT_TRANSLATE_NOOP("EndReason", "The employee resigned"),
    EndReason.EMPLOYER_TERMINATED: QT_TRANSLATE_NOOP(
        "EndReason", "The employer terminated the contract"
    ),
    EndReason.MUTUAL_AGREEMENT: QT_TRANSLATE_NOOP("EndReason", "Ended by mutual agreement"),
    EndReason.RETIREMENT: QT_TRANSLATE_NOOP("EndReason", "The employee retired"),
    EndReason.OTHER: QT_TRANSLATE_NOOP("EndReason", "Ended for another reason"),
}


def reason_text(reason: EndReason | None) -> str:
    return QCoreApplication.translate("EndReason", REASONS[reason]) if reason else ""


class PeriodModel(RowTableModel[PeriodRow]):
    CONTEXT = "PeriodModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("PeriodModel", "Start"),
            lambda r, lang: format_date(r.starts_on, lang),
        ),
        Column(
            QT_TRANSLATE_NOOP("PeriodModel", "End"),
            lambda r, lang: format_date(r.ends_on, lang) if r.ends_on else "",
        ),
        Column(
            QT_TRANSLATE_NOOP("PeriodModel", "Reason for ending"),
            lambda r, lang: reason_text(r.end_reason),
        ),
    )


def _options(row: CertificateRow, lang: str) -> str:
    parts = []
    if row.with_reason:
        parts.append(QCoreApplication.translate("CertificateModel", "reason for ending"))
    if row.with_assessment:
        parts.append(QCoreApplication.translate("CertificateModel", "assessment"))
    return ", ".join(parts)


class CertificateModel(RowTableModel[CertificateRow]):
    CONTEXT = "CertificateModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("CertificateModel", "Issued"),
            lambda r, lang: format_date(r.issued_on, lang),
        ),
        Column(
            QT_TRANSLATE_NOOP("CertificateModel", "Language"), lambda r, lang: label(r.language)
        ),
        Column(QT_TRANSLATE_NOOP("CertificateModel", "On request"), _options),
        Column(QT_TRANSLATE_NOOP("CertificateModel", "Issued by"), lambda r, lang: r.issued_by),
    )


class PeriodDialog(FormDialog):
    def __init__(self, context: Context, member_id: int, row: PeriodRow | None = None, parent=None):
        super().__init__("", parent=parent, save_button=QDialogButtonBox.StandardButton.Save)
        self.setWindowTitle(
            self.tr("Edit employment period") if row else self.tr("Add employment period")
        )
        self.context, self.member_id, self.row = context, member_id, row
        self.reason = QComboBox()
        self.reason.addItem("—", None)
        for reason in EndReason:
            self.reason.addItem(reason_text(reason), reason)
        self.form.add_row("starts_on", self.tr("&Start"), DateField(row.starts_on if row else None))
        self.form.add_row("ends_on", self.tr("&End"), DateField(row.ends_on if row else None))
        self.form.add_row("end_reason", self.tr("&Reason for ending"), self.reason)
        if row:
            self.reason.setCurrentIndex(max(self.reason.findData(row.end_reason), 0))
        self.preferred = (60, 12)

    def submit(self) -> None:
        values, problems = {}, {}
        for key in ("starts_on", "ends_on"):
            try:
                values[key] = self.form.widgets[key].date_value()
            except FieldValueError as exc:
                values[key], problems[key] = None, exc.code
        if problems:
            raise ValidationError(problems)
        form = EmploymentForm(values["starts_on"], values["ends_on"], self.reason.currentData())
        if self.row is None:
            perform(self.context, add_employment_period, self.member_id, form)
        else:
            perform(self.context, update_employment_period, self.row.id, form)


class CertificateDialog(FormDialog):
    """What the member asked for; the certificate is issued, stored and then saved as PDF."""

    def __init__(self, context: Context, member_id: int, language: Language, parent=None):
        super().__init__(
            "",
            QCoreApplication.translate(
                "CertificateDialog",
                "The certificate always states the employment period(s) and the tasks. The "
                "reason for ending and an assessment of skills and conduct are added only when "
                "the member asks for them. An issued certificate cannot be changed: a "
                "correction is a new certificate.",
            ),
            parent,
            save_button=QDialogButtonBox.StandardButton.Ok,
        )
        self.setWindowTitle(self.tr("Issue an employment certificate"))
        self.context, self.member_id = context, member_id
        self.language = QComboBox()
        for lang in Language:
            self.language.addItem(label(lang), lang.value)
        self.language.setCurrentIndex(self.language.findData(language.value))
        self.with_reason = QCheckBox(self.tr("Include: the member asked for it"))
        self.with_assessment = QCheckBox(self.tr("Include: the member asked for it"))
        self.assessment = QPlainTextEdit()
        self.assessment.setTabChangesFocus(True)
        self.assessment.setFixedHeight(6 * self.assessment.fontMetrics().lineSpacing() + 12)
        self.assessment.setEnabled(False)
        self.with_assessment.toggled.connect(self.assessment.setEnabled)
        self.form.add_row("language", self.tr("&Language"), self.language)
        self.form.add_row("with_reason", self.tr("&Reason for ending"), self.with_reason)
        self.form.add_row(
            "with_assessment", self.tr("&Assessment of skills and conduct"), self.with_assessment
        )
        self.form.add_row("assessment", self.tr("Assessment &text"), self.assessment)
        self.issued: bytes | None = None
        self.preferred = (70, 26)

    def submit(self) -> None:
        assessment = self.assessment.toPlainText() if self.with_assessment.isChecked() else None
        issued = perform(
            self.context,
            issue_certificate,
            self.member_id,
            lang=self.language.currentData(),
            with_reason=self.with_reason.isChecked(),
            assessment=assessment,
        )
        self.issued = issued.pdf


def save_pdf(parent: QWidget, pdf: bytes, name: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("EmploymentDialog", "Save the certificate"),
        str(Path(folder) / name),
        "PDF (*.pdf)",
    )
    if not path:
        return None
    target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
    try:
        target.write_bytes(pdf)
    except OSError as exc:
        QMessageBox.warning(parent, parent.windowTitle(), str(exc.strerror or exc))
        return None
    return target


class EmploymentDialog(FittedDialog):
    def __init__(self, context: Context, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.member_id = context, member_id
        self.periods = PeriodModel(self)
        self.certificates = CertificateModel(self)
        self.period_table = self._table(self.periods, self.tr("Employment periods"))
        self.certificate_table = self._table(self.certificates, self.tr("Issued certificates"))
        add = QPushButton(self.tr("&Add period…"), self)
        add.clicked.connect(self.add_period)
        edit = QPushButton(self.tr("&Edit period…"), self)
        edit.clicked.connect(self.edit_period)
        delete = QPushButton(self.tr("&Delete period…"), self)
        delete.clicked.connect(self.delete_period)
        issue = QPushButton(self.tr("&Issue a certificate…"), self)
        issue.clicked.connect(self.issue)
        copy = QPushButton(self.tr("Save a &copy…"), self)
        copy.clicked.connect(self.save_copy)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        period_buttons, certificate_buttons = FlowLayout(), FlowLayout()
        for button in (add, edit, delete):
            period_buttons.addWidget(button)
        for button in (issue, copy):
            certificate_buttons.addWidget(button)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        periods_label = QLabel(self.tr("Employment &periods"), self)
        periods_label.setBuddy(self.period_table)
        layout.addWidget(periods_label)
        layout.addWidget(self.period_table, 1)
        layout.addLayout(period_buttons)
        certificates_label = QLabel(self.tr("Issued ce&rtificates"), self)
        certificates_label.setBuddy(self.certificate_table)
        layout.addWidget(certificates_label)
        layout.addWidget(self.certificate_table, 1)
        layout.addLayout(certificate_buttons)
        layout.addWidget(close)
        self.preferred = (80, 30)
        self.refresh()

    def _table(self, model: RowTableModel, name: str) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setAccessibleName(name)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        return table

    def refresh(self) -> None:
        self.employment = read(self.context, employment_of, self.member_id)
        self.setWindowTitle(fill(self.tr("Employment: %1"), self.employment.name))
        self.heading.setText(
            fill(
                self.tr(
                    "%1's employment by the cooperative. The tasks on the certificate are the "
                    "services the member worked in during these periods."
                ),
                self.employment.name,
            )
        )
        self.periods.set_rows(self.employment.periods)
        self.certificates.set_rows(self.employment.certificates)
        fit_columns(self.period_table)
        fit_columns(self.certificate_table)

    def _selected(self, table: QTableView, model: RowTableModel):
        rows = table.selectionModel().selectedRows()
        return model.row_at(rows[0].row()) if rows else None

    def add_period(self) -> None:
        if PeriodDialog(self.context, self.member_id, None, self).exec():
            self.refresh()

    def edit_period(self) -> None:
        row = self._selected(self.period_table, self.periods)
        if row is not None and PeriodDialog(self.context, self.member_id, row, self).exec():
            self.refresh()

    def delete_period(self) -> None:
        row = self._selected(self.period_table, self.periods)
        if row is None or not confirm(
            self, self.tr("Delete period"), self.tr("Delete the selected employment period?")
        ):
            return
        try:
            perform(self.context, delete_employment_period, row.id)
        except ServiceError as exc:
            show_service_error(self, exc)
        self.refresh()

    def issue(self) -> None:
        dialog = CertificateDialog(self.context, self.member_id, self.employment.language, self)
        if dialog.exec() and dialog.issued is not None:
            self.refresh()
            save_pdf(self, dialog.issued, self.file_name())

    def save_copy(self) -> None:
        row = self._selected(self.certificate_table, self.certificates)
        if row is None:
            return
        save_pdf(self, read(self.context, certificate_pdf, row.id), self.file_name())

    def file_name(self) -> str:
        prefix = self.tr("employment-certificate")
        return f"{prefix}-{self.employment.name}.pdf".replace(" ", "-")
