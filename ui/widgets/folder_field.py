"""A folder typed or chosen with a button beside it, for dialogs that write files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.services.errors import ValidationError
from ui.widgets.fields import typed


class FolderField(QWidget):
    """`edit` holds the folder; the button opens the folder chooser titled `title`.

    The button's text comes from the dialog, whose other Alt+letters it must not clash with.
    """

    def __init__(self, folder: str, button: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.edit = QLineEdit(folder)
        self.button = QPushButton(button)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

    def browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.title, typed(self.edit))
        if chosen:
            self.edit.setText(chosen)

    def entered(self) -> str:
        return typed(self.edit).strip()

    def existing(self) -> Path:
        """The folder, which must exist: ValidationError({"folder": required|missing})."""
        if not self.entered():
            raise ValidationError({"folder": "required"})
        folder = Path(self.entered()).expanduser()
        if not folder.is_dir():
            raise ValidationError({"folder": "missing"})
        return folder
