"""The main window shows four translated tabs with the database's records."""

from __future__ import annotations

import pytest

from app.domain.enums import Role
from app.services.uow import Actor
from ui.main_window import MainWindow
from ui.operations import Context

TAB_TITLES = {
    "fi": ["Jäsenet", "Työtehtävät", "Valmennus", "Laskutus"],
    "sv": ["Medlemmar", "Arbetsuppdrag", "Coachning", "Fakturering"],
    "en": ["Members", "Work", "Coaching", "Invoicing"],
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
        "fi": ["Tiedosto", "Näytä", "Ohje"],
        "sv": ["Arkiv", "Visa", "Hjälp"],
        "en": ["File", "View", "Help"],
    }
    assert menus == expected_menus[lang]
    assert str(demo_db.path) in window.database_label.text()


def test_tabs_list_demo_records(qtbot, demo_db, language):
    language("fi")
    window = make_window(qtbot, demo_db)
    for tab in (window.members_tab, window.work_tab, window.coaching_tab, window.invoicing_tab):
        assert tab.list.model.rowCount() > 0, type(tab).__name__
        assert 0 < tab.list.table.model().rowCount() <= tab.list.model.rowCount()
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


def test_search_filters_as_you_type(qtbot, demo_db, language):
    from tests.ui.keys import type_text

    language("en")
    window = make_window(qtbot, demo_db)
    window.members_tab.filter.setCurrentIndex(0)  # everyone, not only current members
    members = window.members_tab.list
    total = members.proxy.rowCount()
    assert total == members.model.rowCount()
    first_name = members.model.row_at(0).name.split(",")[0]
    type_text(qtbot, members.search, first_name)
    shown = members.proxy.rowCount()
    assert 0 < shown < total
    for row in range(shown):
        assert first_name.casefold() in members.proxy.index(row, 1).data().casefold()
    members.search.clear()
    assert members.proxy.rowCount() == total


def test_sorting_uses_native_values(qtbot, demo_db, language):
    language("en")
    window = make_window(qtbot, demo_db)
    invoices = window.invoicing_tab.list
    invoices.sort_by(invoices.model.TOTAL)
    totals = [
        invoices.model.row_at(invoices.proxy.mapToSource(invoices.proxy.index(r, 0)).row()).total
        for r in range(invoices.proxy.rowCount())
    ]
    assert totals == sorted(totals)
    assert totals[0] != totals[-1]


def test_ownership_warning_shows_on_the_tab_and_in_the_status_bar(qtbot, coop_db, language):
    language("fi")
    window = make_window(qtbot, coop_db)
    window.tabs.setCurrentIndex(3)
    assert window.warning_label.isVisibleTo(window)
    assert "Omistusvaroituksia: 1" in window.warning_label.text()
    banner = window.members_tab.banner
    assert banner.isVisibleTo(window.members_tab)
    assert "alle 7" in banner.text()
    assert 'href="help:ownership"' in banner.text()


def test_no_ownership_warning_for_the_demo(qtbot, demo_db, language):
    language("fi")
    window = make_window(qtbot, demo_db)
    assert not window.warning_label.isVisibleTo(window)
    assert not window.members_tab.banner.isVisibleTo(window.members_tab)
