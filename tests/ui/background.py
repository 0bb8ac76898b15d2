"""Helpers for the background-job tests: a GUI ticker and a gate that holds a job midway."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

GATE_TIMEOUT = 20.0


class Ticker:
    """A 10 ms timer on the GUI thread: its ticks only advance while the event loop is free."""

    def __init__(self) -> None:
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks += 1

    def stop(self) -> None:
        self.timer.stop()


class Gate:
    """Wraps a progress callback: the first report waits until the test opens the gate.

    Records the thread the work ran in; while the worker waits here, the test checks that the
    GUI keeps ticking and may press Cancel.
    """

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.opened = threading.Event()
        self.threads: set[int] = set()

    def wrap(self, progress):
        def gated(done: int, total: int) -> bool:
            self.threads.add(threading.get_ident())
            if not self.reached.is_set():
                progress(done, total)  # the dialog shows how far it got
                self.reached.set()
                self.opened.wait(GATE_TIMEOUT)
            return progress(done, total)

        return gated

    def open(self) -> None:
        self.opened.set()


def progress_dialog(widget: QWidget) -> QProgressDialog:
    """The progress dialog of the job running in ``widget``'s window."""
    dialogs = widget.findChildren(QProgressDialog)
    assert dialogs, "no progress dialog"
    return dialogs[-1]


def press_cancel(widget: QWidget) -> None:
    """Click Cancel in the progress dialog of the job running in ``widget``'s window."""
    progress_dialog(widget).findChild(QPushButton).click()


def gui_stays_responsive(qtbot, gate: Gate) -> None:
    """While the job is held midway in its worker, the GUI thread keeps handling events."""
    qtbot.waitUntil(gate.reached.is_set, timeout=10_000)
    ticker = Ticker()
    try:
        qtbot.waitUntil(lambda: ticker.ticks >= 10, timeout=5_000)
    finally:
        ticker.stop()
    assert threading.get_ident() not in gate.threads
