"""Funded projects with their planned figures, and the coaching groups in them."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.coaching import PLANNED_FIGURES
from app.locale import format_date
from app.services.coaching_projects import (
    ProjectForm,
    ProjectRow,
    create_group,
    create_project,
    list_groups,
    list_projects,
    project_form,
    update_project,
)
from ui.i18n import current_language
from ui.operations import Context, perform, read
from ui.widgets.fields import DateField, typed
from ui.widgets.form_dialog import FittedDialog, FormDialog


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()


class ProjectsDialog(FittedDialog):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Projects and groups"))
        self.projects = _table(self, [self.tr("Code"), self.tr("Name"), self.tr("Funder"),
                                      self.tr("Period"), self.tr("Groups")])  # fmt: skip
        self.projects.setAccessibleName(self.tr("Projects"))
        projects_label = QLabel(self.tr("&Projects:"), self)
        projects_label.setBuddy(self.projects)
        self.groups = _table(self, [self.tr("Group"), self.tr("Project"), self.tr("In it today")])
        self.groups.setAccessibleName(self.tr("Groups"))
        groups_label = QLabel(self.tr("&Groups:"), self)
        groups_label.setBuddy(self.groups)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&New project…"), self.new_project),
            (self.tr("&Edit project…"), self.edit_project),
            (self.tr("New g&roup…"), self.new_group),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (projects_label, self.projects, groups_label, self.groups):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.rows: list[ProjectRow] = []
        self.preferred = (84, 24)
        self.reload()

    def reload(self) -> None:
        lang = current_language()
        self.rows = read(self.context, list_projects)
        _fill(
            self.projects,
            [
                [p.code, p.name, p.funder,
                 f"{format_date(p.starts_on, lang)}–{format_date(p.ends_on, lang)}", str(p.groups)]
                for p in self.rows
            ],
        )  # fmt: skip
        _fill(
            self.groups,
            [[g.name, g.project_code, str(g.members_now)] for g in read(self.context, list_groups)],
        )

    def selected(self) -> ProjectRow | None:
        index = self.projects.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def new_project(self) -> None:
        if ProjectDialog(self.context, None, self).exec():
            self.reload()

    def edit_project(self) -> None:
        row = self.selected()
        if row is not None and ProjectDialog(self.context, row, self).exec():
            self.reload()

    def new_group(self) -> None:
        if GroupDialog(self.context, self.selected(), self).exec():
            self.reload()


class ProjectDialog(FormDialog):
    def __init__(
        self, context: Context, row: ProjectRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("New project") if row is None else self.tr("Project"), parent=parent
        )
        self.context = context
        self.row = row
        form = (
            read(context, project_form, row.id) if row else ProjectForm("", "", date.today(), None)
        )
        f = self.form
        self.code = f.add_field("code", self.tr("&Code:"), form.code)
        self.name = f.add_field("name", self.tr("&Name:"), form.name)
        self.funder = f.add_field("funder", self.tr("&Funder:"), form.funder)
        self.starts = f.add_row("starts_on", self.tr("&Starts on:"), DateField(form.starts_on))
        self.ends = f.add_row("ends_on", self.tr("&Ends on:"), DateField(form.ends_on))
        f.add_section(self.tr("Planned figures"))
        texts = {
            "planned_started": self.tr("&Participants started:"),
            "planned_started_women": self.tr("– of &whom women:"),
            "planned_new_jobs": self.tr("New &jobs:"),
            "planned_new_jobs_women": self.tr("– of wh&om women:"),
            "planned_new_businesses": self.tr("New &businesses:"),
            "planned_new_businesses_women": self.tr("– of w&hom women:"),
            "planned_qualifications": self.tr("Completed &qualifications:"),
            "planned_qualifications_women": self.tr("– of whom wo&men:"),
        }
        self.figures: dict[str, QSpinBox] = {}
        for key in PLANNED_FIGURES:
            box = QSpinBox()
            box.setRange(0, 100000)
            box.setValue(getattr(form, key))
            self.figures[key] = f.add_row(key, texts[key], box)
        self.preferred = (60, 0)

    def submit(self) -> None:
        form = ProjectForm(
            code=typed(self.code),
            name=typed(self.name),
            funder=typed(self.funder),
            starts_on=self.read("starts_on", lambda w: w.date_value(), required=False),
            ends_on=self.read("ends_on", lambda w: w.date_value(), required=False),
            **{key: box.value() for key, box in self.figures.items()},
        )
        if self.row is None:
            perform(self.context, create_project, form)
        else:
            perform(self.context, update_project, self.row.id, form, self.row.version)


class GroupDialog(FormDialog):
    def __init__(
        self, context: Context, project: ProjectRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("New group"), parent=parent)
        self.context = context
        self.project = self.form.add_row("project", self.tr("&Project:"), QComboBox())
        for row in read(context, list_projects):
            self.project.addItem(f"{row.name} ({row.code})", row.id)
            if project is not None and row.id == project.id:
                self.project.setCurrentIndex(self.project.count() - 1)
        self.name = self.form.add_field("name", self.tr("&Name, e.g. Monday group:"))
        self.preferred = (52, 0)

    def submit(self) -> None:
        perform(self.context, create_group, self.project.currentData(), typed(self.name))
