"""The Members tab."""

from __future__ import annotations

from app.services.members import list_members
from ui.operations import Context
from ui.widgets.list_tab import ListTab

from .model import MemberTableModel


class MembersTab(ListTab):
    def __init__(self, context: Context, parent=None) -> None:
        super().__init__(context, MemberTableModel(), list_members, parent)

    def list_name(self) -> str:
        return self.tr("Member register")
