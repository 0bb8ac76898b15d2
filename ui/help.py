"""Short help texts that explain a rule and name its source."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui.widgets.form_dialog import FittedDialog


class HelpDialog(FittedDialog):
    """A help text that wraps and scrolls up and down at any text size."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(html)
        self.text.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.preferred = (70, 22)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()


def ownership_help(parent: QWidget | None) -> HelpDialog:
    title = QCoreApplication.translate("Help", "Ownership and unemployment security")
    text = QCoreApplication.translate(
        "Help",
        "<p>Under the Unemployment Security Act (1290/2002, chapter 1, section 6) a member "
        "who, in a leading position, owns at least 15 % of a cooperative's shares or votes, "
        "or at least 30 % together with family members, counts as an entrepreneur. An "
        "entrepreneur's right to unemployment benefit is assessed differently.</p>"
        "<p>With at least seven members with equal shares and votes nobody reaches 15 %. "
        "That is why Osuva warns when the cooperative has fewer than 7 working members or "
        "when one member's share of the shares or votes reaches 15 %.</p>"
        "<p>Osuva only warns. Ask the unemployment fund or the TE services how the rule "
        "applies to a particular member.</p>"
        "<p>Sources: Unemployment Security Act 1290/2002, 1:6 (finlex.fi); Pellervo, "
        "guide for founders of cooperatives (pellervo.fi).</p>",
    )
    return HelpDialog(title, text, parent)


def show_ownership_help(parent: QWidget | None) -> None:
    ownership_help(parent).exec()
