"""Text size for people who need larger letters; remembered between sessions."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

STEPS = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
_base_size: float | None = None


class _TextSize(QObject):
    """`changed(step)` after the text size changed: tables refit their columns on it."""

    changed = Signal(int)


text_size = _TextSize()


def current_step() -> int:
    value = QSettings().value("text_size_step", STEPS.index(1.0))
    try:
        return max(0, min(len(STEPS) - 1, int(value)))
    except (TypeError, ValueError):
        return STEPS.index(1.0)


def apply(step: int | None = None) -> int:
    """Scale the application font to `step` (saved), or to the saved step."""
    global _base_size
    app = QApplication.instance()
    font = app.font()
    if _base_size is None:
        _base_size = font.pointSizeF()
    if step is None:
        step = current_step()
    step = max(0, min(len(STEPS) - 1, step))
    font.setPointSizeF(_base_size * STEPS[step])
    app.setFont(font)
    QSettings().setValue("text_size_step", step)
    # Once the layouts have taken the new size, pull every window back onto its screen.
    QTimer.singleShot(0, fit_windows_to_screen)
    text_size.changed.emit(step)
    return step


def available_area(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, area: QRect | None = None) -> None:
    """Shrink a window that is larger than the screen's free area and move it onto it."""
    area = area or available_area(window)
    frame = window.frameGeometry().size() - window.geometry().size()
    width = min(window.width(), area.width() - frame.width())
    height = min(window.height(), area.height() - frame.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 1), max(height, 1))
    geometry = window.frameGeometry()
    x = min(max(geometry.x(), area.left()), max(area.left(), area.right() - geometry.width() + 1))
    y = min(max(geometry.y(), area.top()), max(area.top(), area.bottom() - geometry.height() + 1))
    if (x, y) != (geometry.x(), geometry.y()):
        window.move(x, y)


def fit_windows_to_screen() -> None:
    for window in QApplication.topLevelWidgets():
        if window.isVisible() and window.isWindow():
            fit_to_screen(window)


def bigger() -> int:
    return apply(current_step() + 1)


def smaller() -> int:
    return apply(current_step() - 1)


def normal() -> int:
    return apply(STEPS.index(1.0))
