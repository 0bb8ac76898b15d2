"""Member documents: choose the language, then open, save or print the PDF."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.documents.render import render_document
from app.services.members import MemberRow
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, current_language
from ui.operations import Context
from ui.widgets.form_dialog import FittedDialog
from ui.widgets.pdf_output import PdfOutput


class DocumentDialog(FittedDialog):
    """`kind` is an app.documents kind; `row` the member for per-member documents."""

    def __init__(
        self,
        context: Context,
        kind: str,
        row: MemberRow | None = None,
        *,
        public: bool = False,
        member_language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.kind, self.row, self.public = context, kind, row, public
        titles = {
            "membership-certificate": self.tr("Membership and share certificate"),
            "share-statement": self.tr("Share fee statement"),
            "member-register": self.tr("Register of members and shares (public part)")
            if public
            else self.tr("Register of members and shares (for the board)"),
        }
        self.setWindowTitle(titles[kind])
        self.language = QComboBox(self)
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.language.setCurrentIndex(LANGUAGES.index(member_language or current_language()))
        form = QFormLayout()
        if row is not None:
            form.addRow(self.tr("Member:"), QLabel(row.name, self))
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
        layout.addWidget(QLabel(titles[kind], self))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def file_name(self) -> str:
        lang = self.language.currentData()
        if self.row is not None:
            return f"{self.kind}-{self.row.member_number or self.row.id}-{lang}.pdf"
        suffix = "public" if self.public else "board"
        return f"{self.kind}-{suffix}-{lang}.pdf"

    def renderer(self) -> Callable[..., Path]:
        """`render(out, progress=None)` with this dialog's choices, safe in a worker thread."""
        return partial(
            render_document,
            self.context.db,
            self.kind,
            None,
            lang=self.language.currentData(),
            public=self.public,
            member_id=self.row.id if self.row is not None else None,
            actor=self.context.actor,
        )

    def render(self, out: Path) -> Path:
        """Render into ``out`` now, on this thread."""
        return self.renderer()(out)

    def render_in_background(self, out: Path, then: Callable[[Path], object] | None = None) -> bool:
        """Render into ``out`` in a worker with progress and Cancel; False while busy."""
        return self.output.render(self.renderer(), out, then or (lambda _path: None))

    def _deliver(self, how) -> None:
        how(self.renderer(), self.file_name())
