"""Translated names of the coaching vocabularies, and combo boxes to choose them."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from app.domain.coaching_enums import SupportRole, Track
from app.domain.enums import (
    AttendanceStatus,
    EducationLevel,
    GoalStatus,
    LabourMarketStatus,
    PathStep,
)
from ui.labels import label as shared_label

CONTEXT = "CoachingLabels"
_TEXTS: tuple[tuple[Enum, str], ...] = (
    (AttendanceStatus.PRESENT, QT_TRANSLATE_NOOP("CoachingLabels", "Present")),
    (AttendanceStatus.ABSENT, QT_TRANSLATE_NOOP("CoachingLabels", "Absent")),
    (AttendanceStatus.EXCUSED, QT_TRANSLATE_NOOP("CoachingLabels", "Excused")),
    (Track.WORK_ONLY_MISSING, QT_TRANSLATE_NOOP("CoachingLabels", "(1) Only work is missing")),
    (
        Track.COACHING_AND_SUPPORTED_WORK,
        QT_TRANSLATE_NOOP("CoachingLabels", "(2) Coaching and supported work"),
    ),
    (Track.PARTICIPATION_WORK, QT_TRANSLATE_NOOP("CoachingLabels", "(3) Participation work")),
    (PathStep.PARTICIPATION_WORK, QT_TRANSLATE_NOOP("CoachingLabels", "Participation work")),
    (
        PathStep.SUPPORTED_WORK,
        QT_TRANSLATE_NOOP("CoachingLabels", "Coaching and supported work"),
    ),
    (PathStep.PAID_WORK, QT_TRANSLATE_NOOP("CoachingLabels", "Paid work in the cooperative")),
    (PathStep.OPEN_LABOUR_MARKET, QT_TRANSLATE_NOOP("CoachingLabels", "Open labour market")),
    (PathStep.EDUCATION, QT_TRANSLATE_NOOP("CoachingLabels", "Education")),
    (PathStep.ENTREPRENEURSHIP, QT_TRANSLATE_NOOP("CoachingLabels", "Entrepreneurship")),
    (PathStep.OTHER, QT_TRANSLATE_NOOP("CoachingLabels", "Other")),
    (GoalStatus.OPEN, QT_TRANSLATE_NOOP("CoachingLabels", "Open")),
    (GoalStatus.REACHED, QT_TRANSLATE_NOOP("CoachingLabels", "Reached")),
    (GoalStatus.DROPPED, QT_TRANSLATE_NOOP("CoachingLabels", "Dropped")),
    (LabourMarketStatus.UNEMPLOYED, QT_TRANSLATE_NOOP("CoachingLabels", "Unemployed")),
    (
        LabourMarketStatus.LONG_TERM_UNEMPLOYED,
        QT_TRANSLATE_NOOP("CoachingLabels", "Long-term unemployed"),
    ),
    (LabourMarketStatus.INACTIVE, QT_TRANSLATE_NOOP("CoachingLabels", "Outside the labour force")),
    (LabourMarketStatus.EMPLOYED, QT_TRANSLATE_NOOP("CoachingLabels", "Employed")),
    (EducationLevel.ISCED_0_2, QT_TRANSLATE_NOOP("CoachingLabels", "Basic education (ISCED 0–2)")),
    (
        EducationLevel.ISCED_3_4,
        QT_TRANSLATE_NOOP("CoachingLabels", "Upper secondary (ISCED 3–4)"),
    ),
    (EducationLevel.ISCED_5_8, QT_TRANSLATE_NOOP("CoachingLabels", "Higher education (ISCED 5–8)")),
    (
        SupportRole.EMPLOYMENT_SERVICES,
        QT_TRANSLATE_NOOP("CoachingLabels", "Employment services"),
    ),
    (SupportRole.SOCIAL_WORKER, QT_TRANSLATE_NOOP("CoachingLabels", "Social worker")),
    (SupportRole.MENTAL_HEALTH_NURSE, QT_TRANSLATE_NOOP("CoachingLabels", "Mental-health nurse")),
    (SupportRole.PARISH_DEACON, QT_TRANSLATE_NOOP("CoachingLabels", "Parish deacon")),
    (SupportRole.EMPLOYER_CONTACT, QT_TRANSLATE_NOOP("CoachingLabels", "Employer contact")),
    (SupportRole.OTHER, QT_TRANSLATE_NOOP("CoachingLabels", "Other")),
)
_LABELS = {(type(m), m.value): text for m, text in _TEXTS}


def label(value: Enum | None) -> str:
    """The translated name; the shared labels (gender, session kind …) for the rest."""
    if value is None:
        return ""
    text = _LABELS.get((type(value), value.value))
    return QCoreApplication.translate(CONTEXT, text) if text else shared_label(value)


def enum_combo(
    values, current=None, parent: QWidget | None = None, empty: str | None = None
) -> QComboBox:
    """A combo of enum values by their names; `empty` adds a first choice meaning None."""
    combo = QComboBox(parent)
    if empty is not None:
        combo.addItem(empty, None)
    for value in values:
        combo.addItem(label(value), value)
    select_data(combo, current)
    return combo


def select_data(combo: QComboBox, value) -> None:
    """Select the item holding `value` (findData does not compare Python enums)."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return
