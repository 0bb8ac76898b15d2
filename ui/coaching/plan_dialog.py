"""A participant's personal plan: the step on the path with its history, goals, linked
individual sessions and the intake note. Facilitators only."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.domain.enums import GoalStatus, PathStep
from app.locale import format_date
from app.services.plans import (
    GoalForm,
    GoalRow,
    PlanForm,
    add_goal,
    move_to_step,
    plan_view,
    save_plan,
    update_goal,
)
from ui.i18n import current_language, fill
from ui.operations import Context, perform, read
from ui.widgets.fields import DateField
from ui.widgets.form_dialog import FormDialog

from .labels import enum_combo, label
from .session_dialog import text_box


def _table(headers: list[str], rows: list[list[str]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setAccessibleName(name)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    lines = max(3, min(len(rows) + 1, 6))
    table.setFixedHeight(table.fontMetrics().lineSpacing() * (lines + 1) + 12)
    return table


class PlanDialog(FormDialog):
    def __init__(
        self, context: Context, participant_id: int, parent: QWidget | None = None
    ) -> None:
        self.context = context
        self.participant_id = participant_id
        self.view = read(context, plan_view, participant_id)
        super().__init__(fill(self.tr("Personal plan: %1"), self.view.name), parent=parent)
        v, f, lang = self.view, self.form, current_language()
        if v.intake_note:
            intake = QLabel(
                fill(self.tr("Intake %1: %2"), format_date(v.intake_on, lang), v.intake_note), self
            )
            intake.setWordWrap(True)
            f.layout_.addRow(intake)
        self.started = f.add_row(
            "started_on", self.tr("Plan &started on:"), DateField(v.started_on or date.today())
        )
        self.first_step = f.add_row(
            "step", self.tr("&First step:"), enum_combo(list(PathStep), v.step)
        )
        self.first_step.setEnabled(v.plan_id is None)
        self.review = f.add_row(
            "next_review_on", self.tr("Next &review on:"), DateField(v.next_review_on)
        )
        self.summary = f.add_row("summary", self.tr("S&ummary:"), text_box(v.summary, 2))
        f.add_section(self.tr("Steps on the path"))
        self.steps = _table(
            [self.tr("From"), self.tr("Step"), self.tr("Note")],
            [[format_date(s.since_on, lang), label(s.step), s.note] for s in v.steps],
            self.tr("Steps on the path"),
        )
        f.layout_.addRow(self.steps)
        self.move_button = self._button(self.tr("&Move to a step…"), self.move_step)
        f.add_section(self.tr("Goals"))
        self.goals = _table(
            [self.tr("Goal"), self.tr("Target"), self.tr("Status"), self.tr("Review notes")],
            [
                [g.text, format_date(g.target_on, lang) if g.target_on else "", label(g.status),
                 g.review_notes]
                for g in v.goals
            ],
            self.tr("Goals"),
        )  # fmt: skip
        f.layout_.addRow(self.goals)
        row = QWidget(self)
        buttons = QHBoxLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.add_goal_button = QPushButton(self.tr("Add &goal…"), self)
        self.add_goal_button.clicked.connect(lambda: self.edit_goal(None))
        self.edit_goal_button = QPushButton(self.tr("&Edit goal…"), self)
        self.edit_goal_button.clicked.connect(self._edit_selected_goal)
        buttons.addWidget(self.add_goal_button)
        buttons.addWidget(self.edit_goal_button)
        buttons.addStretch(1)
        f.layout_.addRow(row)
        f.add_section(self.tr("Individual coaching sessions"))
        f.layout_.addRow(
            _table(
                [self.tr("Date"), self.tr("Topic"), self.tr("Attendance")],
                [[format_date(s.day, lang), s.topic, label(s.status)] for s in v.sessions],
                self.tr("Individual coaching sessions"),
            )
        )
        self.print_button = self._button(self.tr("Prin&t the plan…"), self.print_plan)
        for widget in (self.move_button, self.add_goal_button, self.edit_goal_button):
            widget.setEnabled(v.plan_id is not None)
        self.preferred = (80, 40)

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        self.form.layout_.addRow(button)
        return button

    def submit(self) -> None:
        form = PlanForm(
            started_on=self.read("started_on", lambda w: w.date_value(), required=False),
            summary=self.summary.toPlainText(),
            next_review_on=self.read("next_review_on", lambda w: w.date_value(), required=False),
        )
        perform(
            self.context,
            save_plan,
            self.participant_id,
            form,
            self.first_step.currentData() if self.view.plan_id is None else None,
            self.view.version,
        )

    def _reopen(self) -> None:
        """Show the saved state: the dialog is rebuilt in place of this one."""
        self.accept()
        PlanDialog(self.context, self.participant_id, self.parent()).exec()

    def move_step(self) -> None:
        if StepDialog(self.context, self.participant_id, self).exec():
            self._reopen()

    def _edit_selected_goal(self) -> None:
        row = self.goals.currentRow()
        if 0 <= row < len(self.view.goals):
            self.edit_goal(self.view.goals[row])

    def edit_goal(self, goal: GoalRow | None) -> None:
        if GoalDialog(self.context, self.participant_id, goal, self).exec():
            self._reopen()

    def print_plan(self) -> None:
        from .documents import plan_document_dialog

        plan_document_dialog(
            self, self.context, self.participant_id, self.view.name, str(self.view.language)
        ).exec()


class StepDialog(FormDialog):
    def __init__(
        self, context: Context, participant_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Move to a step on the path"), parent=parent)
        self.context = context
        self.participant_id = participant_id
        self.step = self.form.add_row("step", self.tr("&Step:"), enum_combo(list(PathStep)))
        self.since = self.form.add_row("since_on", self.tr("&From:"), DateField(date.today()))
        self.note = self.form.add_row("note", self.tr("&Why, what was agreed:"), text_box("", 2))
        self.preferred = (56, 0)

    def submit(self) -> None:
        since = self.read("since_on", lambda w: w.date_value(), required=False)
        perform(
            self.context, move_to_step, self.participant_id, self.step.currentData(), since,
            self.note.toPlainText(),
        )  # fmt: skip


class GoalDialog(FormDialog):
    def __init__(
        self,
        context: Context,
        participant_id: int,
        goal: GoalRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("New goal") if goal is None else self.tr("Goal"), parent=parent)
        self.context = context
        self.participant_id = participant_id
        self.goal = goal
        f = self.form
        self.text = f.add_row("text", self.tr("&Goal:"), text_box(goal.text if goal else "", 2))
        self.target = f.add_row(
            "target_on", self.tr("&Target date:"), DateField(goal.target_on if goal else None)
        )
        self.status: QComboBox = f.add_row(
            "status",
            self.tr("&Status:"),
            enum_combo(list(GoalStatus), goal.status if goal else None),
        )
        self.status_on = f.add_row(
            "status_on",
            self.tr("Reached or &dropped on:"),
            DateField(goal.status_on if goal else None),
        )
        self.review = f.add_row(
            "review_notes",
            self.tr("&Review notes:"),
            text_box(goal.review_notes if goal else "", 3),
        )
        self.preferred = (60, 0)

    def submit(self) -> None:
        form = GoalForm(
            text=self.text.toPlainText(),
            target_on=self.read("target_on", lambda w: w.date_value(), required=False),
            status=self.status.currentData(),
            status_on=self.read("status_on", lambda w: w.date_value(), required=False),
            review_notes=self.review.toPlainText(),
        )
        if self.goal is None:
            perform(self.context, add_goal, self.participant_id, form)
        else:
            perform(self.context, update_goal, self.goal.id, form)
