"""A new member typed in by keyboard alone ends up in the printed register."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.domain.enums import Role
from app.locale import format_date
from app.services.uow import Actor
from tests.ui.test_members_tab import tab_through, when_dialog_opens
from ui.members.documents import DocumentDialog
from ui.members.tab import MembersTab
from ui.operations import Context


def test_keyboard_member_appears_in_the_register(qtbot, demo_db, language, tmp_path):
    language("fi")
    tab = MembersTab(Context(demo_db, Actor("treasurer", Role.ADMIN)))
    qtbot.addWidget(tab)
    tab.refresh()
    tab.show()

    def fill(dialog):
        tab_through(qtbot, dialog, {"first_name": "Väinö", "last_name": "Östman"})
        qtbot.keyClick(dialog.form.widgets["birth_date"], Qt.Key.Key_Return)

    when_dialog_opens(qtbot, fill)
    qtbot.keyClick(tab.add_button, Qt.Key.Key_Space)
    assert tab.selected().name == "Östman, Väinö"

    def accept(dialog):
        qtbot.keyClick(dialog.form.widgets["board_decision"], Qt.Key.Key_Return)

    when_dialog_opens(qtbot, accept)
    tab.accept_action.trigger()
    assert tab.selected().member_number is not None

    def subscribe(shares_dialog):
        def confirm(dialog):
            qtbot.keyClick(dialog.form.widgets["share_count"], Qt.Key.Key_Return)

        when_dialog_opens(qtbot, confirm)
        shares_dialog.subscribe()
        shares_dialog.accept()

    when_dialog_opens(qtbot, subscribe)
    qtbot.keyClick(tab.shares_button, Qt.Key.Key_Space)
    member = tab.selected()
    assert member.shares == 1

    register = DocumentDialog(tab.context, "member-register", parent=tab)
    qtbot.addWidget(register)
    pdf = register.render(tmp_path / "register.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Östman, Väinö" in text
    assert format_date(date.today(), "fi") in text
