"""Keep Osuva alive through PySide6 6.12.0's lost references.

PySide6 6.12.0 (the pinned wheel) drops a reference to `True` on every signal `emit()` from
Python, and one to `None` on some calls that return nothing (`QApplication.processEvents`
…). When a count reaches zero Python aborts ("deallocating True"): after a few thousand
actions, a long working day. 6.11.2 does not lose them but crashes in our dialogs, so until a
fixed PySide6 is pinned, start-up raises those three counts once by a million. They are raised
in place rather than held in a list, which would give the references back at exit and abort
there. Python 3.12 and later make these objects immortal and need nothing.
"""

from __future__ import annotations

import ctypes
import sys

SPARE = 1_000_000
_installed = False


def install() -> None:
    """Call once at start-up, before the window opens."""
    global _installed
    if _installed or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for obj in (True, False, None):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(obj)).value += SPARE
    _installed = True
