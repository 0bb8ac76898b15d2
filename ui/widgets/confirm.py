"""One way to ask a yes/no question: an unusual or irreversible step defaults to No."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, *, default_safe: bool = True) -> bool:
    """True when the user answers Yes. With `default_safe` Enter and Esc both answer No."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    safe = box.button(QMessageBox.StandardButton.No)
    default = safe if default_safe else box.button(QMessageBox.StandardButton.Yes)
    box.setDefaultButton(default)
    box.setEscapeButton(safe)
    default.setFocus()
    return box.exec() == QMessageBox.StandardButton.Yes
