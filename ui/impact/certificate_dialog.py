"""A participation certificate: whose, which period, in which language, and a statement."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QMessageBox, QPlainTextEdit, QWidget

from app.documents.participation_certificate import certificate_pdf
from app.services.errors import ValidationError
from app.services.participation_certificate import participant_choices
from ui.i18n import LANGUAGE_NAMES, LANGUAGES
from ui.operations import Context, Operation
from ui.users.forms import OperationFormDialog
from ui.widgets.fields import DateField

from .common import choose_save_path, this_year_so_far


class CertificateDialog(OperationFormDialog):
    def __init__(
        self,
        context: Context,
        parent: QWidget | None = None,
        *,
        participant_id: int | None = None,
    ) -> None:
        super().__init__(
            self.tr("Certificate of participation in coaching"),
            self.tr(
                "Sessions and hours attended in the period, the group topics and your "
                "statement, signed by you. The certificate is kept as issued."
            ),
            parent,
            save_button=QDialogButtonBox.StandardButton.Save,
        )
        self.context = context
        self.out: Path | None = None
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("&Issue and save…")
        )
        self.person = QComboBox(self)
        self.person.setEditable(False)
        self.people = read_people(context)
        for p in self.people:
            self.person.addItem(p.name, p.id)
        if participant_id is not None:
            self.person.setCurrentIndex(max(self.person.findData(participant_id), 0))
        start, end = this_year_so_far(date.today())
        form = self.form
        form.add_row("participant", self.tr("&Participant"), self.person)
        form.add_row("period_from", self.tr("&From"), DateField(start))
        form.add_row("period_to", self.tr("&To"), DateField(end))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("The person's own language"), None)
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        form.add_row("language", self.tr("&Language"), self.language)
        self.statement = QPlainTextEdit(self)
        self.statement.setTabChangesFocus(True)
        self.statement.setFixedHeight(5 * self.statement.fontMetrics().lineSpacing() + 12)
        form.add_row("statement", self.tr("Facilitator's &statement (optional)"), self.statement)
        self.preferred = (70, 24)

    def _choose(self) -> Path | None:
        prefix = self.tr("certificate")
        name = f"{prefix}-{self.person.currentText()}.pdf".replace(" ", "-")
        return choose_save_path(self, self.tr("Save the certificate"), name, "PDF (*.pdf)")

    def operation(self) -> Operation:
        if self.person.currentData() is None:
            raise ValidationError({"participant": "required"})
        start = self.read("period_from", lambda w: w.date_value())
        end = self.read("period_to", lambda w: w.date_value())
        if end < start:
            raise ValidationError({"period_to": "before_start"})
        out = self._choose()
        if out is None:
            raise ValidationError({})
        self.out = out.with_suffix(".pdf")

        def issue_and_write(uow, *args, **kwargs) -> Path:
            pdf = certificate_pdf(uow, *args, **kwargs)
            # Written inside the action: a file that cannot be written stores nothing.
            self.out.write_bytes(pdf)
            return self.out

        return Operation(
            self,
            self.context,
            issue_and_write,
            self.person.currentData(),
            start,
            end,
            lang=self.language.currentData(),
            statement=self.statement.toPlainText(),
        ).success(self._saved)

    def _saved(self, _path: Path) -> None:
        QMessageBox.information(self, self.tr("Saved"), self.tr("The certificate was saved."))


def read_people(context: Context):
    from ui.operations import read

    return read(context, participant_choices)
