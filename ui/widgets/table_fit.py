"""Columns of a dialog's small table sized to their header and cells at the current text size."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QTableView, QWidget


def fit_columns(table: QTableView) -> None:
    """Every column as wide as its header and its visible cells need; the last one stretches."""
    model = table.model()
    if model is None:
        return
    columns = model.columnCount()
    if table.horizontalHeader().stretchLastSection():
        columns -= 1  # it takes the width that is left, and its text wraps
    for column in range(columns):
        table.resizeColumnToContents(column)


def preview_table(parent: QWidget, model: QAbstractItemModel, name: str) -> QTableView:
    """A read-only table of rows to look over: whole rows selected, long cells wrapped."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    return table
