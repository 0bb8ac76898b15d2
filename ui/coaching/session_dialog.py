"""Forms for one coaching session and for a weekly meeting that creates its sessions."""

from __future__ import annotations

from datetime import time

from babel.dates import get_day_names
from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from app.domain.enums import SessionKind
from app.locale import babel_locale, format_date
from app.services.coaching import (
    SessionForm,
    carried_over_items,
    create_session,
    session_detail,
    update_session,
)
from app.services.coaching_projects import list_groups
from app.services.coaching_series import SeriesForm, create_series, preview_series
from app.services.errors import ValidationError
from app.services.listing import ListQuery
from app.services.participants import ACTIVE, list_participants
from ui.i18n import current_language, fill
from ui.operations import Context, perform, read
from ui.widgets.fields import DateField, typed
from ui.widgets.form_dialog import FormDialog

from .labels import enum_combo, select_data


def time_edit(value: time | None, parent: QWidget | None = None) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat("HH:mm")
    edit.setTime(QTime(value.hour, value.minute) if value else QTime(10, 0))
    return edit


def minutes_box(value: int, parent: QWidget | None = None) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(5, 1440)
    box.setSingleStep(15)
    box.setValue(value)
    return box


def group_combo(context: Context, current: int | None, none_text: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none_text, None)
    for group in read(context, list_groups):
        combo.addItem(f"{group.name} ({group.project_code})", group.id)
    select_data(combo, current)
    return combo


def text_box(text: str = "", lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * (lines + 1))
    return box


class SessionDialog(FormDialog):
    """A new session, or one to edit: when, who, the agenda and the notes."""

    def __init__(self, context: Context, session_id: int | None = None, parent=None) -> None:
        title = self.tr("New coaching session") if session_id is None else self.tr("Session")
        super().__init__(title, parent=parent)
        self.context = context
        self.session_id = session_id
        detail = read(context, session_detail, session_id) if session_id else None
        form = detail.form if detail else SessionForm(SessionKind.GROUP, None, time(10), 120)
        f = self.form
        self.kind = f.add_row("kind", self.tr("&Kind:"), enum_combo(list(SessionKind), form.kind))
        self.day = f.add_row("day", self.tr("&Date:"), DateField(form.day))
        self.start = f.add_row("start", self.tr("S&tarts at:"), time_edit(form.start))
        self.duration = f.add_row(
            "duration_minutes", self.tr("D&uration (minutes):"), minutes_box(form.duration_minutes)
        )
        self.group = f.add_row(
            "group", self.tr("&Group:"), group_combo(context, form.group_id, self.tr("No group"))
        )
        self.participant = f.add_row("participant", self.tr("&Person:"), QComboBox())
        self.participant.addItem(self.tr("Nobody chosen"), None)
        for row in read(context, list_participants, ListQuery(filter=ACTIVE, limit=None)):
            self.participant.addItem(row.name, row.id)
        select_data(self.participant, form.participant_id)
        self.topic = f.add_field("topic", self.tr("T&opic:"), form.topic)
        self.place = f.add_field("place", self.tr("P&lace:"), form.place)
        self.facilitator = f.add_field(
            "facilitator_name",
            self.tr("&Facilitator:"),
            form.facilitator_name or context.actor.name,
        )
        self.agenda = f.add_row(
            "agenda", self.tr("&Agenda, one item a line:"), text_box(form.agenda, 6)
        )
        self.carry = QPushButton(self.tr("Ca&rry over open items from the last meeting"), self)
        self.carry.clicked.connect(self.carry_over)
        f.layout_.addRow("", self.carry)
        self.open_items = f.add_row(
            "open_items", self.tr("&Items left open:"), text_box(form.open_items, 2)
        )
        self.notes = f.add_row("notes", self.tr("&Notes:"), text_box(form.notes))
        self.count = f.add_row("attendee_count", self.tr("Attendee &count:"), QSpinBox())
        self.count.setRange(0, 9999)
        self.count.setValue(form.attendee_count or 0)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.preferred = (70, 30)

    def _kind_changed(self, *_args) -> None:
        kind = self.kind.currentData()
        for key, visible in (
            ("participant", kind == SessionKind.INDIVIDUAL),
            ("attendee_count", kind == SessionKind.INFO),
        ):
            self.form.layout_.setRowVisible(_row_of(self.form, key), visible)
        self.carry.setEnabled(self.session_id is not None)

    def carry_over(self) -> None:
        items = read(self.context, carried_over_items, self.session_id)
        listed = {line.strip().casefold() for line in self.agenda.toPlainText().splitlines()}
        new = [item for item in items if item.casefold() not in listed]
        if not new:
            QMessageBox.information(
                self,
                self.tr("Nothing to carry over"),
                self.tr("The last meeting left no open items."),
            )
            return
        text = self.agenda.toPlainText().rstrip()
        self.agenda.setPlainText("\n".join(filter(None, [text, *new])))

    def read_form(self) -> SessionForm:
        kind = self.kind.currentData()
        start = self.start.time()
        return SessionForm(
            kind=kind,
            day=self.read("day", lambda w: w.date_value(), required=False),
            start=time(start.hour(), start.minute()),
            duration_minutes=self.duration.value(),
            group_id=self.group.currentData(),
            participant_id=self.participant.currentData(),
            facilitator_name=typed(self.facilitator),
            place=typed(self.place),
            topic=typed(self.topic),
            agenda=self.agenda.toPlainText(),
            open_items=self.open_items.toPlainText(),
            notes=self.notes.toPlainText(),
            attendee_count=self.count.value() if kind == SessionKind.INFO else None,
        )

    def submit(self) -> None:
        form = self.read_form()
        if self.session_id is None:
            self.session_id = perform(self.context, create_session, form)
        else:
            perform(self.context, update_session, self.session_id, form)


def _row_of(form, key: str) -> int:
    """The form row holding the field (each field sits in a column with its error line)."""
    widget = form.widgets[key]
    layout = form.layout_
    for row in range(layout.rowCount()):
        item = layout.itemAt(row, layout.ItemRole.FieldRole)
        if item is not None and item.layout() is not None and item.layout().indexOf(widget) >= 0:
            return row
    raise KeyError(key)


def weekday_names(lang: str) -> list[str]:
    names = get_day_names("wide", locale=babel_locale(lang))
    return [names[i].capitalize() for i in range(7)]


class SeriesDialog(FormDialog):
    """A recurring weekly meeting; OK creates one session per meeting day."""

    def __init__(self, context: Context, parent=None) -> None:
        super().__init__(
            self.tr("New weekly meeting"),
            self.tr(
                "Creates a session for every meeting day. Public holidays are left out when "
                "chosen; single meetings can later be skipped or moved."
            ),
            parent,
        )
        self.context = context
        self.created: list[int] = []
        f = self.form
        kinds = [k for k in SessionKind if k != SessionKind.INDIVIDUAL]
        self.kind = f.add_row("kind", self.tr("&Kind:"), enum_combo(kinds, SessionKind.GROUP))
        self.group = f.add_row(
            "group", self.tr("&Group:"), group_combo(context, None, self.tr("No group"))
        )
        self.weekday = f.add_row("weekday", self.tr("&Weekday:"), QComboBox())
        for index, name in enumerate(weekday_names(current_language())):
            self.weekday.addItem(name, index)
        self.interval = f.add_row("interval", self.tr("E&very … weeks:"), QSpinBox())
        self.interval.setRange(1, 8)
        self.starts_on = f.add_row("starts_on", self.tr("&First day:"), DateField())
        self.until_on = f.add_row("until_on", self.tr("Last &day:"), DateField())
        self.start = f.add_row("start", self.tr("S&tarts at:"), time_edit(time(10)))
        self.duration = f.add_row(
            "duration_minutes", self.tr("D&uration (minutes):"), minutes_box(120)
        )
        self.topic = f.add_field("topic", self.tr("T&opic:"), self.tr("Weekly meeting"))
        self.place = f.add_field("place", self.tr("P&lace:"))
        self.holidays = f.add_row(
            "skip_holidays", self.tr("Leave out public &holidays"), QCheckBox()
        )
        self.holidays.setChecked(True)
        self.preview = QPushButton(self.tr("&Show the meeting days"), self)
        self.preview.clicked.connect(self.show_days)
        f.layout_.addRow("", self.preview)
        self.preferred = (64, 24)

    def read_form(self) -> SeriesForm:
        start = self.start.time()
        return SeriesForm(
            kind=self.kind.currentData(),
            starts_on=self.read("starts_on", lambda w: w.date_value(), required=False),
            until_on=self.read("until_on", lambda w: w.date_value(), required=False),
            weekday=self.weekday.currentData(),
            start=time(start.hour(), start.minute()),
            duration_minutes=self.duration.value(),
            interval=self.interval.value(),
            group_id=self.group.currentData(),
            skip_holidays=self.holidays.isChecked(),
            topic=typed(self.topic),
            place=typed(self.place),
        )

    def show_days(self) -> None:
        try:
            days = read(self.context, preview_series, self.read_form())
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        self.show_problems({})
        lang = current_language()
        QMessageBox.information(
            self,
            self.tr("Meeting days"),
            fill(self.tr("%1 meetings:"), len(days))
            + "\n"
            + ", ".join(format_date(d, lang) for d in days),
        )

    def submit(self) -> None:
        _series, self.created = perform(self.context, create_series, self.read_form())
