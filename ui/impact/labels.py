"""Translated names of the impact vocabularies: destinations and questionnaire phases."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.enums import Destination, MeasurementPhase

CONTEXT = "ImpactLabels"

DESTINATIONS = {
    Destination.OPEN_FULL_TIME: QT_TRANSLATE_NOOP("ImpactLabels", "Open labour market, full-time"),
    Destination.OPEN_PART_TIME: QT_TRANSLATE_NOOP("ImpactLabels", "Open labour market, part-time"),
    Destination.EDUCATION: QT_TRANSLATE_NOOP("ImpactLabels", "Education"),
    Destination.OWN_BUSINESS: QT_TRANSLATE_NOOP(
        "ImpactLabels", "Own business or another cooperative"
    ),
    Destination.OTHER_SERVICES: QT_TRANSLATE_NOOP("ImpactLabels", "Other services"),
    Destination.PENSION: QT_TRANSLATE_NOOP("ImpactLabels", "Pension"),
    Destination.UNKNOWN: QT_TRANSLATE_NOOP("ImpactLabels", "Not known"),
}
PHASES = {
    MeasurementPhase.START: QT_TRANSLATE_NOOP("ImpactLabels", "At the start"),
    MeasurementPhase.END: QT_TRANSLATE_NOOP("ImpactLabels", "At the end"),
}


def destination_label(value: Destination | None) -> str:
    return QCoreApplication.translate(CONTEXT, DESTINATIONS[value]) if value else ""


def phase_label(value: MeasurementPhase) -> str:
    return QCoreApplication.translate(CONTEXT, PHASES[value])
