"""The audit log viewer: who changed what and when, filtered, a page at a time (admin only).

The table pages from `list_audit` as it scrolls; the details below show the selected entry's
changed fields, and the personal values kept apart in `audit_personal` (admin only).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.locale import format_datetime
from app.services.audit_log import (
    ACTIONS,
    AuditQuery,
    AuditRow,
    audit_entities,
    audit_personal_values,
    audit_users,
    list_audit,
)
from app.services.errors import ValidationError
from ui.i18n import current_language, fill
from ui.operations import Context, read
from ui.widgets.fields import DateField, FieldValueError, typed
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form_dialog import FittedDialog
from ui.widgets.table_fit import fit_columns
from ui.widgets.table_model import Column, PagedTableModel

from .names import action_name, entity_name, field_name, summary_text

NO_VALUE = "—"


def value_text(value) -> str:
    return NO_VALUE if value is None or value == "" else str(value)


def changes_text(row: AuditRow) -> str:
    """field: before → after, for every changed field (personal ones masked)."""
    parts = []
    for field, (before, after) in row.changes.items():
        if row.action == "insert":
            parts.append(f"{field_name(field)}: {value_text(after)}")
        elif row.action == "delete":
            parts.append(f"{field_name(field)}: {value_text(before)}")
        else:
            parts.append(f"{field_name(field)}: {value_text(before)} → {value_text(after)}")
    return "; ".join(parts)


def what_text(row: AuditRow) -> str:
    name = entity_name(row.entity)
    return f"{name} {row.entity_id}" if row.entity_id is not None else name


class AuditTableModel(PagedTableModel[AuditRow]):
    CONTEXT = "AuditTableModel"
    WHEN, WHO, ACTION, WHAT, SUMMARY, CHANGES = range(6)
    DEFAULT_SORT = (WHEN, Qt.SortOrder.DescendingOrder)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AuditTableModel", "When"),
            lambda r, lang: format_datetime(r.at, lang),
            sort="at",
        ),
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "Who"), lambda r, lang: r.actor),
        Column(
            QT_TRANSLATE_NOOP("AuditTableModel", "Action"), lambda r, lang: action_name(r.action)
        ),
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "What"), lambda r, lang: what_text(r)),
        Column(
            QT_TRANSLATE_NOOP("AuditTableModel", "Summary"), lambda r, lang: summary_text(r.summary)
        ),
        Column(
            QT_TRANSLATE_NOOP("AuditTableModel", "Changed fields"),
            lambda r, lang: changes_text(r),
        ),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.query = AuditQuery(**{f: getattr(self.query, f) for f in ("sort", "descending")})

    def set_filters(self, **filters) -> None:
        self._change(replace(self.query, **filters))


class AuditViewer(FittedDialog):
    """Filters above, the log in the middle, the selected entry's details below."""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Audit log"))

        self.who = QComboBox(self)
        self.who.addItem(self.tr("Anyone"), None)
        for user in read(context, audit_users):
            self.who.addItem(fill(self.tr("%1 (%2)"), user.username, user.full_name), user.id)
        self.what = QComboBox(self)
        self.what.addItem(self.tr("Any record"), None)
        for entity in read(context, audit_entities):
            self.what.addItem(entity_name(entity), entity)
        self.action = QComboBox(self)
        self.action.addItem(self.tr("Any action"), None)
        for action in ACTIONS:  # the demo's own entry is not a kind anyone looks for
            self.action.addItem(action_name(action), action)
        self.date_from = DateField(None, self)
        self.date_to = DateField(None, self)
        self.record_id = QLineEdit(self)
        self.record_id.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.record_id.setPlaceholderText(self.tr("any"))
        for combo in (self.who, self.what, self.action):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.date_from, self.date_to, self.record_id):
            edit.setMinimumWidth(11 * edit.fontMetrics().averageCharWidth())
            edit.editingFinished.connect(self.apply_filters)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()

        filters = FlowLayout()
        for text, widget in (
            (self.tr("&Who:"), self.who),
            (self.tr("W&hat:"), self.what),
            (self.tr("&Action:"), self.action),
            (self.tr("&From:"), self.date_from),
            (self.tr("&To:"), self.date_to),
            (self.tr("&Record number:"), self.record_id),
        ):
            filters.addWidget(self._labelled(text, widget))
        clear = QPushButton(self.tr("Clear filter&s"), self)
        clear.clicked.connect(self.clear_filters)
        filters.addWidget(clear)

        self.model = AuditTableModel(self)
        self.model.loader = lambda query: read(context, list_audit, query)
        self.model.rows_loaded.connect(self._on_rows_loaded)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit log entries"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self.show_details)
        self.count = QLabel(self)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details of the selected entry"))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.problem)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.preferred = (110, 30)
        # Enter in a filter applies it; it never clears the filters or closes the log.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.who.setFocus()
        self.model.reload()

    def _labelled(self, text: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text, box)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        row.addWidget(label)
        row.addWidget(widget)
        return box

    # -- filters -----------------------------------------------------------------------

    def _dates(self) -> tuple:
        problems = {}
        values = []
        for key, field in (("date_from", self.date_from), ("date_to", self.date_to)):
            try:
                values.append(field.date_value())
            except FieldValueError:
                problems[key] = "date"
                values.append(None)
        if problems:
            raise ValidationError(problems)
        return tuple(values)

    def apply_filters(self, *_args) -> None:
        try:
            date_from, date_to = self._dates()
        except ValidationError:
            self.problem.setText(self.tr("Write the dates like 22.11.2026, or leave them empty."))
            self.problem.show()
            return
        self.problem.hide()
        record = typed(self.record_id).strip()
        self.model.set_filters(
            user_id=self.who.currentData(),
            entity=self.what.currentData(),
            action=self.action.currentData(),
            date_from=date_from,
            date_to=date_to,
            entity_id=int(record) if record else None,
        )

    def clear_filters(self) -> None:
        for widget in (self.who, self.what, self.action):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        for edit in (self.date_from, self.date_to, self.record_id):
            edit.clear()
        self.apply_filters()

    def filter_by_user(self, user_id: int) -> None:
        self.who.setCurrentIndex(max(self.who.findData(user_id), 0))

    # -- rows and details --------------------------------------------------------------

    def _on_rows_loaded(self) -> None:
        self.count.setText(self.tr("%n entries", "", self.model.total))
        fit_columns(self.table)
        # A long summary does not push the changed fields out of sight: the details show all.
        widest = 40 * self.table.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column), widest))
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        elif not self.model.rowCount():
            self.details.clear()

    def show_details(self, current, _previous=None) -> None:
        if not current.isValid():
            self.details.clear()
            return
        row = self.model.row_at(current.row())
        lang = current_language()
        lines = [
            fill(
                self.tr("%1 — %2 — %3 %4"),
                format_datetime(row.at, lang),
                row.actor,
                action_name(row.action),
                what_text(row),
            ),
            summary_text(row.summary),
            "",
        ]
        for field, (before, after) in row.changes.items():
            lines.append(f"{field_name(field)}: {value_text(before)} → {value_text(after)}")
        if row.has_personal:
            personal = read(self.context, audit_personal_values, row.id)
            lines += ["", self.tr("Personal data (shown to the administrator only):")]
            if not personal:
                lines.append(self.tr("Erased."))
            for field, (before, after) in personal.items():
                lines.append(f"{field_name(field)}: {value_text(before)} → {value_text(after)}")
        self.details.setPlainText("\n".join(lines))
