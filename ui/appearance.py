"""Text size for people who need larger letters; remembered between sessions."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

STEPS = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
_base_size: float | None = None


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
    return step


def bigger() -> int:
    return apply(current_step() + 1)


def smaller() -> int:
    return apply(current_step() - 1)


def normal() -> int:
    return apply(STEPS.index(1.0))
