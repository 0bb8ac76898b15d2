"""Translated messages for errors met when opening a database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.db import (
    CannotCreateError,
    CannotReadError,
    ConnectionFailedError,
    CorruptDatabaseError,
    DatabaseOpenError,
    EmptyDatabaseError,
    InvalidTargetError,
    MissingDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
)
from app.services.errors import ServiceError
from ui.i18n import fill


def database_error_text(error: DatabaseOpenError) -> str:
    target = error.target
    if isinstance(error, EmptyDatabaseError):
        return fill(
            QCoreApplication.translate(
                "DatabaseErrors",
                "%1 is empty, so it is not an Osuva database. Nothing was changed. "
                "To start a new cooperative, choose File → New cooperative.",
            ),
            target,
        )
    if isinstance(error, ReadOnlyDatabaseError):
        return fill(
            QCoreApplication.translate(
                "DatabaseErrors",
                "%1 is read-only: Osuva must be able to save to the file and to its folder. "
                "Copy the file to a folder you can save in, or ask for write access. "
                "The file was not changed.",
            ),
            target,
        )
    if isinstance(error, CannotReadError):
        return fill(
            QCoreApplication.translate(
                "DatabaseErrors",
                "%1 cannot be read. Check that the drive is connected and that you may open "
                "the folder.",
            ),
            target,
        )
    if isinstance(error, MissingDatabaseError):
        return fill(QCoreApplication.translate("DatabaseErrors", "%1 does not exist."), target)
    if isinstance(error, InvalidTargetError):
        return fill(
            QCoreApplication.translate(
                "DatabaseErrors",
                "%1 is not a database file or server address that Osuva can open.",
            ),
            target,
        )
    if isinstance(error, NotADatabaseError):
        return fill(
            QCoreApplication.translate(
                "DatabaseErrors", "%1 is not an Osuva database. The file was not changed."
            ),
            target,
        )
    if isinstance(error, CorruptDatabaseError):
        return fill(
            QCoreApplication.translate(
                "DatabaseErrors",
                "%1 is damaged and was not opened. The file was not changed. "
                "Restore it from a backup or ask for help.",
            ),
            target,
        )
    if isinstance(error, NewerSchemaError):
        return fill(
            QCoreApplication.translate(
                "DatabaseErrors",
                "%1 was saved by a newer version of Osuva (database version %2; this Osuva "
                "knows versions up to %3). Update Osuva to open it. The file was not changed.",
            ),
            target,
            error.found,
            error.known,
        )
    if isinstance(error, CannotCreateError):
        return fill(
            QCoreApplication.translate(
                "DatabaseErrors",
                "A database cannot be created at %1. Choose a folder you can save files in.",
            ),
            target,
        )
    if isinstance(error, ConnectionFailedError):
        return fill(
            QCoreApplication.translate("DatabaseErrors", "Could not connect to the database %1."),
            target,
        )
    return fill(
        QCoreApplication.translate("DatabaseErrors", "The database %1 could not be opened."),
        target,
    )


def backup_error_text(error: ServiceError) -> str:
    """Why File → Back up now did not write a backup."""
    from app.services.backup import BackupCancelledError, BackupFailedError

    if isinstance(error, BackupCancelledError):
        return QCoreApplication.translate(
            "DatabaseErrors", "The backup was cancelled. No backup file was written."
        )
    if isinstance(error, BackupFailedError):
        return fill(
            QCoreApplication.translate(
                "DatabaseErrors",
                "The backup could not be written to %1, and no backup file was left there. "
                "Check that the folder exists and that you can save files in it.",
            ),
            error.target_dir,
        )
    return QCoreApplication.translate(
        "DatabaseErrors",
        "Osuva backs up database files only. Back up a server database "
        "with the server's own tools.",
    )


def show_database_error(parent: QWidget | None, error: DatabaseOpenError) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("DatabaseErrors", "Cannot open the database"))
    box.setText(database_error_text(error))
    box.setDetailedText(str(error))
    box.exec()
