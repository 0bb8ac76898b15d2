"""Dated prices: the agreed price wins, a price change never rewrites the past."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain import WorkAssignment
from app.domain.enums import CustomerKind, Role
from app.services import customers, price_list, pricing
from app.services.customer_form import AgreedPrice, CustomerForm
from app.services.errors import PermissionDeniedError, ServiceError, ValidationError
from app.services.listing import ListQuery
from app.services.price_list import ServiceForm
from app.services.pricing import PriceQuote, price_for
from app.services.uow import Actor, UnitOfWork

TREASURER = Actor("Katja", Role.TREASURER)
FACILITATOR = Actor("Mikael", Role.FACILITATOR)
EUR = Decimal


@pytest.fixture
def priced(coop_db):
    """Cleaning at 30,00 € until 31.12.2025 and 32,00 € from 1.1.2026; a municipality has
    29,00 € agreed for 2026 only; a household pays the list price."""
    with UnitOfWork(coop_db, TREASURER) as uow:
        service = price_list.save_service(
            uow,
            ServiceForm(code="SIIVOUS", name_fi="Siivous", household_deductible=True),
            first_price=EUR("30.00"),
            valid_from=date(2024, 1, 1),
        )
        price_list.change_price(uow, service, date(2026, 1, 1), EUR("32.00"))
        town = customers.save_customer(
            uow,
            CustomerForm(
                name="Porvoon kaupunki",
                kind=CustomerKind.MUNICIPALITY,
                business_id="2077474-0",
                agreed_prices=[
                    AgreedPrice(service, date(2026, 1, 1), EUR("29.00"), date(2026, 12, 31))
                ],
            ),
        )
        home = customers.save_customer(
            uow, CustomerForm(name="Aino Mäkinen", kind=CustomerKind.HOUSEHOLD)
        )
    return coop_db, service, town, home


def quote(db, customer, service, on):
    with UnitOfWork(db, TREASURER, write=False) as uow:
        return price_for(uow.session, customer, service, on)


def test_the_day_a_list_price_changes(priced):
    db, service, _town, home = priced
    assert quote(db, home, service, date(2025, 12, 31)) == PriceQuote(
        EUR("30.00"), "h", "general", "list"
    )
    assert quote(db, home, service, date(2026, 1, 1)).unit_price == EUR("32.00")
    assert quote(db, home, service, date(2030, 6, 1)).unit_price == EUR("32.00")


def test_the_agreed_price_wins_only_within_its_period(priced):
    db, service, town, _home = priced
    assert quote(db, town, service, date(2025, 12, 31)).source == "list"
    assert quote(db, town, service, date(2026, 1, 1)) == PriceQuote(
        EUR("29.00"), "h", "general", "agreed"
    )
    assert quote(db, town, service, date(2026, 12, 31)).unit_price == EUR("29.00")
    assert quote(db, town, service, date(2027, 1, 1)) == PriceQuote(
        EUR("32.00"), "h", "general", "list"
    )


def test_no_price_before_the_first_one(priced):
    db, service, _town, home = priced
    with pytest.raises(ValidationError) as caught:
        quote(db, home, service, date(2023, 12, 31))
    assert caught.value.problems == {"price": "missing"}


def test_a_price_change_closes_the_running_period(priced):
    db, service, _town, home = priced
    with UnitOfWork(db, TREASURER) as uow:
        # Between two periods: it ends the day before the next change.
        price_list.change_price(uow, service, date(2025, 7, 1), EUR("31.00"))
    with UnitOfWork(db, TREASURER, write=False) as uow:
        row = next(r for r in price_list.list_services(uow, on=date(2025, 8, 1)))
    assert [(p.valid_from, p.valid_to, p.unit_price) for p in row.prices] == [
        (date(2024, 1, 1), date(2025, 6, 30), EUR("30.00")),
        (date(2025, 7, 1), date(2025, 12, 31), EUR("31.00")),
        (date(2026, 1, 1), None, EUR("32.00")),
    ]
    assert row.price_today == EUR("31.00")
    assert (row.vat_code, row.vat_rate) == ("general", EUR("25.5"))
    assert pricing.overlapping([(p.valid_from, p.valid_to) for p in row.prices]) is False
    # Undoing the change gives its days back to the period before.
    with UnitOfWork(db, TREASURER) as uow:
        price_list.remove_price(uow, row.prices[1].id)
    assert quote(db, home, service, date(2025, 8, 1)).unit_price == EUR("30.00")
    assert quote(db, home, service, date(2026, 1, 1)).unit_price == EUR("32.00")


def test_overlapping_periods_are_refused():
    day = date
    assert pricing.overlapping([(day(2025, 1, 1), None), (day(2026, 1, 1), None)])
    assert pricing.overlapping([(day(2025, 1, 1), day(2025, 6, 1)), (day(2025, 6, 1), None)])
    assert not pricing.overlapping([(day(2025, 1, 1), day(2025, 5, 31)), (day(2025, 6, 1), None)])
    with pytest.raises(ValidationError) as caught:
        pricing.check_periods([(day(2025, 1, 1), None), (day(2024, 1, 1), None)], "valid_from")
    assert caught.value.problems == {"valid_from": "overlap"}


def test_the_last_price_of_a_service_stays(priced):
    db, *_ = priced
    with UnitOfWork(db, TREASURER, write=False) as uow:
        first, second = next(iter(price_list.list_services(uow))).prices
    with UnitOfWork(db, TREASURER) as uow:
        price_list.remove_price(uow, second.id)
    with pytest.raises(ValidationError), UnitOfWork(db, TREASURER) as uow:
        price_list.remove_price(uow, first.id)


def test_service_codes_units_and_vat_codes_are_checked(priced):
    db, *_ = priced
    wrong = ServiceForm(code="siivous", name_fi="", unit="litre", vat_code="24")
    with pytest.raises(ValidationError) as caught, UnitOfWork(db, TREASURER) as uow:
        price_list.save_service(uow, wrong, first_price=EUR("-1"), valid_from=None)
    assert caught.value.problems == {
        "name_fi": "required",
        "unit": "unknown",
        "vat_code": "unknown",
    }
    duplicate = ServiceForm(code="siivous", name_fi="Toinen siivous")
    with pytest.raises(ValidationError) as caught, UnitOfWork(db, TREASURER) as uow:
        price_list.save_service(uow, duplicate, first_price=EUR("1"), valid_from=date(2026, 1, 1))
    assert caught.value.problems == {"code": "duplicate"}


def test_vat_choices_follow_the_dated_table():
    choices = dict(price_list.vat_choices(date(2025, 6, 1)))
    assert choices["general"] == EUR("25.5") and choices["reduced"] == EUR("14")
    assert dict(price_list.vat_choices(date(2026, 1, 1)))["reduced"] == EUR("13.5")


def test_a_customer_with_work_is_deactivated_not_deleted(priced):
    db, service, town, _home = priced
    with UnitOfWork(db, TREASURER) as uow:
        uow.session.add(
            WorkAssignment(
                customer_id=town, service_id=service, title="Koulu", starts_on=date(2026, 1, 5)
            )
        )
    with pytest.raises(ServiceError) as caught, UnitOfWork(db, TREASURER) as uow:
        customers.delete_customer(uow, town)
    assert caught.value.code == "in_use"
    with UnitOfWork(db, TREASURER, write=False) as uow:
        assert customers.get_customer(uow, town).in_use is True


def test_a_facilitator_gets_no_customer_or_price_service(priced):
    db, service, town, _home = priced
    form = CustomerForm(name="X", kind=CustomerKind.HOUSEHOLD)
    calls = [
        (customers.list_customers, (ListQuery(),)),
        (customers.customer_row_position, (ListQuery(), town)),
        (customers.customer_choices, ()),
        (customers.service_choices, ()),
        (customers.get_customer, (town,)),
        (customers.save_customer, (form,)),
        (customers.delete_customer, (town,)),
        (pricing.quote, (town, service, date(2026, 1, 1))),
        (price_list.list_services, ()),
        (price_list.save_service, (ServiceForm(code="A", name_fi="A"),)),
        (price_list.change_price, (service, date(2027, 1, 1), EUR("1"))),
        (price_list.remove_price, (1,)),
        (price_list.agreed_prices_of_service, (service,)),
    ]
    for fn, args in calls:
        with pytest.raises(PermissionDeniedError), UnitOfWork(db, FACILITATOR) as uow:
            fn(uow, *args)


def test_the_demo_prices_what_it_invoiced(demo_db):
    """Every demo invoice line for work is priced as price_for says for its delivery day."""
    from sqlalchemy import select

    from app.domain import Invoice, InvoiceLine

    with UnitOfWork(demo_db, TREASURER, write=False) as uow:
        lines = uow.session.execute(
            select(
                Invoice.customer_id,
                InvoiceLine.service_id,
                InvoiceLine.delivery_date,
                InvoiceLine.unit_price,
            )
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(InvoiceLine.service_id.is_not(None), InvoiceLine.delivery_date.is_not(None))
        ).all()
        assert lines
        sources = set()
        for customer, service, day, unit_price in lines:
            quoted = price_for(uow.session, customer, service, day)
            assert quoted.unit_price == unit_price, (customer, service, day)
            sources.add(quoted.source)
        assert sources == {"agreed", "list"}
