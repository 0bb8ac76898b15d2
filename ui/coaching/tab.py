"""The Coaching tab: group meetings, individual coaching and attendance."""

from __future__ import annotations

from app.services.coaching import list_sessions, session_row_position
from ui.operations import Context
from ui.widgets.list_tab import ListTab

from .model import SessionTableModel


class CoachingTab(ListTab):
    SHOWS = frozenset({"coaching_session", "attendance"})

    def __init__(self, context: Context, parent=None) -> None:
        super().__init__(
            context,
            SessionTableModel(),
            list_sessions,
            parent,
            position_loader=session_row_position,
        )

    def list_name(self) -> str:
        return self.tr("Coaching sessions")
