"""The Customers tab and its dialogs driven as a treasurer would, mostly by keyboard."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from app.domain import Customer, ServicePrice
from app.domain.enums import CustomerKind, Role
from app.services.customers import get_customer, save_customer
from app.services.uow import Actor
from tests.ui.keys import type_text
from ui.customers.customer_dialog import CustomerDialog
from ui.customers.price_list_dialog import PriceListDialog
from ui.customers.tab import CustomersTab
from ui.main_window import MainWindow
from ui.operations import Context, perform, read

TREASURER = Actor("Katja", Role.TREASURER, 2)


def when_dialog_opens(act) -> None:
    """Run `act(dialog)` on the next modal dialog, once it is shown."""

    def handle():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, handle)
            return
        act(dialog)

    QTimer.singleShot(0, handle)


@pytest.fixture
def window(qtbot, demo_db, language):
    language("fi")
    main = MainWindow(Context(demo_db, TREASURER), "Osuuskunta Työkaari")
    qtbot.addWidget(main)
    main.show()
    main.tabs.setCurrentWidget(main.customers_tab)
    return main


def names(tab: CustomersTab) -> list[str]:
    model = tab.list.model
    return [model.row_at(r).name for r in range(model.rowCount())]


def test_the_list_shows_the_register(window):
    tab = window.customers_tab
    assert tab.list.model.total == 12
    assert window.tabs.tabText(window.tabs.indexOf(tab)).replace("&", "") == "Asiakkaat"
    # Searching in SQL: a name's start, a number or a business ID.
    first = tab.list.model.row_at(0)
    tab.list.model.set_search(first.business_id or str(first.customer_number))
    assert [r.id for r in (tab.list.model.row_at(i) for i in range(tab.list.model.rowCount()))] == [
        first.id
    ]


def test_add_a_customer_by_keyboard_only(qtbot, window, demo_db):
    seen = {}

    def fill(dialog: CustomerDialog):
        assert dialog.focusWidget() is dialog.form.widgets["name"]
        type_text(qtbot, dialog.focusWidget(), "Rakennus Öhman Oy")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # kind: a company already
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.form.widgets["business_id"]
        type_text(qtbot, dialog.focusWidget(), "2077474-0")
        seen["vat"] = dialog.vat_id.text()
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    when_dialog_opens(fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen["vat"] == "FI20774740"
    with demo_db.sessions() as session:
        customer = session.scalars(
            select(Customer).where(Customer.name == "Rakennus Öhman Oy")
        ).one()
        assert customer.business_id == "2077474-0"
        assert customer.customer_number == 1013
        assert customer.household_tax_credit is False
    tab = window.customers_tab
    assert "Rakennus Öhman Oy" in names(tab)
    assert tab.selected().name == "Rakennus Öhman Oy"


def test_wrong_fields_are_named_and_nothing_is_saved(qtbot, window, demo_db):
    seen = {}

    def fill(dialog: CustomerDialog):
        type_text(qtbot, dialog.form.widgets["name"], "Kahvila Äimä Oy")
        type_text(qtbot, dialog.form.widgets["business_id"], "2077474-1")
        type_text(qtbot, dialog.form.widgets["payment_term_days"], "viikko")
        qtbot.keyClick(dialog.form.widgets["name"], Qt.Key.Key_Return)
        seen["visible"] = dialog.isVisible()
        seen["id"] = dialog.form.errors["business_id"].text()
        seen["term"] = dialog.form.errors["payment_term_days"].text()
        seen["focus"] = dialog.focusWidget() is dialog.form.widgets["business_id"]
        seen["name"] = dialog.form.widgets["name"].text()
        dialog.reject()

    when_dialog_opens(fill)
    window.customers_tab.add_customer()
    assert seen["visible"] and seen["focus"]
    assert "tarkistusnumero" in seen["id"].lower()
    assert "kokonaisluku" in seen["term"].lower()
    assert seen["name"] == "Kahvila Äimä Oy"
    with demo_db.sessions() as session:
        assert session.scalar(select(Customer.id).where(Customer.name.like("Kahvila Ä%"))) is None


def test_a_household_gets_the_tax_credit_without_a_business_id(qtbot, window):
    dialog = CustomerDialog(window.context, None, window)
    qtbot.addWidget(dialog)
    assert not dialog.tax_credit.isChecked()
    dialog.kind.set_value(CustomerKind.HOUSEHOLD)
    assert dialog.tax_credit.isChecked()
    dialog.form.widgets["name"].setText("Stina Åberg")
    dialog._ok()
    assert dialog.result() == dialog.DialogCode.Accepted
    detail = read(window.context, get_customer, dialog.customer_id)
    assert detail.form.household_tax_credit is True and detail.form.business_id == ""


def test_a_stale_save_keeps_what_was_typed(qtbot, window, monkeypatch):
    tab = window.customers_tab
    row = tab.list.model.row_at(0)
    dialog = CustomerDialog(window.context, row.id, window)
    qtbot.addWidget(dialog)
    # Someone else renames the customer while the form is open.
    other = read(window.context, get_customer, row.id)
    other.form.name = "Nimi muutettu"
    perform(Context(window.context.db, TREASURER), save_customer, other.form, customer_id=row.id)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    email = dialog.form.widgets["email"]
    email.setText("uusi@example.fi")
    dialog._ok()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert email.text() == "uusi@example.fi"
    assert "Nimi" in warnings[0]
    # Saved again after seeing the warning: the user's version wins on purpose.
    dialog._ok()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = read(window.context, get_customer, row.id).form
    assert (saved.name, saved.email) == (row.name, "uusi@example.fi")


def test_a_price_change_from_the_price_list(qtbot, window, demo_db):
    dialog = PriceListDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    codes = [dialog.services.row_at(r).code for r in range(dialog.services.rowCount())]
    dialog.service_table.selectRow(codes.index("PIHA"))
    before = dialog.prices.rowCount()

    def fill(change):
        type_text(qtbot, change.form.widgets["valid_from"], "1.3.2027")
        qtbot.keyClick(change.form.widgets["valid_from"], Qt.Key.Key_Tab)
        type_text(qtbot, change.focusWidget(), "31,50")
        qtbot.keyClick(change.focusWidget(), Qt.Key.Key_Return)

    when_dialog_opens(fill)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert dialog.selected().code == "PIHA"
    assert dialog.prices.rowCount() == before + 1
    with demo_db.sessions() as session:
        newest = session.scalars(
            select(ServicePrice).order_by(ServicePrice.valid_from.desc()).limit(1)
        ).one()
        assert (newest.valid_from, newest.unit_price) == (date(2027, 3, 1), Decimal("31.50"))


def test_the_facilitator_has_no_customers_tab(qtbot, demo_db):
    main = MainWindow(Context(demo_db, Actor("Mikael", Role.FACILITATOR, 3)), "Osuuskunta")
    qtbot.addWidget(main)
    assert main.customers_tab not in main.list_tabs()


def test_import_from_the_tab_previews_then_saves_the_good_rows(qtbot, window, demo_db):
    from pathlib import Path

    from ui.customers.import_dialog import CustomerImportDialog

    dialog = CustomerImportDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.load(Path(__file__).resolve().parents[1] / "data" / "customers_fi_excel.csv")
    qtbot.waitUntil(lambda: dialog.preview is not None)  # read in the background
    assert "7 riviä" in dialog.summary.text()
    checks = [dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())]
    # Problem rows first, each naming the field and the problem in Finnish.
    assert checks[0].startswith("nimi: Tämä kenttä on pakollinen")
    assert checks[1].startswith("Y-tunnus: Tarkistusnumero ei täsmää")
    assert checks[3] == "Y-tunnus: Toisella asiakkaalla on sama Y-tunnus. (sama kuin rivillä 2)"
    assert checks[4:] == ["Kunnossa"] * 3
    assert not dialog.import_button.isEnabled()
    dialog.skip.setChecked(True)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
    assert dialog.imported == 3
    window.customers_tab.filter.setCurrentIndex(2)
    window.customers_tab.refresh()
    assert "Borgå Golfklubb rf" in names(window.customers_tab)


def test_enter_on_a_row_opens_that_customer(qtbot, window):
    tab = window.customers_tab
    tab.list.table.setFocus()
    tab.list.table.selectRow(1)
    tab.list.table.setCurrentIndex(tab.list.model.index(1, 1))
    chosen = tab.selected()
    seen = {}

    def look(dialog):
        seen["title"] = dialog.windowTitle()
        seen["name"] = dialog.form.widgets["name"].text()
        dialog.reject()

    when_dialog_opens(look)
    qtbot.keyClick(tab.list.table, Qt.Key.Key_Return)
    assert seen == {"title": f"Asiakas {chosen.customer_number}", "name": chosen.name}


def test_a_new_service_with_its_first_price(qtbot, window, demo_db):
    dialog = PriceListDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()

    def fill(add):
        assert add.focusWidget() is add.form.widgets["code"]
        for key, text in (
            ("code", "ikkuna"),
            ("name_fi", "Ikkunanpesu"),
            ("name_sv", "Fönstertvätt"),
            ("name_en", "Window cleaning"),
        ):
            type_text(qtbot, add.form.widgets[key], text)
        add.form.widgets["unit_price"].setFocus()
        type_text(qtbot, add.form.widgets["unit_price"], "33,50")
        add.form.widgets["valid_from"].selectAll()
        type_text(qtbot, add.form.widgets["valid_from"], "1.1.2099")
        qtbot.keyClick(add.form.widgets["valid_from"], Qt.Key.Key_Return)

    when_dialog_opens(fill)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    row = dialog.selected()
    assert (row.code, row.name, row.unit, row.vat_code) == ("IKKUNA", "Ikkunanpesu", "h", "general")
    # Not yet in force: the list says so rather than showing a price.
    assert row.price_today is None
    assert [(p.valid_from, p.unit_price) for p in row.prices] == [
        (date(2099, 1, 1), Decimal("33.50"))
    ]


def test_an_agreed_price_is_saved_with_the_customer(qtbot, window):
    tab = window.customers_tab
    home = next(
        tab.list.model.row_at(r)
        for r in range(tab.list.model.rowCount())
        if tab.list.model.row_at(r).kind == CustomerKind.HOUSEHOLD
    )
    dialog = CustomerDialog(window.context, home.id, window)
    qtbot.addWidget(dialog)
    assert dialog.agreed == []
    seen = {}

    def fill(add):
        add.service.set_value(
            next(s for s, (name, _) in dialog.services.items() if name == "Siivous")
        )
        seen["hint"] = add.list_price.text()
        add.form.widgets["valid_from"].setText("1.1.2026")
        add.form.widgets["unit_price"].setText("28,00")
        qtbot.keyClick(add.form.widgets["unit_price"], Qt.Key.Key_Return)

    when_dialog_opens(fill)
    qtbot.mouseClick(dialog.add_price_button, Qt.MouseButton.LeftButton)
    # Today's list price (which one depends on the calendar) and its unit.
    assert re.fullmatch(r"Hinnaston hinta tänään: 3\d,00\xa0€ / tunti", seen["hint"])
    assert dialog.agreed_table.rowCount() == 1
    assert dialog.agreed_table.item(0, 3).text() == "28,00\xa0€ / tunti"

    # A second price for the same days is refused in the small dialog, with the reason.
    def overlap(add):
        add.service.set_value(dialog.agreed[0].service_id)
        add.form.widgets["valid_from"].setText("1.6.2026")
        add.form.widgets["unit_price"].setText("29,00")
        add._ok()
        seen["error"] = add.form.errors["valid_from"].text()
        add.reject()

    when_dialog_opens(overlap)
    qtbot.mouseClick(dialog.add_price_button, Qt.MouseButton.LeftButton)
    assert seen["error"].startswith("Samalle palvelulle on jo voimassa toinen hinta")
    dialog._ok()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = read(window.context, get_customer, home.id).form.agreed_prices
    assert [(p.valid_from, p.unit_price, p.valid_to) for p in saved] == [
        (date(2026, 1, 1), Decimal("28.00"), None)
    ]


def test_the_price_list_shows_who_has_an_agreed_price(qtbot, window, monkeypatch):
    dialog = PriceListDialog(window.context, window)
    qtbot.addWidget(dialog)
    codes = [dialog.services.row_at(r).code for r in range(dialog.services.rowCount())]
    dialog.service_table.selectRow(codes.index("PIHA"))
    customers = [dialog.agreed.row_at(r).customer_name for r in range(dialog.agreed.rowCount())]
    # The municipality and the parish agreed their own yard-work prices.
    assert customers == ["Porvoon kaupunki", "Porvoon seurakuntayhtymä"]
    assert dialog.agreed.row_at(1).unit_price == Decimal("28.00")
    opened = []
    monkeypatch.setattr(CustomerDialog, "exec", lambda self: opened.append(self.customer_id))
    dialog.agreed_table.activated.emit(dialog.agreed.index(0, 0))
    assert opened == [dialog.agreed.row_at(0).customer_id]
