"""A group's questionnaire results: start against end per statement, five people or more."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from app.locale import format_decimal
from app.services.questionnaire import ItemResult, group_result
from app.services.small_cells import breakdown
from ui.i18n import fill
from ui.operations import Context, read
from ui.widgets.form_dialog import FittedDialog
from ui.widgets.table_model import Column, RowTableModel


def _average(value: Decimal | None, lang: str) -> str:
    return format_decimal(value, lang, 2) if value is not None else "–"


def _change(r: ItemResult, lang: str) -> str:
    change = r.change
    if change is None:
        return "–"
    return ("+" if change > 0 else "") + format_decimal(change, lang, 2)


def _distribution(counts: dict[int, int]) -> str:
    # The same rule as the funder's report: a count under five never shows.
    _, cells = breakdown({str(v): counts[v] for v in sorted(counts)})
    return "  ".join(
        f"{v}: {c.text()}" for v, c in zip(sorted(counts), cells.values(), strict=True)
    )


class ItemResultModel(RowTableModel[ItemResult]):
    CONTEXT = "ItemResultModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ItemResultModel", "Statement"),
               lambda r, lang: f"{r.statement.position}. {r.statement.text(lang)}"),
        Column(QT_TRANSLATE_NOOP("ItemResultModel", "Answers"),
               lambda r, lang: f"{r.start_count} / {r.end_count}", numeric=True),
        Column(QT_TRANSLATE_NOOP("ItemResultModel", "Start"),
               lambda r, lang: _average(r.start_average, lang), numeric=True),
        Column(QT_TRANSLATE_NOOP("ItemResultModel", "End"),
               lambda r, lang: _average(r.end_average, lang), numeric=True),
        Column(QT_TRANSLATE_NOOP("ItemResultModel", "Change"), _change, numeric=True),
        Column(QT_TRANSLATE_NOOP("ItemResultModel", "Start 1–5"),
               lambda r, lang: _distribution(r.start_distribution)),
        Column(QT_TRANSLATE_NOOP("ItemResultModel", "End 1–5"),
               lambda r, lang: _distribution(r.end_distribution)),
    )  # fmt: skip


class GroupResultsDialog(FittedDialog):
    def __init__(self, context: Context, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        result = read(context, group_result, group_id)
        self.setWindowTitle(self.tr("Questionnaire results of the group"))
        layout = QVBoxLayout(self)
        if result.shown:
            summary = fill(
                self.tr("%1: %2 people answered at the start and at the end."),
                result.group_name,
                result.respondents,
            )
        else:
            summary = fill(
                self.tr(
                    "%1: fewer than five people answered at the start and at the end, so "
                    "no results are shown."
                ),
                result.group_name,
            )
        note = QLabel(
            summary
            + " "
            + self.tr(
                "Averages on the scale 1–5 per statement; a missing answer is left out of that "
                "statement's average. Counts under five show as “< 5”."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.model = ItemResultModel(self)
        self.model.set_rows(result.items)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Results per statement"))
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, 40 * self.fontMetrics().averageCharWidth())
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setVisible(result.shown)
        layout.addWidget(self.table, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.preferred = (100, 24 if result.shown else 8)
