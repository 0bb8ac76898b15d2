"""Why a database could not be opened, in words a user can act on.

Each error carries the facts (path, versions) separately so the UI can translate the message.
"""

from __future__ import annotations


class DatabaseOpenError(Exception):
    """Base class: the database was not opened and nothing in it was changed."""

    def __init__(self, message: str, *, target: str) -> None:
        super().__init__(message)
        self.target = target


class NotADatabaseError(DatabaseOpenError):
    def __init__(self, target: str) -> None:
        super().__init__(f"{target} is not an Osuva database; nothing was changed.", target=target)


class CorruptDatabaseError(DatabaseOpenError):
    def __init__(self, target: str, detail: str) -> None:
        super().__init__(
            f"{target} is damaged and was not opened ({detail}). Restore it from a backup.",
            target=target,
        )
        self.detail = detail


class NewerSchemaError(DatabaseOpenError):
    def __init__(self, target: str, found: str, known: str) -> None:
        super().__init__(
            f"{target} was written by a newer version of Osuva (database version {found}; "
            f"this Osuva knows versions up to {known}). Update Osuva to open it; "
            "the file was not changed.",
            target=target,
        )
        self.found = found
        self.known = known


class ConnectionFailedError(DatabaseOpenError):
    def __init__(self, target: str, detail: str) -> None:
        # Drivers word their reasons over several lines; one line reads better everywhere.
        detail = " ".join(detail.split())
        super().__init__(f"Could not connect to {target}: {detail}", target=target)
        self.detail = detail


class CannotCreateError(DatabaseOpenError):
    def __init__(self, target: str, detail: str) -> None:
        super().__init__(f"Cannot create a database at {target}: {detail}", target=target)
        self.detail = detail


class EmptyDatabaseError(NotADatabaseError):
    """A 0-byte file or an SQLite file without tables: only "new cooperative" fills one."""

    def __init__(self, target: str) -> None:
        DatabaseOpenError.__init__(
            self,
            f"{target} is empty, not an Osuva database; nothing was changed.",
            target=target,
        )


class MissingDatabaseError(DatabaseOpenError):
    def __init__(self, target: str) -> None:
        super().__init__(f"{target} does not exist.", target=target)


class ReadOnlyDatabaseError(DatabaseOpenError):
    """The file or its folder cannot be written (WAL needs files beside the database)."""

    def __init__(self, target: str) -> None:
        super().__init__(
            f"{target} is read-only: Osuva must be able to write the file and its folder. "
            "Copy it to a folder you can save files in, or ask for write access.",
            target=target,
        )


class InvalidTargetError(DatabaseOpenError):
    """Not a file path or a database URL Osuva can use."""

    def __init__(self, target: str, detail: str) -> None:
        super().__init__(f"{target} is not a database Osuva can open: {detail}.", target=target)
        self.detail = detail


class CannotReadError(DatabaseOpenError):
    """The file or a folder on its way cannot be read (permissions, a vanished drive)."""

    def __init__(self, target: str, detail: str) -> None:
        super().__init__(f"Cannot read {target}: {detail}.", target=target)
        self.detail = detail
