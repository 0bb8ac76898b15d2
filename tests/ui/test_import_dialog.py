"""Importing a treasurer's spreadsheet: problems named row by row, nothing saved until OK."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from app.domain import Member
from app.domain.enums import Role
from app.services.uow import Actor
from ui.members.import_dialog import ImportDialog
from ui.operations import Context

DATA = Path(__file__).resolve().parents[1] / "data"


def members(db) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count(Member.id)))


def test_finnish_excel_file_preview_then_import_the_good_rows(qtbot, coop_db, language):
    language("fi")
    dialog = ImportDialog(Context(coop_db, Actor("test", Role.ADMIN)))
    qtbot.addWidget(dialog)
    dialog.load(DATA / "members_fi_excel.csv")
    preview = dialog.preview
    assert len(preview.rows) == 200
    assert 0 < preview.with_problems < 20
    assert str(preview.ok) in dialog.summary.text()
    # Problem rows come first, each naming the field in Finnish.
    first = dialog.model.index(0, dialog.model.COLUMNS.__len__() - 1).data()
    assert first != "OK" and ":" in first
    assert members(coop_db) == 0
    assert not dialog.import_button.isEnabled()

    dialog.skip.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.imported == preview.ok
    assert members(coop_db) == preview.ok


def test_unreadable_file_is_explained(qtbot, coop_db, language, tmp_path, monkeypatch):
    language("sv")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    bogus = tmp_path / "medlemmar.csv"
    bogus.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    dialog = ImportDialog(Context(coop_db, Actor("test", Role.ADMIN)))
    qtbot.addWidget(dialog)
    dialog.load(bogus)
    assert dialog.preview is None
    assert len(shown) == 1 and "Osuva" in shown[0]
    assert not dialog.import_button.isEnabled()
