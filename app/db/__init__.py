"""Database access: engine, pragmas, schema migrations and the errors met on opening."""

from .engine import Database, open_database, resolve_url
from .errors import (
    ConnectionFailedError,
    CorruptDatabaseError,
    DatabaseOpenError,
    NewerSchemaError,
    NotADatabaseError,
)

__all__ = [
    "ConnectionFailedError",
    "CorruptDatabaseError",
    "Database",
    "DatabaseOpenError",
    "NewerSchemaError",
    "NotADatabaseError",
    "open_database",
    "resolve_url",
]
