"""Reading the audit log: filters by who, what, action, day and record, for the admin only."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event

from app.domain.enums import Role
from app.locale import FINLAND
from app.services.audit_log import (
    AuditQuery,
    audit_entities,
    audit_personal_values,
    audit_users,
    list_audit,
)
from app.services.errors import PermissionDeniedError
from app.services.member_form import MemberForm
from app.services.members import create_member
from app.services.policy import Actor
from app.services.uow import UnitOfWork
from app.services.users import create_user, sign_in, update_user


def run(db, actor, fn, *args):
    with UnitOfWork(db, actor) as uow:
        return fn(uow, *args)


@pytest.fixture
def admin(coop_db) -> Actor:
    return run(coop_db, Actor("", frozenset()), sign_in, "admin", "salasana-1")


@pytest.fixture
def history(coop_db, admin):
    """The admin adds a treasurer; the treasurer adds a member; the admin renames the user."""
    treasurer_id = run(
        coop_db, admin, create_user, "rahis", "Raha Hoitaja", frozenset({Role.TREASURER}), "x" * 8
    )
    treasurer = run(coop_db, Actor("", frozenset()), sign_in, "rahis", "x" * 8)
    member_id = run(
        coop_db,
        treasurer,
        create_member,
        MemberForm(first_name="Aino", last_name="Koi", applied_on=date(2026, 11, 1)),
    )
    run(
        coop_db,
        admin,
        update_user,
        treasurer_id,
        "Raha Hoitaja II",
        frozenset({Role.TREASURER}),
        True,
    )
    return {"treasurer": treasurer, "treasurer_id": treasurer_id, "member_id": member_id}


def audit(db, actor, **filters):
    with UnitOfWork(db, actor, write=False) as uow:
        return list_audit(uow, AuditQuery(**filters))


def test_filter_by_who_shows_only_that_users_changes(coop_db, admin, history):
    page = audit(coop_db, admin, user_id=history["treasurer_id"])
    assert page.total == len(page.rows) > 0
    assert {row.actor for row in page.rows} == {"rahis"}
    assert "member" in {row.entity for row in page.rows}
    mine = audit(coop_db, admin, user_id=admin.user_id)
    assert {(r.action, r.entity) for r in mine.rows} >= {
        ("insert", "user_account"),
        ("insert", "user_role"),
        ("update", "user_account"),
    }


def test_filter_by_what_action_and_record(coop_db, admin, history):
    updates = audit(coop_db, admin, entity="user_account", action="update")
    assert [(r.entity_id, r.changes) for r in updates.rows] == [
        (history["treasurer_id"], {"full_name": ("Raha Hoitaja", "Raha Hoitaja II")})
    ]
    member = audit(coop_db, admin, entity="member", entity_id=history["member_id"])
    assert [r.action for r in member.rows] == ["insert"]
    # Names are personal: masked in the log, kept apart for the admin.
    assert member.rows[0].changes["first_name"] == (None, "•••")
    # No trace of the name in the append-only log, search keys included.
    assert "aino" not in repr(member.rows[0].changes).casefold()
    assert member.rows[0].has_personal
    with UnitOfWork(coop_db, admin, write=False) as uow:
        personal = audit_personal_values(uow, member.rows[0].id)
    assert personal["first_name"] == (None, "Aino")


def test_filter_by_days_in_finnish_time_newest_first(coop_db, admin, history):
    today = datetime.now(UTC).astimezone(FINLAND).date()
    everything = audit(coop_db, admin)
    assert everything.total == len(everything.rows) > 3
    assert [r.at for r in everything.rows] == sorted((r.at for r in everything.rows), reverse=True)
    assert audit(coop_db, admin, date_from=today, date_to=today).total == everything.total
    assert audit(coop_db, admin, date_to=today - timedelta(days=1)).total == 0
    assert audit(coop_db, admin, date_from=today + timedelta(days=1)).total == 0


def test_pages_are_slices_of_the_whole(coop_db, admin, history):
    whole = audit(coop_db, admin)
    first = audit(coop_db, admin, limit=2)
    second = audit(coop_db, admin, limit=2, offset=2)
    assert first.total == whole.total
    assert [r.id for r in first.rows + second.rows] == [r.id for r in whole.rows[:4]]


def test_a_page_is_two_statements_however_many_rows(coop_db, admin, history):
    statements = []
    engine = coop_db.engine

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement.split()[0])

    event.listen(engine, "before_cursor_execute", count)
    try:
        page = audit(coop_db, admin)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(page.rows) > 3
    assert [s for s in statements if s == "SELECT"] == ["SELECT", "SELECT"]  # count, page


def test_filters_list_users_and_kinds(coop_db, admin, history):
    with UnitOfWork(coop_db, admin, write=False) as uow:
        users = [u.username for u in audit_users(uow)]
        kinds = audit_entities(uow)
    assert users == ["admin", "rahis"]
    assert {"member", "user_account", "user_role"} <= set(kinds)


@pytest.mark.parametrize("fn", [list_audit, audit_users, audit_entities])
def test_a_treasurer_may_not_read_the_log(coop_db, history, fn):
    with (
        pytest.raises(PermissionDeniedError),
        UnitOfWork(coop_db, history["treasurer"], write=False) as uow,
    ):
        fn(uow)


def test_a_treasurer_may_not_read_personal_values(coop_db, history):
    with (
        pytest.raises(PermissionDeniedError),
        UnitOfWork(coop_db, history["treasurer"], write=False) as uow,
    ):
        audit_personal_values(uow, 1)


@pytest.mark.parametrize(
    ("filters", "index"),
    [
        ({}, "ix_audit_log_at"),
        ({"user_id": 1}, "ix_audit_log_user_id"),
        ({"entity": "member", "entity_id": 3}, "ix_audit_log_entity"),
        ({"date_from": date(2026, 1, 1), "date_to": date(2026, 2, 1)}, "ix_audit_log_at"),
    ],
)
def test_each_filter_reads_the_log_through_its_index(coop_db, admin, history, filters, index):
    seen = []

    def grab(_conn, _cursor, statement, parameters, *_args):
        if statement.lstrip().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(coop_db.engine, "before_cursor_execute", grab)
    try:
        audit(coop_db, admin, **filters)
    finally:
        event.remove(coop_db.engine, "before_cursor_execute", grab)
    page_statement, parameters = seen[-1]
    with coop_db.engine.connect() as con:
        plan = [
            r[-1] for r in con.exec_driver_sql("EXPLAIN QUERY PLAN " + page_statement, parameters)
        ]
    assert any(f"audit_log USING INDEX {index}" in step for step in plan), plan
