"""Dialogs that fit the screen at any text size, and the form dialog every form inherits.

A form dialog starts with the focus in its first input, scrolls up and down (never
sideways) when the text is large, and saves only what can be saved: OK reads the
fields and shows each problem under its field instead of saving an empty form.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError, ValidationError
from ui.appearance import fit_to_screen

from .field_errors import problem_text
from .fields import FieldValueError
from .form import ValidatedForm, focus_first_input
from .service_errors import show_service_error


def grow_to_fit(window: QWidget) -> None:
    """Make a window tall enough for what its layout now holds (e.g. new error lines)."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    wanted = window.sizeHint().height()
    if layout.hasHeightForWidth():
        wanted = max(wanted, layout.totalHeightForWidth(window.width()))
    if wanted > window.height():
        window.resize(window.width(), wanted)
        fit_to_screen(window)


class FittedDialog(QDialog):
    """A dialog that opens at a size measured in text, never larger than the screen.

    `preferred` is (average characters, lines): the size grows with the text size.
    """

    preferred: tuple[int, int] = (0, 0)

    def sizeHint(self) -> QSize:
        columns, lines = self.preferred
        metrics = self.fontMetrics()
        text = QSize(columns * metrics.averageCharWidth(), lines * metrics.lineSpacing())
        return super().sizeHint().expandedTo(text)

    def showEvent(self, event) -> None:
        if not event.spontaneous() and not self.property("osuva_sized"):
            self.setProperty("osuva_sized", True)
            if self.layout() is not None:
                self.layout().activate()
            self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))
        super().showEvent(event)
        if not event.spontaneous():
            fit_to_screen(self)


class VerticalScrollArea(QScrollArea):
    """Scrolls up and down, never sideways: it is always as wide as its content needs."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def _extra_width(self) -> int:
        return self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:
        inner = self.widget().minimumSizeHint()
        lines = 6 * self.fontMetrics().height()
        return QSize(inner.width() + self._extra_width(), min(inner.height(), lines))

    def sizeHint(self) -> QSize:
        widget = self.widget()
        hint = widget.sizeHint()
        height = hint.height()
        if widget.hasHeightForWidth():
            height = max(height, widget.heightForWidth(hint.width()))
        return QSize(hint.width() + self._extra_width(), height + 2 * self.frameWidth())


class FormDialog(FittedDialog):
    """A form above OK and Cancel (or Save and Cancel).

    Set `submit` (or override it) to read the fields and call one service. It raises
    ValidationError (or FieldValueError via `read`) to keep the dialog open with the
    problems under their fields.
    """

    def __init__(
        self,
        title: str,
        intro: str = "",
        parent: QWidget | None = None,
        *,
        save_button: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = ValidatedForm(self)
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro, self)
            text.setWordWrap(True)
            layout.addWidget(text)
        self.scroll = VerticalScrollArea(self.form, self)
        layout.addWidget(self.scroll, 1)
        self.buttons = QDialogButtonBox(save_button | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.preferred = (64, 0)

    def submit(self) -> None:
        """Read the fields and save; raise ValidationError to keep the dialog open."""

    def read(self, key: str, getter: Callable[[QWidget], object], required: bool = True):
        """A field's value, or a ValidationError naming the field when it cannot be read."""
        try:
            value = getter(self.form.widgets[key])
        except FieldValueError as exc:
            raise ValidationError({key: exc.code}) from exc
        if required and value in (None, ""):
            raise ValidationError({key: "required"})
        return value

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            focus_first_input(self.form)

    def show_problems(self, problems: dict[str, str]) -> None:
        self.form.show_problems(problems)
        grow_to_fit(self)
        # A problem no field of this form shows still gets a message: never silence.
        elsewhere = [problem_text(k, v) for k, v in problems.items() if k not in self.form.widgets]
        if elsewhere:
            QMessageBox.warning(
                self, QCoreApplication.translate("FormDialog", "Not saved"), "\n".join(elsewhere)
            )
        first = self.form.focusWidget() or next(iter(self.form.widgets.values()), None)
        if first is not None:
            self.scroll.ensureWidgetVisible(first)

    def _ok(self) -> None:
        try:
            self.submit()
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except ServiceError as exc:
            show_service_error(self, exc)
            return
        self.accept()
