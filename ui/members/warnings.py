"""The ownership warnings, worded for people, shown above the member list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from app.locale import format_decimal
from app.services.ownership import OwnershipWarning
from ui.help import show_ownership_help
from ui.i18n import current_language, fill


def warning_text(warning: OwnershipWarning) -> str:
    lang = current_language()
    if warning.code == "few_working_members":
        return QCoreApplication.translate(
            "OwnershipWarnings",
            "The cooperative has %n working member(s), fewer than 7. Members may then count "
            "as entrepreneurs for unemployment security.",
            None,
            warning.count,
        )
    return fill(
        QCoreApplication.translate(
            "OwnershipWarnings",
            "%1 holds %2 % of the shares and %3 % of the votes. From 15 % a member in a "
            "leading position counts as an entrepreneur for unemployment security.",
        ),
        warning.name,
        format_decimal(warning.shares_percent, lang, 1),
        format_decimal(warning.votes_percent, lang, 1),
    )


class WarningBanner(QLabel):
    """A yellow note; hidden when there is nothing to say. Osuva warns, it never decides."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(
            "background: #fff4cc; color: #3d3000; border: 1px solid #e0c050; padding: 6px;"
        )
        self.linkActivated.connect(lambda _link: show_ownership_help(self.window()))
        self.hide()

    def show_warnings(self, warnings: list[OwnershipWarning]) -> None:
        if not warnings:
            self.hide()
            return
        lines = [warning_text(w) for w in warnings[:5]]
        if len(warnings) > 5:
            lines.append(
                QCoreApplication.translate(
                    "OwnershipWarnings", "…and %n more.", None, len(warnings) - 5
                )
            )
        source = QCoreApplication.translate(
            "OwnershipWarnings",
            "Source: Unemployment Security Act 1:6, as explained in Pellervo's guide for "
            "founders of cooperatives.",
        )
        more = QCoreApplication.translate("OwnershipWarnings", "Why does this matter?")
        self.setText(
            "<br>".join(f"⚠ {line}" for line in lines)
            + f'<br><small>{source} <a href="help:ownership">{more}</a></small>'
        )
        self.setAccessibleName(" ".join(lines))
        self.show()
