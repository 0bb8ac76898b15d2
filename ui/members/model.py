"""Qt model of the members list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from app.locale import format_money
from app.services.members import MemberRow
from ui.labels import label
from ui.widgets.table_model import Column, PagedTableModel, date_text


class MemberTableModel(PagedTableModel[MemberRow]):
    CONTEXT = "MemberTableModel"
    NUMBER, NAME, KIND, STATUS, JOINED, MUNICIPALITY, SHARES, PAID, OPEN, REFUND = range(10)
    DEFAULT_SORT = (NAME, Qt.SortOrder.AscendingOrder)
    # Shares, Paid, Open share fee, Refund due: hidden from those who may not see money.
    MONEY_COLUMNS = (6, 7, 8, 9)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "No."),
            lambda r, lang: str(r.member_number or ""),
            numeric=True,
            sort="number",
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "Name"),
            lambda r, lang: r.name,
            sort="name",
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "Kind"),
            lambda r, lang: label(r.kind),
            sort="kind",
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "Status"),
            lambda r, lang: label(r.status),
            sort="status",
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "Joined"),
            lambda r, lang: date_text(r.joined_on, lang),
            sort="joined",
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "Municipality"),
            lambda r, lang: r.municipality,
            sort="municipality",
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "Shares"),
            lambda r, lang: str(r.shares),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "Paid"),
            lambda r, lang: format_money(r.paid, lang),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "Open share fee"),
            lambda r, lang: format_money(r.open_fee, lang),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "Refund due"),
            lambda r, lang: date_text(r.refund_due_on, lang),
        ),
    )
