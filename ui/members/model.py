"""Qt model of the members list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from app.locale import format_money
from app.services.members import MemberRow
from ui.labels import label
from ui.widgets.table_model import Column, RowTableModel, date_text


class MemberTableModel(RowTableModel[MemberRow]):
    CONTEXT = "MemberTableModel"
    NUMBER, NAME, KIND, STATUS, JOINED, MUNICIPALITY, SHARES, PAID, OPEN, REFUND = range(10)
    DEFAULT_SORT = (NAME, Qt.SortOrder.AscendingOrder)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "No."),
            lambda r, lang: str(r.member_number or ""),
            lambda r: r.member_number,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "Name"), lambda r, lang: r.name, lambda r: r.name
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "Kind"),
            lambda r, lang: label(r.kind),
            lambda r: label(r.kind),
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "Status"),
            lambda r, lang: label(r.status),
            lambda r: label(r.status),
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "Joined"),
            lambda r, lang: date_text(r.joined_on, lang),
            lambda r: r.joined_on,
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "Municipality"),
            lambda r, lang: r.municipality,
            lambda r: r.municipality,
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "Shares"),
            lambda r, lang: str(r.shares),
            lambda r: r.shares,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "Paid"),
            lambda r, lang: format_money(r.paid, lang),
            lambda r: r.paid,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "Open share fee"),
            lambda r, lang: format_money(r.open_fee, lang),
            lambda r: r.open_fee,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberTableModel", "Refund due"),
            lambda r, lang: date_text(r.refund_due_on, lang),
            lambda r: r.refund_due_on,
        ),
    )
