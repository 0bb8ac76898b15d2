"""Qt fixtures: settings in a temporary folder, the UI in a known language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from ui import refcount_guard

# The test processes emit as many signals as a long working day.
refcount_guard.install()


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


def pytest_configure(config):
    """Compile i18n/*.qm when stale, as `dev.py` does, so plain `pytest` runs work too."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    i18n = Path(__file__).resolve().parents[2] / "i18n"
    exe = "pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease"
    lrelease = Path(sys.executable).parent / exe
    for ts in i18n.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        # Atomic replace: parallel test workers may compile at the same moment.
        tmp = qm.with_suffix(f".{os.getpid()}.tmp")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp)], check=True)
        os.replace(tmp, qm)


@pytest.fixture(autouse=True)
def sign_in_as(monkeypatch):
    """Answer the sign-in dialog as the given demo user (password "demo"; admin at first).

    Autouse, so a test never waits on a modal sign-in dialog nobody answers.
    """
    from ui.signin.dialog import SignInDialog

    def answer(username: str = "admin", password: str = "demo") -> None:
        def fake_exec(dialog) -> int:
            dialog.username.setText(username)
            dialog.password.setText(password)
            dialog.try_sign_in()
            return int(dialog.actor is not None)

        monkeypatch.setattr(SignInDialog, "exec", fake_exec)

    answer()
    return answer
