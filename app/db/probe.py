"""Cheap checks before Osuva uses a database: the file's header, its tables, its version.

Nothing here scans the whole file (`app.services.integrity` does that) and nothing here
deletes or changes a file: SQLite itself removes its -wal/-shm files when it may.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError, OperationalError

from .connect import connect_sqlite, use_wal
from .errors import (
    CannotReadError,
    ConnectionFailedError,
    CorruptDatabaseError,
    DatabaseOpenError,
    EmptyDatabaseError,
    MissingDatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
)

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class Contents:
    has_tables: bool
    revision: str | None


def check_file(path: Path, label: str, *, create: bool) -> bool:
    """Refuse what is not an SQLite file, reading only its header; True if it must be created."""
    try:
        if path.is_dir():
            raise NotADatabaseError(label)
        if not path.exists():
            if create:
                return True
            raise MissingDatabaseError(label)
        size = path.stat().st_size
        # A WAL database may hold everything in its -wal while the main file is still empty.
        if size == 0 and not path.with_name(path.name + "-wal").exists():
            if create:
                return True
            raise EmptyDatabaseError(label)
        if size:
            with path.open("rb") as fh:
                header = fh.read(HEADER_SIZE)
            if not _valid_header(header):
                raise NotADatabaseError(label)
    except OSError as exc:
        raise CannotReadError(label, (exc.strerror or str(exc)).lower()) from exc
    if not _writable(path):
        raise ReadOnlyDatabaseError(label)
    return False


def _valid_header(header: bytes) -> bool:
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_HEADER):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    return 512 <= page_size <= 65536 and page_size & (page_size - 1) == 0


def _writable(path: Path) -> bool:
    # WAL creates its -wal and -shm files beside the database: the folder must be writable too.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def sqlite_contents(path: Path, label: str, *, create: bool) -> Contents:
    """Tables and Osuva's schema version; WAL mode for Osuva's file or one being created."""
    try:
        # The factory's connection, closed at once: nothing is left holding the file open.
        with closing(connect_sqlite(path)) as con, closing(con.cursor()) as cursor:
            # Reading the schema parses sqlite_master: a damaged first page shows here.
            names = {row[0] for row in cursor.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in names:
                row = cursor.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            # Never for another program's file: even WAL mode would change it.
            if revision is not None or (create and not names):
                use_wal(con)
    except sqlite3.Error as exc:
        raise _sqlite_error(exc, path, label) from exc
    return Contents(has_tables=bool(names), revision=revision)


def _sqlite_error(exc: BaseException | None, path: Path, label: str) -> DatabaseOpenError:
    name = getattr(exc, "sqlite_errorname", "")
    detail = str(exc)
    if name.startswith("SQLITE_NOTADB"):
        return NotADatabaseError(label)
    if name.startswith("SQLITE_CORRUPT"):
        return CorruptDatabaseError(label, detail)
    if name.startswith("SQLITE_READONLY") or (
        name.startswith("SQLITE_CANTOPEN") and path.exists() and not _writable(path)
    ):
        return ReadOnlyDatabaseError(label)
    return ConnectionFailedError(label, detail)


def server_contents(engine: Engine, label: str) -> Contents:
    try:
        with engine.connect() as con:
            names = set(inspect(con).get_table_names())
            revision = None
            if "alembic_version" in names:
                revision = con.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, DBAPIError) as exc:
        raise ConnectionFailedError(label, str(exc.orig or exc).strip()) from exc
    return Contents(has_tables=bool(names), revision=revision)
