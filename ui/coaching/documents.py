"""The coaching documents from the UI: the week's meeting sheet and a participant's plan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.documents.coaching_render import render_meeting_sheet, render_plan
from app.locale import FINLAND
from app.services.coaching import SessionRow
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, current_language
from ui.operations import Context
from ui.widgets.form_dialog import FittedDialog
from ui.widgets.pdf_output import PdfOutput


class CoachingDocumentDialog(FittedDialog):
    """Open, save or print one document in a chosen language."""

    def __init__(
        self,
        title: str,
        subject: str,
        render: Callable[[str], Callable[[Path], Path]],
        file_stem: str,
        language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.render_in = render
        self.file_stem = file_stem
        self.language = QComboBox(self)
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.language.setCurrentIndex(LANGUAGES.index(language or current_language()))
        form = QFormLayout()
        form.addRow(QLabel(subject, self))
        language_label = QLabel(self.tr("Document &language:"), self)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        self.output = PdfOutput(self)
        buttons = QDialogButtonBox(self)
        for name, text, slot in (
            ("open", self.tr("&Open"), lambda: self._deliver(self.output.open)),
            ("save", self.tr("&Save as PDF…"), lambda: self._deliver(self.output.save)),
            ("print", self.tr("&Print…"), lambda: self._deliver(self.output.print)),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{title}</b>", self))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.preferred = (48, 0)

    def renderer(self) -> Callable[[Path], Path]:
        return self.render_in(self.language.currentData())

    def file_name(self) -> str:
        return f"{self.file_stem}-{self.language.currentData()}.pdf"

    def _deliver(self, how) -> None:
        how(self.renderer(), self.file_name())


def meeting_sheet_dialog(
    parent: QWidget | None, context: Context, row: SessionRow
) -> CoachingDocumentDialog:
    day: date = row.starts_at.astimezone(FINLAND).date()
    group = row.group or None

    def render(lang: str) -> Callable[[Path], Path]:
        return lambda out: render_meeting_sheet(
            context.db, day, out, group=group, lang=lang, actor=context.actor
        )

    return CoachingDocumentDialog(
        QCoreApplication.translate("CoachingDocuments", "Meeting sheet"),
        f"{row.group or row.topic} {day.strftime('%d.%m.%Y').lstrip('0')}",
        render,
        f"meeting-sheet-{day.isoformat()}",
        parent=parent,
    )


def open_meeting_sheet(parent: QWidget, context: Context, row: SessionRow) -> None:
    meeting_sheet_dialog(parent, context, row).exec()


def plan_document_dialog(
    parent: QWidget | None, context: Context, participant_id: int, name: str, language: str
) -> CoachingDocumentDialog:
    def render(lang: str) -> Callable[[Path], Path]:
        return partial(_plan, context=context, participant_id=participant_id, lang=lang)

    return CoachingDocumentDialog(
        QCoreApplication.translate("CoachingDocuments", "Personal plan"),
        name,
        render,
        f"plan-{participant_id}",
        language,
        parent,
    )


def _plan(out: Path, *, context: Context, participant_id: int, lang: str) -> Path:
    return render_plan(
        context.db, out, participant_id=participant_id, lang=lang, actor=context.actor
    )
