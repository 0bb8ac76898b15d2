"""Language of the user interface: Osuva's own and Qt's translators, and the choice kept."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = ("fi", "sv", "en")
# Shown in their own language so anyone can find theirs.
LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}

_installed: list[QTranslator] = []
_current = "fi"


def _root() -> Path:
    """The repository, or the PyInstaller bundle's folder when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


def i18n_dir() -> Path:
    """The compiled .qm files."""
    return _root() / "i18n"


def resource_path(name: str) -> Path:
    return _root() / "resources" / name


def system_language() -> str:
    """Swedish or English when the OS says so; Finnish otherwise, also when unknown."""
    language = QLocale.system().language()
    if language == QLocale.Language.Swedish:
        return "sv"
    if language == QLocale.Language.English:
        return "en"
    return "fi"


def saved_language() -> str | None:
    value = QSettings().value("language")
    return value if value in LANGUAGES else None


def save_language(lang: str) -> None:
    QSettings().setValue("language", lang)


def current_language() -> str:
    return _current


def install(lang: str) -> None:
    """Replace the installed translators with those of `lang` (English needs none)."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = lang if lang in LANGUAGES else "fi"
    QLocale.setDefault(QLocale({"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}[_current]))
    if _current == "en":
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{_current}", qt_dir), (f"osuva_{_current}", str(i18n_dir()))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)


def fill(template: str, *args: object) -> str:
    """Qt-style %1…%9 placeholders, replaced in one pass so values are never re-read."""
    return re.sub(r"%([1-9])", lambda m: str(args[int(m.group(1)) - 1]), template)
