"""One user action = one unit of work = one transaction, audit rows included.

    with UnitOfWork(db, actor) as uow:
        service(uow, ...)
    # committed here, once, if nothing raised; rolled back otherwise

Services never commit, so several compose into one action. A write takes the database's
write lock when it begins (SQLite `BEGIN IMMEDIATE`, a transaction lock on PostgreSQL), so
checks such as "is this person already registered?" cannot race another writer. A read
(`write=False`) never takes that lock and may not change anything.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.db import WRITE, Database

from . import audit
from .errors import ConflictError, PermissionDeniedError
from .policy import SYSTEM, Actor, Permission

audit.install()

__all__ = ["SYSTEM", "Actor", "Cancelled", "UnitOfWork"]


class Cancelled(Exception):
    """The user cancelled a long action; nothing of it was saved."""


class UnitOfWork:
    def __init__(
        self,
        db: Database,
        actor: Actor = SYSTEM,
        *,
        write: bool = True,
        progress: Callable[[int, int], bool] | None = None,
    ) -> None:
        self.db = db
        self.actor = actor
        self.write = write
        self.session: Session
        # {table name: ids} of every record this action inserted, updated or deleted.
        self.changes: dict[str, set[int | None]] = {}
        self._progress = progress
        # The service the user's action called, named in every audit row it causes.
        self.operation: str | None = None

    def __enter__(self) -> UnitOfWork:
        self.session = self.db.sessions()
        self.session.info["uow"] = self
        if self.write:
            # Begin now, holding the write lock, before any check reads the data.
            try:
                self.session.connection(execution_options={WRITE: True})
            except OperationalError as exc:
                self._close()
                raise ConflictError("the database is busy", code="busy") from exc
        return self

    def __exit__(self, exc_type, exc, _tb) -> None:
        try:
            if exc_type is None:
                if self.write:
                    self._commit()
                elif self.changes or self.session.new or self.session.dirty:
                    raise RuntimeError("a read-only unit of work changed data")
            elif isinstance(exc, (IntegrityError, StaleDataError)):
                # A constraint said no at flush: someone saved the same thing meanwhile.
                raise ConflictError(
                    "the change conflicts with data saved meanwhile", code="conflict"
                ) from exc
            elif isinstance(exc, OperationalError) and "locked" in str(exc):
                raise ConflictError("the database is busy", code="busy") from exc
        finally:
            self._close()

    def _close(self) -> None:
        self.session.rollback()
        self.session.info.pop("uow", None)
        self.session.close()

    def _commit(self) -> None:
        try:
            self.session.commit()
        except (IntegrityError, StaleDataError) as exc:
            self.session.rollback()
            raise ConflictError(
                "the change conflicts with data saved meanwhile", code="conflict"
            ) from exc

    def flush(self) -> None:
        """Write what is pending (ids, constraint checks); the action commits when it ends."""
        self.session.flush()

    # -- who is acting -------------------------------------------------------
    def require(self, permission: Permission) -> None:
        if not self.actor.may(permission):
            raise PermissionDeniedError(permission.value)

    def may(self, permission: Permission) -> bool:
        return self.actor.may(permission)

    # -- for the audit listener and the operations door ----------------------
    def note_change(self, table: str, record_id: int | None) -> None:
        self.changes.setdefault(table, set()).add(record_id)

    def progress(self, done: int, total: int) -> None:
        """Report progress of long work; raises Cancelled when the user asked to stop."""
        if self._progress is not None and self._progress(done, total):
            raise Cancelled()
