"""An invoice's PDF: open, save or print it, in the invoice's language or another."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from app.documents.invoice import render_invoice_file
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, fill
from ui.operations import Context
from ui.widgets.form_dialog import FittedDialog
from ui.widgets.pdf_output import PdfOutput

from .sending_history import SendingHistory


class InvoicePdfDialog(FittedDialog):
    def __init__(self, context: Context, invoice_id: int, number: str, parent=None) -> None:
        super().__init__(parent)
        self.context, self.invoice_id, self.number = context, invoice_id, number
        self.setWindowTitle(fill(self.tr("Invoice %1 as PDF"), number or self.tr("(draft)")))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("The invoice's language"), None)
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        label = QLabel(self.tr("Document &language:"), self)
        label.setBuddy(self.language)
        form = QFormLayout()
        form.addRow(label, self.language)
        self.output = PdfOutput(self)
        buttons = QDialogButtonBox(self)
        for name, text, how in (
            ("open", self.tr("&Open"), self.output.open),
            ("save", self.tr("&Save as PDF…"), self.output.save),
            ("print", self.tr("&Print…"), self.output.print),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, how=how: how(self.renderer(), self.file_name()))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if number:  # an issued invoice: when, how and to whom it was sent
            layout.addWidget(SendingHistory(context, invoice_id, self))
        layout.addWidget(buttons)
        self.preferred = (50, 8)

    def file_name(self) -> str:
        return f"lasku-{self.number or 'luonnos'}.pdf"

    def renderer(self):
        """``render(out, progress=None)`` with this dialog's choices, safe in a worker."""
        return partial(
            _render,
            self.context.db,
            self.invoice_id,
            self.language.currentData(),
            self.context.actor,
        )


def _render(db, invoice_id, lang, actor, out, progress=None):
    return render_invoice_file(db, invoice_id, out, lang, actor=actor, progress=progress)
