"""The earnings watch: each member's month against their own limit, warnings highlighted."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.locale import format_decimal, format_hours, format_money
from app.services.load_watch import EarningsRow, monthly_overview
from app.services.policy import Permission
from ui.i18n import fill
from ui.labels import label
from ui.operations import Context, read
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form_dialog import FittedDialog
from ui.widgets.table_fit import fit_columns
from ui.widgets.table_model import SORT_ROLE, Column, RowTableModel

CONTEXT = "EarningsModel"


def _cents(amount: Decimal | None) -> int:
    """A sort key the proxy compares natively: money as whole cents (-1 when none)."""
    return -1 if amount is None else int(amount * 100)


LEVEL_TEXTS = {
    "none": "",
    "80": QT_TRANSLATE_NOOP("EarningsModel", "⚠ 80 % of the limit"),
    "100": QT_TRANSLATE_NOOP("EarningsModel", "⚠ Limit reached"),
}
REDUCED = QT_TRANSLATE_NOOP("EarningsModel", "reduced by about %1")
UNRATED = QT_TRANSLATE_NOOP("EarningsModel", "%1 without a wage rate")
VOLUNTEER = QT_TRANSLATE_NOOP("EarningsModel", "%1 volunteer work")
# Pale backgrounds that keep black text readable; the warning is also written out in words.
LEVEL_COLOURS = {"80": QColor("#fff3c4"), "100": QColor("#ffd6d6")}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _effect(row: EarningsRow, lang: str) -> str:
    if row.benefit_cut is None:
        return ""
    return fill(_tr(REDUCED), format_money(row.benefit_cut, lang))


def _note(row: EarningsRow, lang: str) -> str:
    notes = []
    if row.weeks_over_ceiling:
        notes.append(
            QCoreApplication.translate(
                "EarningsModel",
                "beyond their own weekly ceiling in %n week(s)",
                "",
                row.weeks_over_ceiling,
            )
        )
    if row.unrated_hours:
        notes.append(fill(_tr(UNRATED), format_hours(row.unrated_hours, lang)))
    if row.volunteer_hours:
        notes.append(fill(_tr(VOLUNTEER), format_hours(row.volunteer_hours, lang)))
    return "; ".join(notes)


class EarningsModel(RowTableModel[EarningsRow]):
    CONTEXT = CONTEXT
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("EarningsModel", "No."),
            lambda r, lang: str(r.member_number or ""),
            lambda r: r.member_number or 0,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("EarningsModel", "Member"), lambda r, lang: r.name, lambda r: r.name
        ),
        Column(
            QT_TRANSLATE_NOOP("EarningsModel", "Hours"),
            lambda r, lang: format_hours(r.hours, lang),
            lambda r: _cents(r.hours),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("EarningsModel", "Gross earnings"),
            lambda r, lang: format_money(r.gross, lang),
            lambda r: _cents(r.gross),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("EarningsModel", "Monthly limit"),
            lambda r, lang: format_money(r.limit, lang) if r.limit is not None else "",
            lambda r: _cents(r.limit),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("EarningsModel", "% of limit"),
            lambda r, lang: format_decimal(r.percent, lang, 1) if r.percent is not None else "",
            lambda r: _cents(r.percent),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("EarningsModel", "Warning"),
            lambda r, lang: _tr(LEVEL_TEXTS[r.level]) if r.level != "none" else "",
            lambda r: {"none": 0, "80": 1, "100": 2}[r.level],
        ),
        Column(
            QT_TRANSLATE_NOOP("EarningsModel", "Benefit"),
            lambda r, lang: label(r.benefit_kind),
            lambda r: label(r.benefit_kind),
        ),
        Column(
            QT_TRANSLATE_NOOP("EarningsModel", "Effect on the benefit"),
            _effect,
            lambda r: _cents(r.benefit_cut),
            numeric=True,
        ),
        Column(QT_TRANSLATE_NOOP("EarningsModel", "Note"), _note, lambda r: _note(r, "en")),
    )
    WARNING = 6

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        warned = self.row_at(index.row()).level != "none"
        if role == Qt.ItemDataRole.BackgroundRole:
            return LEVEL_COLOURS.get(self.row_at(index.row()).level)
        if role == Qt.ItemDataRole.ForegroundRole and warned:
            return QColor("black")
        return super().data(index, role)


class EarningsDialog(FittedDialog):
    """A month at a time: previous and next month, sortable by any column."""

    def __init__(self, context: Context, parent: QWidget | None = None, month: date | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Earnings"))
        start = month or date.today()
        self.month = QDateEdit(QDate(start.year, start.month, 1), self)
        self.month.setDisplayFormat("M/yyyy")
        self.month.dateChanged.connect(self.refresh)
        month_label = QLabel(self.tr("&Month:"), self)
        month_label.setBuddy(self.month)
        previous = QPushButton(self.tr("&Previous month"), self)
        previous.clicked.connect(lambda: self.month.setDate(self.month.date().addMonths(-1)))
        following = QPushButton(self.tr("&Next month"), self)
        following.clicked.connect(lambda: self.month.setDate(self.month.date().addMonths(1)))

        self.model = EarningsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Members' earnings in the month"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        intro = QLabel(
            self.tr(
                "Gross earnings are the hours times the wage rate valid on each day; volunteer "
                "work never counts. Osuva warns at 80 % and 100 % of the member's own monthly "
                "limit. Osuva only warns: it never decides whether anyone is entitled to a "
                "benefit. Kela, the unemployment fund or the pension provider decides."
            ),
            self,
        )
        intro.setWordWrap(True)
        rates = QPushButton(self.tr("Wage &rates…"), self)
        rates.clicked.connect(self.open_rates)
        basis = QPushButton(self.tr("Wage &basis…"), self)
        basis.clicked.connect(self.open_basis)
        self.limits_button = QPushButton(self.tr("Member's &limits…"), self)
        self.limits_button.clicked.connect(self.open_limits)
        self.limits_button.setVisible(context.actor.may(Permission.MEMBER_REGISTER))
        self.table.doubleClicked.connect(lambda _index: self.open_limits())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(month_label)
        top.addWidget(self.month)
        top.addWidget(previous)
        top.addWidget(following)
        top.addStretch(1)
        buttons = FlowLayout()
        buttons.addWidget(rates)
        buttons.addWidget(basis)
        buttons.addWidget(self.limits_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.preferred = (160, 30)
        self.refresh()

    def selected_month(self) -> date:
        value = self.month.date()
        return date(value.year(), value.month(), 1)

    def refresh(self, *_args) -> None:
        rows = read(self.context, monthly_overview, self.selected_month())
        self.model.set_rows(rows)
        fit_columns(self.table)
        near = sum(1 for r in rows if r.level != "none")
        over = sum(1 for r in rows if r.level == "100")
        unrated = sum(1 for r in rows if r.unrated_hours)
        parts = [
            self.tr("%n member(s) at 80 % of their limit or more.", "", near),
            self.tr("%n member(s) at or over their limit.", "", over),
        ]
        if unrated:
            parts.append(self.tr("%n member(s) have hours without a wage rate.", "", unrated))
        self.summary.setText(" ".join(parts))

    def selected(self) -> EarningsRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def open_limits(self) -> None:
        """The selected member's limits year by year, e.g. to enter a newly confirmed one."""
        from .limits import BenefitLimitsDialog

        row = self.selected()
        if row is None or not self.context.actor.may(Permission.MEMBER_REGISTER):
            return
        BenefitLimitsDialog(self.context, row.member_id, self).exec()
        self.refresh()

    def open_rates(self) -> None:
        from .wage_rates import WageRatesDialog

        WageRatesDialog(self.context, self).exec()
        self.refresh()

    def open_basis(self) -> None:
        from .wage_basis import WageBasisDialog

        WageBasisDialog(self.context, self.selected_month(), self).exec()
