"""Entering one person's participation questionnaire; results exist only for a group.

The form never shows anyone's earlier answers or a score: THL does not recommend the
indicator for assessing individuals.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QPushButton, QWidget

from app.domain.enums import MeasurementPhase
from app.services.errors import ValidationError
from app.services.questionnaire import (
    AnswerSheet,
    group_people,
    groups,
    record_answers,
    scale,
    statements,
)
from ui.i18n import current_language, fill
from ui.operations import Context, Operation, perform, read
from ui.users.forms import OperationFormDialog
from ui.widgets.fields import DateField, FieldValueError

from .labels import PHASES, phase_label


class QuestionnaireDialog(OperationFormDialog):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Participation questionnaire"),
            self.tr(
                "Enter the answers one person gave on paper. Answering is voluntary; a "
                "statement left unanswered is saved as missing. Results are shown only for a "
                "group of at least five people who answered at the start and at the end."
            ),
            parent,
            save_button=QDialogButtonBox.StandardButton.Save,
        )
        self.context = context
        # Creates the placeholder statements on first use, so this is a write.
        self.items = perform(context, statements)
        self.labels = {s.value: s.label(current_language()) for s in perform(context, scale)}
        self.groups = QComboBox(self)
        for g in read(context, groups):
            self.groups.addItem(f"{g.name} ({g.project_code})", g.id)
        form = self.form
        form.add_row("group_id", self.tr("&Group"), self.groups)
        self.day = DateField(date.today())
        form.add_row("answered_on", self.tr("&Answered on"), self.day)
        self.person = QComboBox(self)
        form.add_row("participant_id", self.tr("&Person"), self.person)
        self.phase = QComboBox(self)
        for phase in PHASES:
            self.phase.addItem(phase_label(phase), phase)
        form.add_row("phase", self.tr("&When"), self.phase)
        # Empty until the person's consent is known: answering is voluntary.
        self.consent = DateField(None)
        form.add_row("consent_on", self.tr("&Consent given on"), self.consent)
        if any(item.placeholder for item in self.items):
            warning = QLabel(
                self.tr(
                    "The statements are placeholders: enter THL's official wording with "
                    "Statements… before using the questionnaire."
                ),
                self,
            )
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #b00020;")
            form.layout_.addRow(warning)
        self.answers: dict[int, QComboBox] = {}
        lang = current_language()
        for item in self.items:
            text = QLabel(f"{item.position}. {item.text(lang)}", self)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            form.layout_.addRow(text)
            combo = QComboBox(self)
            combo.addItem(self.tr("— no answer —"), None)
            for value in sorted(self.labels):
                combo.addItem(f"{value} {self.labels[value]}", value)
            self.answers[item.id] = combo
            form.add_row(f"item_{item.id}", fill(self.tr("Answer %1"), item.position), combo)
            # A screen reader reads the statement with its answer box.
            combo.setAccessibleDescription(item.text(lang))
        form.add_row("answers", "", QWidget(self))
        self.groups.currentIndexChanged.connect(self.load_people)
        self.day.editingFinished.connect(self.load_people)
        self.person.currentIndexChanged.connect(self._consent_of_person)
        self.results_button = QPushButton(self.tr("Group &results…"), self)
        self.results_button.clicked.connect(self.show_results)
        self.wording_button = QPushButton(self.tr("S&tatements…"), self)
        self.wording_button.clicked.connect(self.edit_wording)
        self.buttons.addButton(self.results_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.wording_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.layout().insertWidget(self.layout().count() - 1, self.status)
        self.saved_count = 0
        self.people: list = []
        self.load_people()
        self.preferred = (80, 34)

    def load_people(self) -> None:
        """Who is in the chosen group on the day of answering."""
        try:
            day = self.day.date_value() or date.today()
        except FieldValueError:
            return
        group_id = self.groups.currentData()
        chosen = self.person.currentData()
        self.people = read(self.context, group_people, group_id, day) if group_id else []
        self.person.blockSignals(True)
        self.person.clear()
        for p in self.people:
            self.person.addItem(p.name, p.participant_id)
        self.person.setCurrentIndex(max(self.person.findData(chosen), 0))
        self.person.blockSignals(False)
        self._consent_of_person()

    def _consent_of_person(self) -> None:
        person = next(
            (p for p in self.people if p.participant_id == self.person.currentData()), None
        )
        self.consent.set_date(person.consent_on if person is not None else None)

    def sheet(self) -> AnswerSheet:
        if self.person.currentData() is None:
            raise ValidationError({"participant_id": "required"})
        return AnswerSheet(
            participant_id=self.person.currentData(),
            group_id=self.groups.currentData(),
            phase=self.phase.currentData() or MeasurementPhase.START,
            answered_on=self.read("answered_on", lambda w: w.date_value()),
            consent_on=self.read("consent_on", lambda w: w.date_value(), required=False),
            answers={item_id: combo.currentData() for item_id, combo in self.answers.items()},
        )

    def operation(self) -> Operation:
        return Operation(self, self.context, record_answers, self.sheet())

    def _ok(self) -> None:
        """Save one person's sheet and make ready for the next: a group's pile in one go."""
        name = self.person.currentText()
        try:
            op = self.operation()
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        if not op.on_invalid(self.show_problems).run():
            return
        self.saved_count += 1
        self.form.show_problems({})
        for combo in self.answers.values():
            combo.setCurrentIndex(0)
        if self.person.currentIndex() + 1 < self.person.count():
            self.person.setCurrentIndex(self.person.currentIndex() + 1)
        self.status.setText(fill(self.tr("Saved the answers of %1. Enter the next sheet."), name))
        self.person.setFocus()

    def show_results(self) -> None:
        from .questionnaire_results import GroupResultsDialog

        if self.groups.currentData() is not None:
            GroupResultsDialog(self.context, self.groups.currentData(), self).exec()

    def edit_wording(self) -> None:
        from .questionnaire_wording import WordingDialog

        if WordingDialog(self.context, self).exec() == WordingDialog.DialogCode.Accepted:
            self.reject()
