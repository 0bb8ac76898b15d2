"""The last safety net: an unexpected error is shown in plain words and written to a log."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.paths import data_dir
from app.services.errors import ServiceError

from .service_errors import service_error_text

log = logging.getLogger("osuva")


def _show(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, ServiceError):
        text = service_error_text(exc)
    else:
        text = QCoreApplication.translate(
            "UnexpectedError",
            "Something unexpected happened and the action was not completed. Whatever it "
            "was about to save was not saved. If this happens again, send the details to "
            "your support person.",
        )
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("UnexpectedError", "Osuva"))
    box.setText(text)
    box.setDetailedText(details)
    box.exec()


def install(data_dir_override: str | None = None) -> None:
    """Route uncaught exceptions (e.g. in a slot) to a message box and osuva.log."""
    folder = data_dir(data_dir_override)
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(folder / "osuva.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    sys.excepthook = _show
