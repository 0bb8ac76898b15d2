"""Qt model of the work assignments list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from app.locale import format_date, format_hours
from app.services.work import AssignmentRow
from ui.labels import label
from ui.widgets.table_model import Column, PagedTableModel


def _period(r: AssignmentRow, lang: str) -> str:
    start = format_date(r.starts_on, lang)
    return f"{start}–{format_date(r.ends_on, lang)}" if r.ends_on else f"{start}–"


class AssignmentTableModel(PagedTableModel[AssignmentRow]):
    CONTEXT = "AssignmentTableModel"
    TITLE, CUSTOMER, SERVICE, PERIOD, STATUS, MEMBERS, HOURS, UNINVOICED = range(8)
    DEFAULT_SORT = (PERIOD, Qt.SortOrder.DescendingOrder)
    UNINVOICED_COLUMN = 7
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AssignmentTableModel", "Assignment"),
            lambda r, lang: r.title,
            sort="title",
        ),
        Column(
            QT_TRANSLATE_NOOP("AssignmentTableModel", "Customer"),
            lambda r, lang: r.customer,
            sort="customer",
        ),
        Column(
            QT_TRANSLATE_NOOP("AssignmentTableModel", "Service"),
            lambda r, lang: r.service(lang),
            sort="service",
        ),
        Column(
            QT_TRANSLATE_NOOP("AssignmentTableModel", "Period"),
            _period,
            sort="period",
        ),
        Column(
            QT_TRANSLATE_NOOP("AssignmentTableModel", "Status"),
            lambda r, lang: label(r.status),
            sort="status",
        ),
        Column(
            QT_TRANSLATE_NOOP("AssignmentTableModel", "Members"),
            lambda r, lang: str(r.members),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("AssignmentTableModel", "Hours"),
            lambda r, lang: format_hours(r.hours, lang),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("AssignmentTableModel", "Not invoiced"),
            lambda r, lang: format_hours(r.uninvoiced_hours, lang),
            numeric=True,
        ),
    )
