"""The register PDF is laid out in a worker: the window stays live, Cancel leaves no file."""

from __future__ import annotations

import gc
import threading

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

import ui.members.documents as documents
from app.documents.render import render_document
from app.domain.enums import Role
from app.services.uow import Actor
from tests.ui.background import Gate, gui_stays_responsive, press_cancel, progress_dialog
from ui.members.documents import DocumentDialog
from ui.operations import Context
from ui.operations.jobs import busy


def gated_render(monkeypatch, gate: Gate) -> None:
    def render(*args, progress=None, **kwargs):
        return render_document(*args, progress=gate.wrap(progress), **kwargs)

    monkeypatch.setattr(documents, "render_document", render)


def register_dialog(qtbot, demo_db) -> DocumentDialog:
    dialog = DocumentDialog(Context(demo_db, Actor("admin", Role.ADMIN)), "member-register")
    qtbot.addWidget(dialog)
    return dialog


def test_register_renders_in_a_worker_while_the_window_keeps_responding(
    qtbot, demo_db, tmp_path, monkeypatch
):
    gate = Gate()
    gated_render(monkeypatch, gate)
    dialog = register_dialog(qtbot, demo_db)
    out = tmp_path / "register.pdf"
    done: list = []
    assert dialog.render_in_background(out, done.append)

    gui_stays_responsive(qtbot, gate)
    # The dialog counts the rows laid out so far, in per cent.
    progress = progress_dialog(dialog)
    qtbot.waitUntil(lambda: progress.maximum() == 100 and progress.value() > 0)
    # A second click while it runs starts nothing.
    assert busy(dialog)
    assert not dialog.render_in_background(tmp_path / "second.pdf", done.append)
    gate.open()
    qtbot.waitUntil(lambda: done == [out], timeout=30_000)
    assert not busy(dialog)
    assert gc.get_freeze_count() == 0  # old objects are collected again after the job
    assert gate.threads and threading.get_ident() not in gate.threads
    assert len(PdfReader(out).pages) >= 1
    assert not (tmp_path / "second.pdf").exists()


def test_cancel_while_rendering_leaves_no_file(qtbot, demo_db, tmp_path, monkeypatch):
    gate = Gate()
    gated_render(monkeypatch, gate)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[-1]))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[-1]))
    dialog = register_dialog(qtbot, demo_db)
    out = tmp_path / "register.pdf"
    done: list = []
    assert dialog.render_in_background(out, done.append)
    qtbot.waitUntil(gate.reached.is_set, timeout=10_000)
    press_cancel(dialog)
    gate.open()
    qtbot.waitUntil(lambda: not busy(dialog), timeout=30_000)
    assert not out.exists()
    assert done == [] and shown == []


def test_a_register_the_user_may_not_see_is_refused_plainly(
    qtbot, demo_db, tmp_path, monkeypatch, language
):
    language("fi")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[-1]))
    context = Context(demo_db, Actor("facilitator", Role.FACILITATOR))
    dialog = DocumentDialog(context, "member-register")
    qtbot.addWidget(dialog)
    out = tmp_path / "register.pdf"
    assert dialog.render_in_background(out)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert not out.exists()
    assert "Traceback" not in shown[0] and "member_register" not in shown[0]
    assert "oikeutta" in shown[0] or "rooli" in shown[0]


def test_an_unexpected_error_in_the_worker_shows_the_plain_message(
    qtbot, demo_db, tmp_path, monkeypatch, language
):
    language("en")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[-1]))

    def broken(*args, progress=None, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(documents, "render_document", broken)
    dialog = register_dialog(qtbot, demo_db)
    assert dialog.render_in_background(tmp_path / "register.pdf")
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0].startswith("Something unexpected happened")
    assert "disk on fire" not in shown[0]
    assert not busy(dialog)
