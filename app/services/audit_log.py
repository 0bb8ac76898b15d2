"""Reading the audit log: who changed what and when, a page at a time, for the admin.

Filters and sort run in SQL on the log's indexes (`ix_audit_log_at`, `ix_audit_log_entity`,
`ix_audit_log_user_id`); one page is two statements (the rows, the count), however long.
Personal values stay in `audit_personal` and are read one entry at a time, on request.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import exists, func, select

from app.domain import AuditEntry, AuditPersonal, User
from app.locale import FINLAND

from .listing import ListQuery, ListSpec, Page, fetch_page
from .policy import Permission, requires
from .uow import UnitOfWork

ACTIONS = ("insert", "update", "delete")


@dataclass(frozen=True)
class AuditQuery(ListQuery):
    """A page of the log; every filter left as None means "any". Dates are Finnish days."""

    user_id: int | None = None
    entity: str | None = None
    action: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    entity_id: int | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user_id: int | None
    # Who: the user's user name (the name recorded at the time when there is no user).
    actor: str
    action: str
    entity: str
    entity_id: int | None
    summary: str
    # {column: (before, after)}; personal columns show the mask, never the value.
    changes: dict[str, tuple[Any, Any]]
    has_personal: bool


@dataclass(frozen=True)
class AuditUser:
    id: int
    username: str
    full_name: str


_SPEC = ListSpec(
    sorts={"at": (AuditEntry.at,)},
    default_sort="at",
    default_descending=True,
    id_column=AuditEntry.id,
)


def _start_of(day: date) -> datetime:
    """Midnight of a Finnish day, in UTC as the log stores it."""
    return datetime.combine(day, time(0), FINLAND).astimezone(UTC)


def _changes(before: str | None, after: str | None) -> dict[str, tuple[Any, Any]]:
    old = json.loads(before) if before else {}
    new = json.loads(after) if after else {}
    return {key: (old.get(key), new.get(key)) for key in [*old, *(k for k in new if k not in old)]}


@requires(Permission.AUDIT)
def list_audit(uow: UnitOfWork, query: AuditQuery | None = None) -> Page[AuditRow]:
    """One page of the log, newest first, filtered by who, what, action, days and record."""
    query = query or AuditQuery()
    personal = exists().where(AuditPersonal.audit_id == AuditEntry.id)
    # The user's name as they sign in now; the name written at the time if there is no user.
    who = func.coalesce(User.username, AuditEntry.actor)
    base = select(
        AuditEntry.id,
        AuditEntry.at,
        AuditEntry.user_id,
        who.label("actor"),
        AuditEntry.action,
        AuditEntry.entity,
        AuditEntry.entity_id,
        AuditEntry.summary,
        AuditEntry.before,
        AuditEntry.after,
        personal.label("has_personal"),
    ).outerjoin(User, User.id == AuditEntry.user_id)
    conditions = []
    if query.user_id is not None:
        conditions.append(AuditEntry.user_id == query.user_id)
    if query.entity:
        conditions.append(AuditEntry.entity == query.entity)
    if query.entity_id is not None:
        conditions.append(AuditEntry.entity_id == query.entity_id)
    if query.action:
        conditions.append(AuditEntry.action == query.action)
    if query.date_from is not None:
        conditions.append(AuditEntry.at >= _start_of(query.date_from))
    if query.date_to is not None:
        conditions.append(AuditEntry.at < _start_of(query.date_to + timedelta(days=1)))
    if conditions:
        base = base.where(*conditions)
    count = select(func.count()).select_from(AuditEntry).where(*conditions)
    rows, total = fetch_page(uow.session, _SPEC, base, query, count)
    page = [
        AuditRow(
            id=r.id,
            at=r.at,
            user_id=r.user_id,
            actor=r.actor,
            action=r.action,
            entity=r.entity,
            entity_id=r.entity_id,
            summary=r.summary,
            changes=_changes(r.before, r.after),
            has_personal=bool(r.has_personal),
        )
        for r in rows
    ]
    return Page(page, total, query.offset)


@requires(Permission.AUDIT)
def audit_users(uow: UnitOfWork) -> list[AuditUser]:
    """Everyone who could have made a change, active or not, for the "who" filter."""
    rows = uow.session.execute(
        select(User.id, User.username, User.full_name).order_by(User.username)
    )
    return [AuditUser(*row) for row in rows]


@requires(Permission.AUDIT)
def audit_entities(uow: UnitOfWork) -> list[str]:
    """The kinds of record (table names) the log mentions, for the "what" filter."""
    return list(
        uow.session.scalars(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity))
    )


@requires(Permission.AUDIT)
def audit_personal_values(
    uow: UnitOfWork, audit_id: int
) -> dict[str, tuple[str | None, str | None]]:
    """The personal values one entry changed ({field: (before, after)}); empty once erased."""
    rows = uow.session.execute(
        select(AuditPersonal.field, AuditPersonal.before, AuditPersonal.after)
        .where(AuditPersonal.audit_id == audit_id)
        .order_by(AuditPersonal.id)
    )
    return {field: (before, after) for field, before, after in rows}
