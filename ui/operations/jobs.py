"""Long work in a worker thread, with a progress dialog whose Cancel stops it.

    FileJob(window, label, backup_database, db, folder).success(show).failure(explain).run()

`Background` is the machinery under `Operation.in_background` and `FileJob`: the work runs
in a QThreadPool thread; a progress dialog (determinate once a total is known) appears if it
takes a moment; Cancel makes the next progress report stop the work; the result or the error
is delivered on the GUI thread. One job per window at a time: starting a second while one
runs does nothing (`busy(widget)` tells).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.services.uow import Cancelled

# How often the GUI thread looks at the worker's progress and outcome.
POLL_MS = 25
# The dialog appears only for work that takes longer than this.
SHOW_AFTER_MS = 300

# PySide6 6.12.0 drops a reference to None on every call of a Qt method that returns nothing
# (setValue, start, hide …); one held here per such call keeps None's count right.
_NONE_HELD: list[None] = []
# The running jobs, by the id of the window they belong to.
_RUNNING: dict[int, Background] = {}
# Whether the jobs froze the garbage collector's old objects (see Background.start).
_FROZEN: list[bool] = []


def _void(method: Callable[..., Any], *args: Any) -> None:
    method(*args)
    _NONE_HELD.append(None)


def _window_key(widget: QWidget | None) -> int:
    if widget is None or not shiboken6.isValid(widget):
        return 0
    return id(widget.window())


def _stop_all() -> None:
    """On quit: ask every running job to stop, and wait for the workers to end."""
    for job in list(_RUNNING.values()):
        job.cancel()
    QThreadPool.globalInstance().waitForDone()


def busy(widget: QWidget | None) -> bool:
    """Whether a background job of this widget's window is still running."""
    return _window_key(widget) in _RUNNING


class Progress:
    """The worker's `progress(done, total)`: True means the user asked to stop.

    Only plain attributes are written here (never a Qt call from the worker): the GUI thread
    reads them with a timer, which also caps the dialog's updates.
    """

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int) -> bool:
        self.done, self.total = done, total
        return self._cancel.is_set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class Background:
    """Run `work(progress)` in a worker; `deliver(result, error)` runs on the GUI thread."""

    def __init__(
        self,
        parent: QWidget | None,
        label: str,
        work: Callable[[Progress], Any],
        deliver: Callable[[Any, BaseException | None], None],
    ) -> None:
        self.parent = parent
        self.label = label
        self.work = work
        self.deliver = deliver
        self.progress = Progress()
        self.dialog: QProgressDialog | None = None
        self.finished = False
        self._outcome: tuple[Any, BaseException | None] | None = None
        self._shown_percent = -1
        self._key = _window_key(parent)
        self._timer: QTimer | None = None

    def start(self) -> bool:
        """Start the worker; False (and nothing done) while this window runs another job."""
        if self._key in _RUNNING:
            return False
        if not _RUNNING:
            app = QCoreApplication.instance()
            if app is not None and not app.property("osuva_jobs_hooked"):
                app.setProperty("osuva_jobs_hooked", True)
                app.aboutToQuit.connect(_stop_all)
        if not _RUNNING and gc.get_freeze_count() == 0:
            # A full garbage collection holds the interpreter for ~100 ms on a big heap, in
            # whichever thread it runs, and would stall the window: while jobs run, only the
            # objects made since are collected; unfrozen when the last job ends.
            gc.freeze()
            _FROZEN.append(True)
        _RUNNING[self._key] = self
        # Worker → GUI: the worker only writes Python attributes; one QTimer on the GUI thread
        # reads them. No signal is emitted from Python (PySide6 6.12.0's emit() loses a
        # reference to True each time) and the dialog is updated at most every POLL_MS.
        parent = self.parent if self.parent is not None and shiboken6.isValid(self.parent) else None
        dialog = QProgressDialog(
            self.label, QCoreApplication.translate("Operations", "Cancel"), 0, 0, parent
        )
        _void(dialog.setWindowModality, Qt.WindowModality.WindowModal)
        _void(dialog.setAutoReset, False)
        _void(dialog.setAutoClose, False)
        _void(dialog.setMinimumDuration, SHOW_AFTER_MS)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        timer = QTimer()
        _void(timer.setInterval, POLL_MS)
        timer.timeout.connect(self._poll)
        _void(timer.start)
        self._timer = timer
        _void(QThreadPool.globalInstance().start, self._run)
        return True

    def cancel(self) -> None:
        if not self.finished:
            self.progress.cancel()

    def _run(self) -> None:  # in the worker thread
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # delivered on the GUI thread
            self._outcome = (None, exc)
            return
        self._outcome = (result, None)

    def _poll(self) -> None:  # on the GUI thread
        outcome = self._outcome
        if outcome is None:
            dialog = self.dialog
            if dialog is not None and shiboken6.isValid(dialog) and dialog.wasCanceled():
                self.progress.cancel()  # also when cancel() was called rather than clicked
            self._show_progress()
            return
        self.finished = True
        if self._timer is not None:
            _void(self._timer.stop)
            self._timer = None
        dialog, self.dialog = self.dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            _void(dialog.hide)
            _void(dialog.deleteLater)
        _RUNNING.pop(self._key, None)
        if not _RUNNING and _FROZEN:
            _FROZEN.clear()
            gc.unfreeze()
        result, error = outcome
        if error is None and self.progress.cancelled:
            error = Cancelled()
        self.deliver(result, error)

    def _show_progress(self) -> None:
        dialog = self.dialog
        total, done = self.progress.total, self.progress.done
        if dialog is None or total <= 0 or not shiboken6.isValid(dialog):
            return
        percent = max(0, min(100, done * 100 // total))
        if percent == self._shown_percent:
            return
        if self._shown_percent < 0:
            _void(dialog.setMaximum, 100)
        self._shown_percent = percent
        _void(dialog.setValue, percent)


def was_cancelled(error: BaseException | None) -> bool:
    return isinstance(error, Cancelled)


class FileJob:
    """A plain callable (no unit of work) run in the background: backups, PDF files.

    `fn(*args, progress=progress, **kwargs)` is called in a worker; `progress(done, total)`
    returns True once the user pressed Cancel, and fn must then stop and leave nothing behind.
    An error raised after Cancel counts as the cancellation. When the work finished although
    the user had cancelled, `discard(result)` (in the worker) removes what it made.
    """

    def __init__(
        self, parent: QWidget | None, label: str, fn: Callable[..., Any], *args: Any, **kwargs: Any
    ) -> None:
        self.parent = parent
        self.label = label
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], bool] | None = None
        self._discard: Callable[[Any], None] | None = None
        self.background: Background | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        self.succeeded = False

    def success(self, callback: Callable[[Any], None]) -> FileJob:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], bool]) -> FileJob:
        """A handler that returns True when it dealt with the error itself."""
        self._on_failure = callback
        return self

    def discard(self, undo: Callable[[Any], None]) -> FileJob:
        self._discard = undo
        return self

    def run(self) -> bool:
        """Start the worker; False when this window is already busy with another job."""
        self.background = Background(self.parent, self.label, self._work, self._deliver)
        return self.background.start()

    def _work(self, progress: Progress) -> Any:  # in the worker thread
        try:
            result = self.fn(*self.args, progress=progress, **self.kwargs)
        except Exception as exc:
            if progress.cancelled:
                raise Cancelled() from exc
            raise
        if progress.cancelled:
            if self._discard is not None:
                self._discard(result)
            raise Cancelled()
        return result

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        if self.parent is not None and not shiboken6.isValid(self.parent):
            return  # its window was closed meanwhile: nobody to tell
        if error is None:
            self.result, self.succeeded = result, True
            if self._on_success is not None:
                self._on_success(result)
            return
        self.error = error
        if was_cancelled(error):
            return
        if self._on_failure is not None and self._on_failure(error):
            return
        from .operation import failure_text, report_failure

        report_failure(
            self.parent,
            self.fn,
            error,
            QCoreApplication.translate("Operations", "Not completed"),
            failure_text(error),
        )
