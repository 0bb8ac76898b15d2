"""Hours by keyboard: a week grid prefilled from the planned shifts, saved and approved.

Space or Enter confirms a planned row as worked and moves down; typing a number changes
the hours; Delete clears a row. Everything shown is saved at once, or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.locale import format_date
from app.services.hours import approve_entries, grid_choices, save_entries, week_grid
from app.services.hours_versions import HoursChangedError, LoadedWeek
from app.services.week_plan import monday_of
from ui.i18n import current_language
from ui.operations import Context, Operation, read
from ui.widgets.confirm import confirm
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form_dialog import FittedDialog

from .hours_model import HoursGridModel
from .messages import changed_meanwhile, problem, row_problem
from .warnings import row_warnings

CONFIRM_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of members or assignments for a row typed in by hand."""

    def __init__(self, choices: dict[int, str], parent=None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for key, name in self.choices.items():
            combo.addItem(name, key)
        return combo

    def setEditorData(self, editor, index) -> None:
        line = index.model().lines[index.row()]
        current = (
            line.row.member_id
            if index.column() == HoursGridModel.MEMBER
            else (line.row.assignment_id)
        )
        editor.setCurrentIndex(max(editor.findData(current), 0))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class GridView(QTableView):
    """The keys of the grid: confirm, type hours, clear; Tab leaves the table."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Typing opens the cell editor in keyPressEvent: Qt's AnyKeyPressed trigger would
        # swallow the dialog's Alt+letter mnemonics.
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.verticalHeader().setVisible(False)

    def grid(self) -> HoursGridModel:
        return self.model()

    def keyPressEvent(self, event) -> None:
        index = self.currentIndex()
        model = self.grid()
        if not index.isValid() or self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in CONFIRM_KEYS and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            if index.column() == model.VOLUNTEER and key == Qt.Key.Key_Space:
                checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
                state = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
                model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)
                return
            model.toggle_confirm(index.row())
            self._move_down(index)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            rows = sorted({i.row() for i in self.selectionModel().selectedRows()} | {index.row()})
            for row in reversed(rows):
                model.clear(row)
            return
        text = event.text()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
        )
        if text and text.isprintable() and plain:
            if index.column() not in model.EDITABLE:
                # A number typed anywhere on the row is its hours.
                index = model.index(index.row(), model.HOURS)
                self.setCurrentIndex(index)
            if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                # Qt hands the typed key to the new editor only under this trigger.
                triggers = self.editTriggers()
                self.setEditTriggers(triggers | QAbstractItemView.EditTrigger.AnyKeyPressed)
                try:
                    opened = self.edit(index, QAbstractItemView.EditTrigger.AnyKeyPressed, event)
                finally:
                    self.setEditTriggers(triggers)
                if opened:
                    return
        super().keyPressEvent(event)

    def _move_down(self, index: QModelIndex) -> None:
        row = min(index.row() + 1, self.grid().rowCount() - 1)
        self.setCurrentIndex(self.grid().index(row, index.column()))

    def closeEditor(self, editor, hint) -> None:
        index = self.currentIndex()
        super().closeEditor(editor, hint)
        if hint == QStyledItemDelegate.EndEditHint.SubmitModelCache and index.isValid():
            self._move_down(index)


class HoursDialog(FittedDialog):
    """The week grid of all members, one member or one assignment."""

    preferred = (130, 30)

    def __init__(
        self,
        context: Context,
        week_start: date | None = None,
        *,
        member_id: int | None = None,
        assignment_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.monday = monday_of(week_start or date.today())
        self.lang = current_language()
        self.setWindowTitle(self.tr("Hours of the week"))
        self.model = HoursGridModel(self.lang, self)
        self._warning = False

        intro = QLabel(
            self.tr(
                "Space or Enter confirms a planned row as worked and moves to the next one. "
                "Type a number to change the hours; Delete clears a row. Save logs everything "
                "at once."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.member_combo = QComboBox(self)
        self.assignment_combo = QComboBox(self)
        member_label = QLabel(self.tr("&Member:"), self)
        member_label.setBuddy(self.member_combo)
        assignment_label = QLabel(self.tr("&Assignment:"), self)
        assignment_label.setBuddy(self.assignment_combo)
        self.week_label = QLabel(self)
        self.previous_button = QPushButton(self.tr("&Previous week"), self)
        self.this_button = QPushButton(self.tr("&This week"), self)
        self.next_button = QPushButton(self.tr("&Next week"), self)
        self.previous_button.clicked.connect(lambda: self.go_to(self.monday - timedelta(days=7)))
        self.this_button.clicked.connect(lambda: self.go_to(monday_of(date.today())))
        self.next_button.clicked.connect(lambda: self.go_to(self.monday + timedelta(days=7)))

        top = QWidget(self)
        bar = FlowLayout(top)
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (
            member_label,
            self.member_combo,
            assignment_label,
            self.assignment_combo,
            self.previous_button,
            self.this_button,
            self.next_button,
            self.week_label,
        ):
            bar.addWidget(widget)

        self.view = GridView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Hours of the week"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        grid_label = QLabel(self.tr("&Rows:"), self)
        grid_label.setBuddy(self.view)

        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("problems")
        self.problems_label.setStyleSheet("color: #b00020;")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.hide()
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("warnings")
        self.warnings_label.setStyleSheet("color: #8a5300;")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_label.hide()
        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("notice")
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.hide()

        self.add_button = QPushButton(self.tr("A&dd row"), self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.approve_selected_button = QPushButton(self.tr("Approve se&lected"), self)
        self.approve_week_button = QPushButton(self.tr("Appro&ve the week"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.save_button.clicked.connect(lambda: self.save())
        self.approve_selected_button.clicked.connect(lambda: self.approve(selected=True))
        self.approve_week_button.clicked.connect(lambda: self.approve(selected=False))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.save_button,
            self.approve_selected_button,
            self.approve_week_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.close_button.setAutoDefault(False)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(top)
        layout.addWidget(grid_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.notice_label)
        layout.addLayout(buttons)

        self._load_choices(member_id, assignment_id)
        self.member_combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.assignment_combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self._filters = (self.member_combo.currentIndex(), self.assignment_combo.currentIndex())
        self.model.dataChanged.connect(lambda *_: self.refresh_warnings())
        self.reload()

    # -- loading -------------------------------------------------------------------------
    def _load_choices(self, member_id: int | None, assignment_id: int | None) -> None:
        members, assignments = read(self.context, grid_choices, self.monday)
        self.model.members = {c.id: c.name for c in members}
        self.model.assignments = {c.id: c.name for c in assignments}
        self.view.setItemDelegateForColumn(
            HoursGridModel.MEMBER, ChoiceDelegate(self.model.members, self)
        )
        self.view.setItemDelegateForColumn(
            HoursGridModel.ASSIGNMENT, ChoiceDelegate(self.model.assignments, self)
        )
        for combo, everyone, choices, chosen in (
            (self.member_combo, self.tr("All members"), members, member_id),
            (self.assignment_combo, self.tr("All assignments"), assignments, assignment_id),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for choice in choices:
                combo.addItem(choice.name, choice.id)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def may_leave(self) -> bool:
        """True when nothing typed would be lost, or the user agrees to drop it."""
        if not self.model.has_changes() and not self.model.unreadable():
            return True
        return confirm(
            self,
            self.tr("Hours not saved"),
            self.tr("Some hours in the grid are not saved. Leave them unsaved?"),
        )

    def _filter_changed(self) -> None:
        if not self.may_leave():
            for combo, index in zip(
                (self.member_combo, self.assignment_combo), self._filters, strict=True
            ):
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
            return
        self._filters = (self.member_combo.currentIndex(), self.assignment_combo.currentIndex())
        self.reload()

    def go_to(self, monday: date) -> None:
        if not self.may_leave():
            return
        self.monday = monday_of(monday)
        self.reload()

    def reject(self) -> None:
        if self.may_leave():
            super().reject()

    def _read_week(self):
        return read(
            self.context,
            week_grid,
            self.monday,
            member_id=self._shown[0],
            assignment_id=self._shown[1],
        )

    def reload(self) -> None:
        self._shown = (self.member_combo.currentData(), self.assignment_combo.currentData())
        rows = self._read_week()
        self.model.set_rows(rows)
        self._show_notice("")
        week = self.monday.isocalendar()[1]

        self.week_label.setText(
            self.tr("Week %1: %2–%3")
            .replace("%1", str(week))
            .replace("%2", format_date(self.monday, self.lang))
            .replace("%3", format_date(self.monday + timedelta(days=6), self.lang))
        )
        self._show_problems([])
        self.refresh_warnings()
        self.view.resizeColumnsToContents()
        # A long "assignment – customer" must not push the hours out of sight: it wraps.
        widest = 34 * self.fontMetrics().averageCharWidth()
        for column in range(self.model.columnCount()):
            if self.view.columnWidth(column) > widest:
                self.view.setColumnWidth(column, widest)
        if rows:
            self.view.setCurrentIndex(self.model.index(0, HoursGridModel.STATE))

    # -- warnings and problems ----------------------------------------------------------
    def refresh_warnings(self) -> None:
        """Ask the load checks about each row to be saved (see ui/work/warnings.py)."""
        if self._warning:
            return
        by_row: dict[int, list[str]] = {}
        # A member's unsaved rows add up: the third pending day is checked with all three.
        pending: dict[int, Decimal] = {}
        for i, line in enumerate(self.model.lines):
            if not line.pending:
                continue
            member = line.row.member_id
            pending[member] = pending.get(member, Decimal(0)) + line.row.hours
            texts = row_warnings(
                self.context, member, line.row.work_date, pending[member], line.row.assignment_id
            )
            if texts:
                by_row[i] = texts
        self._warning = True
        try:
            self.model.show_warnings(by_row)
        finally:
            self._warning = False
        lines = [row_problem(i + 1, " ".join(t)) for i, t in sorted(by_row.items())]
        self.warnings_label.setText("\n".join(lines))
        self.warnings_label.setVisible(bool(lines))

    def _show_problems(self, lines: list[str]) -> None:
        self.problems_label.setText("\n".join(lines))
        self.problems_label.setVisible(bool(lines))

    def _show_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    # -- someone else saved meanwhile ---------------------------------------------------
    def loaded_week(self) -> LoadedWeek:
        """What the grid shows, for the services to compare with what is stored now."""
        return LoadedWeek(self.monday, *self._shown, versions=self.model.versions())

    def _changed_meanwhile(self, error: BaseException, saved_rows: Sequence[int] = ()) -> bool:
        """Name the rows someone else changed; offer to read just those again."""
        if not isinstance(error, HoursChangedError):
            return False
        by_line: dict[int, str] = {}
        for changed in error.rows:
            if changed.row is not None and changed.row < len(saved_rows):
                line_no = saved_rows[changed.row]
            else:
                line_no = self.model.row_of_entry(changed.entry_id)
            if line_no is not None:
                by_line.setdefault(line_no, changed.change)
        if not by_line:
            return False  # none of those rows is in sight: the plain "changed meanwhile"
        self.model.show_problems({i: [changed_meanwhile(c)] for i, c in by_line.items()})
        self._show_notice("")
        self._show_problems(
            [
                row_problem(i + 1, self._describe(i, changed_meanwhile(c)))
                for i, c in sorted(by_line.items())
            ]
        )
        self.view.setCurrentIndex(self.model.index(min(by_line), HoursGridModel.STATE))
        question = self.tr(
            "Someone else saved hours of this week while you were editing. Nothing was saved; "
            "what you typed is still in the grid.\n\nRead the %n row(s) they changed again? "
            "What you typed on those rows is then lost; your other rows stay as you typed them.",
            "",
            len(by_line),
        )
        if confirm(self, self.tr("Saved by someone else"), question):
            self.read_again(set(by_line))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _describe(self, line_no: int, text: str) -> str:
        row = self.model.lines[line_no].row
        assignment = self.model.data(self.model.index(line_no, HoursGridModel.ASSIGNMENT))
        return (
            self.tr("%1 on %2, %3: %4")
            .replace("%1", row.member_name)
            .replace("%2", format_date(row.work_date, self.lang))
            .replace("%3", assignment)
            .replace("%4", text)
        )

    def read_again(self, lines: set[int]) -> None:
        """Show these lines as stored now; every other line keeps what the user typed."""
        self.model.merge(self._read_week(), lines)
        self._show_problems([])
        self.refresh_warnings()
        self._show_notice(
            self.tr(
                "The rows someone else changed now show what they saved. Check them, then "
                "save again."
            )
        )
        first = next((i for i, line in enumerate(self.model.lines) if line.remark), 0)
        if self.model.lines:
            self.view.setCurrentIndex(self.model.index(first, HoursGridModel.STATE))

    # -- actions -------------------------------------------------------------------------
    def add_row(self) -> None:
        current = self.view.currentIndex()
        member = self.member_combo.currentData()
        assignment = self.assignment_combo.currentData()
        day = self.monday
        if current.isValid():
            line = self.model.lines[current.row()]
            member = member or line.row.member_id
            assignment = assignment or line.row.assignment_id
            day = line.row.work_date
        member = member or next(iter(self.model.members), None)
        assignment = assignment or next(iter(self.model.assignments), None)
        row = self.model.add_free_row(member, assignment, day)
        self.view.setCurrentIndex(self.model.index(row, HoursGridModel.HOURS))
        self.view.setFocus()

    def save(self, then=None) -> bool:
        unreadable = self.model.unreadable()
        if unreadable:
            self._show_problems(
                [row_problem(i + 1, problem("cell", "unreadable")) for i in unreadable]
            )
            return False
        pending = self.model.pending()
        deleted = self.model.deleted_ids()
        if not pending and not deleted:
            if then is not None:
                then()
            return True
        inputs = [line.as_input() for _, line in pending]
        rows = [i for i, _ in pending]

        def invalid(problems: dict[str, str]) -> None:
            by_row: dict[int, list[str]] = {}
            messages = []
            for key, code in problems.items():
                where, _, field = key.partition(".")
                if where == "deleted":
                    row = next(
                        i for i, ln in enumerate(self.model.lines) if ln.row.entry_id == int(field)
                    )
                    text = problem("deleted", code)
                else:
                    row = rows[int(where)]
                    text = problem(field, code)
                by_row.setdefault(row, []).append(text)
                messages.append((row, text))
            self.model.show_problems(by_row)
            self._show_problems([row_problem(r + 1, t) for r, t in sorted(messages)])
            first = min(by_row)
            self.view.setCurrentIndex(self.model.index(first, HoursGridModel.HOURS))

        def saved(_ids) -> None:
            self.reload()
            if then is not None:
                then()

        return (
            Operation(self, self.context, save_entries, inputs, deleted, loaded=self.loaded_week())
            .success(saved)
            .on_invalid(invalid)
            .failure(lambda error: self._changed_meanwhile(error, rows))
            .run()
        )

    def approve(self, *, selected: bool) -> None:
        chosen = {i.row() for i in self.view.selectionModel().selectedRows()} if selected else None

        def run() -> None:
            ids = [
                line.row.entry_id
                for i, line in enumerate(self.model.lines)
                if line.row.entry_id and not line.row.approved and (chosen is None or i in chosen)
            ]
            if ids:
                versions = self.model.versions()
                Operation(self, self.context, approve_entries, ids, versions=versions).success(
                    lambda _n: self.reload()
                ).failure(self._changed_meanwhile).run()

        if selected:
            # Rows to approve must be saved first; after a save the rows are read again.
            run()
        else:
            self.save(then=run)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            # The grid is where the work is done: the keys act on it at once.
            self.view.setFocus(Qt.FocusReason.TabFocusReason)

    def keyPressEvent(self, event) -> None:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
