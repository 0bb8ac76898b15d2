"""Database access: engine, pragmas, schema migrations and the errors met on opening."""

from .engine import Database, open_database, resolve_url
from .errors import (
    CannotCreateError,
    ConnectionFailedError,
    CorruptDatabaseError,
    DatabaseOpenError,
    NewerSchemaError,
    NotADatabaseError,
)

__all__ = [
    "CannotCreateError",
    "ConnectionFailedError",
    "CorruptDatabaseError",
    "Database",
    "DatabaseOpenError",
    "NewerSchemaError",
    "NotADatabaseError",
    "open_database",
    "resolve_url",
]
