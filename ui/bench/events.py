"""Run the event loop from a measurement without QApplication.processEvents().

PySide6 6.12 drops a reference to None on every call of a static method that returns
nothing (QApplication.processEvents(), QTimer.singleShot(), ...): a few thousand calls
abort the process. An instance method of QEventLoop does not, so the bench pumps with one.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer

_loop: QEventLoop | None = None


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
