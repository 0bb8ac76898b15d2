"""Creating a cooperative from the first-start form, by keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.domain import AuditEntry, Cooperative
from app.domain.enums import Role
from app.services.uow import Actor
from tests.ui.keys import type_text
from ui.operations import Context
from ui.welcome.new_cooperative import NewCooperativeDialog


def count(db, column) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count(column)))


def fill_with_tab(qtbot, dialog, values: list[str]) -> None:
    """Type into each field in tab order, starting from the first."""
    dialog.form.edits["name"].setFocus()
    for value in values:
        widget = dialog.focusWidget()
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
        type_text(qtbot, widget, value)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)


def open_dialog(qtbot, db, language, lang="fi"):
    language(lang)
    dialog = NewCooperativeDialog(Context(db, Actor("test", Role.ADMIN)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_invalid_business_id_and_iban_are_explained_and_nothing_saved(qtbot, db, language):
    dialog = open_dialog(qtbot, db, language)
    fill_with_tab(
        qtbot,
        dialog,
        [
            "Osuuskunta Työkaari",
            "2077474-1",
            "Mannerheiminkatu 1",
            "06100",
            "Porvoo",
            "FI37 1590 3000 0007 77",
            "",
            "50,00",
        ],
    )
    qtbot.keyClick(dialog.form.edits["share_price"], Qt.Key.Key_Return)
    assert dialog.isVisible()
    errors = dialog.form.errors
    assert errors["business_id"].isVisibleTo(dialog)
    assert "Y-tunnus" in errors["business_id"].text()
    assert errors["iban"].isVisibleTo(dialog)
    assert not errors["name"].isVisibleTo(dialog)
    # What was typed is kept, and the first wrong field has the focus.
    assert dialog.form.edits["name"].text() == "Osuuskunta Työkaari"
    assert dialog.focusWidget() is dialog.form.edits["business_id"]
    assert count(db, Cooperative.id) == 0
    assert count(db, AuditEntry.id) == 0


def test_valid_form_creates_the_cooperative(qtbot, db, language):
    dialog = open_dialog(qtbot, db, language)
    fill_with_tab(
        qtbot,
        dialog,
        [
            "Osuuskunta Työkaari",
            "2077474-0",
            "Mannerheiminkatu 1",
            "06100",
            "Porvoo",
            "FI37 1590 3000 0007 76",
            "",
            "20,50",
            "Paula Nieminen",
            "paula",
            "pitkä salasana",
            "pitkä salasana",
        ],
    )
    qtbot.keyClick(dialog.form.edits["admin_password_again"], Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.admin_username() == "paula"
    with db.sessions() as session:
        coop = session.scalar(select(Cooperative))
        assert coop.name == "Osuuskunta Työkaari"
        assert coop.iban == "FI3715903000000776"
        assert coop.bic == "NDEAFIHH"
        assert str(coop.share_price) == "20.50"


def test_swedish_messages(qtbot, db, language):
    dialog = open_dialog(qtbot, db, language, "sv")
    fill_with_tab(qtbot, dialog, ["", "123"])
    qtbot.keyClick(dialog.form.edits["iban"], Qt.Key.Key_Return)
    assert dialog.form.errors["name"].text() == "Fältet är obligatoriskt."
    assert "FO-nummer" in dialog.form.errors["business_id"].text()
