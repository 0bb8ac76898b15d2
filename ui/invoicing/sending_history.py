"""An invoice's sending history as a few lines of text: when, how and to whom it went."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.locale import format_datetime
from app.services.sendings import SendingRow, invoice_sendings
from ui.i18n import current_language, fill
from ui.operations import Context, read

CONTEXT = "SendingHistory"
TEXTS = {
    "reminder": QT_TRANSLATE_NOOP("SendingHistory", "%1: payment reminder %2 by e-mail to %3"),
    "einvoice": QT_TRANSLATE_NOOP(
        "SendingHistory", "%1: e-invoice file for the address %2 (to be uploaded to the operator)"
    ),
    "email": QT_TRANSLATE_NOOP("SendingHistory", "%1: the invoice by e-mail to %2"),
    "by": QT_TRANSLATE_NOOP("SendingHistory", "%1 (%2)"),
    "none": QT_TRANSLATE_NOOP("SendingHistory", "Not sent from Osuva yet."),
    "title": QT_TRANSLATE_NOOP("SendingHistory", "Sent:"),
    "name": QT_TRANSLATE_NOOP("SendingHistory", "Sending history"),
}


def _tr(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, TEXTS[key])


def sending_line(row: SendingRow, lang: str) -> str:
    when = format_datetime(row.sent_at, lang)
    if row.channel == "reminder":
        text = fill(
            _tr("reminder"),
            when,
            row.reminder_level or 1,
            row.recipient,
        )
    elif row.channel == "einvoice":
        text = fill(
            _tr("einvoice"),
            when,
            row.recipient,
        )
    else:
        text = fill(_tr("email"), when, row.recipient)
    return fill(_tr("by"), text, row.user) if row.user else text


def history_text(rows: list[SendingRow], lang: str) -> str:
    if not rows:
        return _tr("none")
    return "\n".join([_tr("title"), *(f"• {sending_line(row, lang)}" for row in rows)])


class SendingHistory(QLabel):
    """The history of one invoice, read when shown; select the text to copy it."""

    def __init__(self, context: Context, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(_tr("name"))
        self.rows = read(context, invoice_sendings, invoice_id)
        self.setText(history_text(self.rows, current_language()))
