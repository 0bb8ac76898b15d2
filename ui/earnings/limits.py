"""A member's earnings limits year by year: each year's limit is confirmed separately."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import BenefitKind
from app.locale import format_money
from app.services.benefit_limits import (
    LimitForm,
    LimitRow,
    benefit_limits,
    delete_benefit_limit,
    save_benefit_limit,
)
from app.services.errors import ServiceError, ValidationError
from ui.labels import label
from ui.operations import Context, perform, read
from ui.widgets.confirm import confirm
from ui.widgets.fields import FieldValueError, MoneyField
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form import EnumCombo
from ui.widgets.form_dialog import FittedDialog, FormDialog
from ui.widgets.service_errors import show_service_error
from ui.widgets.table_fit import fit_columns
from ui.widgets.table_model import Column, RowTableModel


def _money(value, lang: str) -> str:
    return format_money(value, lang) if value is not None else ""


class LimitModel(RowTableModel[LimitRow]):
    CONTEXT = "LimitModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("LimitModel", "Year"), lambda r, lang: str(r.year)),
        Column(QT_TRANSLATE_NOOP("LimitModel", "Benefit"), lambda r, lang: label(r.benefit_kind)),
        Column(
            QT_TRANSLATE_NOOP("LimitModel", "Per month"),
            lambda r, lang: _money(r.monthly_limit, lang),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("LimitModel", "Per year"),
            lambda r, lang: _money(r.yearly_limit, lang),
            numeric=True,
        ),
        Column(QT_TRANSLATE_NOOP("LimitModel", "Note"), lambda r, lang: r.note),
    )


class LimitDialog(FormDialog):
    def __init__(self, context: Context, member_id: int, row: LimitRow | None = None, parent=None):
        super().__init__("", parent=parent, save_button=QDialogButtonBox.StandardButton.Save)
        self.setWindowTitle(self.tr("Earnings limit of a year"))
        self.context, self.member_id = context, member_id
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(row.year if row else date.today().year)
        self.benefit = EnumCombo([k for k in BenefitKind if k != BenefitKind.NONE])
        if row:
            self.benefit.set_value(row.benefit_kind)
        self.form.add_row("year", self.tr("&Year"), self.year)
        self.form.add_row("benefit_kind", self.tr("&Benefit"), self.benefit)
        self.form.add_row(
            "monthly_limit",
            self.tr("Earnings limit per &month (€)"),
            MoneyField(row.monthly_limit if row else None),
        )
        self.form.add_row(
            "yearly_limit",
            self.tr("Earnings limit per y&ear (€)"),
            MoneyField(row.yearly_limit if row else None),
        )
        self.form.add_field("note", self.tr("&Note"), row.note if row else "")
        self.preferred = (64, 16)

    def submit(self) -> None:
        values, problems = {}, {}
        for key in ("monthly_limit", "yearly_limit"):
            try:
                values[key] = self.form.widgets[key].amount()
            except FieldValueError as exc:
                values[key], problems[key] = None, exc.code
        if problems:
            raise ValidationError(problems)
        form = LimitForm(
            self.year.value(),
            self.benefit.value(),
            values["monthly_limit"],
            values["yearly_limit"],
            self.form.values().get("note", ""),
        )
        perform(self.context, save_benefit_limit, self.member_id, form)


class BenefitLimitsDialog(FittedDialog):
    def __init__(self, context: Context, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.member_id = context, member_id
        self.setWindowTitle(self.tr("Earnings limits by year"))
        self.model = LimitModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Earnings limits by year"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        intro = QLabel(
            self.tr(
                "Kela and pension providers confirm personal earnings limits year by year. "
                "The earnings watch compares each month with that year's limit."
            ),
            self,
        )
        intro.setWordWrap(True)
        add = QPushButton(self.tr("&Add…"), self)
        add.clicked.connect(self.add)
        edit = QPushButton(self.tr("&Edit…"), self)
        edit.clicked.connect(self.edit)
        delete = QPushButton(self.tr("&Delete…"), self)
        delete.clicked.connect(self.delete)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = FlowLayout()
        for button in (add, edit, delete):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.preferred = (96, 18)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(read(self.context, benefit_limits, self.member_id))
        fit_columns(self.table)

    def selected(self) -> LimitRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def add(self) -> None:
        if LimitDialog(self.context, self.member_id, None, self).exec():
            self.refresh()

    def edit(self) -> None:
        row = self.selected()
        if row is not None and LimitDialog(self.context, self.member_id, row, self).exec():
            self.refresh()

    def delete(self) -> None:
        row = self.selected()
        if row is None or not confirm(
            self, self.tr("Delete limit"), self.tr("Delete the selected year's limit?")
        ):
            return
        try:
            perform(self.context, delete_benefit_limit, row.id)
        except ServiceError as exc:
            show_service_error(self, exc)
        self.refresh()
