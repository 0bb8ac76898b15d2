"""The people in coaching: the list, the intake form and joining a group."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.coaching_enums import Track
from app.domain.enums import EducationLevel, Gender, LabourMarketStatus, Language
from app.locale import format_date
from app.services.coaching_projects import join_group, leave_group, list_groups, participant_groups
from app.services.errors import ValidationError
from app.services.participants import (
    ParticipantForm,
    ParticipantRow,
    create_participant,
    find_member,
    list_participants,
    participant_form,
    participant_row_position,
    update_participant,
)
from ui.i18n import current_language, fill
from ui.operations import Context, perform, read
from ui.widgets.fields import DateField, typed
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form_dialog import FittedDialog, FormDialog
from ui.widgets.record_list import RecordList
from ui.widgets.table_model import Column, PagedTableModel

from .labels import enum_combo, label, select_data
from .session_dialog import text_box


class ParticipantTableModel(PagedTableModel[ParticipantRow]):
    CONTEXT = "ParticipantTableModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("ParticipantTableModel", "Name"), lambda r, lang: r.name, sort="name"
        ),
        Column(
            QT_TRANSLATE_NOOP("ParticipantTableModel", "Member no."),
            lambda r, lang: str(r.member_number or ""),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ParticipantTableModel", "Track"),
            lambda r, lang: label(r.track),
            sort="track",
        ),
        Column(
            QT_TRANSLATE_NOOP("ParticipantTableModel", "Intake"),
            lambda r, lang: format_date(r.intake_on, lang),
            sort="intake",
        ),
        Column(
            QT_TRANSLATE_NOOP("ParticipantTableModel", "Ended"),
            lambda r, lang: format_date(r.ended_on, lang) if r.ended_on else "",
            sort="ended",
        ),
    )


class ParticipantsDialog(FittedDialog):
    """Everyone in coaching; the intake form, plan and support network open from here."""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Participants"))
        model = ParticipantTableModel()
        model.setParent(self)
        model.loader = lambda query: read(context, list_participants, query)
        model.position_loader = lambda query, row_id: read(
            context, participant_row_position, query, row_id
        )
        self.list = RecordList(model, self.tr("Participants"), self)
        bar_widget = QWidget(self)
        bar = FlowLayout(bar_widget)
        bar.setContentsMargins(0, 0, 0, 0)
        self.buttons_ = {}
        for key, text, slot in (
            ("add", self.tr("&Add person…"), self.add),
            ("edit", self.tr("&Edit…"), self.edit),
            ("group", self.tr("Add to a &group…"), self.add_to_group),
            ("leave", self.tr("&Leave a group…"), self.leave_group),
            ("plan", self.tr("&Plan…"), self.plan),
            ("network", self.tr("Support &network…"), self.network),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons_[key] = button
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(bar_widget)
        layout.addWidget(self.list, 1)
        layout.addWidget(close)
        self.list.activated.connect(lambda _row: self.edit())
        self.list.rows_loaded.connect(self._update)
        self.list.table.selectionModel().selectionChanged.connect(self._update)
        self.preferred = (90, 26)
        self.list.reload()

    def _update(self, *_args) -> None:
        chosen = self.list.selected_row() is not None
        for key in ("edit", "group", "leave", "plan", "network"):
            self.buttons_[key].setEnabled(chosen)

    def _reload(self, select: int | None = None) -> None:
        self.list.reload()
        if select is not None:
            self.list.select_id(select)

    def add(self) -> None:
        dialog = ParticipantDialog(self.context, parent=self)
        if dialog.exec():
            self._reload(dialog.participant_id)

    def edit(self) -> None:
        row = self.list.selected_row()
        if row is not None and ParticipantDialog(self.context, row.id, parent=self).exec():
            self._reload(row.id)

    def add_to_group(self) -> None:
        row = self.list.selected_row()
        if row is not None:
            JoinGroupDialog(self.context, row, parent=self).exec()

    def leave_group(self) -> None:
        row = self.list.selected_row()
        if row is not None:
            LeaveGroupDialog(self.context, row, parent=self).exec()

    def plan(self) -> None:
        from .plan_dialog import PlanDialog

        row = self.list.selected_row()
        if row is not None:
            PlanDialog(self.context, row.id, parent=self).exec()

    def network(self) -> None:
        from .support_dialog import SupportNetworkDialog

        row = self.list.selected_row()
        if row is not None:
            SupportNetworkDialog(self.context, row.id, row.name, parent=self).exec()


def optional_year(edit: QLineEdit) -> int | None:
    text = typed(edit).strip()
    if not text:
        return None
    if not text.isdigit():
        raise ValidationError({"birth_year": "whole_number"})
    return int(text)


class ParticipantDialog(FormDialog):
    """Intake: who the person is, where they start from, and their consents."""

    def __init__(
        self, context: Context, participant_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("New participant") if participant_id is None else self.tr("Participant"),
            parent=parent,
        )
        self.context = context
        self.participant_id = participant_id
        self.version = None
        if participant_id is None:
            form = ParticipantForm("", "", date.today(), consent_data_on=date.today())
            number = ""
        else:
            form, self.version = read(context, participant_form, participant_id)
            number = read(context, find_member, None, form.member_id)[0] if form.member_id else ""
        f = self.form
        self.first = f.add_field("first_name", self.tr("&First name:"), form.first_name)
        self.last = f.add_field("last_name", self.tr("&Last name:"), form.last_name)
        self.intake = f.add_row("intake_on", self.tr("&Intake day:"), DateField(form.intake_on))
        self.member = f.add_field("member_id", self.tr("&Member number, if a member:"), str(number))
        self.gender = f.add_row(
            "gender", self.tr("Gen&der:"), enum_combo(list(Gender), form.gender)
        )
        self.birth_date = f.add_row(
            "birth_date", self.tr("&Birth date:"), DateField(form.birth_date)
        )
        self.birth_year = f.add_field(
            "birth_year", self.tr("or birth &year:"), str(form.birth_year or "")
        )
        self.language = f.add_row(
            "language", self.tr("Lan&guage:"), enum_combo(list(Language), form.language)
        )
        self.phone = f.add_field("phone", self.tr("P&hone:"), form.phone)
        self.email = f.add_field("email", self.tr("E-m&ail:"), form.email)
        none = self.tr("Not recorded")
        self.status = f.add_row(
            "labour_market_status",
            self.tr("Labour-market &status at start:"),
            enum_combo(list(LabourMarketStatus), form.labour_market_status, empty=none),
        )
        self.education = f.add_row(
            "education_level",
            self.tr("Ed&ucation:"),
            enum_combo(list(EducationLevel), form.education_level, empty=none),
        )
        self.track = f.add_row(
            "track", self.tr("&Track:"), enum_combo(list(Track), form.track, empty=none)
        )
        self.note = f.add_row(
            "intake_note",
            self.tr("Intake &note (does the cooperative suit the situation now?):"),
            text_box(form.intake_note),
        )
        self.consent = f.add_row(
            "consent_data_on",
            self.tr("&Consent to data processing on:"),
            DateField(form.consent_data_on),
        )
        self.consent_q = f.add_row(
            "consent_questionnaire_on",
            self.tr("Consent to the &questionnaire on:"),
            DateField(form.consent_questionnaire_on),
        )
        self.ended = f.add_row("ended_on", self.tr("Coaching &ended on:"), DateField(form.ended_on))
        self.preferred = (72, 34)

    def read_form(self) -> ParticipantForm:
        problems: dict[str, str] = {}
        values = {}
        for key in (
            "intake_on",
            "birth_date",
            "consent_data_on",
            "consent_questionnaire_on",
            "ended_on",
        ):
            try:
                values[key] = self.read(key, lambda w: w.date_value(), required=False)
            except ValidationError as exc:
                problems.update(exc.problems)
        member_id = None
        number = typed(self.member).strip()
        if number:
            found = read(self.context, find_member, int(number) if number.isdigit() else -1)
            if found[1] is None:
                problems["member_id"] = "not_found"
            member_id = found[1]
        try:
            year = optional_year(self.birth_year)
        except ValidationError as exc:
            problems.update(exc.problems)
            year = None
        if problems:
            raise ValidationError(problems)
        return ParticipantForm(
            first_name=typed(self.first),
            last_name=typed(self.last),
            member_id=member_id,
            gender=self.gender.currentData(),
            birth_year=year,
            language=self.language.currentData(),
            phone=typed(self.phone),
            email=typed(self.email),
            labour_market_status=self.status.currentData(),
            education_level=self.education.currentData(),
            track=self.track.currentData(),
            intake_note=self.note.toPlainText(),
            **values,
        )

    def submit(self) -> None:
        form = self.read_form()
        if self.participant_id is None:
            self.participant_id = perform(self.context, create_participant, form)
            return
        # A stale form is refused with a message; what was typed stays in the dialog.
        perform(self.context, update_participant, self.participant_id, form, self.version)


class JoinGroupDialog(FormDialog):
    def __init__(
        self, context: Context, row: ParticipantRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(fill(self.tr("Add %1 to a group"), row.name), parent=parent)
        self.context = context
        self.participant_id = row.id
        self.group = self.form.add_row("group", self.tr("&Group:"), QComboBox())
        for group in read(context, list_groups):
            self.group.addItem(f"{group.name} ({group.project_code})", group.id)
        self.joined = self.form.add_row(
            "joined_on", self.tr("&Joined on:"), DateField(date.today())
        )
        self.preferred = (56, 0)

    def submit(self) -> None:
        joined = self.read("joined_on", lambda w: w.date_value(), required=False)
        perform(self.context, join_group, self.participant_id, self.group.currentData(), joined)


__all__ = ["JoinGroupDialog", "ParticipantDialog", "ParticipantsDialog", "Qt", "select_data"]


class LeaveGroupDialog(FormDialog):
    """End a participant's time in one of their current groups."""

    def __init__(
        self, context: Context, row: ParticipantRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(fill(self.tr("%1 leaves a group"), row.name), parent=parent)
        self.context = context
        self.group = self.form.add_row("group", self.tr("&Group:"), QComboBox())
        lang = current_language()
        for m in read(context, participant_groups, row.id):
            if m.left_on is None:
                text = fill(self.tr("%1 (since %2)"), f"{m.group} ({m.project_code})",
                            format_date(m.joined_on, lang))  # fmt: skip
                self.group.addItem(text, m.id)
        self.left = self.form.add_row("left_on", self.tr("&Left on:"), DateField(date.today()))
        self.preferred = (56, 0)

    def submit(self) -> None:
        if self.group.currentData() is None:
            raise ValidationError({"group": "required"})
        left = self.read("left_on", lambda w: w.date_value(), required=False)
        perform(self.context, leave_group, self.group.currentData(), left)
