"""The week grid's rows: planned shifts to confirm, logged entries to change, free rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, time
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.locale import format_date, format_decimal, format_hours, parse_date, parse_decimal
from app.services.hours import EntryInput, GridRow, shift_hours

ROOT = QModelIndex()
CONTEXT = "HoursGridModel"
_TIME = re.compile(r"^\s*(\d{1,2})(?:[.:](\d{2}))?\s*$")


def parse_clock(text: str) -> time:
    """9, 9.30 or 09:30 → a time; ValueError otherwise."""
    match = _TIME.fullmatch(text)
    if not match:
        raise ValueError(text)
    return time(int(match[1]), int(match[2] or 0))


def clock(value: time | None) -> str:
    return "" if value is None else f"{value.hour}.{value.minute:02d}"


@dataclass
class Line:
    """One grid row as the user is editing it."""

    row: GridRow
    # A planned shift becomes an entry only when confirmed; a logged entry is confirmed.
    confirmed: bool
    deleted: bool = False
    dirty: bool = False
    # Cells the user typed that could not be read: kept as typed, with a problem code.
    raw: dict[int, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Shown in the check column, e.g. that the row was read again as someone else saved it.
    remark: str = ""

    @property
    def pending(self) -> bool:
        """To be saved: a confirmed shift, a changed entry or a new free row."""
        if self.deleted:
            return False
        return (self.row.entry_id is None and self.confirmed) or (
            self.row.entry_id is not None and self.dirty
        )

    @property
    def edited(self) -> bool:
        """The user changed something on this row that is not saved yet."""
        return self.pending or self.deleted or bool(self.raw)

    def as_input(self) -> EntryInput:
        return self.row.as_input()


class HoursGridModel(QAbstractTableModel):
    STATE, DATE, MEMBER, ASSIGNMENT, START, END, HOURS, KM, VOLUNTEER, NOTE, CHECK = range(11)
    HEADERS = (
        QT_TRANSLATE_NOOP("HoursGridModel", "State"),
        QT_TRANSLATE_NOOP("HoursGridModel", "Date"),
        QT_TRANSLATE_NOOP("HoursGridModel", "Member"),
        QT_TRANSLATE_NOOP("HoursGridModel", "Assignment"),
        QT_TRANSLATE_NOOP("HoursGridModel", "Start"),
        QT_TRANSLATE_NOOP("HoursGridModel", "End"),
        QT_TRANSLATE_NOOP("HoursGridModel", "Hours"),
        QT_TRANSLATE_NOOP("HoursGridModel", "Km"),
        QT_TRANSLATE_NOOP("HoursGridModel", "Volunteer"),
        QT_TRANSLATE_NOOP("HoursGridModel", "Note"),
        QT_TRANSLATE_NOOP("HoursGridModel", "Check"),
    )
    EDITABLE = (DATE, START, END, HOURS, KM, NOTE)

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.lines: list[Line] = []
        self.members: dict[int, str] = {}
        self.assignments: dict[int, str] = {}

    # -- loading -------------------------------------------------------------------------
    def set_rows(self, rows: list[GridRow]) -> None:
        self.beginResetModel()
        self.lines = [Line(r, confirmed=r.entry_id is not None) for r in rows]
        self.endResetModel()

    def merge(self, rows: list[GridRow], replaced: set[int]) -> None:
        """The week as read again, keeping what the user typed on every line not `replaced`.

        A replaced line shows what is stored now (or goes, when its entry was removed).
        """
        kept_entries: dict[int, Line] = {}
        kept_shifts: dict[int, Line] = {}
        extra: list[Line] = []
        for i, line in enumerate(self.lines):
            if i in replaced or not line.edited:
                continue
            line.problems, line.remark = [], ""
            if line.row.entry_id is not None:
                kept_entries[line.row.entry_id] = line
            elif line.row.shift_id is not None:
                kept_shifts[line.row.shift_id] = line
            else:
                extra.append(line)
        known = self.versions()
        # A planned shift read again (e.g. handed over meanwhile) is pointed out too.
        shifts = {self.lines[i].row.shift_id for i in replaced if self.lines[i].row.shift_id}
        remark = QCoreApplication.translate("HoursGridModel", "Read again: saved by someone else")
        lines = []
        for row in rows:
            if row.entry_id is not None:
                line = kept_entries.pop(row.entry_id, None)
            else:
                line = kept_shifts.pop(row.shift_id, None) if row.shift_id else None
            if line is None:
                line = Line(row, confirmed=row.entry_id is not None)
                if (row.entry_id is not None and known.get(row.entry_id) != row.version) or (
                    row.entry_id is None and row.shift_id in shifts
                ):
                    line.remark = remark
            lines.append(line)
        # Typed rows whose entry or shift is no longer listed stay, to be saved or cleared.
        extra[:0] = [*kept_entries.values(), *kept_shifts.values()]
        self.beginResetModel()
        self.lines = lines + extra
        self.endResetModel()

    def versions(self) -> dict[int, int]:
        """Each shown entry's version as loaded, for the save to compare."""
        return {line.row.entry_id: line.row.version for line in self.lines if line.row.entry_id}

    def row_of_entry(self, entry_id: int | None) -> int | None:
        return next(
            (i for i, line in enumerate(self.lines) if entry_id and line.row.entry_id == entry_id),
            None,
        )

    def add_free_row(self, member_id: int, assignment_id: int, day: date) -> int:
        row = GridRow(
            assignment_id=assignment_id,
            assignment_title=self.assignments.get(assignment_id, ""),
            customer_name="",
            member_id=member_id,
            member_name=self.members.get(member_id, ""),
            work_date=day,
            starts_at=None,
            ends_at=None,
            hours=Decimal("0.00"),
            km=Decimal("0.00"),
            note="",
            volunteer=False,
            substitute_for_id=None,
            substitute_for_name=None,
        )
        position = len(self.lines)
        self.beginInsertRows(QModelIndex(), position, position)
        self.lines.append(Line(row, confirmed=True, dirty=True))
        self.endInsertRows()
        return position

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(CONTEXT, self.HEADERS[section])
        return str(section + 1)

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        line = self.lines[index.row()]
        if line.row.invoiced or line.deleted:
            return base
        if index.column() == self.VOLUNTEER:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in self.EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() in (self.MEMBER, self.ASSIGNMENT) and self.is_free(line):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    @staticmethod
    def is_free(line: Line) -> bool:
        """A row typed in for unplanned work: its member and assignment can be chosen."""
        return line.row.entry_id is None and line.row.shift_id is None

    def state_text(self, line: Line) -> str:
        if line.deleted:
            return QCoreApplication.translate("HoursGridModel", "To be removed")
        if line.row.invoiced:
            return QCoreApplication.translate("HoursGridModel", "Invoiced")
        if line.row.entry_id is None:
            if line.confirmed:
                return QCoreApplication.translate("HoursGridModel", "✓ To be logged")
            return QCoreApplication.translate("HoursGridModel", "Planned")
        if line.dirty:
            return QCoreApplication.translate("HoursGridModel", "Changed")
        if line.row.approved:
            return QCoreApplication.translate("HoursGridModel", "Approved")
        return QCoreApplication.translate("HoursGridModel", "Logged")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        r, c = line.row, index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if c in line.raw:
                return line.raw[c]
            if c == self.STATE:
                return self.state_text(line)
            if c == self.DATE:
                return format_date(r.work_date, self.lang)
            if c == self.MEMBER:
                if r.substitute_for_name:
                    return (
                        QCoreApplication.translate(CONTEXT, "%1 (for %2)")
                        .replace("%1", r.member_name)
                        .replace("%2", r.substitute_for_name)
                    )
                return r.member_name
            if c == self.ASSIGNMENT:
                return (
                    f"{r.assignment_title} – {r.customer_name}"
                    if r.customer_name
                    else (r.assignment_title)
                )
            if c == self.START:
                return clock(r.starts_at)
            if c == self.END:
                return clock(r.ends_at)
            if c == self.HOURS:
                if role == Qt.ItemDataRole.EditRole:
                    return format_decimal(r.hours, self.lang)
                return format_hours(r.hours, self.lang, unit=False)
            if c == self.KM:
                return format_decimal(r.km, self.lang, 1) if r.km else ""
            if c == self.NOTE:
                return r.note
            if c == self.CHECK:
                return " ".join(line.problems + line.warnings + [line.remark]).strip()
            return None
        if role == Qt.ItemDataRole.CheckStateRole and c == self.VOLUNTEER:
            return Qt.CheckState.Checked if r.volunteer else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            if c == self.CHECK and line.problems:
                return QBrush(QColor("#b00020"))
            if c == self.CHECK and line.warnings:
                return QBrush(QColor("#8a5300"))
            if r.entry_id is None and not line.confirmed:
                return QBrush(QColor("#5f6b7a"))
        if role == Qt.ItemDataRole.FontRole and line.deleted:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (self.HOURS, self.KM):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        line = self.lines[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and c == self.VOLUNTEER:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            return self._change(index, line, volunteer=checked)
        if role != Qt.ItemDataRole.EditRole:
            return False
        if c == self.MEMBER and value in self.members:
            return self._change(index, line, member_id=value, member_name=self.members[value])
        if c == self.ASSIGNMENT and value in self.assignments:
            name = self.assignments[value]
            return self._change(
                index, line, assignment_id=value, assignment_title=name, customer_name=""
            )
        if c in (self.MEMBER, self.ASSIGNMENT):
            return False
        text = str(value).strip()
        try:
            changes = self._parse(c, text, line)
        except ValueError:
            line.raw[c] = text
            self._touch(index, line)
            return True
        line.raw.pop(c, None)
        return self._change(index, line, **changes)

    def _parse(self, column: int, text: str, line: Line) -> dict:
        r = line.row
        if column == self.DATE:
            return {"work_date": parse_date(text, self.lang)}
        if column == self.NOTE:
            return {"note": text}
        if column == self.KM:
            return {"km": parse_decimal(text, self.lang) if text else Decimal("0.00")}
        if column == self.HOURS:
            # Typed hours replace the times: the shift was longer or shorter than planned.
            return {"hours": parse_decimal(text, self.lang), "starts_at": None, "ends_at": None}
        value = parse_clock(text) if text else None
        start = value if column == self.START else r.starts_at
        end = value if column == self.END else r.ends_at
        changes = {"starts_at": start, "ends_at": end}
        if start is not None and end is not None and end > start:
            changes["hours"] = shift_hours(start, end)
        return changes

    def _change(self, index, line: Line, **changes) -> bool:
        line.row = replace(line.row, **changes)
        line.confirmed = True
        line.dirty = True
        self._touch(index, line)
        return True

    def _touch(self, index, line: Line) -> None:
        line.problems, line.remark = [], ""
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.CHECK))

    # -- keyboard actions -----------------------------------------------------------------
    def toggle_confirm(self, row: int) -> None:
        line = self.lines[row]
        if line.row.invoiced:
            return
        if line.deleted:
            line.deleted = False
        elif line.row.entry_id is None:
            line.confirmed = not line.confirmed
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.CHECK))

    def clear(self, row: int) -> None:
        """Delete: a planned row is not worked, a logged entry is removed, a free row goes."""
        line = self.lines[row]
        if line.row.invoiced:
            return
        if line.row.entry_id is not None:
            line.deleted = True
        elif line.row.shift_id is None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
            return
        else:
            line.confirmed = False
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.CHECK))

    # -- saving --------------------------------------------------------------------------
    def pending(self) -> list[tuple[int, Line]]:
        return [(i, line) for i, line in enumerate(self.lines) if line.pending]

    def deleted_ids(self) -> list[int]:
        return [line.row.entry_id for line in self.lines if line.deleted and line.row.entry_id]

    def has_changes(self) -> bool:
        return bool(self.pending() or self.deleted_ids())

    def unreadable(self) -> list[int]:
        return [i for i, line in enumerate(self.lines) if line.raw and not line.deleted]

    def show_problems(self, by_row: dict[int, list[str]]) -> None:
        for i, line in enumerate(self.lines):
            line.problems = by_row.get(i, [])
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, self.CHECK))

    def show_warnings(self, by_row: dict[int, list[str]]) -> None:
        for i, line in enumerate(self.lines):
            line.warnings = by_row.get(i, [])
        if self.lines:
            self.dataChanged.emit(
                self.index(0, self.CHECK), self.index(len(self.lines) - 1, self.CHECK)
            )

    def saved_entry_ids(self) -> list[int]:
        return [line.row.entry_id for line in self.lines if line.row.entry_id and not line.deleted]
