"""Upgrading a database from before dated prices: every price is kept, now dated."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from alembic import command
from alembic.script import ScriptDirectory

from app.db import open_database
from app.db.migrate import alembic_config
from app.domain.enums import Role
from app.services.customers import get_customer
from app.services.pricing import price_for
from app.services.uow import Actor, UnitOfWork


def _dated_prices_revision() -> tuple[str, str]:
    """(the revision bringing dated prices, the one before it), whatever their numbers."""
    script = ScriptDirectory.from_config(alembic_config())
    revision = next(r for r in script.walk_revisions() if r.path.endswith("_dated_prices.py"))
    return revision.revision, revision.down_revision


CUSTOMER = (
    "INSERT INTO customer (id, customer_number, kind, name, search_name, business_id, street, "
    "postal_code, city, country, language, email, phone, contact_person, einvoice_address, "
    "einvoice_operator, payment_term_days, price_list_id, notes, active, created_at, "
    "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, '', '', '', 'FI', 'fi', '', '', '', '', "
    "'', NULL, ?, '', 1, '2024-01-01 00:00:00', '2024-01-01 00:00:00', 1)"
)


def test_prices_and_price_lists_become_dated_prices(tmp_path):
    before = _dated_prices_revision()[1]
    db = open_database(tmp_path / "old.sqlite", create=True, migrate=False)
    config = alembic_config()
    with db.engine.begin() as con:
        config.attributes["connection"] = con
        command.upgrade(config, before)
    with db.engine.begin() as con:
        run = con.exec_driver_sql
        # Money is stored in cents.
        run(
            "INSERT INTO service (id, code, name_fi, name_sv, name_en, unit, unit_price, "
            "vat_code, household_deductible, active) "
            "VALUES (1, 'SIIVOUS', 'Siivous', '', '', 'h', 3200, 'general', 1, 1)"
        )
        run("INSERT INTO price_list (id, name) VALUES (1, 'Kuntahinnasto')")
        run(
            "INSERT INTO price_list_item (id, price_list_id, service_id, unit_price) "
            "VALUES (1, 1, 1, 2900)"
        )
        run(
            CUSTOMER,
            (1, 1001, "municipality", "Porvoon kaupunki", "porvoon kaupunki", "2077474-0", 1),
        )
        run(CUSTOMER, (2, 1002, "household", "Aino Mäkinen", "aino mäkinen", "", None))
    with db.engine.begin() as con:
        config.attributes["connection"] = con
        # To the newest schema: the models may have columns that later migrations add.
        command.upgrade(config, "head")
    actor = Actor("Katja", Role.TREASURER)
    with UnitOfWork(db, actor, write=False) as uow:
        town = price_for(uow.session, 1, 1, date(2020, 5, 1))
        home = price_for(uow.session, 2, 1, date(2020, 5, 1))
        assert (town.unit_price, town.source) == (Decimal("29.00"), "agreed")
        assert (home.unit_price, home.source) == (Decimal("32.00"), "list")
        assert get_customer(uow, 2).form.household_tax_credit is True
        assert get_customer(uow, 1).form.household_tax_credit is False
    db.dispose()
