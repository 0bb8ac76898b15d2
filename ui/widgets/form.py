"""A form whose fields show their own error under them, named for screen readers too."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from .field_errors import problem_text


class ValidatedForm(QWidget):
    """Line edits by key; `show_problems` marks the fields a service rejected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def add_field(
        self, key: str, label_text: str, text: str = "", placeholder: str = ""
    ) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(key)
        edit.setPlaceholderText(placeholder)
        label = QLabel(label_text, self)
        label.setBuddy(edit)
        edit.setAccessibleName(label_text.replace("&", ""))
        error = QLabel(self)
        error.setObjectName(f"{key}_error")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(edit)
        column.addWidget(error)
        self.layout_.addRow(label, column)
        self.edits[key] = edit
        self.errors[key] = error
        return edit

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.edits.items()}

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each problem under its field and move the focus to the first one."""
        for key, error in self.errors.items():
            code = problems.get(key)
            error.setText(problem_text(key, code) if code else "")
            error.setVisible(code is not None)
            self.edits[key].setAccessibleDescription(error.text())
        first = next((key for key in self.edits if key in problems), None)
        if first is not None:
            self.edits[first].setFocus()
            self.edits[first].selectAll()
