"""The administrator manages users by keyboard; everyone can change their own password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from app.domain.enums import Role
from app.services.policy import Actor
from app.services.users import SignInError, SignInThrottle, sign_in
from tests.ui.keys import press, type_text
from ui.operations import Context, read
from ui.users.dialog import ResetPasswordDialog, UserFormDialog, UsersDialog
from ui.users.password import ChangePasswordDialog

NOBODY = Actor("", frozenset())


def signs_in(db, username: str, password: str) -> Actor | None:
    try:
        return read(Context(db, NOBODY), sign_in, username, password, throttle=SignInThrottle())
    except SignInError:
        return None


@pytest.fixture
def admin_context(demo_db) -> Context:
    return Context(demo_db, signs_in(demo_db, "admin", "demo"))


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text) or 0
    )
    return shown


def answer_with(monkeypatch, dialog_class, fill) -> list[QDialog]:
    """Make `dialog_class.exec()` show the dialog, let `fill` type, and press Enter."""
    opened: list[QDialog] = []

    def fake_exec(dialog) -> int:
        opened.append(dialog)
        dialog.show()
        fill(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", fake_exec)
    return opened


def select(users: UsersDialog, username: str) -> None:
    row = next(i for i, r in enumerate(users.model.rows()) if r.username == username)
    users.table.selectRow(row)


def row_of(users: UsersDialog, username: str):
    return next(r for r in users.model.rows() if r.username == username)


def test_add_a_user_with_two_roles_who_can_then_sign_in(qtbot, monkeypatch, admin_context):
    users = UsersDialog(admin_context)
    qtbot.addWidget(users)

    def fill(form: UserFormDialog) -> None:
        assert form.focusWidget() is form.username  # typing starts in the first field
        type_text(qtbot, form.username, "liisa")
        type_text(qtbot, form.full_name, "Liisa Mäkelä")
        form.roles.boxes[Role.TREASURER].setChecked(True)
        form.roles.boxes[Role.FACILITATOR].setChecked(True)
        type_text(qtbot, form.password, "pitkä salasana")
        type_text(qtbot, form.password_again, "pitkä salasana")

    answer_with(monkeypatch, UserFormDialog, fill)
    qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)

    added = row_of(users, "liisa")
    assert (added.full_name, added.roles, added.active) == (
        "Liisa Mäkelä",
        frozenset({Role.TREASURER, Role.FACILITATOR}),
        True,
    )
    assert users.selected() == added
    shown = users.model.texts(users.model.rows().index(added))
    assert shown == ("liisa", "Liisa Mäkelä", "Treasurer, Facilitator", "Yes")
    actor = signs_in(admin_context.db, "liisa", "pitkä salasana")
    assert actor is not None and actor.roles == {Role.TREASURER, Role.FACILITATOR}


def test_a_form_with_problems_stays_open_and_says_what_is_wrong(qtbot, warnings, admin_context):
    form = UserFormDialog(admin_context)
    qtbot.addWidget(form)
    form.show()
    type_text(qtbot, form.username, "treasurer")
    type_text(qtbot, form.full_name, "Toinen Rahastonhoitaja")
    form.roles.boxes[Role.TREASURER].setChecked(True)
    type_text(qtbot, form.password, "salasana1")
    type_text(qtbot, form.password_again, "salasana2")
    press(qtbot, form.password_again, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.form.errors["password_again"].text() == "The passwords are not the same."

    form.password_again.setText("salasana1")
    press(qtbot, form.password_again, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.form.errors["username"].text() == "This user name is already in use."
    assert form.focusWidget() is form.username

    form.username.setText("toinen")
    form.password.setText("lyhyt")
    form.password_again.setText("lyhyt")
    press(qtbot, form.password_again, Qt.Key.Key_Return)
    assert form.form.errors["password"].text() == "Use at least 8 characters."
    assert warnings == [] and form.isVisible()
    assert signs_in(admin_context.db, "toinen", "lyhyt") is None


def test_deactivate_and_activate_again(qtbot, warnings, admin_context):
    users = UsersDialog(admin_context)
    qtbot.addWidget(users)
    select(users, "treasurer")
    assert users.active_button.text() == "&Deactivate"
    qtbot.mouseClick(users.active_button, Qt.MouseButton.LeftButton)

    assert row_of(users, "treasurer").active is False
    assert users.selected().username == "treasurer"
    assert users.active_button.text() == "Ac&tivate"
    assert signs_in(admin_context.db, "treasurer", "demo") is None

    qtbot.mouseClick(users.active_button, Qt.MouseButton.LeftButton)
    assert row_of(users, "treasurer").active is True
    assert signs_in(admin_context.db, "treasurer", "demo") is not None
    assert warnings == []


def test_the_admin_cannot_deactivate_themselves(qtbot, warnings, admin_context):
    users = UsersDialog(admin_context)
    qtbot.addWidget(users)
    select(users, "admin")
    qtbot.mouseClick(users.active_button, Qt.MouseButton.LeftButton)
    assert warnings == [
        "You cannot deactivate your own user account. Ask another administrator to do it."
    ]
    assert row_of(users, "admin").active is True


def test_the_last_admin_cannot_be_demoted(qtbot, monkeypatch, warnings, admin_context):
    users = UsersDialog(admin_context)
    qtbot.addWidget(users)
    select(users, "admin")

    def fill(form: UserFormDialog) -> None:
        assert form.username.isReadOnly()
        form.roles.boxes[Role.ADMIN].setChecked(False)
        form.roles.boxes[Role.TREASURER].setChecked(True)

    opened = answer_with(monkeypatch, UserFormDialog, fill)
    qtbot.mouseClick(users.edit_button, Qt.MouseButton.LeftButton)

    assert warnings == [
        "At least one active user must stay an administrator. Make someone else an "
        "administrator first."
    ]
    assert opened[0].isVisible()  # still open with what was chosen
    assert row_of(users, "admin").roles == {Role.ADMIN}


def test_reset_a_password(qtbot, monkeypatch, admin_context):
    users = UsersDialog(admin_context)
    qtbot.addWidget(users)
    select(users, "facilitator")

    def fill(form: ResetPasswordDialog) -> None:
        type_text(qtbot, form.password, "uusi-salasana")
        type_text(qtbot, form.password_again, "uusi-salasana")

    answer_with(monkeypatch, ResetPasswordDialog, fill)
    qtbot.mouseClick(users.password_button, Qt.MouseButton.LeftButton)
    assert signs_in(admin_context.db, "facilitator", "demo") is None
    assert signs_in(admin_context.db, "facilitator", "uusi-salasana") is not None


def test_change_my_own_password(qtbot, demo_db, warnings):
    context = Context(demo_db, signs_in(demo_db, "treasurer", "demo"))
    dialog = ChangePasswordDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.old_password
    type_text(qtbot, dialog.old_password, "väärä")
    type_text(qtbot, dialog.new_password, "rahaa ja laskuja")
    type_text(qtbot, dialog.new_password_again, "rahaa ja laskuja")
    press(qtbot, dialog.new_password_again, Qt.Key.Key_Return)
    assert dialog.form.errors["old_password"].text() == "The current password is wrong."
    assert dialog.isVisible()

    dialog.old_password.setText("demo")
    press(qtbot, dialog.old_password, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert warnings == []
    assert signs_in(demo_db, "treasurer", "demo") is None
    assert signs_in(demo_db, "treasurer", "rahaa ja laskuja") is not None


def test_enter_on_a_row_edits_that_user(qtbot, monkeypatch, admin_context):
    users = UsersDialog(admin_context)
    qtbot.addWidget(users)
    users.show()
    select(users, "facilitator")
    opened: list[UserFormDialog] = []
    monkeypatch.setattr(UserFormDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    users.table.setFocus()
    press(qtbot, users.table, Qt.Key.Key_Return)
    assert [dialog.row.username for dialog in opened] == ["facilitator"]
    assert users.isVisible()
