"""Database access: one connection factory, cheap checks on open, migrations, safe copies."""

from .connect import WRITE
from .engine import Database, open_database, resolve_url
from .errors import (
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

__all__ = [
    "WRITE",
    "CannotCreateError",
    "CannotReadError",
    "ConnectionFailedError",
    "CorruptDatabaseError",
    "Database",
    "DatabaseOpenError",
    "EmptyDatabaseError",
    "InvalidTargetError",
    "MissingDatabaseError",
    "NewerSchemaError",
    "NotADatabaseError",
    "ReadOnlyDatabaseError",
    "open_database",
    "resolve_url",
]
