"""Signing in as the treasurer or the facilitator shows exactly what the role allows."""

from __future__ import annotations

from ui.controller import Controller


def open_as(qtbot, demo_db, sign_in_as, username: str) -> Controller:
    sign_in_as(username, "demo")
    controller = Controller()
    assert controller.open(str(demo_db.path))
    qtbot.addWidget(controller.window)
    return controller


def tab_titles(window) -> list[str]:
    return [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]


def file_menu(window) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text().replace("&", "") for a in menu.actions() if a.text()]


def test_the_treasurer_sees_money_but_no_coaching(qtbot, demo_db, sign_in_as, language):
    language("en")
    window = open_as(qtbot, demo_db, sign_in_as, "treasurer").window
    assert tab_titles(window) == ["Members", "Work", "Customers", "Invoicing"]
    members = window.members_tab
    assert members.shares_button.isVisibleTo(members)
    assert members.add_button.isVisibleTo(members)
    assert not any(members.list.table.isColumnHidden(c) for c in members.list.model.MONEY_COLUMNS)
    assert "Signed in: treasurer" in window.user_label.text()
    entries = file_menu(window)
    assert "Settings…" not in entries and "Back up now" not in entries
    assert any(entry.startswith("Sign out treasurer") for entry in entries)


def test_the_facilitator_sees_names_and_coaching_but_no_money(qtbot, demo_db, sign_in_as, language):
    language("en")
    window = open_as(qtbot, demo_db, sign_in_as, "facilitator").window
    assert tab_titles(window) == ["Members", "Work", "Coaching"]
    members = window.members_tab
    for button in (
        members.add_button,
        members.edit_button,
        members.shares_button,
        members.membership_button,
        members.documents_button,
        members.sheet_button,
        members.wage_button,
    ):
        assert not button.isVisibleTo(members)
    assert all(members.list.table.isColumnHidden(c) for c in members.list.model.MONEY_COLUMNS)
    model = members.list.model
    assert model.rowCount() > 0
    rows = [model.row_at(r) for r in range(model.rowCount())]
    assert all(row.shares == 0 and not row.paid for row in rows)
    assert not window.warning_label.isVisible()
    work = window.work_tab
    window.tabs.setCurrentWidget(work)
    assert work.list.table.isColumnHidden(work.list.model.UNINVOICED_COLUMN)
    rows = [work.list.model.row_at(r) for r in range(work.list.model.rowCount())]
    assert rows and all(not row.uninvoiced_hours for row in rows)


def test_the_admin_sees_everything(qtbot, demo_db, sign_in_as, language):
    language("en")
    window = open_as(qtbot, demo_db, sign_in_as, "admin").window
    assert tab_titles(window) == ["Members", "Work", "Coaching", "Customers", "Invoicing"]
    assert "Settings…" in file_menu(window)


def test_a_wrong_password_opens_nothing(qtbot, demo_db, sign_in_as, language):
    language("en")
    sign_in_as("treasurer", "not the password")
    controller = Controller()
    assert not controller.open(str(demo_db.path))
    assert controller.window is None


def test_sign_out_switches_to_another_user(qtbot, demo_db, sign_in_as, language):
    language("en")
    controller = open_as(qtbot, demo_db, sign_in_as, "admin")
    sign_in_as("facilitator", "demo")
    controller.sign_out()
    qtbot.addWidget(controller.window)
    assert controller.context.actor.name == "facilitator"
    assert tab_titles(controller.window) == ["Members", "Work", "Coaching"]


def test_ctrl_n_adds_a_member_not_a_cooperative(qtbot, demo_db, sign_in_as, language, monkeypatch):
    from PySide6.QtGui import QAction, QKeySequence

    from ui.members.member_dialog import MemberDialog

    language("en")
    window = open_as(qtbot, demo_db, sign_in_as, "treasurer").window
    opened: list[str] = []
    monkeypatch.setattr(MemberDialog, "exec", lambda self: opened.append("member") or 0)
    window.new_requested.connect(lambda: opened.append("cooperative"))
    ctrl_n = QKeySequence(QKeySequence.StandardKey.New)
    holders = [a for a in window.findChildren(QAction) if a.shortcut() == ctrl_n]
    assert len(holders) == 1
    holders[0].trigger()
    assert opened == ["member"]
