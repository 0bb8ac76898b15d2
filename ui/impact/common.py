"""What the impact dialogs share: the report period, the document language, saving a file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QComboBox, QFileDialog, QWidget

from ui.i18n import LANGUAGE_NAMES, LANGUAGES, current_language


def last_half_year(today: date) -> tuple[date, date]:
    """The half-year before the current one: what a progress report usually covers."""
    if today.month <= 6:
        return date(today.year - 1, 7, 1), date(today.year - 1, 12, 31)
    return date(today.year, 1, 1), date(today.year, 6, 30)


def this_year_so_far(today: date) -> tuple[date, date]:
    return date(today.year, 1, 1), today


def language_combo(parent: QWidget, first: str | None = None) -> QComboBox:
    """fi / sv / en by their own names; `first` (else the UI's language) chosen."""
    combo = QComboBox(parent)
    for lang in LANGUAGES:
        combo.addItem(LANGUAGE_NAMES[lang], lang)
    combo.setCurrentIndex(LANGUAGES.index(first or current_language()))
    return combo


def choose_save_path(parent: QWidget, title: str, name: str, filters: str) -> Path | None:
    """Ask where to save; None when the user cancels."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    target, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name), filters)
    return Path(target) if target else None
