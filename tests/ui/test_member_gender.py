"""A new member's gender is unknown unless they or their identity code say otherwise."""

from __future__ import annotations

from datetime import date

from app.domain.enums import Gender, Role
from app.services.uow import Actor
from ui.members.member_dialog import MemberDialog
from ui.operations import Context


def test_new_member_form_starts_with_unknown_gender(qtbot, coop_db):
    dialog = MemberDialog(Context(coop_db, Actor("test", Role.ADMIN)))
    qtbot.addWidget(dialog)
    dialog.form.widgets["first_name"].setText("Kim")
    dialog.form.widgets["last_name"].setText("Laine")
    form, problems = dialog.read_form()
    assert problems == {}
    assert form.gender == Gender.UNKNOWN


def test_identity_code_decides_the_gender(qtbot, coop_db):
    from app.services.member_form import validate_member_form

    dialog = MemberDialog(Context(coop_db, Actor("test", Role.ADMIN)))
    qtbot.addWidget(dialog)
    dialog.form.widgets["first_name"].setText("Kim")
    dialog.form.widgets["last_name"].setText("Laine")
    dialog.form.widgets["personal_id"].setText("010594Y9032")
    form, _ = dialog.read_form()
    clean = validate_member_form(form, today=date.today())
    assert clean.gender is Gender.MALE
