"""The main window shows four translated tabs with the database's records."""

from __future__ import annotations

import pytest

from app.domain.enums import Role
from app.services.uow import Actor
from ui.main_window import MainWindow
from ui.operations import Context

TAB_TITLES = {
    "fi": ["Jäsenet", "Työtehtävät", "Valmennus", "Asiakkaat", "Laskutus"],
    "sv": ["Medlemmar", "Arbetsuppdrag", "Coachning", "Kunder", "Fakturering"],
    "en": ["Members", "Work", "Coaching", "Customers", "Invoicing"],
}


def make_window(qtbot, db) -> MainWindow:
    window = MainWindow(Context(db, Actor("test", Role.ADMIN)), "Osuuskunta Työkaari")
    qtbot.addWidget(window)
    window.refresh()
    window.show()
    return window


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_four_tabs_in_each_language(qtbot, demo_db, language, lang):
    language(lang)
    window = make_window(qtbot, demo_db)
    titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert titles == TAB_TITLES[lang]
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    expected_menus = {
        "fi": ["Tiedosto", "Näytä", "Maksut", "Seuranta", "Ohje"],
        "sv": ["Arkiv", "Visa", "Betalningar", "Effekt", "Hjälp"],
        "en": ["File", "View", "Payments", "Impact", "Help"],
    }
    assert menus == expected_menus[lang]
    assert str(demo_db.path) in window.database_label.text()


def test_ctrl_and_a_number_opens_that_tab_for_each_role(qtbot, demo_db, language):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    language("en")
    window = make_window(qtbot, demo_db)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.customers_tab
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.members_tab
    assert window.tabs.tabToolTip(4) == "Ctrl+5"
    # The facilitator has three tabs: Ctrl+3 is Coaching, Ctrl+4 goes nowhere.
    coach = MainWindow(Context(demo_db, Actor("coach", Role.FACILITATOR)), "Osuuskunta Työkaari")
    qtbot.addWidget(coach)
    coach.show()
    coach.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is coach)
    qtbot.keyClick(coach, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert coach.tabs.currentWidget() is coach.coaching_tab
    qtbot.keyClick(coach, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert coach.tabs.currentWidget() is coach.coaching_tab


def test_tabs_list_demo_records(qtbot, demo_db, language):
    language("fi")
    window = make_window(qtbot, demo_db)
    for index, tab in enumerate(window.list_tabs()):
        window.tabs.setCurrentIndex(index)
        assert tab.list.model.rowCount() > 0, type(tab).__name__
        assert tab.list.model.rowCount() <= tab.list.model.total
    # Money and dates come out in Finnish format.
    model = window.invoicing_tab.list.model
    total = model.index(0, model.TOTAL).data()
    assert total.endswith("\u00a0€") and "," in total
    issued = next(
        model.index(r, model.ISSUED).data()
        for r in range(model.rowCount())
        if model.index(r, model.ISSUED).data()
    )
    _day, month, year = issued.split(".")
    assert len(year) == 4 and 1 <= int(month) <= 12


def test_only_the_open_tab_reads_its_rows_until_others_are_shown(qtbot, demo_db, language):
    language("en")
    window = make_window(qtbot, demo_db)
    assert window.members_tab.list.model.rowCount() > 0
    assert window.work_tab.list.model.rowCount() == 0
    assert window.invoicing_tab.list.model.rowCount() == 0
    with qtbot.waitSignal(window.work_tab.list.rows_loaded):
        window.tabs.setCurrentIndex(1)
    assert window.work_tab.list.model.rowCount() > 0


def test_refresh_for_reloads_only_the_tabs_showing_those_tables(qtbot, demo_db, language):
    language("en")
    window = make_window(qtbot, demo_db)
    window.tabs.setCurrentWidget(window.invoicing_tab)
    window.tabs.setCurrentIndex(0)
    loads = []
    for tab in window.list_tabs():
        tab.list.rows_loaded.connect(lambda tab=tab: loads.append(tab))
    window.refresh_for({"share_payment"})
    assert loads == [window.members_tab]
    loads.clear()
    # Invoicing is not open: it reads again only when shown.
    window.refresh_for({"payment"})
    assert loads == []
    assert window.invoicing_tab.stale
    window.tabs.setCurrentWidget(window.invoicing_tab)
    assert loads == [window.invoicing_tab]


def test_search_filters_as_you_type(qtbot, demo_db, language):
    from tests.ui.keys import type_text

    language("en")
    window = make_window(qtbot, demo_db)
    window.members_tab.filter.setCurrentIndex(0)  # everyone, not only current members
    members = window.members_tab.list
    total = members.model.total
    assert total == members.model.rowCount()
    last_name = members.model.row_at(0).name.split(",")[0]
    with qtbot.waitSignal(members.rows_loaded, timeout=2000):
        type_text(qtbot, members.search, last_name)
    shown = members.model.rowCount()
    assert 0 < shown < total
    for row in range(shown):
        assert members.model.index(row, 1).data().casefold().startswith(last_name.casefold())
    with qtbot.waitSignal(members.rows_loaded, timeout=2000):
        members.search.clear()
    assert members.model.rowCount() == total


def test_sorting_happens_in_the_database(qtbot, demo_db, language):
    language("en")
    window = make_window(qtbot, demo_db)
    window.tabs.setCurrentWidget(window.invoicing_tab)
    invoices = window.invoicing_tab.list
    with qtbot.waitSignal(invoices.rows_loaded):
        invoices.sort_by(invoices.model.TOTAL)
    while invoices.model.canFetchMore():
        invoices.model.fetchMore()
    totals = [invoices.model.row_at(r).total for r in range(invoices.model.rowCount())]
    assert totals == sorted(totals)
    assert totals[0] != totals[-1]
    # A column the database does not sort by leaves the order and the arrow as they were.
    invoices.sort_by(invoices.model.STATUS)
    header = invoices.table.horizontalHeader()
    assert header.sortIndicatorSection() == invoices.model.TOTAL
    assert [invoices.model.row_at(r).total for r in range(len(totals))] == totals


def test_ownership_warning_shows_on_the_tab_and_in_the_status_bar(qtbot, coop_db, language):
    language("fi")
    window = make_window(qtbot, coop_db)
    window.tabs.setCurrentWidget(window.invoicing_tab)
    qtbot.waitUntil(window.warning_label.isVisible)
    assert "Omistusvaroituksia: 1" in window.warning_label.text()
    banner = window.members_tab.banner
    assert banner.isVisibleTo(window.members_tab)
    assert "alle 7" in banner.text()
    assert 'href="help:ownership"' in banner.text()


def test_no_ownership_warning_for_the_demo(qtbot, demo_db, language):
    language("fi")
    window = make_window(qtbot, demo_db)
    with qtbot.waitSignal(window.members_tab.warnings_changed):
        pass
    assert not window.warning_label.isVisibleTo(window)
    assert not window.members_tab.banner.isVisibleTo(window.members_tab)


def test_each_tab_names_real_tables():
    from app.domain import Base
    from ui.coaching.tab import CoachingTab
    from ui.customers.tab import CustomersTab
    from ui.invoicing.tab import InvoicingTab
    from ui.members.tab import MembersTab
    from ui.work.tab import WorkTab

    tables = set(Base.metadata.tables)
    for tab in (MembersTab, WorkTab, CoachingTab, CustomersTab, InvoicingTab):
        assert tab.SHOWS, tab.__name__
        assert not tab.SHOWS - tables, tab.__name__
    assert {"member", "share_payment", "consent"} <= MembersTab.SHOWS
    assert {"invoice", "payment"} <= InvoicingTab.SHOWS


def test_an_action_reloads_only_the_lists_showing_what_it_changed(qtbot, demo_db, language):
    from datetime import date

    from app.services.member_form import MemberForm
    from app.services.members import create_member
    from ui.operations import perform

    language("en")
    window = make_window(qtbot, demo_db)
    window.tabs.setCurrentIndex(0)
    for tab in (window.invoicing_tab, window.members_tab):  # Invoicing once, then Members
        window.tabs.setCurrentWidget(tab)
    loads = []
    for tab in window.list_tabs():
        tab.list.rows_loaded.connect(lambda tab=tab: loads.append(tab))
    form = MemberForm(first_name="Uusi", last_name="Jäsen", applied_on=date(2026, 11, 2))
    perform(window.context, create_member, form)
    assert loads == [window.members_tab]
    # Invoices show no members: that list was neither reloaded nor marked for reloading.
    assert not window.invoicing_tab.stale


def test_alt_letter_opens_a_tab_first_built_then_with_focus_in_its_search(qtbot, demo_db, language):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    language("en")
    window = make_window(qtbot, demo_db)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = window.members_tab.list.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    work = window.tabs.currentWidget()
    assert work is window.work_tab and work.isVisible()
    assert work.list.model.rowCount() > 0
    assert QApplication.focusWidget() is work.list.search
    titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert titles == TAB_TITLES["en"]
