"""File > Back up now copies in a worker: the window stays live, Cancel leaves no backup."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox

import ui.controller as controller_module
from app.services.backup import backup_database
from tests.ui.background import Gate, gui_stays_responsive, press_cancel
from ui.controller import Controller
from ui.operations.jobs import busy


def open_demo(qtbot, demo_db) -> Controller:
    controller = Controller()
    assert controller.open(str(demo_db.path))
    qtbot.addWidget(controller.window)
    return controller


def gated_backup(monkeypatch, gate: Gate) -> None:
    def backup(db, target_dir, *, progress):
        return backup_database(db, target_dir, progress=gate.wrap(progress))

    monkeypatch.setattr(controller_module, "backup_database", backup)


def test_backup_runs_in_a_worker_while_the_window_keeps_responding(
    qtbot, monkeypatch, demo_db, isolated_data_dir
):
    gate = Gate()
    gated_backup(monkeypatch, gate)
    saved: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: saved.append(args[-1]))
    controller = open_demo(qtbot, demo_db)
    controller.window.backup_requested.emit()
    gui_stays_responsive(qtbot, gate)
    # A second request while it runs does nothing.
    controller.backup()
    assert busy(controller.window)
    gate.open()
    qtbot.waitUntil(lambda: bool(saved), timeout=30_000)
    backups = list((isolated_data_dir / "backups").iterdir())
    assert len(backups) == 1 and backups[0].suffix == ".sqlite"
    assert str(backups[0]) in saved[0]
    assert threading.get_ident() not in gate.threads


def test_cancel_during_the_backup_leaves_no_backup_file(
    qtbot, monkeypatch, demo_db, isolated_data_dir
):
    gate = Gate()
    gated_backup(monkeypatch, gate)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[-1]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[-1]))
    controller = open_demo(qtbot, demo_db)
    controller.backup()
    qtbot.waitUntil(gate.reached.is_set, timeout=10_000)
    press_cancel(controller.window)
    gate.open()
    qtbot.waitUntil(lambda: not busy(controller.window), timeout=30_000)
    folder = isolated_data_dir / "backups"
    assert not folder.exists() or list(folder.iterdir()) == []  # no partial copy either
    assert shown == []
