"""Qt model of the coaching sessions list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from app.locale import format_datetime
from app.services.coaching import SessionRow
from ui.i18n import fill
from ui.labels import label
from ui.widgets.table_model import Column, PagedTableModel


def _duration(r: SessionRow, lang: str) -> str:
    return fill(QCoreApplication.translate("SessionTableModel", "%1 min"), r.duration_minutes)


def _attendance(r: SessionRow, lang: str) -> str:
    if r.attendee_count is not None:
        return str(r.attendee_count)
    return f"{r.present} / {r.invited}" if r.invited else ""


def _topic(r: SessionRow, lang: str) -> str:
    if r.cancelled:
        return fill(QCoreApplication.translate("SessionTableModel", "%1 (cancelled)"), r.topic)
    return r.topic


class SessionTableModel(PagedTableModel[SessionRow]):
    CONTEXT = "SessionTableModel"
    WHEN, KIND, GROUP, TOPIC, DURATION, PRESENT, FACILITATOR = range(7)
    DEFAULT_SORT = (WHEN, Qt.SortOrder.DescendingOrder)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("SessionTableModel", "When"),
            lambda r, lang: format_datetime(r.starts_at, lang),
            sort="when",
        ),
        Column(
            QT_TRANSLATE_NOOP("SessionTableModel", "Kind"),
            lambda r, lang: label(r.kind),
            sort="kind",
        ),
        Column(
            QT_TRANSLATE_NOOP("SessionTableModel", "Group"),
            lambda r, lang: r.group,
        ),
        Column(
            QT_TRANSLATE_NOOP("SessionTableModel", "Topic"),
            _topic,
            sort="topic",
        ),
        Column(
            QT_TRANSLATE_NOOP("SessionTableModel", "Duration"),
            _duration,
            numeric=True,
            sort="duration",
        ),
        Column(
            QT_TRANSLATE_NOOP("SessionTableModel", "Present"),
            _attendance,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("SessionTableModel", "Facilitator"),
            lambda r, lang: r.facilitator,
            sort="facilitator",
        ),
    )
