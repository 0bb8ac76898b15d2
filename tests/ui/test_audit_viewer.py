"""The admin reads in the audit log who changed what; the File menu offers it only to them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.enums import Role
from app.services.member_form import MemberForm
from app.services.members import create_member
from app.services.policy import Actor
from app.services.users import SignInThrottle, create_user, sign_in
from tests.ui.keys import press, type_text
from ui.audit.viewer import AuditTableModel, AuditViewer
from ui.main_window import MainWindow
from ui.operations import Context, perform, read


def signed_in(db, username: str) -> Context:
    actor = read(
        Context(db, Actor("", frozenset())), sign_in, username, "demo", throttle=SignInThrottle()
    )
    return Context(db, actor)


def shown(viewer: AuditViewer) -> list[tuple[str, ...]]:
    model = viewer.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.texts(row) for row in range(model.rowCount())]


def test_filtered_by_user_shows_that_users_changes(qtbot, demo_db):
    context = signed_in(demo_db, "admin")
    new_id = perform(
        context, create_user, "liisa", "Liisa Mäkelä", frozenset({Role.TREASURER}), "x" * 10
    )
    viewer = AuditViewer(context)
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.filter_by_user(context.actor.user_id)

    rows = shown(viewer)
    assert rows and {r[AuditTableModel.WHO] for r in rows} == {"admin"}
    kinds = {(r[AuditTableModel.ACTION], r[AuditTableModel.WHAT]) for r in rows}
    assert ("Added", f"User {new_id}") in kinds
    assert ("Added", f"User's role {new_id}") in kinds
    added = next(r for r in rows if r[AuditTableModel.WHAT] == f"User {new_id}")
    assert "user name: liisa" in added[AuditTableModel.CHANGES]
    assert added[AuditTableModel.SUMMARY].startswith("User added")
    assert "password" not in added[AuditTableModel.CHANGES]
    assert viewer.count.text() == f"{len(rows)} entries"

    # Another user's filter does not show the admin's rows.
    viewer.filter_by_user(signed_in(demo_db, "treasurer").actor.user_id)
    assert all(r[AuditTableModel.WHO] == "treasurer" for r in shown(viewer))


def test_filter_by_record_and_personal_values_in_the_details(qtbot, demo_db, monkeypatch):
    context = signed_in(demo_db, "admin")
    form = MemberForm(first_name="Aino", last_name="Koivisto", applied_on=date(2026, 11, 1))
    perform(context, create_member, form)
    viewer = AuditViewer(context)
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.what.findData("member") > 0
    viewer.what.setCurrentIndex(viewer.what.findData("member"))
    rows = shown(viewer)
    assert rows and all(r[AuditTableModel.WHAT].startswith("Member") for r in rows)
    first = viewer.model.row_at(0)
    viewer.record_id.setFocus()
    type_text(qtbot, viewer.record_id, str(first.entity_id))
    press(qtbot, viewer.record_id, Qt.Key.Key_Return)  # applies it; clears and closes nothing
    assert viewer.isVisible()
    assert {viewer.model.row_at(i).entity_id for i in range(viewer.model.rowCount())} == {
        first.entity_id
    }
    viewer.table.selectRow(0)
    # The table masks the name; the details pane shows it to the admin.
    assert "first name: •••" in shown(viewer)[0][AuditTableModel.CHANGES]
    details = viewer.details.toPlainText()
    assert "Personal data (shown to the administrator only):" in details
    assert "first name: — → Aino" in details

    type_text(qtbot, viewer.date_from, "32.13.2026")
    viewer.date_from.editingFinished.emit()
    assert viewer.problem.isVisible()


def test_the_file_menu_offers_users_and_audit_only_to_the_admin(qtbot, demo_db, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: 0)

    def file_menu(username: str) -> list[str]:
        window = MainWindow(signed_in(demo_db, username), "Osuuskunta")
        qtbot.addWidget(window)
        menu = window.menuBar().actions()[0].menu()
        return [a.text() for a in menu.actions() if a.text()]

    admin = file_menu("admin")
    assert {"&Users…", "Audit &log…", "Change my &password…"} <= set(admin)
    for other in ("treasurer", "facilitator"):
        items = file_menu(other)
        assert "Change my &password…" in items
        assert "&Users…" not in items and "Audit &log…" not in items


def test_in_finnish_the_log_speaks_finnish(qtbot, demo_db, language):
    language("fi")
    context = signed_in(demo_db, "admin")
    form = MemberForm(first_name="Aino", last_name="Lahti", applied_on=date(2026, 11, 2))
    member_id = perform(context, create_member, form)
    viewer = AuditViewer(context)
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.filter_by_user(context.actor.user_id)
    [row] = [r for r in shown(viewer) if r[AuditTableModel.WHAT] == f"Jäsen {member_id}"]
    assert row[AuditTableModel.ACTION] == "Lisätty"
    assert row[AuditTableModel.SUMMARY] == "Jäsen lisätty"
    changes = row[AuditTableModel.CHANGES]
    assert "etunimi: •••" in changes and "hakemuspäivä: 2026-11-02" in changes
    assert "first_name" not in changes and "create_member" not in changes
