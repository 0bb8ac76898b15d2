"""A work assignment: customer, service, what and where, status, members, and its shifts —
one-off dates or every n weeks on chosen weekdays, Finnish public holidays skipped."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from babel.dates import get_day_names
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.domain.enums import AssignmentStatus
from app.locale import babel_locale, format_date, format_decimal, parse_date, parse_decimal
from app.services.errors import StaleError, ValidationError
from app.services.hours import shift_hours
from app.services.shifts import (
    MAX_INTERVAL,
    AssignmentForm,
    assignment_form,
    customer_service_choices,
    member_choices,
    save_assignment,
)
from ui.i18n import current_language
from ui.operations import Context, perform, read
from ui.widgets.fields import DateField, FieldValueError
from ui.widgets.form import EnumCombo
from ui.widgets.form_dialog import FormDialog

from .hours_model import clock, parse_clock
from .messages import problem
from .warnings import row_warnings

SPECIFIC = {
    ("ends_on", "before_start"),
    ("shift_end", "before_start"),
    ("shift_start", "format"),
    ("shift_end", "format"),
    ("weekdays", "required"),
    ("interval", "out_of_range"),
    ("dates", "date"),
}


class AssignmentDialog(FormDialog):
    def __init__(
        self, context: Context, assignment_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        title = (
            self.tr("New work assignment") if assignment_id is None else self.tr("Work assignment")
        )
        super().__init__(title, "", parent)
        self.context, self.assignment_id = context, assignment_id
        self.lang = current_language()
        self.version: int | None = None
        customers, services = read(context, customer_service_choices)
        members = read(context, member_choices)
        f = self.form

        self.customer = QComboBox()
        for cid, name in customers:
            self.customer.addItem(name, cid)
        self.service = QComboBox()
        index = {"fi": 1, "sv": 2, "en": 3}.get(self.lang, 1)
        for service in services:
            self.service.addItem(service[index] or service[1], service[0])
        f.add_row("customer", self.tr("&Customer:"), self.customer)
        f.add_row("service", self.tr("Ser&vice:"), self.service)
        self.title_edit = f.add_field("title", self.tr("&Title:"))
        self.place = f.add_field("place", self.tr("&Place:"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        f.add_row("description", self.tr("Description:"), self.description)
        self.status = EnumCombo(list(AssignmentStatus))
        f.add_row("status", self.tr("&Status:"), self.status)
        self.estimate = f.add_field("estimated_hours", self.tr("Estimated &hours:"))

        self.members = QListWidget()
        for mid, name in members:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, mid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.members.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 8)
        f.add_row("members", self.tr("&Members:"), self.members)
        # Load warnings of the ticked members (ui/work/warnings.py), shown under the list.
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("load_warnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #8a5300;")
        self.warnings_label.hide()
        f.layout_.addRow("", self.warnings_label)
        self.members.itemChanged.connect(lambda _item: self.refresh_warnings())

        f.add_section(self.tr("Shifts"))
        self.starts_on = DateField()
        self.ends_on = DateField()
        f.add_row("starts_on", self.tr("Starts o&n:"), self.starts_on)
        f.add_row("ends_on", self.tr("&Ends on:"), self.ends_on)
        self.shift_start = f.add_field("shift_start", self.tr("Shift starts at:"), "", "9.00")
        self.shift_end = f.add_field("shift_end", self.tr("Shift ends at:"), "", "12.00")
        self.recurring = QCheckBox(self.tr("&Recurring every week or every few weeks"))
        f.add_row("recurring", "", self.recurring)
        self.interval = QSpinBox()
        self.interval.setRange(1, MAX_INTERVAL)
        f.add_row("interval", self.tr("Every this many &weeks:"), self.interval)
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        names = get_day_names("abbreviated", context="stand-alone", locale=babel_locale(self.lang))
        self.weekdays = []
        for day in range(7):
            box = QCheckBox(names[day].capitalize(), days)
            self.weekdays.append(box)
            row.addWidget(box)
        row.addStretch(1)
        f.add_row("weekdays", self.tr("On weekdays:"), days)
        self.dates = f.add_field("dates", self.tr("One-off &dates:"), "", "24.11.2026, 26.11.2026")
        self.skip_holidays = QCheckBox(self.tr("S&kip Finnish public holidays"))
        self.skip_holidays.setChecked(True)
        f.add_row("skip_holidays", "", self.skip_holidays)
        self.recurring.toggled.connect(self._recurring_changed)
        if assignment_id is not None:
            self._load()
        self._recurring_changed(self.recurring.isChecked())
        self.preferred = (70, 40)

    def refresh_warnings(self) -> None:
        try:
            day = self.starts_on.date_value() or date.today()
            start, end = self._time("shift_start"), self._time("shift_end")
        except FieldValueError:
            return
        hours = shift_hours(start, end) if start and end and end > start else Decimal(0)
        texts = []
        for i in range(self.members.count()):
            item = self.members.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                member_id = item.data(Qt.ItemDataRole.UserRole)
                found = row_warnings(self.context, member_id, day, hours)
                texts += [f"{item.text()}: {text}" for text in found]
        self.warnings_label.setText("\n".join(texts))
        self.warnings_label.setVisible(bool(texts))

    def _recurring_changed(self, on: bool) -> None:
        self.interval.setEnabled(on)
        for box in self.weekdays:
            box.setEnabled(on)
        self.dates.setEnabled(not on)

    def _load(self) -> None:
        form, self.version = read(self.context, assignment_form, self.assignment_id)
        self.customer.setCurrentIndex(max(self.customer.findData(form.customer_id), 0))
        self.service.setCurrentIndex(max(self.service.findData(form.service_id), 0))
        self.title_edit.setText(form.title)
        self.place.setText(form.place)
        self.description.setPlainText(form.description)
        self.status.set_value(form.status)
        if form.estimated_hours is not None:
            self.estimate.setText(format_decimal(form.estimated_hours, self.lang))
        # The assignment's members first, ticked; then everyone else.
        for i in range(self.members.count()):
            item = self.members.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in form.member_ids:
                item.setCheckState(Qt.CheckState.Checked)
        checked = [
            self.members.takeItem(i)
            for i in reversed(range(self.members.count()))
            if self.members.item(i).checkState() == Qt.CheckState.Checked
        ]
        for item in checked:
            self.members.insertItem(0, item)
        self.starts_on.set_date(form.starts_on)
        self.ends_on.set_date(form.ends_on)
        self.shift_start.setText(clock(form.shift_start))
        self.shift_end.setText(clock(form.shift_end))
        self.recurring.setChecked(form.recurring)
        self.interval.setValue(form.interval)
        for day, box in enumerate(self.weekdays):
            box.setChecked(day in form.weekdays)
        self.dates.setText(", ".join(format_date(d, self.lang) for d in form.dates))
        self.skip_holidays.setChecked(form.skip_holidays)

    # -- reading ---------------------------------------------------------------------------
    def _time(self, key: str) -> time | None:
        text = self.form.widgets[key].displayText().strip()
        if not text:
            return None
        try:
            return parse_clock(text)
        except ValueError as exc:
            raise FieldValueError("format") from exc

    def read_form(self) -> tuple[AssignmentForm, dict[str, str]]:
        problems: dict[str, str] = {}

        def safe(key, getter):
            try:
                return getter()
            except FieldValueError as exc:
                problems[key] = exc.code
                return None

        def estimate():
            text = self.estimate.displayText().strip()
            try:
                return parse_decimal(text, self.lang) if text else None
            except ValueError as exc:
                raise FieldValueError("number") from exc

        def dates():
            parts = [p for p in self.dates.displayText().replace(";", ",").split(",") if p.strip()]
            try:
                return sorted({parse_date(p, self.lang) for p in parts})
            except ValueError as exc:
                raise FieldValueError("date") from exc

        recurring = self.recurring.isChecked()
        form = AssignmentForm(
            customer_id=self.customer.currentData(),
            service_id=self.service.currentData(),
            title=self.title_edit.displayText(),
            place=self.place.displayText(),
            description=self.description.toPlainText(),
            status=self.status.value(),
            estimated_hours=safe("estimated_hours", estimate),
            member_ids=[
                self.members.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.members.count())
                if self.members.item(i).checkState() == Qt.CheckState.Checked
            ],
            starts_on=safe("starts_on", self.starts_on.date_value),
            ends_on=safe("ends_on", self.ends_on.date_value),
            recurring=recurring,
            interval=self.interval.value(),
            weekdays=[d for d, box in enumerate(self.weekdays) if box.isChecked()],
            dates=[] if recurring else (safe("dates", dates) or []),
            shift_start=safe("shift_start", lambda: self._time("shift_start")),
            shift_end=safe("shift_end", lambda: self._time("shift_end")),
            skip_holidays=self.skip_holidays.isChecked(),
        )
        if form.starts_on and form.ends_on and form.ends_on < form.starts_on:
            # Said at once, together with any unreadable field.
            problems["ends_on"] = "before_start"
        return form, problems

    def submit(self) -> None:
        form, problems = self.read_form()
        if problems:
            raise ValidationError(problems)
        try:
            self.assignment_id = perform(
                self.context,
                save_assignment,
                form,
                self.assignment_id,
                expected_version=self.version,
            )
        except StaleError:
            from ui.widgets.service_errors import show_service_error

            show_service_error(self, StaleError("work_assignment", self.assignment_id or 0))
            self._load()
            raise ValidationError({}) from None

    def show_problems(self, problems: dict[str, str]) -> None:
        super().show_problems(problems)
        for key, code in problems.items():
            if (key, code) in SPECIFIC and key in self.form.errors:
                self.form.errors[key].setText(problem(key, code))
