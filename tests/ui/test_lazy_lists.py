"""Lists read a page at a time: more rows when scrolled, one query after typing stops."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app.domain.enums import Role
from app.services.uow import Actor
from tests.ui.keys import type_text
from ui.members.tab import MembersTab
from ui.operations import Context

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def members(qtbot, demo_db, language):
    """The Members tab over the demo's 40 people, reading 10 rows a page."""
    language("en")
    tab = MembersTab(Context(demo_db, Actor("test", Role.ADMIN)))
    qtbot.addWidget(tab)
    tab.filter.setCurrentIndex(0)
    model = tab.list.model
    model.query = replace(model.query, limit=10)
    calls = []
    loader = model.loader
    model.loader = lambda query: calls.append(query) or loader(query)
    tab.resize(900, 300)
    tab.show()
    tab.refresh()
    tab.calls = calls
    return tab


def test_first_page_only_then_more_when_scrolled_to_the_end(qtbot, members):
    model, table = members.list.model, members.list.table
    assert model.total == 40
    assert model.rowCount() == 10
    assert members.list.count.text() == "Rows: 40"
    with qtbot.waitSignal(members.list.rows_loaded):
        table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    assert model.rowCount() == 20
    assert [q.offset for q in members.calls] == [0, 10]
    while model.canFetchMore():
        model.fetchMore()
    assert len({model.row_at(r).id for r in range(model.rowCount())}) == 40
    assert not model.canFetchMore()


def test_typing_asks_the_database_once_after_the_last_key(qtbot, members):
    members.calls.clear()
    last_name = members.list.model.row_at(0).name.split(",")[0]
    with qtbot.waitSignal(members.list.rows_loaded, timeout=2000):
        type_text(qtbot, members.list.search, last_name)
        assert members.calls == []  # nothing while typing
    assert [q.search for q in members.calls] == [last_name]
    rows = [members.list.model.row_at(r) for r in range(members.list.model.rowCount())]
    assert rows and all(r.name.startswith(last_name) for r in rows)


def test_header_click_sorts_in_the_database(qtbot, members):
    model, header = members.list.model, members.list.table.horizontalHeader()
    members.calls.clear()
    x = header.sectionViewportPosition(model.NUMBER) + header.sectionSize(model.NUMBER) // 2
    with qtbot.waitSignal(members.list.rows_loaded):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert members.calls[-1].sort == "number"
    numbers = [model.row_at(r).member_number or 0 for r in range(model.rowCount())]
    assert numbers == sorted(numbers)


def test_selecting_a_record_beyond_the_loaded_pages_scrolls_to_it(qtbot, members):
    model, table = members.list.model, members.list.table
    everyone = list(model.loader(replace(model.query, limit=None)))
    target = everyone[35]
    assert model.rowCount() == 10
    assert members.select_member(target.id)
    assert model.rowCount() >= 36
    assert members.selected().id == target.id
    index = model.index(members.list.table.selectionModel().selectedRows()[0].row(), 0)
    assert table.viewport().rect().intersects(table.visualRect(index))


def test_columns_refit_when_the_text_grows(qtbot, members):
    header = members.list.table.horizontalHeader()
    before = header.sectionSize(members.list.model.NAME)
    app = QApplication.instance()
    font = app.font()
    try:
        app.setFont(QFont(font.family(), font.pointSize() * 2))
        qtbot.waitUntil(lambda: header.sectionSize(members.list.model.NAME) > before * 1.5)
    finally:
        app.setFont(font)


def test_start_up_leaves_documents_spreadsheets_and_migrations_unloaded(demo_db, tmp_path):
    """The window shows without importing ReportLab, openpyxl, Alembic or the demo maker,
    nor the tabs after Members, the IBAN library or SQLAlchemy's PostgreSQL dialect."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "OSUVA_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "ui.main", "--self-test", "--db", demo_db.path],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test ok" in result.stdout
    imported = {
        line.rsplit("|", 1)[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert "sqlalchemy.orm" in imported  # the check sees what start-up imports
    heavy = {
        name for name in imported if name.split(".")[0] in ("reportlab", "openpyxl", "alembic")
    }
    heavy |= {name for name in imported if name.startswith("app.demo")}
    later = ("ui.work", "ui.coaching", "ui.customers", "ui.invoicing", "schwifty")
    heavy |= {name for name in imported if name.startswith(later)}
    heavy |= {name for name in imported if name.startswith("sqlalchemy.dialects.postgresql")}
    assert heavy == set()


def test_rows_loaded_is_emitted_without_dropping_references(qtbot, members):
    """PySide6 6.12's `.emit()` drops a reference to True each time; the lists use emit_now."""
    from ui.widgets.table_model import emit_now

    seen = []
    members.list.rows_loaded.connect(lambda: seen.append(1))
    before = sys.getrefcount(True)
    for _ in range(100):
        emit_now(members.list.model, "rows_loaded")
    after = sys.getrefcount(True)
    assert len(seen) == 100
    assert after == before


def test_refresh_keeps_a_selection_beyond_the_first_page(qtbot, members):
    model = members.list.model
    while model.rowCount() < 25:
        model.fetchMore()
    members.list.table.selectRow(22)
    chosen = members.selected()
    members.refresh()
    assert members.selected() == chosen
