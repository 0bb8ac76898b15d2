"""The first-start choice when the database holds no cooperative yet."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

from ui.widgets.form_dialog import FittedDialog


class Choice(Enum):
    NEW = "new"
    DEMO = "demo"
    OPEN = "open"


class WelcomeDialog(FittedDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.choice: Choice | None = None
        self.setWindowTitle(self.tr("Welcome to Osuva"))
        self.preferred = (64, 0)
        intro = QLabel(
            self.tr(
                "<h2>Welcome to Osuva</h2><p>Osuva keeps your cooperative's member register, "
                "work, coaching and invoices. How would you like to start?</p>"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for choice, text, description in (
            (
                Choice.NEW,
                self.tr("&Create a new cooperative"),
                self.tr("Start with your own cooperative's name, business ID and bank account."),
            ),
            (
                Choice.DEMO,
                self.tr("Open the &demo cooperative"),
                self.tr("Try Osuva with made-up members, work and invoices."),
            ),
            (
                Choice.OPEN,
                self.tr("&Open an existing database…"),
                self.tr("Choose an Osuva database file, for example a copy from another computer."),
            ),
        ):
            button = QPushButton(text, self)
            button.setAccessibleDescription(description)
            button.setToolTip(description)
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            layout.addWidget(button)
            hint = QLabel(description, self)
            hint.setWordWrap(True)
            layout.addWidget(hint)
            if choice is Choice.DEMO:
                button.setDefault(True)
                button.setFocus()

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()
