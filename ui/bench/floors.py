"""Floors: the same work done by bare Qt, measured in the same process as Osuva's figure."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QMainWindow, QTableView, QTabWidget, QWidget

from .events import keep_none_alive, pump


def bare_window() -> QMainWindow:
    """A QMainWindow with four empty tabs: what start-up cannot beat."""
    window = QMainWindow()
    tabs = QTabWidget(window)
    for name in ("Members", "Work", "Coaching", "Invoicing"):
        tabs.addTab(QWidget(tabs), name)
    window.setCentralWidget(tabs)
    window.resize(1100, 700)
    window.show()
    pump()
    return window


def standard_model(rows: list[list[str]]) -> QStandardItemModel:
    keep_none_alive(sum(len(row) for row in rows))
    model = QStandardItemModel(len(rows), len(rows[0]) if rows else 0)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem(value))
    return model


def synthetic_rows(count: int, columns: int) -> list[list[str]]:
    return [[f"Row {r} column {c}" for c in range(columns)] for r in range(count)]


class PlainList:
    """QStandardItemModel + QSortFilterProxyModel + QTableView of given rows, shown."""

    def __init__(self, rows: list[list[str]]) -> None:
        self.model = standard_model(rows)
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.resize(1000, 600)
        self.view.show()
        pump()

    def close(self) -> None:
        self.view.close()
        self.view.deleteLater()
        pump()


def seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    pump()
    return time.perf_counter() - started


def tab_open(count: int, columns: int) -> float:
    """Seconds to put ``count`` rows in a QStandardItemModel and show them in a QTableView."""
    rows = synthetic_rows(count, columns)
    started = time.perf_counter()
    model = standard_model(rows)
    view = QTableView()
    view.setModel(model)
    view.resize(1000, 600)
    view.show()
    pump()
    elapsed = time.perf_counter() - started
    view.close()
    view.deleteLater()
    return elapsed


def search(plain: PlainList, prefix: str, text: str) -> float:
    plain.proxy.setFilterFixedString(prefix)
    pump()
    elapsed = seconds(lambda: plain.proxy.setFilterFixedString(text))
    plain.proxy.setFilterFixedString("")
    pump()
    return elapsed


def scroll_to_end(plain: PlainList) -> float:
    plain.view.scrollToTop()
    pump()
    return seconds(plain.view.scrollToBottom)


def sort(plain: PlainList, column: int, order: Qt.SortOrder) -> float:
    return seconds(lambda: plain.view.sortByColumn(column, order))
