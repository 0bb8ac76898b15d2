"""The Coaching tab: sessions (group meetings, individual coaching, trainings, info sessions),
attendance taken live, the weekly meeting sheet, and the people, projects and groups."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtWidgets import QMenu, QPushButton, QToolButton, QWidget

from app.locale import FINLAND
from app.services.coaching import list_sessions, session_row_position
from app.services.policy import Permission
from ui.operations import Context, Operation
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.list_tab import ListTab

from .model import SessionTableModel


class CoachingTab(ListTab):
    SHOWS = frozenset(
        {"coaching_session", "attendance", "session_series", "coaching_group", "participant"}
    )

    def __init__(self, context: Context, parent=None) -> None:
        super().__init__(
            context,
            SessionTableModel(),
            list_sessions,
            parent,
            position_loader=session_row_position,
        )
        self.new_button = self._button(self.tr("&New session…"), self.new_session)
        self.series_button = self._button(self.tr("Weekl&y meeting…"), self.new_series)
        self.attendance_button = self._button(self.tr("&Attendance…"), self.take_attendance)
        self.edit_button = self._button(self.tr("Agenda and n&otes…"), self.edit_session)
        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("Mee&ting"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        self.more_button.setMenu(menu)
        self.sheet_action = menu.addAction(self.tr("Meeting &sheet (PDF)…"))
        self.sheet_action.triggered.connect(self.meeting_sheet)
        self.skip_action = menu.addAction(self.tr("S&kip this meeting"))
        self.skip_action.triggered.connect(lambda: self.skip(True))
        self.restore_action = menu.addAction(self.tr("&Restore a skipped meeting"))
        self.restore_action.triggered.connect(lambda: self.skip(False))
        self.people_button = self._button(self.tr("&Participants…"), self.open_people)
        self.projects_button = self._button(self.tr("Projects and &groups…"), self.open_projects)
        bar_widget = QWidget(self)
        bar = FlowLayout(bar_widget)
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.new_button,
            self.series_button,
            self.attendance_button,
            self.edit_button,
            self.more_button,
            self.people_button,
            self.projects_button,
        ):
            bar.addWidget(widget)
        self.layout().insertWidget(0, bar_widget)
        self.list.activated.connect(lambda _row: self.take_attendance())
        self.list.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.list.rows_loaded.connect(self._update_buttons)
        self.people_button.setVisible(context.actor.may(Permission.COACHING))
        self.list.rows_loaded.connect(self._select_this_week)
        self._chosen_once = False
        self._update_buttons()

    def _select_this_week(self) -> None:
        """On opening, choose the next session from today on: the meeting about to start."""
        if self._chosen_once or self.list.selected_row() is not None:
            return
        self._chosen_once = True
        today = datetime.combine(date.today(), time(), tzinfo=FINLAND)
        coming = [r for r in self.list.model.rows() if r.starts_at >= today and not r.cancelled]
        if coming:
            self.list.select_id(min(coming, key=lambda r: r.starts_at).id)

    def list_name(self) -> str:
        return self.tr("Coaching sessions")

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def _update_buttons(self, *_args) -> None:
        row = self.list.selected_row()
        for widget in (self.attendance_button, self.edit_button, self.more_button):
            widget.setEnabled(row is not None)
        if row is not None:
            self.skip_action.setEnabled(not row.cancelled)
            self.restore_action.setEnabled(row.cancelled)

    def new_session(self) -> None:
        from .session_dialog import SessionDialog

        dialog = SessionDialog(self.context, parent=self)
        if dialog.exec() and dialog.session_id is not None:
            self.list.select_id(dialog.session_id)

    def edit_session(self) -> None:
        from .session_dialog import SessionDialog

        row = self.list.selected_row()
        if row is not None:
            SessionDialog(self.context, row.id, parent=self).exec()

    def new_series(self) -> None:
        from .session_dialog import SeriesDialog

        dialog = SeriesDialog(self.context, parent=self)
        if dialog.exec() and dialog.created:
            self.list.select_id(dialog.created[0])

    def take_attendance(self) -> None:
        from .attendance_dialog import AttendanceDialog

        row = self.list.selected_row()
        if row is None:
            return
        if row.attendee_count is not None or row.cancelled:
            self.edit_session()
            return
        AttendanceDialog(self.context, row.id, parent=self).exec()

    def skip(self, skipped: bool) -> None:
        from app.services.coaching_series import skip_meeting

        row = self.list.selected_row()
        if row is not None:
            Operation(self, self.context, skip_meeting, row.id, skipped).run()

    def meeting_sheet(self) -> None:
        from .documents import open_meeting_sheet

        row = self.list.selected_row()
        if row is not None:
            open_meeting_sheet(self, self.context, row)

    def open_people(self) -> None:
        from .people import ParticipantsDialog

        ParticipantsDialog(self.context, parent=self).exec()

    def open_projects(self) -> None:
        from .projects import ProjectsDialog

        ProjectsDialog(self.context, parent=self).exec()
