"""Qt fixtures: settings in a temporary folder, the UI in a known language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path):
    QCoreApplication.setOrganizationName("OsuvaTests")
    QCoreApplication.setApplicationName("OsuvaTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    yield
    QSettings().clear()


@pytest.fixture
def language():
    """Install a UI language for the test; back to English afterwards."""
    from ui import i18n

    def install(lang: str) -> None:
        i18n.install(lang)

    yield install
    i18n.install("en")
