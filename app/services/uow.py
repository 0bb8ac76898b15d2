"""One user action = one unit of work = one transaction, audit row included."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db import Database
from app.domain import AuditEntry
from app.domain.enums import Role

from .errors import ServiceError


@dataclass(frozen=True)
class Actor:
    """Who is acting; the role decides what they may see and change."""

    name: str
    role: Role
    user_id: int | None = None

    def may_see_sensitive(self) -> bool:
        return self.role in (Role.ADMIN, Role.FACILITATOR)


SYSTEM = Actor(name="osuva", role=Role.ADMIN)


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def snapshot(obj: Any, *, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """Column values of an ORM object as JSON-safe values, for the audit log."""
    mapper = inspect(obj).mapper
    return {
        attr.key: _plain(getattr(obj, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in exclude
    }


class UnitOfWork:
    """`with UnitOfWork(db, actor) as uow: ...; uow.commit()`. No commit means rollback."""

    def __init__(self, db: Database, actor: Actor = SYSTEM) -> None:
        self.db = db
        self.actor = actor
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self.db.sessions()
        return self

    def __exit__(self, *exc: object) -> None:
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        """Commit, or roll back and raise ServiceError("conflict") if a constraint says no.

        A constraint failing here means two people changed the same thing at once (say,
        both took the next member number): nothing is saved and the user can try again.
        """
        try:
            self.session.commit()
        except IntegrityError as exc:
            self.session.rollback()
            raise ServiceError(
                "the change conflicts with data saved meanwhile", code="conflict"
            ) from exc

    def audit(
        self,
        action: str,
        obj: Any,
        summary: str = "",
        *,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
    ) -> None:
        """Record a change; call after flush so new rows have their id."""
        self.session.flush()
        entity = getattr(obj, "__tablename__", type(obj).__name__)
        self.session.add(
            AuditEntry(
                user_id=self.actor.user_id,
                actor=self.actor.name,
                action=action,
                entity=entity,
                entity_id=getattr(obj, "id", None),
                summary=summary,
                before=json.dumps(before, ensure_ascii=False) if before is not None else None,
                after=json.dumps(after, ensure_ascii=False) if after is not None else None,
            )
        )
