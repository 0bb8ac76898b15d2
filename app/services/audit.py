"""The automatic audit log: every flush inside a unit of work records what it changed.

A session listener, not a call each service must remember: an insert, update or delete of
any domain record writes one `audit_log` row (column-level before → after) in the same
transaction, naming the signed-in user. Personal values go to `audit_personal` instead,
keyed by the member they are about and, for coaching records, by the participant (who may
not be a member), so a privacy erasure can delete exactly those rows (`DELETE FROM
audit_personal WHERE subject_member_id = ?` or `... subject_participant_id = ?`) while
`audit_log` — which database triggers make append-only — keeps the rest of history unchanged.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Connection, event, insert, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from app.domain import (
    AuditEntry,
    AuditPersonal,
    Base,
    Member,
    Outcome,
    Participant,
    ParticipationMeasurement,
    Plan,
)
from app.domain.base import utcnow

NOT_AUDITED = frozenset({"audit_log", "audit_personal"})
# Whole tables about one person's health, support network, plan or answers.
PERSONAL_TABLES = frozenset(
    {
        "participant_sensitive",
        "support_contact",
        "plan",
        "plan_step",
        "goal",
        "participation_answer",
        # The assessment of a person's skills and conduct.
        "employment_certificate",
    }
)
# Columns that identify or describe a person, wherever they appear in a member's records.
PERSONAL_COLUMNS = frozenset(
    {
        "first_name",
        "last_name",
        "personal_id",
        "birth_date",
        "birth_year",
        "street",
        "postal_code",
        "city",
        "phone",
        "email",
        "notes",
        "note",
        "leaving_note",
        "intake_note",
        "review_notes",
        "description",
        "text",
        "destination_note",
        # The lower-case search keys of a member's names are the names themselves.
        "search_name",
        "search_given",
        # Who paid and what they wrote, on bank transactions and payments.
        "payer_name",
        "message",
    }
)
# Never worth keeping in the log: secrets and bookkeeping columns.
SKIPPED_COLUMNS = frozenset({"password_hash", "created_at", "updated_at", "version"})
MASK = "•••"


def plain(value: Any) -> Any:
    """A JSON-safe form of a column value."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def _is_personal(table: str, column: str) -> bool:
    return table in PERSONAL_TABLES or (
        column in PERSONAL_COLUMNS and table not in ("cooperative", "customer", "service")
    )


# Coaching rows that reach their participant through a parent row.
_PARENTS = (
    ("plan_id", Plan),
    ("measurement_id", ParticipationMeasurement),
    ("outcome_id", Outcome),
)


def _subjects(obj: Any, connection: Connection) -> tuple[int | None, int | None]:
    """(member id, participant id) of the person a row is about."""
    if isinstance(obj, Member):
        return obj.id, None
    if isinstance(obj, Participant):
        return obj.member_id, obj.id
    participant_id = getattr(obj, "participant_id", None)
    for key, parent in _PARENTS:
        if participant_id is None and getattr(obj, key, None) is not None:
            participant_id = connection.scalar(
                select(parent.participant_id).where(parent.id == getattr(obj, key))
            )
    if participant_id is None:
        return getattr(obj, "member_id", None), None
    member_id = connection.scalar(
        select(Participant.member_id).where(Participant.id == participant_id)
    )
    return member_id, participant_id


def _changes(obj: Any, action: str) -> dict[str, tuple[Any, Any]]:
    state = inspect(obj)
    changes: dict[str, tuple[Any, Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in SKIPPED_COLUMNS:
            continue
        if action == "insert":
            value = getattr(obj, key)
            if value is not None and value != "":
                changes[key] = (None, plain(value))
        elif action == "delete":
            value = state.attrs[key].loaded_value
            if value is not None and value != "" and not _unloaded(value):
                changes[key] = (plain(value), None)
        else:
            history = state.attrs[key].history
            if history.has_changes():
                old = history.deleted[0] if history.deleted else None
                new = history.added[0] if history.added else None
                if old != new:
                    changes[key] = (plain(old), plain(new))
    return changes


def _unloaded(value: Any) -> bool:
    from sqlalchemy.orm.base import NO_VALUE

    return value is NO_VALUE


def _summary(obj: Any) -> str:
    # A short label that is not personal data: the record kind and its number if any.
    for key in ("member_number", "number", "code", "username", "name"):
        if key in ("name",) and obj.__tablename__ in PERSONAL_TABLES:
            continue
        value = getattr(obj, key, None)
        if value not in (None, ""):
            return f"{key}={value}"
    return ""


def _entity_id(obj: Any) -> int | None:
    # The first primary-key column (member_id for one-to-one rows such as member_sensitive).
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return key[0] if key and isinstance(key[0], int) else None


def record_changes(session: Session, _flush: UOWTransaction) -> None:
    """after_flush: write the audit rows of this flush with the same connection."""
    uow = session.info.get("uow")
    if uow is None:
        return  # bulk set-up outside a user action (the demo generator)
    actor = uow.actor
    work = [(obj, "insert") for obj in session.new]
    work += [(obj, "update") for obj in session.dirty if session.is_modified(obj)]
    work += [(obj, "delete") for obj in session.deleted]
    now = utcnow()
    connection = session.connection()
    for obj, action in work:
        table = getattr(obj, "__tablename__", None)
        if table is None or table in NOT_AUDITED or not isinstance(obj, Base):
            continue
        changes = _changes(obj, action)
        if action == "update" and not changes:
            continue
        uow.note_change(table, _entity_id(obj))
        open_part = {k: v for k, v in changes.items() if not _is_personal(table, k)}
        personal = {k: v for k, v in changes.items() if _is_personal(table, k)}
        before = {k: v[0] for k, v in open_part.items()} | {k: MASK for k in personal}
        after = {k: v[1] for k, v in open_part.items()} | {k: MASK for k in personal}
        result = connection.execute(
            insert(AuditEntry.__table__).values(
                at=now,
                user_id=actor.user_id,
                actor=actor.name,
                action=action,
                entity=table,
                entity_id=_entity_id(obj),
                summary=" ".join(filter(None, (uow.operation, _summary(obj)))),
                before=json.dumps(before, ensure_ascii=False) if action != "insert" else None,
                after=json.dumps(after, ensure_ascii=False) if action != "delete" else None,
            )
        )
        if personal:
            audit_id = result.inserted_primary_key[0]
            member_id, participant_id = _subjects(obj, connection)
            connection.execute(
                insert(AuditPersonal.__table__),
                [
                    {
                        "audit_id": audit_id,
                        "subject_member_id": member_id,
                        "subject_participant_id": participant_id,
                        "field": key,
                        "before": None if old is None else str(old),
                        "after": None if new is None else str(new),
                    }
                    for key, (old, new) in personal.items()
                ],
            )


def refuse_unaudited_bulk_writes(state) -> None:
    """do_orm_execute: a bulk UPDATE/DELETE would bypass the audit, so a user action may not."""
    if state.session.info.get("uow") is None or not (state.is_update or state.is_delete):
        return
    raise RuntimeError(
        "bulk UPDATE/DELETE bypasses the audit log: change ORM objects inside a unit of work"
    )


def install(session_class: type[Session] = Session) -> None:
    """Listen on every session; the listeners act only inside a unit of work."""
    if not event.contains(session_class, "after_flush", record_changes):
        event.listen(session_class, "after_flush", record_changes)
        event.listen(session_class, "do_orm_execute", refuse_unaudited_bulk_writes)
