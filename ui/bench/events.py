"""Run the event loop from a measurement, and survive PySide6 6.12's lost None references.

PySide6 6.12.0 drops a reference to None on every call of many methods that return nothing
(QApplication.processEvents(), QTimer.singleShot(), QStandardItemModel.setItem(),
QTableView.scrollToBottom(), ...): a few thousand calls abort the process ("deallocating
None"). QEventLoop.processEvents() on an instance does not, so the bench pumps with one, and
before a loop of such calls it holds as many extra references to None (8 bytes each).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer

_loop: QEventLoop | None = None
_none_refs: list[None] = []


def keep_none_alive(calls: int) -> None:
    """Hold a reference to None for each of ``calls`` coming calls that lose one."""
    _none_refs.extend([None] * calls)


def pump() -> None:
    """Handle the events waiting now (like QApplication.processEvents())."""
    global _loop
    if _loop is None:
        _loop = QEventLoop()
    _loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def wait_until(done: Callable[[], bool], timeout: float) -> bool:
    """Run the event loop until ``done()`` or ``timeout`` seconds; True when done."""
    global _loop
    if _loop is None:
        _loop = QEventLoop()
    waker = QTimer()
    waker.setInterval(5)
    waker.timeout.connect(lambda: None)
    waker.start()
    deadline = time.perf_counter() + timeout
    try:
        while not done():
            if time.perf_counter() >= deadline:
                return False
            _loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        return True
    finally:
        waker.stop()
