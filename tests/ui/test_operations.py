"""The operations door: one unit of work per action, failures worded, changes announced."""

from __future__ import annotations

import logging
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from app.domain import Member
from app.domain.enums import MemberStatus, Role
from app.services.errors import ValidationError
from app.services.members import list_members
from app.services.policy import Actor, Permission, requires
from ui.operations import Context, Operation, perform, read

ADMIN = Actor("admin", Role.ADMIN, user_id=1)
FACILITATOR = Actor("facilitator", Role.FACILITATOR, user_id=1)


@requires(Permission.MEMBER_REGISTER)
def add_numbered(uow, number: int) -> int:
    member = Member(
        first_name="Testi",
        last_name=f"Jäsen{number}",
        applied_on=date(2026, 1, 2),
        accepted_on=date(2026, 1, 3),
        status=MemberStatus.MEMBER,
        member_number=number,
    )
    uow.session.add(member)
    uow.session.flush()
    return member.id


@requires(Permission.MEMBER_REGISTER)
def refuse_field(uow) -> None:
    raise ValidationError({"city": "required", "batch": "too_many"})


@requires(Permission.MEMBER_REGISTER)
def break_down(uow) -> None:
    raise RuntimeError("disk on fire")


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    return shown


def test_success_commits_once_and_announces_what_changed(coop_db, qtbot, warnings):
    context = Context(coop_db, ADMIN)
    heard = []
    context.changes.subscribe(heard.append)
    results = []
    assert Operation(None, context, add_numbered, 7).success(results.append).run()
    assert warnings == []
    [changes] = heard
    assert "member" in changes.kinds and results[0] in changes.records["member"]
    assert any(row.member_number == 7 for row in read(context, list_members))


def test_a_constraint_at_flush_is_the_conflict_message(coop_db, qtbot, warnings):
    context = Context(coop_db, ADMIN)
    perform(context, add_numbered, 3)
    operation = Operation(None, context, add_numbered, 3)
    assert not operation.run()
    assert warnings == ["Someone else changed this at the same time. Nothing was saved; try again."]
    assert [r.member_number for r in read(context, list_members)] == [3]


def test_a_refused_permission_is_said_plainly(coop_db, qtbot, warnings):
    assert not Operation(None, Context(coop_db, FACILITATOR), add_numbered, 4).run()
    assert "does not have the right to do this" in warnings[0]
    assert list(read(Context(coop_db, ADMIN), list_members)) == []


def test_field_problems_go_to_the_form_and_others_get_a_message(coop_db, qtbot, warnings):
    got = []
    Operation(None, Context(coop_db, ADMIN), refuse_field).on_invalid(got.append).run()
    assert got == [{"city": "required", "batch": "too_many"}]
    assert warnings == []
    Operation(None, Context(coop_db, ADMIN), refuse_field).run()
    assert warnings == ["This field is required.\nThe row has more cells than there are columns."]


def test_anything_else_is_the_plain_message_and_a_log_line(coop_db, qtbot, warnings, caplog):
    with caplog.at_level(logging.ERROR, logger="osuva"):
        assert not Operation(None, Context(coop_db, ADMIN), break_down).run()
    assert warnings[0].startswith("Something unexpected happened")
    assert "disk on fire" in caplog.text


def test_a_read_may_not_write(coop_db):
    with pytest.raises(RuntimeError, match="read-only"):
        read(Context(coop_db, ADMIN), add_numbered, 9)
    assert list(read(Context(coop_db, ADMIN), list_members)) == []
