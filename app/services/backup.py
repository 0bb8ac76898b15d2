"""Copies of an SQLite database taken while it is in use."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.db import Database
from app.db.copy import CopyCancelled, CopyFailed, Progress, copy_database

from .errors import ServiceError


class BackupNotPossibleError(ServiceError):
    """Only SQLite files are backed up by Osuva; servers have their own tools."""

    def __init__(self, message: str) -> None:
        super().__init__(message, code="server_backup")


class BackupFailedError(ServiceError):
    """The backup could not be written or did not verify; no backup file was left."""

    def __init__(self, message: str, target_dir: Path) -> None:
        super().__init__(message, code="backup_failed")
        self.target_dir = target_dir


class BackupCancelledError(ServiceError):
    """The user cancelled; the partial copy was removed."""

    def __init__(self) -> None:
        super().__init__("the backup was cancelled; no backup was written", code="cancelled")


def backup_database(
    db: Database, target_dir: Path, *, now: datetime | None = None, progress: Progress | None = None
) -> Path:
    """Write a verified copy (SQLite's online backup) into target_dir and return its path.

    `progress(copied_pages, total_pages)` is called as the copy proceeds; returning True
    cancels it (BackupCancelledError). A failed or cancelled backup leaves no file that
    looks like a backup.
    """
    if db.path is None:
        raise BackupNotPossibleError("server databases are backed up with the server's tools")
    try:
        if target_dir.exists() and not target_dir.is_dir():
            raise BackupFailedError(
                f"cannot use {target_dir} for backups: it is not a folder", target_dir
            )
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupFailedError(
            f"cannot use {target_dir} for backups: {_reason(exc)}", target_dir
        ) from exc
    stamp = (now or datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    target = target_dir / f"{db.path.stem}_{stamp}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = target_dir / f"{db.path.stem}_{stamp}-{counter}.sqlite"
    try:
        return copy_database(db.path, target, progress=progress)
    except CopyCancelled as exc:
        raise BackupCancelledError() from exc
    except CopyFailed as exc:
        raise BackupFailedError(f"the backup was not written: {exc}", target_dir) from exc


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
