"""Form dialogs whose save runs through the operations door and closes only when saved."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit

from app.services.errors import ValidationError
from ui.operations import Operation
from ui.widgets.fields import typed
from ui.widgets.form_dialog import FormDialog, grow_to_fit


class OperationFormDialog(FormDialog):
    """`operation()` reads the fields and returns the Operation that saves them.

    The operations door words every failure: field problems go under their fields, other
    refusals (the last administrator, a conflict) come as a message; the form stays open.
    """

    # What the service returned once saved (say, the new record's id).
    saved: object = None

    def operation(self) -> Operation:
        raise NotImplementedError

    def show_problems(self, problems: dict[str, str]) -> None:
        super().show_problems(problems)
        # The new message lines are measured only once Qt has laid them out: grow again then.
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))

    def _ok(self) -> None:
        try:
            op = self.operation()
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        if op.on_invalid(self.show_problems).run():
            self.saved = op.result
            self.accept()


def add_password_pair(
    dialog: FormDialog, key: str, label: str, again_label: str
) -> tuple[QLineEdit, QLineEdit]:
    """A password typed twice, never shown; read it with `typed()` (displayText is bullets)."""
    first = dialog.form.add_field(key, label)
    again = dialog.form.add_field(f"{key}_again", again_label)
    for edit in (first, again):
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return first, again


def check_pair(first: QLineEdit, again: QLineEdit, key: str) -> None:
    """A ValidationError under the second field when the two do not match."""
    if typed(first) != typed(again):
        raise ValidationError({f"{key}_again": "mismatch"})
