"""Attendance taken live in the meeting: one keystroke per person, then the next row."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AttendanceStatus
from app.locale import format_date
from app.services.attendance import AttendanceMark, RosterRow, record_attendance, roster
from app.services.coaching import session_detail
from app.services.errors import ServiceError, ValidationError
from ui.i18n import current_language, fill
from ui.operations import Context, perform, read
from ui.widgets.form_dialog import FittedDialog
from ui.widgets.service_errors import show_service_error

from .labels import label

STATUSES = (AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)


class RosterModel(QAbstractTableModel):
    NAME, STATUS, NOTE = range(3)

    def __init__(self, rows: list[RosterRow], parent=None) -> None:
        super().__init__(parent)
        self.rows = [[r.participant_id, r.name, r.status, r.note, r.in_group] for r in rows]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Attendance"), self.tr("Note"))[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        _pid, name, status, note, in_group = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.NAME:
                return name if in_group else fill(self.tr("%1 (not in the group)"), name)
            if index.column() == self.STATUS:
                return label(status) if status else "–"
            return note
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == self.STATUS:
            return label(status) if status else self.tr("Not marked")
        return None

    def set_status(self, row: int, status: AttendanceStatus | None) -> None:
        self.rows[row][2] = status
        cell = self.index(row, self.STATUS)
        self.dataChanged.emit(cell, cell)

    def set_note(self, row: int, note: str) -> None:
        self.rows[row][3] = note
        cell = self.index(row, self.NOTE)
        self.dataChanged.emit(cell, cell)

    def marks(self) -> list[AttendanceMark]:
        return [AttendanceMark(pid, status, note) for pid, _n, status, note, _g in self.rows]

    def marked(self) -> int:
        return sum(1 for row in self.rows if row[2] is not None)


class AttendanceDialog(FittedDialog):
    """The meeting's people listed; P/A/E (translated) mark a row and move to the next."""

    def __init__(self, context: Context, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        detail = read(context, session_detail, session_id)
        lang = current_language()
        self.setWindowTitle(
            fill(
                self.tr("Attendance: %1, %2"),
                detail.form.topic or detail.group_name or label(detail.form.kind),
                format_date(detail.form.day, lang),
            )
        )
        # One letter per status, in the user's language (fi L/P/S, sv N/F/U).
        self.keys = {
            self.tr("P", "key for present").casefold(): AttendanceStatus.PRESENT,
            self.tr("A", "key for absent").casefold(): AttendanceStatus.ABSENT,
            self.tr("E", "key for excused").casefold(): AttendanceStatus.EXCUSED,
        }
        letters = {status: key.upper() for key, status in self.keys.items()}
        help_text = fill(
            self.tr(
                "Press %1 for present, %2 for absent or %3 for excused: the mark is saved "
                "for the row and the next row is chosen. Arrow keys move, Delete clears a mark."
            ),
            letters[AttendanceStatus.PRESENT],
            letters[AttendanceStatus.ABSENT],
            letters[AttendanceStatus.EXCUSED],
        )
        intro = QLabel(help_text, self)
        intro.setWordWrap(True)
        self.model = RosterModel(read(context, roster, session_id), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(
            RosterModel.NAME, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.installEventFilter(self)
        people = QLabel(self.tr("&People in the meeting:"), self)
        people.setBuddy(self.table)
        self.table.setAccessibleName(people.text().replace("&", ""))
        self.note = QLineEdit(self)
        note_label = QLabel(self.tr("&Note for the chosen person:"), self)
        note_label.setBuddy(self.note)
        self.note.setAccessibleName(note_label.text().replace("&", ""))
        self.note.textEdited.connect(self._note_edited)
        self.meeting_notes = QPlainTextEdit(detail.form.notes, self)
        self.meeting_notes.setTabChangesFocus(True)
        self.meeting_notes.setFixedHeight(self.meeting_notes.fontMetrics().lineSpacing() * 4)
        notes_label = QLabel(self.tr("Meeting no&tes:"), self)
        notes_label.setBuddy(self.meeting_notes)
        self.meeting_notes.setAccessibleName(notes_label.text().replace("&", ""))
        self.summary = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (
            intro, people, self.table, note_label, self.note, notes_label, self.meeting_notes,
            self.summary,
        ):  # fmt: skip
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        layout.setStretch(2, 1)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.preferred = (70, max(14, min(len(self.model.rows) + 10, 30)))
        if self.model.rows:
            self.table.selectRow(0)
        self._update_summary()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.table.setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            text = event.text().casefold()
            row = self.table.currentIndex().row()
            if text in self.keys and row >= 0:
                self.mark(row, self.keys[text])
                return True
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and row >= 0:
                self.model.set_status(row, None)
                self._update_summary()
                return True
        return super().eventFilter(watched, event)

    def mark(self, row: int, status: AttendanceStatus) -> None:
        self.model.set_status(row, status)
        self._update_summary()
        if row + 1 < self.model.rowCount():
            self.table.selectRow(row + 1)

    def _row_changed(self, current: QModelIndex, _previous=None) -> None:
        self.note.setText(self.model.rows[current.row()][3] if current.isValid() else "")

    def _note_edited(self, text: str) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.model.set_note(row, text)

    def _update_summary(self) -> None:
        present = sum(1 for r in self.model.rows if r[2] == AttendanceStatus.PRESENT)
        self.summary.setText(
            fill(
                self.tr("Marked %1 of %2; present %3."),
                self.model.marked(),
                len(self.model.rows),
                present,
            )
        )

    def save(self) -> None:
        try:
            perform(
                self.context,
                record_attendance,
                self.session_id,
                self.model.marks(),
                self.meeting_notes.toPlainText(),
            )
        except ValidationError as exc:
            rows = sorted(int(key.split("_")[1]) for key in exc.problems if key.startswith("row_"))
            names = ", ".join(self.model.rows[r][1] for r in rows)
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                fill(self.tr("Not in the group on the meeting's day: %1"), names),
            )
            return
        except ServiceError as exc:
            show_service_error(self, exc)
            return
        self.accept()
