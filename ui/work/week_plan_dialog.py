"""The week plan: who works where, day by day; previous and next week; hand a shift over;
print it. Shows no money, so the facilitator uses it at the Monday meeting."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.locale import format_date
from app.services.errors import ValidationError
from app.services.shifts import (
    hand_over,
    member_choices,
    move_occurrence,
    shift_occurrence,
    skip_occurrence,
)
from app.services.week_plan import WeekPlanRow, monday_of, week_plan
from ui.i18n import current_language
from ui.operations import Context, Operation, perform, read
from ui.widgets.confirm import confirm
from ui.widgets.fields import DateField
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form_dialog import FittedDialog, FormDialog
from ui.widgets.pdf_output import PdfOutput

from .hours_model import clock, parse_clock
from .messages import problem

ROOT = QModelIndex()
CONTEXT = "WeekPlanModel"


class WeekPlanModel(QAbstractTableModel):
    DAY, TIME, MEMBER, CUSTOMER, PLACE, TITLE, SUBSTITUTE, CHECK = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("WeekPlanModel", "Day"),
        QT_TRANSLATE_NOOP("WeekPlanModel", "Time"),
        QT_TRANSLATE_NOOP("WeekPlanModel", "Worker"),
        QT_TRANSLATE_NOOP("WeekPlanModel", "Customer"),
        QT_TRANSLATE_NOOP("WeekPlanModel", "Place"),
        QT_TRANSLATE_NOOP("WeekPlanModel", "Assignment"),
        QT_TRANSLATE_NOOP("WeekPlanModel", "Substitute for"),
        QT_TRANSLATE_NOOP("WeekPlanModel", "Check"),
    )

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[WeekPlanRow] = []
        self.cells: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[WeekPlanRow]) -> None:
        from babel.dates import format_date as babel_date

        from app.locale import babel_locale

        self.beginResetModel()
        self.rows = rows
        locale = babel_locale(self.lang)
        # Formatted once per load, not in every data() call.
        self.cells = [
            (
                babel_date(r.day, "cccc d.M.", locale=locale).capitalize(),
                f"{clock(r.start)}–{clock(r.end)}",
                r.member_name,
                r.customer_name,
                r.place,
                r.title,
                r.substitute_for or "",
                QCoreApplication.translate("WeekPlanModel", "Booked twice at this time")
                if r.overlaps
                else "",
            )
            for r in rows
        ]
        self.endResetModel()

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

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
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.CHECK:
            return QBrush(QColor("#8a5300"))
        return None


class HandOverDialog(FormDialog):
    """Choose who works the shift instead."""

    def __init__(self, context: Context, row: WeekPlanRow, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("HandOverDialog", "Hand over a shift"),
            QCoreApplication.translate("HandOverDialog", "%1 on %2, %3–%4: %5")
            .replace("%1", row.member_name)
            .replace("%2", format_date(row.day, current_language()))
            .replace("%3", clock(row.start))
            .replace("%4", clock(row.end))
            .replace("%5", row.title),
            parent,
        )
        self.context, self.row = context, row
        self.member = QComboBox()
        for member_id, name in read(context, member_choices):
            if member_id != row.member_id:
                self.member.addItem(name, member_id)
        self.form.add_row("member", self.tr("&Substitute:"), self.member)

    def submit(self) -> None:
        perform(self.context, hand_over, self.row.shift_id, self.member.currentData())

    def show_problems(self, problems: dict[str, str]) -> None:
        super().show_problems(problems)
        for key, code in problems.items():
            if key in self.form.errors:
                self.form.errors[key].setText(problem(key, code))


class MoveDialog(FormDialog):
    """Move one occurrence of an assignment (everyone on it) to another day or time."""

    def __init__(self, context: Context, row: WeekPlanRow, parent: QWidget | None = None) -> None:
        lang = current_language()
        super().__init__(
            QCoreApplication.translate("MoveDialog", "Move a shift"),
            QCoreApplication.translate("MoveDialog", "%1 on %2, %3–%4. Everyone on it moves.")
            .replace("%1", row.title)
            .replace("%2", format_date(row.day, lang))
            .replace("%3", clock(row.start))
            .replace("%4", clock(row.end)),
            parent,
        )
        self.context, self.row = context, row
        self.day = DateField(row.day)
        self.form.add_row("work_date", self.tr("&Date:"), self.day)
        self.start = self.form.add_field("starts_at", self.tr("&Starts at:"), clock(row.start))
        self.end = self.form.add_field("ends_at", self.tr("&Ends at:"), clock(row.end))

    def _time(self, key: str):
        try:
            return parse_clock(self.form.widgets[key].displayText())
        except ValueError as exc:
            raise ValidationError({key: "format"}) from exc

    def submit(self) -> None:
        day = self.read("work_date", lambda w: w.date_value())
        start, end = self._time("starts_at"), self._time("ends_at")
        occurrence = read(self.context, shift_occurrence, self.row.shift_id)
        perform(self.context, move_occurrence, self.row.assignment_id, occurrence, day, start, end)

    def show_problems(self, problems: dict[str, str]) -> None:
        super().show_problems(problems)
        for key, code in problems.items():
            if key in self.form.errors and code in ("format", "before_start"):
                field = {"starts_at": "shift_start", "ends_at": "shift_end"}.get(key, key)
                self.form.errors[key].setText(problem(field, code))


class WeekPlanDialog(FittedDialog):
    preferred = (120, 28)

    def __init__(
        self, context: Context, week_start: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = current_language()
        self.monday = monday_of(week_start or date.today())
        self.setWindowTitle(self.tr("Week plan"))
        self.model = WeekPlanModel(self.lang, self)
        self.output = PdfOutput(self)

        self.week_label = QLabel(self)
        self.previous_button = QPushButton(self.tr("&Previous week"), self)
        self.this_button = QPushButton(self.tr("&This week"), self)
        self.next_button = QPushButton(self.tr("&Next week"), self)
        self.previous_button.clicked.connect(lambda: self.go_to(self.monday - timedelta(days=7)))
        self.this_button.clicked.connect(lambda: self.go_to(monday_of(date.today())))
        self.next_button.clicked.connect(lambda: self.go_to(self.monday + timedelta(days=7)))
        self.member = QComboBox(self)
        self.member.addItem(self.tr("Everyone"), None)
        for member_id, name in read(context, member_choices):
            self.member.addItem(name, member_id)
        member_label = QLabel(self.tr("Sho&w:"), self)
        member_label.setBuddy(self.member)
        self.member.currentIndexChanged.connect(lambda _i: self.reload())
        top = QWidget(self)
        bar = FlowLayout(top)
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (
            member_label,
            self.member,
            self.previous_button,
            self.this_button,
            self.next_button,
            self.week_label,
        ):
            bar.addWidget(widget)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setAccessibleName(self.tr("Shifts of the week"))
        shifts_label = QLabel(self.tr("S&hifts:"), self)
        shifts_label.setBuddy(self.view)
        self.empty_label = QLabel(self.tr("No shifts are planned for this week."), self)
        self.overlap_label = QLabel(self)
        self.overlap_label.setStyleSheet("color: #8a5300;")
        self.overlap_label.setWordWrap(True)

        self.hand_over_button = QPushButton(self.tr("Hand &over…"), self)
        self.move_button = QPushButton(self.tr("&Move…"), self)
        self.skip_button = QPushButton(self.tr("S&kip…"), self)
        self.move_button.clicked.connect(lambda: self.move_shift())
        self.skip_button.clicked.connect(lambda: self.skip())
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.save_button = QPushButton(self.tr("Save as P&DF…"), self)
        close = QPushButton(self.tr("Close"), self)
        self.hand_over_button.clicked.connect(lambda: self.hand_over())
        self.print_button.clicked.connect(
            lambda: self.output.print(self.renderer(), self.file_name())
        )
        self.save_button.clicked.connect(
            lambda: self.output.save(self.renderer(), self.file_name())
        )
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (
            self.hand_over_button,
            self.move_button,
            self.skip_button,
            self.print_button,
            self.save_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close.setAutoDefault(False)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(shifts_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.overlap_label)
        layout.addLayout(buttons)
        self.view.activated.connect(lambda _index: self.hand_over())
        self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.view.setFocus(Qt.FocusReason.TabFocusReason)

    def go_to(self, monday: date) -> None:
        self.monday = monday_of(monday)
        self.reload()

    def reload(self) -> None:
        plan = read(self.context, week_plan, self.monday, member_id=self.member.currentData())
        self.model.set_rows(plan.rows)
        self.week_label.setText(
            self.tr("Week %1: %2–%3")
            .replace("%1", str(self.monday.isocalendar()[1]))
            .replace("%2", format_date(self.monday, self.lang))
            .replace("%3", format_date(plan.week_end, self.lang))
        )
        self.empty_label.setVisible(not plan.rows)
        twice = len({(r.day, r.member_id) for r in plan.rows if r.overlaps})
        self.overlap_label.setText(
            self.tr("%n time(s) a member is booked on two shifts at once this week.", "", twice)
        )
        self.overlap_label.setVisible(twice > 0)
        for button in (self.hand_over_button, self.move_button, self.skip_button):
            button.setEnabled(bool(plan.rows))
        self.view.resizeColumnsToContents()
        if plan.rows:
            self.view.selectRow(0)

    def selected(self) -> WeekPlanRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def hand_over(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = HandOverDialog(self.context, row, self)
        if dialog.exec():
            self.reload()

    def deliver(self, how) -> None:
        how(self.renderer(), self.file_name())

    def move_shift(self) -> None:
        row = self.selected()
        if row is not None and MoveDialog(self.context, row, self).exec():
            self.reload()

    def skip(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = (
            self.tr("Leave out %1 on %2 for everyone on it? The other days stay as planned.")
            .replace("%1", row.title)
            .replace("%2", format_date(row.day, self.lang))
        )
        if not confirm(self, self.tr("Skip a shift"), question):
            return
        occurrence = read(self.context, shift_occurrence, row.shift_id)
        if Operation(self, self.context, skip_occurrence, row.assignment_id, occurrence).run():
            self.reload()

    def file_name(self) -> str:
        year, week, _ = self.monday.isocalendar()
        return f"week-plan-{year}-W{week:02d}-{self.lang}.pdf"

    def renderer(self):
        from app.documents.week_plan import render_week_plan

        db, monday, lang, actor = self.context.db, self.monday, self.lang, self.context.actor
        return lambda out, progress=None: render_week_plan(db, monday, out, lang, actor=actor)
