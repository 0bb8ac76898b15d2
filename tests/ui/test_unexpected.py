"""An unexpected error is explained in the user's language and written to the log."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from app.services.errors import ServiceError
from ui.widgets import unexpected


def test_unexpected_error_is_shown_and_logged(qapp, language, isolated_data_dir, monkeypatch):
    language("fi")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    unexpected.install()
    try:
        raise RuntimeError("disk full")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    try:
        raise ServiceError("gone", code="not_found")
    except ServiceError:
        sys.excepthook(*sys.exc_info())
    assert "jäi tallentamatta" in shown[0]
    assert shown[1] == "Tietoa ei enää ole. Päivitä näkymä (F5)."
    log = (isolated_data_dir / "osuva.log").read_text(encoding="utf-8")
    assert "disk full" in log
    for handler in list(unexpected.log.handlers):
        unexpected.log.removeHandler(handler)
        handler.close()
