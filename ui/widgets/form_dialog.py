"""A small dialog around a ValidatedForm: OK runs `submit`; problems stay in the form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError, ValidationError

from .fields import FieldValueError
from .form import ValidatedForm
from .service_errors import show_service_error


class FormDialog(QDialog):
    """Set `submit` to a callable that reads the fields and calls one service.

    It raises ValidationError (or FieldValueError via `read`) to keep the dialog open.
    """

    def __init__(self, title: str, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = ValidatedForm(self)
        self.submit: Callable[[], None] = lambda: None
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro, self)
            text.setWordWrap(True)
            layout.addWidget(text)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def read(self, key: str, getter: Callable[[QWidget], object], required: bool = True):
        """A field's value, or a ValidationError naming the field when it cannot be read."""
        try:
            value = getter(self.form.widgets[key])
        except FieldValueError as exc:
            raise ValidationError({key: exc.code}) from exc
        if required and value in (None, ""):
            raise ValidationError({key: "required"})
        return value

    def _ok(self) -> None:
        try:
            self.submit()
        except ValidationError as exc:
            self.form.show_problems(exc.problems)
            return
        except ServiceError as exc:
            show_service_error(self, exc)
            return
        self.accept()


def lay_out_form(dialog: QDialog, form: QWidget, on_save: Callable[[], None]) -> None:
    """A long form in a scroll area above Save and Cancel; Save runs `on_save`."""
    scroll = QScrollArea(dialog)
    scroll.setWidgetResizable(True)
    scroll.setWidget(form)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(scroll)
    layout.addWidget(buttons)
