"""At the largest text size, in Finnish, every dialog fits a 1366×768 screen.

It may scroll up and down, never sideways, and no label or button is cut short.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea

from tests.ui.dialogs import every_dialog
from ui import appearance
from ui.appearance import fit_to_screen

SCREEN = QRect(0, 0, 1366, 768)
DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def large_text(qapp):
    appearance.apply(appearance.STEPS.index(2.0))
    yield
    appearance.normal()


def cut_short(dialog) -> list[str]:
    """Labels and buttons narrower than their text, and forms wider than their scroll area."""
    problems = []
    for label in dialog.findChildren(QLabel):
        visible = label.isVisible() and label.text() and not label.wordWrap()
        if visible and label.sizeHint().width() > label.width():
            problems.append(f"label {label.text()!r}: {label.width()} < {label.sizeHint()}")
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.sizeHint().width() > button.width():
            problems.append(f"button {button.text()!r}: {button.width()}")
    for area in dialog.findChildren(QScrollArea):
        inner = area.widget()
        if area.isVisible() and inner is not None and inner.width() > area.viewport().width():
            problems.append(f"scrolls sideways: {inner.width()} > {area.viewport().width()}")
    return problems


def test_every_dialog_fits_the_screen_at_200_percent_in_finnish(
    qtbot, demo_db, language, large_text
):
    language("fi")
    assert QApplication.font().pointSizeF() >= 2 * 8
    checked = []
    for name, dialog in every_dialog(demo_db, DATA):
        qtbot.addWidget(dialog)
        dialog.show()
        # What a 1366×768 screen would do: the dialog opens no larger than its free area.
        fit_to_screen(dialog, SCREEN)
        dialog.layout().activate()
        QApplication.processEvents()
        minimum = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert minimum.width() <= SCREEN.width(), name
        assert minimum.height() <= SCREEN.height(), name
        assert dialog.width() <= SCREEN.width() and dialog.height() <= SCREEN.height(), name
        assert cut_short(dialog) == [], name
        checked.append(name)
        dialog.hide()
    assert len(checked) >= 20


def test_a_two_line_field_message_is_shown_whole(qtbot, db, language, large_text):
    from app.domain.enums import Role
    from app.services.uow import Actor
    from ui.operations import Context
    from ui.welcome.new_cooperative import NewCooperativeDialog

    language("fi")
    dialog = NewCooperativeDialog(Context(db, Actor("test", Role.ADMIN)))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.edits["business_id"].setText("1234567-8")
    dialog._ok()
    QApplication.processEvents()
    error = dialog.form.errors["business_id"]
    assert "1572860-0" in error.text()
    # It takes more than one line here, and it has the height all its lines need.
    assert error.heightForWidth(error.width()) > 1.5 * error.fontMetrics().lineSpacing()
    assert error.height() >= error.heightForWidth(error.width())
    # …and the dialog shows it without scrolling.
    bottom = error.mapTo(dialog, error.rect().bottomLeft()).y()
    assert bottom <= dialog.scroll.mapTo(dialog, dialog.scroll.rect().bottomLeft()).y()


def test_back_to_normal_text_the_window_fits_the_screen_again(qtbot, qapp):
    """A window that grew beyond the screen with the text shrinks back with Ctrl+0."""
    from PySide6.QtWidgets import QLabel as Label

    wide = Label("x" * 40)
    qtbot.addWidget(wide)
    wide.show()
    area = wide.screen().availableGeometry()
    wide.resize(area.width() + 400, 200)
    appearance.normal()
    qtbot.waitUntil(lambda: wide.width() <= area.width())
