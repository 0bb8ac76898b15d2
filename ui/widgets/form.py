"""A form whose fields show their own error under them, named for screen readers too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.labels import label

from .field_errors import problem_text


class ValidatedForm(QWidget):
    """Fields by key; `show_problems` marks the fields a service rejected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        # Fields share the width and move under their label when it is long, so the form
        # narrows with the window at large text instead of running off the side.
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    @property
    def edits(self) -> dict[str, QLineEdit]:
        return {k: w for k, w in self.widgets.items() if isinstance(w, QLineEdit)}

    def add_row(self, key: str, label_text: str, widget: QWidget) -> QWidget:
        """Add a labelled widget with an error line under it; the label is its buddy."""
        widget.setParent(self)
        widget.setObjectName(key)
        if isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox):
            # Room for a typical value; a narrow window moves the field under its label.
            chars = widget.fontMetrics().averageCharWidth()
            widget.setMinimumWidth(max(widget.minimumSizeHint().width(), 16 * chars))
        label = QLabel(label_text, self)
        label.setBuddy(widget)
        widget.setAccessibleName(label_text.replace("&", ""))
        error = QLabel(self)
        error.setObjectName(f"{key}_error")
        error.setStyleSheet("color: #b00020;")
        # A message wraps to as many lines as it needs; the form grows, never clips it.
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        error.hide()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.layout_.addRow(label, column)
        self.widgets[key] = widget
        self.errors[key] = error
        return widget

    def add_field(
        self, key: str, label_text: str, text: str = "", placeholder: str = ""
    ) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setPlaceholderText(placeholder)
        self.add_row(key, label_text, edit)
        return edit

    def add_section(self, title: str) -> None:
        heading = QLabel(f"<b>{title}</b>", self)
        heading.setAccessibleName(title)
        self.layout_.addRow(heading)

    def values(self) -> dict[str, str]:
        return {key: edit.displayText().strip() for key, edit in self.edits.items()}

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each problem under its field and move the focus to the first one."""
        for key, error in self.errors.items():
            code = problems.get(key)
            message = problem_text(key, code) if code else ""
            error.setText(message)
            error.setVisible(code is not None)
            self.widgets[key].setAccessibleDescription(message)
        first = next((key for key in self.widgets if key in problems), None)
        if first is not None:
            widget = self.widgets[first]
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()


def is_input(widget: QWidget) -> bool:
    """Can the user type or choose something in it now?"""
    if not (widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
        return False
    if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
        return not widget.isReadOnly()
    return True


def focus_first_input(form: ValidatedForm) -> None:
    """Put the focus in the first field the user can fill in (not on a button)."""
    for widget in form.widgets.values():
        candidates = [widget, *widget.findChildren(QWidget)]
        target = next((w for w in candidates if is_input(w)), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)
            if isinstance(target, QLineEdit):
                target.selectAll()
            return


class EnumCombo(QComboBox):
    """A choice among enum values shown by their translated names; optional allows none."""

    def __init__(self, values, *, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Narrow enough for large text; the form still gives it the whole field width.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        if optional:
            self.addItem("—", None)
        for value in values:
            self.addItem(label(value), value)

    def value(self):
        return self.currentData()

    def set_value(self, value) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))
