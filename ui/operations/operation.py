"""`Operation`: one user action through one service call, with its failures worded.

    Operation(self, context, record_notice, member_id, day).success(self.done).run()

- validation: given to `.on_invalid(form.show_problems)` when set (the form shows the
  field messages), else one message naming the problems; never silence;
- permission: a plain refusal; conflict or stale data: "someone else changed this";
- anything else: the plain unexpected-error message, with a log line.
`.in_background(label)` runs it in a worker thread with a cancellable progress dialog;
`.with_inverse(fn, *args)` keeps the way back, for undo.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.errors import (
    ConflictError,
    PermissionDeniedError,
    ServiceError,
    StaleError,
    ValidationError,
)
from app.services.uow import Cancelled, UnitOfWork

from .jobs import Background, Progress

if TYPE_CHECKING:
    from . import Context

log = logging.getLogger("osuva")
CONTEXT = "Operations"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def failure_text(error: BaseException) -> str:
    """The message a user sees for a failed action; nothing was saved in every case."""
    from ui.widgets.service_errors import service_error_text

    if isinstance(error, PermissionDeniedError):
        return QCoreApplication.translate(
            "Operations",
            "Your user account does not have the right to do this. Nothing was saved. "
            "Ask the administrator if you need it.",
        )
    if isinstance(error, StaleError):
        return QCoreApplication.translate(
            "Operations",
            "Someone else changed this while you were editing it. Nothing was saved; "
            "your entries are still in the form. Check the changes and save again.",
        )
    if isinstance(error, ConflictError):
        if error.code == "busy":
            return QCoreApplication.translate(
                "Operations",
                "The database is busy with another user's change. Nothing was saved; try again.",
            )
        return QCoreApplication.translate(
            "Operations",
            "Someone else changed this at the same time. Nothing was saved; try again.",
        )
    if isinstance(error, ServiceError):
        return service_error_text(error)
    return QCoreApplication.translate(
        "Operations",
        "Something unexpected happened and the action was not completed. Whatever it was "
        "about to save was not saved. If this happens again, send the details to your "
        "support person.",
    )


def report_failure(
    parent: QWidget | None, fn: Callable[..., Any], error: BaseException, title: str, text: str
) -> None:
    """Show a failed action's message; an error no service raised also goes to the log."""
    if not isinstance(error, ServiceError):
        log.error(
            "unexpected error in %s\n%s",
            getattr(fn, "__name__", fn),
            "".join(traceback.format_exception(error)),
        )
    QMessageBox.warning(parent, title, text)


class Operation:
    def __init__(
        self,
        parent: QWidget | None,
        context: Context,
        fn: Callable[..., Any],
        *args: Any,
        **kwargs: Any,
    ) -> None:
        self.parent = parent
        self.context = context
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self._on_success: Callable[[Any], None] | None = None
        self._on_invalid: Callable[[dict[str, str]], None] | None = None
        self._on_failure: Callable[[BaseException], bool] | None = None
        self._background_label: str | None = None
        self.background: Background | None = None
        self.inverse: tuple[Callable[..., Any], tuple[Any, ...]] | None = None
        self.error: BaseException | None = None
        self.result: Any = None
        self.succeeded = False

    # -- building ----------------------------------------------------------
    def success(self, callback: Callable[[Any], None]) -> Operation:
        self._on_success = callback
        return self

    def on_invalid(self, callback: Callable[[dict[str, str]], None]) -> Operation:
        """Field problems go to the form instead of a message box."""
        self._on_invalid = callback
        return self

    def failure(self, callback: Callable[[BaseException], bool]) -> Operation:
        """A handler that returns True when it dealt with the error itself."""
        self._on_failure = callback
        return self

    def in_background(self, label: str) -> Operation:
        self._background_label = label
        return self

    def with_inverse(self, fn: Callable[..., Any], *args: Any) -> Operation:
        self.inverse = (fn, args)
        return self

    # -- running -----------------------------------------------------------
    def _execute(self, progress: Progress | None = None) -> tuple[Any, dict[str, set[int | None]]]:
        with UnitOfWork(self.context.db, self.context.actor, progress=progress) as uow:
            result = self.fn(uow, *self.args, **self.kwargs)
            if progress is not None and progress.cancelled:
                raise Cancelled()  # pressed after the last report: still roll back
            changes = uow.changes
        return result, changes

    def run(self) -> bool:
        """Run now (or start the worker); True when it succeeded synchronously.

        In the background the result arrives later through `.success`; while the window
        runs another background job this does nothing.
        """
        if self._background_label is not None:
            self._start_worker()
            return False
        try:
            result, changes = self._execute()
        except BaseException as exc:
            self._failed(exc)
            return False
        self._done(result, changes)
        return True

    def _start_worker(self) -> None:
        def deliver(outcome: Any, error: BaseException | None) -> None:
            if error is not None:
                self._failed(error)
            else:
                self._done(*outcome)

        background = Background(self.parent, self._background_label or "", self._execute, deliver)
        if background.start():  # else the window is busy with another job: nothing happens
            self.background = background

    @property
    def running(self) -> bool:
        return self.background is not None and not self.background.finished

    def _done(self, result: Any, changes: dict[str, set[int | None]]) -> None:
        from . import announce

        self.result, self.succeeded = result, True
        announce(self.context, changes)
        if self._on_success is not None and self._parent_alive():
            self._on_success(result)

    def _failed(self, error: BaseException) -> None:
        self.error = error
        if isinstance(error, Cancelled):
            return
        if self._on_failure is not None and self._on_failure(error):
            return
        if isinstance(error, ValidationError) and self._on_invalid is not None:
            self._on_invalid(error.problems)
            return
        parent = self.parent if self._parent_alive() else None
        report_failure(
            parent,
            self.fn,
            error,
            QCoreApplication.translate("Operations", "Not saved"),
            self._message(error),
        )

    def _parent_alive(self) -> bool:
        # A window closed while its background work ran gets no callbacks.
        return self.parent is None or shiboken6.isValid(self.parent)

    @staticmethod
    def _message(error: BaseException) -> str:
        if isinstance(error, ValidationError):
            from ui.widgets.field_errors import problem_text

            return "\n".join(problem_text(k, v) for k, v in error.problems.items())
        return failure_text(error)
