"""The Work tab: assignments with their shifts, the week plan, hours of the week and the
approved hours still to invoice."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from app.services.policy import Permission
from app.services.work import assignment_row_position, list_assignments
from ui.operations import Context
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.list_tab import ListTab

from .model import AssignmentTableModel


class WorkTab(ListTab):
    SHOWS = frozenset(
        {
            "work_assignment",
            "assignment_member",
            "work_entry",
            "customer",
            "service",
            "planned_shift",
        }
    )

    def __init__(self, context: Context, parent=None) -> None:
        super().__init__(
            context,
            AssignmentTableModel(),
            list_assignments,
            parent,
            position_loader=assignment_row_position,
        )
        may = context.actor.may
        if not may(Permission.INVOICING):
            # Who works where, without what is still to bill.
            self.list.table.setColumnHidden(AssignmentTableModel.UNINVOICED_COLUMN, True)
        self.add_button = self._button(self.tr("&New assignment…"), self.new_record)
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_assignment)
        self.plan_button = self._button(self.tr("Week &plan…"), self.open_week_plan)
        self.hours_button = self._button(self.tr("H&ours of the week…"), self.open_hours)
        self.unbilled_button = self._button(self.tr("Hours to &bill…"), self.open_unbilled)
        self.earnings_button = self._button(self.tr("Earnin&gs…"), self.open_earnings)
        hours = may(Permission.WORK_ENTRIES)
        for money in (self.hours_button, self.unbilled_button, self.earnings_button):
            # Hours, wages and earnings are money: the facilitator sees the week plan only.
            money.setVisible(hours)
        bar_widget = QWidget(self)
        bar = FlowLayout(bar_widget)
        bar.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.add_button,
            self.edit_button,
            self.plan_button,
            self.hours_button,
            self.unbilled_button,
            self.earnings_button,
        ):
            bar.addWidget(button)
        self.layout().insertWidget(0, bar_widget)
        self.list.activated.connect(lambda _row: self.edit_assignment())

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda: slot())
        return button

    def list_name(self) -> str:
        return self.tr("Work assignments")

    def new_record(self) -> None:
        from .assignment_dialog import AssignmentDialog

        AssignmentDialog(self.context, parent=self).exec()

    def edit_assignment(self) -> None:
        row = self.list.selected_row()
        if row is None:
            return
        from .assignment_dialog import AssignmentDialog

        AssignmentDialog(self.context, row.id, parent=self).exec()

    def open_week_plan(self) -> None:
        from .week_plan_dialog import WeekPlanDialog

        WeekPlanDialog(self.context, parent=self).exec()

    def open_hours(self) -> None:
        from .hours_dialog import HoursDialog

        HoursDialog(self.context, parent=self).exec()

    def open_unbilled(self) -> None:
        from .unbilled_dialog import UnbilledDialog

        UnbilledDialog(self.context, parent=self).exec()

    def open_earnings(self) -> None:
        from ui.earnings import open_earnings_overview

        open_earnings_overview(self, self.context)
