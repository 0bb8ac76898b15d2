"""A participant's support network (tukiverkosto): kept with their consent, facilitators only."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.coaching_enums import SupportRole
from app.locale import format_date
from app.services.support_network import (
    SupportContactForm,
    SupportContactRow,
    add_support_contact,
    remove_support_contact,
    support_contacts,
    update_support_contact,
)
from ui.i18n import current_language, fill
from ui.operations import Context, Operation, perform, read
from ui.widgets.confirm import confirm
from ui.widgets.fields import DateField, typed
from ui.widgets.form_dialog import FittedDialog, FormDialog

from .labels import enum_combo, label


class SupportNetworkDialog(FittedDialog):
    def __init__(
        self, context: Context, participant_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.participant_id = participant_id
        self.setWindowTitle(fill(self.tr("Support network: %1"), name))
        intro = QLabel(
            self.tr(
                "People the participant has agreed the facilitator may keep in touch with. "
                "Visible to facilitators only."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Organisation"), self.tr("Consent given")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        people = QLabel(self.tr("&Contacts:"), self)
        people.setBuddy(self.table)
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.doubleClicked.connect(lambda _i: self.edit())
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("&Add…"), self.add),
            (self.tr("&Edit…"), self.edit),
            (self.tr("&Remove (consent withdrawn)…"), self.remove),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(people)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.preferred = (72, 18)
        self.rows: list[SupportContactRow] = []
        self.reload()

    def reload(self) -> None:
        self.rows = read(self.context, support_contacts, self.participant_id)
        lang = current_language()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            f = row.form
            consent = format_date(f.consent_on, lang) if f.consent_on else self.tr("Not recorded")
            for c, value in enumerate((f.name, label(f.role), f.organisation, consent)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def selected(self) -> SupportContactRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def add(self) -> None:
        if SupportContactDialog(self.context, self.participant_id, None, self).exec():
            self.reload()

    def edit(self) -> None:
        row = self.selected()
        if (
            row is not None
            and SupportContactDialog(self.context, self.participant_id, row, self).exec()
        ):
            self.reload()

    def remove(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = fill(self.tr("Remove %1 from the support network?"), row.form.name)
        if (
            confirm(self, self.tr("Remove contact"), question)
            and Operation(self, self.context, remove_support_contact, row.id).run()
        ):
            self.reload()


class SupportContactDialog(FormDialog):
    def __init__(
        self,
        context: Context,
        participant_id: int,
        row: SupportContactRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("New support contact") if row is None else self.tr("Support contact"),
            parent=parent,
        )
        self.context = context
        self.participant_id = participant_id
        self.row = row
        form = row.form if row else SupportContactForm("", consent_on=date.today())
        f = self.form
        self.name = f.add_field("name", self.tr("&Name:"), form.name)
        self.role = f.add_row("role", self.tr("&Role:"), enum_combo(list(SupportRole), form.role))
        self.organisation = f.add_field(
            "organisation", self.tr("&Organisation:"), form.organisation
        )
        self.phone = f.add_field("phone", self.tr("&Phone:"), form.phone)
        self.email = f.add_field("email", self.tr("E-&mail:"), form.email)
        self.consent = f.add_row(
            "consent_on", self.tr("The person &agreed on:"), DateField(form.consent_on)
        )
        self.note = f.add_field("note", self.tr("No&te:"), form.note)
        self.preferred = (56, 0)

    def submit(self) -> None:
        form = SupportContactForm(
            name=typed(self.name),
            role=self.role.currentData(),
            organisation=typed(self.organisation),
            phone=typed(self.phone),
            email=typed(self.email),
            note=typed(self.note),
            consent_on=self.read("consent_on", lambda w: w.date_value(), required=False),
        )
        if self.row is None:
            perform(self.context, add_support_contact, self.participant_id, form)
        else:
            perform(self.context, update_support_contact, self.row.id, form)
