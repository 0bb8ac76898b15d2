"""Editing the cooperative's settings: errors shown per field, saved whole or not at all."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.domain import AuditEntry, Cooperative
from app.domain.enums import Role
from app.services.uow import Actor
from tests.ui.keys import type_text
from ui.operations import Context
from ui.settings.dialog import SettingsDialog


def retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def open_dialog(qtbot, db, language) -> SettingsDialog:
    language("fi")
    dialog = SettingsDialog(Context(db, Actor("test", Role.ADMIN)))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_shows_current_settings_in_finnish_format(qtbot, coop_db, language):
    dialog = open_dialog(qtbot, coop_db, language)
    edits = dialog.form.edits
    assert edits["name"].text() == "Osuuskunta Testi"
    assert edits["share_price"].text() == "50,00"
    assert edits["payment_term_days"].text() == "14"


def test_bad_values_are_explained_and_nothing_changes(qtbot, coop_db, language):
    dialog = open_dialog(qtbot, coop_db, language)
    edits = dialog.form.edits
    retype(qtbot, edits["name"], "Osuuskunta Työkaari")
    retype(qtbot, edits["email"], "toimisto(at)tyokaari")
    retype(qtbot, edits["payment_term_days"], "400")
    retype(qtbot, edits["postal_code"], "0610")
    qtbot.keyClick(edits["postal_code"], Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "sähköposti" in dialog.form.errors["email"].text()
    assert "365" in dialog.form.errors["payment_term_days"].text()
    assert "viisi numeroa" in dialog.form.errors["postal_code"].text()
    assert edits["name"].text() == "Osuuskunta Työkaari"
    with coop_db.sessions() as session:
        assert session.scalar(select(Cooperative.name)) == "Osuuskunta Testi"


def test_valid_changes_are_saved_with_an_audit_entry(qtbot, coop_db, language):
    dialog = open_dialog(qtbot, coop_db, language)
    edits = dialog.form.edits
    retype(qtbot, edits["share_price"], "25,50")
    retype(qtbot, edits["board_representative"], "Päivi Hallitus")
    qtbot.keyClick(edits["board_representative"], Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    with coop_db.sessions() as session:
        coop = session.scalar(select(Cooperative))
        assert str(coop.share_price) == "25.50"
        assert coop.board_representative == "Päivi Hallitus"
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "update")).one()
        assert json.loads(entry.before)["share_price"] == "50.00"
        assert json.loads(entry.after)["share_price"] == "25.50"


def test_financial_year_and_share_limit(qtbot, coop_db, language):
    dialog = open_dialog(qtbot, coop_db, language)
    edits = dialog.form.edits
    assert edits["financial_year_end"].text() == "31.12."
    retype(qtbot, edits["financial_year_end"], "31.2.")
    qtbot.keyClick(edits["financial_year_end"], Qt.Key.Key_Return)
    assert "Tällaista päivää ei ole" in dialog.form.errors["financial_year_end"].text()
    retype(qtbot, edits["financial_year_end"], "30.6.")
    retype(qtbot, edits["max_shares_per_member"], "3")
    qtbot.keyClick(edits["max_shares_per_member"], Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    with coop_db.sessions() as session:
        coop = session.scalar(select(Cooperative))
        assert (coop.financial_year_end_day, coop.financial_year_end_month) == (30, 6)
        assert coop.max_shares_per_member == 3
