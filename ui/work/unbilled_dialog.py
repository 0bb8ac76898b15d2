"""Approved hours not yet invoiced, per customer, assignment and service (no volunteer work)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.locale import format_date, format_decimal, format_hours
from app.services.hours import UnbilledGroup, unbilled_hours
from ui.i18n import current_language
from ui.operations import Context, read
from ui.widgets.form_dialog import FittedDialog

ROOT = QModelIndex()
CONTEXT = "UnbilledModel"


class UnbilledModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("UnbilledModel", "Customer"),
        QT_TRANSLATE_NOOP("UnbilledModel", "Assignment"),
        QT_TRANSLATE_NOOP("UnbilledModel", "Service"),
        QT_TRANSLATE_NOOP("UnbilledModel", "Hours"),
        QT_TRANSLATE_NOOP("UnbilledModel", "Km"),
        QT_TRANSLATE_NOOP("UnbilledModel", "From"),
        QT_TRANSLATE_NOOP("UnbilledModel", "To"),
    )
    NUMERIC = (3, 4)

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.groups: list[UnbilledGroup] = []
        self.cells: list[tuple[str, ...]] = []

    def set_groups(self, groups: list[UnbilledGroup]) -> None:
        self.beginResetModel()
        self.groups = groups
        lang = self.lang
        self.cells = [
            (
                g.customer_name,
                g.assignment_title,
                g.service(lang),
                format_hours(g.hours, lang, unit=False),
                format_decimal(g.km, lang, 1) if g.km else "",
                format_date(g.first, lang) if g.first else "",
                format_date(g.last, lang) if g.last else "",
            )
            for g in groups
        ]
        self.endResetModel()

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(CONTEXT, self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class UnbilledDialog(FittedDialog):
    preferred = (110, 24)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approved hours not yet invoiced"))
        self.model = UnbilledModel(current_language(), self)
        self.model.set_groups(read(context, unbilled_hours))
        intro = QLabel(
            self.tr(
                "Approved hours by customer, assignment and service, ready to be invoiced. "
                "Volunteer work is never invoiced and is not shown."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName(self.windowTitle())
        self.view.resizeColumnsToContents()
        hours = sum((g.hours for g in self.model.groups), Decimal(0))
        self.total = QLabel(
            self.tr("In all: %1 hours").replace(
                "%1", format_hours(hours, current_language(), unit=False)
            ),
            self,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.total)
        layout.addWidget(buttons)
