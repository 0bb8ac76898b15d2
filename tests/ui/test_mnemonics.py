"""Alt+letter reaches one thing: no two mnemonics clash in a window or menu, in any language."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QMenu, QTabBar, QWidget

from app.domain.enums import Role
from app.services.uow import Actor
from tests.ui.dialogs import every_dialog
from ui.main_window import MainWindow
from ui.operations import Context

DATA = Path(__file__).resolve().parents[1] / "data"
MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(named: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text, key in named:
        by_letter[key].append(text)
    return {key: texts for key, texts in by_letter.items() if len(texts) > 1}


def window_mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """What Alt+letter can reach in the window as it is shown now (menus' items excluded)."""
    texts: list[str] = []
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            texts.append(label.text())
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.window() is window:
            texts.append(button.text())
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            texts.extend(bar.tabText(i) for i in range(bar.count()))
    if isinstance(window, QMainWindow):
        texts.extend(action.text() for action in window.menuBar().actions())
    return [(text, key) for text in texts if (key := letter(text))]


def menu_clashes(window: QWidget) -> dict[str, dict[str, list[str]]]:
    """Each menu (menu bar, button and sub-menus) is a scope of its own."""
    found = {}
    for menu in window.findChildren(QMenu):
        named = [(a.text(), key) for a in menu.actions() if (key := letter(a.text()))]
        if clash := clashes(named):
            found[menu.title() or menu.parent().objectName() or "menu"] = clash
    return found


def main_window_clashes(window: MainWindow) -> dict[str, dict[str, list[str]]]:
    found = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        if clash := clashes(window_mnemonics(window)):
            found[window.tabs.tabText(index)] = clash
    return {**found, **menu_clashes(window)}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_no_clash_in_the_main_window(qtbot, demo_db, language, lang):
    language(lang)
    window = MainWindow(Context(demo_db, Actor("test", Role.ADMIN, 1)), "Osuuskunta Työkaari")
    qtbot.addWidget(window)
    window.refresh()
    window.show()
    window.members_tab.list.table.selectRow(0)
    assert main_window_clashes(window) == {}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_no_clash_in_any_dialog(qtbot, demo_db, language, lang):
    language(lang)
    found = {}
    for name, dialog in every_dialog(demo_db, DATA):
        qtbot.addWidget(dialog)
        dialog.show()
        if clash := clashes(window_mnemonics(dialog)):
            found[name] = clash
        if clash := menu_clashes(dialog):
            found[f"{name} menus"] = clash
        dialog.hide()
    assert found == {}


def test_the_check_finds_a_clash(qtbot):
    from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    for text in ("S&how", "S&hares…", "&Help"):
        layout.addWidget(QPushButton(text, dialog))
    dialog.show()
    assert clashes(window_mnemonics(dialog)) == {"h": ["S&how", "S&hares…", "&Help"]}
