"""Change my own password: the current one, then the new one twice."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from app.services.users import MIN_PASSWORD_LENGTH, change_own_password
from ui.i18n import fill
from ui.operations import Context, Operation
from ui.widgets.fields import typed

from .forms import OperationFormDialog, add_password_pair, check_pair


class ChangePasswordDialog(OperationFormDialog):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(
            fill(self.tr("Change the password of %1"), context.actor.name),
            fill(self.tr("The new password needs at least %1 characters."), MIN_PASSWORD_LENGTH),
            parent,
        )
        self.context = context
        self.old_password = self.form.add_field("old_password", self.tr("&Current password"))
        self.old_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password, self.new_password_again = add_password_pair(
            self, "new_password", self.tr("&New password"), self.tr("New password a&gain")
        )

    def operation(self) -> Operation:
        check_pair(self.new_password, self.new_password_again, "new_password")
        return Operation(
            self,
            self.context,
            change_own_password,
            typed(self.old_password),
            typed(self.new_password),
        )
