"""The administrator's user management: add users, change roles, reset passwords, deactivate.

Users are never deleted: the audit log names them. Every save runs through the operations
door, which words the services' refusals (the last administrator, one's own account).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.services.users import (
    UserRow,
    create_user,
    list_users,
    reset_password,
    update_user,
)
from ui.i18n import fill
from ui.operations import Context, Operation, read
from ui.widgets.fields import typed
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form_dialog import FittedDialog
from ui.widgets.table_fit import fit_columns
from ui.widgets.table_model import Column, RowTableModel

from .forms import OperationFormDialog, add_password_pair, check_pair

ROLE_NAMES = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
    Role.TREASURER: QT_TRANSLATE_NOOP("Roles", "Treasurer"),
    Role.FACILITATOR: QT_TRANSLATE_NOOP("Roles", "Facilitator"),
}
ROLE_ORDER = (Role.ADMIN, Role.TREASURER, Role.FACILITATOR)


def role_name(role: Role) -> str:
    return QCoreApplication.translate("Roles", ROLE_NAMES[role])


def roles_text(roles: frozenset[Role]) -> str:
    return ", ".join(role_name(role) for role in ROLE_ORDER if role in roles)


def _active_text(row: UserRow, _lang: str) -> str:
    if row.active:
        return QCoreApplication.translate("UserTableModel", "Yes")
    return QCoreApplication.translate("UserTableModel", "No (deactivated)")


class UserTableModel(RowTableModel[UserRow]):
    CONTEXT = "UserTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("UserTableModel", "User name"), lambda r, lang: r.username),
        Column(QT_TRANSLATE_NOOP("UserTableModel", "Full name"), lambda r, lang: r.full_name),
        Column(QT_TRANSLATE_NOOP("UserTableModel", "Roles"), lambda r, lang: roles_text(r.roles)),
        Column(QT_TRANSLATE_NOOP("UserTableModel", "Active"), _active_text),
    )


class RoleBoxes(QWidget):
    """One checkbox per role; a user may have several."""

    def __init__(self, roles: frozenset[Role] = frozenset(), parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        texts = {
            Role.ADMIN: self.tr("&Administrator"),
            Role.TREASURER: self.tr("&Treasurer"),
            Role.FACILITATOR: self.tr("Fa&cilitator"),
        }
        self.boxes: dict[Role, QCheckBox] = {}
        for role in ROLE_ORDER:
            box = QCheckBox(texts[role], self)
            box.setChecked(role in roles)
            layout.addWidget(box)
            self.boxes[role] = box

    def value(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.boxes.items() if box.isChecked())


class UserFormDialog(OperationFormDialog):
    """Add a user (`row` None) or change one's full name and roles."""

    def __init__(self, context: Context, row: UserRow | None = None, parent=None) -> None:
        title = self.tr("Add user") if row is None else fill(self.tr("Edit user %1"), row.username)
        super().__init__(title, "", parent)
        self.context, self.row = context, row
        self.username = self.form.add_field(
            "username", self.tr("&User name"), row.username if row else ""
        )
        if row is not None:
            # The audit log names users by it: it stays as it was created.
            self.username.setReadOnly(True)
        self.full_name = self.form.add_field(
            "full_name", self.tr("&Full name"), row.full_name if row else ""
        )
        self.roles = RoleBoxes(row.roles if row else frozenset(), self)
        self.form.add_row("roles", self.tr("Roles"), self.roles)
        if row is None:
            self.password, self.password_again = add_password_pair(
                self, "password", self.tr("&Password"), self.tr("Password a&gain")
            )

    def operation(self) -> Operation:
        full_name = typed(self.full_name).strip()
        roles = self.roles.value()
        if self.row is not None:
            return Operation(
                self, self.context, update_user, self.row.id, full_name, roles, self.row.active
            )
        check_pair(self.password, self.password_again, "password")
        return Operation(
            self,
            self.context,
            create_user,
            typed(self.username).strip(),
            full_name,
            roles,
            typed(self.password),
        )


class ResetPasswordDialog(OperationFormDialog):
    """The administrator sets a new password for someone who forgot theirs."""

    def __init__(self, context: Context, row: UserRow, parent=None) -> None:
        super().__init__(
            fill(self.tr("New password for %1"), row.username),
            self.tr("Tell the new password to the user in person, not by email."),
            parent,
        )
        self.context, self.row = context, row
        self.password, self.password_again = add_password_pair(
            self, "password", self.tr("New &password"), self.tr("Password a&gain")
        )

    def operation(self) -> Operation:
        check_pair(self.password, self.password_again, "password")
        return Operation(self, self.context, reset_password, self.row.id, typed(self.password))


class UsersDialog(FittedDialog):
    """Everyone who may sign in, with their roles; deactivated users stay on the list."""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Users"))
        self.model = UserTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda *_: self.edit())
        intro = QLabel(
            self.tr(
                "Users are never deleted, because the audit log names them: deactivate "
                "a user who no longer signs in."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.add_button = QPushButton(self.tr("&Add user…"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit)
        self.password_button = QPushButton(self.tr("&Reset password…"), self)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton(self.tr("&Deactivate"), self)
        self.active_button.clicked.connect(self.toggle_active)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        buttons = FlowLayout()
        for button in (self.add_button, self.edit_button, self.password_button, self.active_button):
            buttons.addWidget(button)
        # Enter on a row edits that user; it never presses a button nobody chose.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.preferred = (72, 18)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def sizeHint(self) -> QSize:
        # Wide enough for every column, so no one scrolls sideways to see who is active.
        header, table = self.table.horizontalHeader(), self.table
        last = header.count() - 1
        columns = sum(header.sectionSize(i) for i in range(last)) + max(
            header.sectionSizeHint(last), table.sizeHintForColumn(last)
        )
        margins = self.layout().contentsMargins()
        extra = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        slack = table.fontMetrics().horizontalAdvance("MM")
        wanted = columns + extra + slack + margins.left() + margins.right()
        return super().sizeHint().expandedTo(QSize(wanted, 0))

    def refresh(self, select_id: int | None = None) -> None:
        current = self.selected()
        wanted = select_id if select_id is not None else (current.id if current else None)
        self.model.set_rows(read(self.context, list_users))
        fit_columns(self.table)
        rows = self.model.rows()
        index = next((i for i, r in enumerate(rows) if r.id == wanted), 0 if rows else None)
        if index is not None:
            self.table.selectRow(index)
        self._update_buttons()

    def selected(self) -> UserRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def _update_buttons(self, *_args) -> None:
        row = self.selected()
        for button in (self.edit_button, self.password_button, self.active_button):
            button.setEnabled(row is not None)
        if row is not None and not row.active:
            self.active_button.setText(self.tr("Ac&tivate"))
        else:
            self.active_button.setText(self.tr("&Deactivate"))

    def add(self) -> None:
        dialog = UserFormDialog(self.context, None, self)
        if dialog.exec():
            self.refresh(dialog.saved)

    def edit(self) -> None:
        row = self.selected()
        if row is not None and UserFormDialog(self.context, row, self).exec():
            self.refresh(row.id)

    def reset_password(self) -> None:
        row = self.selected()
        if row is not None:
            ResetPasswordDialog(self.context, row, self).exec()

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        Operation(
            self, self.context, update_user, row.id, row.full_name, row.roles, not row.active
        ).success(lambda _: self.refresh(row.id)).run()
