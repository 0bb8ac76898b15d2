"""Every call from the UI into app/ services goes through here: one unit of work each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from app.db import Database
from app.services.uow import Actor, UnitOfWork

T = TypeVar("T")


@dataclass
class Context:
    """What every tab needs to call services: the open database and who is acting."""

    db: Database
    actor: Actor


def read(context: Context, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a read-only service function in its own unit of work."""
    with UnitOfWork(context.db, context.actor) as uow:
        return fn(uow, *args, **kwargs)


def perform(context: Context, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a mutation; the service commits, or nothing is saved if it raises."""
    with UnitOfWork(context.db, context.actor) as uow:
        return fn(uow, *args, **kwargs)
