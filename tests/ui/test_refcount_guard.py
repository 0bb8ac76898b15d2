"""The start-up guard keeps a long working day of signals from aborting Python."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
    from ui import refcount_guard
    refcount_guard.install()
    app = QCoreApplication([])
    class Source(QObject):
        changed = Signal(object)
    source = Source()
    source.changed.connect(lambda value: None)
    for n in range(20_000):
        source.changed.emit(n)
        QTimer.singleShot(0, lambda: None)
    print("survived")
    """
)


def test_twenty_thousand_emits_and_timers_do_not_abort():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout


def test_without_the_guard_pyside_still_loses_references():
    """Why the guard exists. When this fails, the pinned PySide6 is fixed: remove the guard."""
    script = SCRIPT.replace("refcount_guard.install()", "")
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "dealloc" in result.stderr
