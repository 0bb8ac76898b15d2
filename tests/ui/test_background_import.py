"""The member import saves in a worker: the window stays live, Cancel saves nobody."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

import ui.members.import_dialog as import_dialog
from app.domain import Member
from app.domain.enums import Role
from app.services.errors import ConflictError
from app.services.member_import import commit_import
from app.services.uow import Actor
from tests.ui.background import Gate, gui_stays_responsive, press_cancel, progress_dialog
from ui.members.import_dialog import ImportDialog
from ui.operations import Context
from ui.operations.jobs import busy

DATA = Path(__file__).resolve().parents[1] / "data"


def members(db) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count(Member.id)))


def gated_commit(monkeypatch, gate: Gate, calls: list) -> None:
    def commit(uow, preview, **kwargs):
        calls.append(threading.get_ident())
        original = uow.progress  # raises Cancelled once the user pressed Cancel
        uow.progress = gate.wrap(lambda done, total: original(done, total) or False)
        return commit_import(uow, preview, **kwargs)

    monkeypatch.setattr(import_dialog, "commit_import", commit)


def previewed(qtbot, coop_db) -> ImportDialog:
    dialog = ImportDialog(Context(coop_db, Actor("test", Role.ADMIN)))
    qtbot.addWidget(dialog)
    assert dialog.load(DATA / "members_fi_excel.csv")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    dialog.skip.setChecked(True)
    return dialog


def test_import_saves_in_a_worker_while_the_window_keeps_responding(qtbot, coop_db, monkeypatch):
    gate, calls = Gate(), []
    gated_commit(monkeypatch, gate, calls)
    dialog = previewed(qtbot, coop_db)
    dialog.import_button.click()
    gui_stays_responsive(qtbot, gate)
    assert calls and threading.get_ident() not in calls
    # A second click while it runs does nothing.
    dialog.import_button.click()
    assert len(calls) == 1 and busy(dialog)
    progress = progress_dialog(dialog)
    qtbot.waitUntil(lambda: progress.maximum() == 100)
    gate.open()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=30_000)
    assert len(calls) == 1
    assert dialog.imported == dialog.preview.ok == members(coop_db)


def test_cancel_during_the_import_saves_nobody(qtbot, coop_db, monkeypatch):
    gate, calls = Gate(), []
    gated_commit(monkeypatch, gate, calls)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[-1]))
    dialog = previewed(qtbot, coop_db)
    dialog.import_button.click()
    qtbot.waitUntil(gate.reached.is_set, timeout=10_000)
    press_cancel(dialog)
    gate.open()
    qtbot.waitUntil(lambda: not busy(dialog), timeout=30_000)
    assert members(coop_db) == 0
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.imported == 0
    assert shown == []
    # The preview stays, so the user can import after all.
    monkeypatch.setattr(import_dialog, "commit_import", commit_import)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=30_000)
    assert members(coop_db) == dialog.preview.ok


def test_a_conflict_in_the_worker_is_worded_by_the_operation(qtbot, coop_db, monkeypatch, language):
    language("en")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[-1]))

    def conflict(uow, preview, **kwargs):
        commit_import(uow, preview, **kwargs)
        raise ConflictError("unique constraint failed", code="conflict")

    monkeypatch.setattr(import_dialog, "commit_import", conflict)
    dialog = previewed(qtbot, coop_db)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert shown == ["Someone else changed this at the same time. Nothing was saved; try again."]
    assert members(coop_db) == 0
    assert dialog.result() != dialog.DialogCode.Accepted


def test_cancel_while_reading_the_file_shows_no_preview(qtbot, coop_db, monkeypatch):
    started, opened = threading.Event(), threading.Event()
    real_read = import_dialog.read_table

    def slow_read(path):
        started.set()
        opened.wait(20)
        return real_read(path)

    monkeypatch.setattr(import_dialog, "read_table", slow_read)
    dialog = ImportDialog(Context(coop_db, Actor("test", Role.ADMIN)))
    qtbot.addWidget(dialog)
    assert dialog.load(DATA / "members_fi_excel.csv")
    qtbot.waitUntil(started.is_set, timeout=10_000)
    assert not dialog.load(DATA / "members_fi_excel.csv")  # busy: a second file waits
    press_cancel(dialog)
    opened.set()
    qtbot.waitUntil(lambda: not busy(dialog), timeout=10_000)
    assert dialog.preview is None and not dialog.import_button.isEnabled()
