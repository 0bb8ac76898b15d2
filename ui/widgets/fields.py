"""Input fields for dates and money typed the Finnish way (22.11.2026, 1 234,50)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QLineEdit, QWidget

from app.locale import format_date, format_decimal, parse_date, parse_decimal
from ui.i18n import current_language


class FieldValueError(ValueError):
    """The text cannot be read; `code` is a FieldErrors problem code."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class DateField(QLineEdit):
    """A date as text: keyboard-friendly, empty allowed when optional."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("d.m.yyyy"))
        self.set_date(value)

    def set_date(self, value: date | None) -> None:
        self.setText(format_date(value, current_language()) if value else "")

    def date_value(self) -> date | None:
        text = self.displayText().strip()
        if not text:
            return None
        try:
            return parse_date(text, current_language())
        except ValueError as exc:
            raise FieldValueError("date") from exc


class MoneyField(QLineEdit):
    """Euros with a decimal comma; empty allowed when optional."""

    def __init__(self, value: Decimal | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_amount(value)

    def set_amount(self, value: Decimal | None) -> None:
        self.setText(format_decimal(value, current_language()) if value is not None else "")

    def amount(self) -> Decimal | None:
        text = self.displayText().strip()
        if not text:
            return None
        try:
            return parse_decimal(text, current_language())
        except ValueError as exc:
            raise FieldValueError("number") from exc


def typed(edit: QLineEdit) -> str:
    """What was typed into a line edit, also a password field (its displayText is bullets)."""
    return edit.property("text")
