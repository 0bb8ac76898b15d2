"""Signing in: user name and password, before the window shows any data."""

from __future__ import annotations

import math

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.policy import Actor
from app.services.users import SignInError, SignInInfo, sign_in
from ui.i18n import fill
from ui.operations import Context, read
from ui.widgets.fields import typed
from ui.widgets.form_dialog import FittedDialog


class SignInDialog(FittedDialog):
    # Room for the demo note and a two-line message in Finnish, at any text size.
    preferred = (52, 14)

    """`exec()` accepted means `actor` holds the signed-in user."""

    def __init__(self, context: Context, info: SignInInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.actor: Actor | None = None
        self.setWindowTitle(fill(self.tr("Sign in — %1"), info.cooperative_name))
        self.username = QLineEdit(self)
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setAccessibleName(self.tr("Sign-in message"))
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Sign in"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        name = QLabel(f"<b>{info.cooperative_name}</b>", self)
        layout.addWidget(name)
        if info.is_demo:
            demo = QLabel(
                self.tr(
                    "This is the demo cooperative. Sign in as <b>admin</b>, <b>treasurer</b> "
                    "or <b>facilitator</b>; the password is <b>demo</b>."
                ),
                self,
            )
            demo.setWordWrap(True)
            layout.addWidget(demo)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._wait = QTimer(self)
        self._wait.setInterval(1000)
        self._wait.timeout.connect(self._tick)
        self._wait_left = 0
        self.username.setFocus()

    def try_sign_in(self) -> None:
        if not typed(self.username).strip():
            self.username.setFocus()
            return
        try:
            self.actor = read(self.context, sign_in, typed(self.username), typed(self.password))
        except SignInError as error:
            self.password.clear()
            self.password.setFocus()
            self._refuse(error.wait_seconds)
            return
        self.accept()

    def _refuse(self, wait_seconds: float) -> None:
        self.message.setText(self.tr("The user name or password is wrong."))
        self.message.show()
        if wait_seconds > 0:
            self._wait_left = math.ceil(wait_seconds)
            self.ok.setEnabled(False)
            self._tick_text()
            self._wait.start()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait.stop()
            self.ok.setEnabled(True)
            self.message.setText(self.tr("The user name or password is wrong. Try again."))
            return
        self._tick_text()

    def _tick_text(self) -> None:
        self.message.setText(
            self.tr(
                "The user name or password is wrong. You can try again in %n seconds.",
                "",
                self._wait_left,
            )
        )
