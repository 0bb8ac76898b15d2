"""Columns of a dialog's small table sized to their header and cells at the current text size."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView


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
