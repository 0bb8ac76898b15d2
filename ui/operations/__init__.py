"""The one door from the UI into app/: every service call runs here in one unit of work.

Modelled on Anki's CollectionOp. A write (`perform`, or `Operation(...).run()`) commits once;
what it changed (table names and ids, collected by the audit listener) is announced on
`Context.changes`, so only the views showing those records refresh. `Operation` also maps
every failure to a message in the user's language, and runs long work in a worker thread
with a progress dialog whose Cancel rolls everything back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from app.db import Database
from app.services.policy import Actor
from app.services.uow import UnitOfWork

T = TypeVar("T")


@dataclass(frozen=True)
class OpChanges:
    """What one action changed: {table name: ids}; empty for a read."""

    records: dict[str, frozenset[int | None]] = field(default_factory=dict)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.records)

    def touches(self, kinds: frozenset[str] | set[str]) -> bool:
        return bool(self.kinds & set(kinds))


class ChangeHub:
    """Views listen here and refresh only when an action touched what they show.

    Plain Python callbacks, not a Qt signal: PySide6 6.12.0's `emit()` drops a reference
    to `True` on every call, which after enough actions aborts the program.
    """

    def __init__(self) -> None:
        self._listeners: list[Callable[[OpChanges], None]] = []

    def subscribe(self, listener: Callable[[OpChanges], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[OpChanges], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def publish(self, changes: OpChanges) -> None:
        for listener in list(self._listeners):
            listener(changes)


@dataclass
class Context:
    """What every tab needs to call services: the open database and who is signed in."""

    db: Database
    actor: Actor
    changes: ChangeHub = field(default_factory=ChangeHub)


def read(context: Context, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a read-only service function; it may not change anything."""
    with UnitOfWork(context.db, context.actor, write=False) as uow:
        return fn(uow, *args, **kwargs)


def perform(context: Context, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a change in one transaction, committed once; announce what it changed.

    Raises the service's error (ValidationError, PermissionDeniedError, ConflictError …)
    with nothing saved; `Operation` words those for the user.
    """
    with UnitOfWork(context.db, context.actor) as uow:
        result = fn(uow, *args, **kwargs)
        changes = uow.changes
    announce(context, changes)
    return result


def announce(context: Context, changes: dict[str, set[int | None]]) -> None:
    if changes:
        context.changes.publish(OpChanges({kind: frozenset(ids) for kind, ids in changes.items()}))


from .operation import Operation  # noqa: E402  (needs Context above)

__all__ = ["ChangeHub", "Context", "OpChanges", "Operation", "announce", "perform", "read"]
