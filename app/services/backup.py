"""Copies of an SQLite database taken while it is in use."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from app.db import Database

from .errors import ServiceError


class BackupNotPossibleError(ServiceError):
    """Only SQLite files are backed up by Osuva; servers have their own tools."""

    def __init__(self, message: str) -> None:
        super().__init__(message, code="server_backup")


def backup_database(db: Database, target_dir: Path, *, now: datetime | None = None) -> Path:
    """Write a consistent copy (SQLite's online backup) into target_dir and return its path."""
    if db.path is None:
        raise BackupNotPossibleError("server databases are backed up with the server's tools")
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    target = target_dir / f"{db.path.stem}_{stamp}.sqlite"
    source = sqlite3.connect(db.path)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
            if copy.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise ServiceError(
                    "the backup copy failed its integrity check", code="backup_check_failed"
                )
        finally:
            copy.close()
    finally:
        source.close()
    return target
