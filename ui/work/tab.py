"""The Work tab: assignments and the hours logged on them."""

from __future__ import annotations

from app.services.policy import Permission
from app.services.work import assignment_row_position, list_assignments
from ui.operations import Context
from ui.widgets.list_tab import ListTab

from .model import AssignmentTableModel


class WorkTab(ListTab):
    SHOWS = frozenset({"work_assignment", "assignment_member", "work_entry", "customer", "service"})

    def __init__(self, context: Context, parent=None) -> None:
        super().__init__(
            context,
            AssignmentTableModel(),
            list_assignments,
            parent,
            position_loader=assignment_row_position,
        )
        if not context.actor.may(Permission.INVOICING):
            # Who works where, without what is still to bill.
            self.list.table.setColumnHidden(AssignmentTableModel.UNINVOICED_COLUMN, True)

    def list_name(self) -> str:
        return self.tr("Work assignments")
