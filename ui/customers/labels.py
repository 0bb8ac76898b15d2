"""Translated names of the customer kinds, service units and VAT codes."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from app.domain.customers import ServiceUnit
from app.domain.enums import CustomerKind
from app.fi.vat import VatCode
from app.locale import format_decimal
from ui.i18n import current_language, fill

CONTEXT = "CustomerLabels"

KINDS = {
    CustomerKind.MUNICIPALITY: QT_TRANSLATE_NOOP(
        "CustomerLabels", "Municipality or other public body"
    ),
    CustomerKind.COMPANY: QT_TRANSLATE_NOOP("CustomerLabels", "Company"),
    CustomerKind.ASSOCIATION: QT_TRANSLATE_NOOP("CustomerLabels", "Association or parish"),
    CustomerKind.HOUSEHOLD: QT_TRANSLATE_NOOP("CustomerLabels", "Household"),
}
UNITS = {
    ServiceUnit.HOUR.value: QT_TRANSLATE_NOOP("CustomerLabels", "hour"),
    ServiceUnit.PIECE.value: QT_TRANSLATE_NOOP("CustomerLabels", "piece"),
    ServiceUnit.KM.value: QT_TRANSLATE_NOOP("CustomerLabels", "km"),
    ServiceUnit.DAY.value: QT_TRANSLATE_NOOP("CustomerLabels", "day"),
}
VAT_CODES = {
    VatCode.GENERAL.value: QT_TRANSLATE_NOOP("CustomerLabels", "General rate"),
    VatCode.REDUCED.value: QT_TRANSLATE_NOOP("CustomerLabels", "Reduced rate"),
    VatCode.REDUCED_10.value: QT_TRANSLATE_NOOP("CustomerLabels", "Reduced rate 10 %"),
    VatCode.ZERO.value: QT_TRANSLATE_NOOP("CustomerLabels", "Zero rate"),
    VatCode.EXEMPT_SOCIAL.value: QT_TRANSLATE_NOOP(
        "CustomerLabels", "VAT-exempt social welfare service"
    ),
    VatCode.REVERSE_CHARGE.value: QT_TRANSLATE_NOOP(
        "CustomerLabels", "Reverse charge (construction)"
    ),
}


def _tr(table: dict, key) -> str:
    text = table.get(key)
    return QCoreApplication.translate(CONTEXT, text) if text else str(key)


def kind_label(kind: CustomerKind) -> str:
    return _tr(KINDS, kind)


def unit_label(unit: str) -> str:
    return _tr(UNITS, unit)


def vat_label(code: str, rate: Decimal | None = None) -> str:
    """ "General rate (25,5 %)": the name and, when known, the rate in force."""
    name = _tr(VAT_CODES, code)
    if rate is None:
        return name
    return fill(
        QCoreApplication.translate("CustomerLabels", "%1 (%2 %)"),
        name,
        format_decimal(rate, current_language(), digits=1).removesuffix(",0").removesuffix(".0"),
    )


class ChoiceCombo(QComboBox):
    """A closed choice of (text, value) pairs; `value()` gives the chosen value."""

    def __init__(self, choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        for text, value in choices:
            self.addItem(text, value)

    def value(self):
        return self.currentData()

    def set_value(self, value) -> None:
        self.setCurrentIndex(max(self.findData(value), 0))
