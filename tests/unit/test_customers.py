"""Customer services: the form's checks, numbering, agreed prices, stale saves, deletion."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.enums import CustomerKind, Language, Role
from app.services.customer_form import AgreedPrice, CustomerForm, validate_customer_form, vat_id
from app.services.customers import (
    customer_choices,
    customer_row_position,
    delete_customer,
    get_customer,
    list_customers,
    save_customer,
    service_choices,
)
from app.services.errors import StaleError, ValidationError
from app.services.listing import ListQuery
from app.services.price_list import ServiceForm, save_service
from app.services.uow import Actor, UnitOfWork
from tests.vectors import load_vectors

TREASURER = Actor("Katja", Role.TREASURER)


def problems(form: CustomerForm) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        validate_customer_form(form)
    return caught.value.problems


@pytest.mark.parametrize("vector", load_vectors()["ytunnus"], ids=lambda v: v["code"])
def test_business_id_against_the_public_vectors(vector):
    form = CustomerForm(name="Oy Testi Ab", kind=CustomerKind.COMPANY, business_id=vector["code"])
    if vector["valid"]:
        assert validate_customer_form(form).business_id == vector["code"]
    else:
        assert problems(form) == {"business_id": "checksum"}


def test_vat_id_is_derived_from_the_business_id():
    assert vat_id("2077474-0") == "FI20774740"
    assert vat_id("0101263-6") == "FI01012636"
    assert vat_id("2077474-1") == ""
    assert vat_id("") == ""


def test_organisations_need_a_business_id_households_do_not():
    for kind in (CustomerKind.MUNICIPALITY, CustomerKind.COMPANY, CustomerKind.ASSOCIATION):
        assert problems(CustomerForm(name="X", kind=kind)) == {"business_id": "required"}
    household = validate_customer_form(CustomerForm(name="Aino", kind=CustomerKind.HOUSEHOLD))
    assert household.business_id == ""
    assert household.household_tax_credit is True


def test_each_wrong_field_is_named():
    form = CustomerForm(
        name=" ",
        kind=CustomerKind.COMPANY,
        business_id="123",
        postal_code="0610",
        country="XX",
        email="laskut@",
        phone="soita",
        einvoice_address="0037 2077",
        payment_term_days=400,
        household_tax_credit=True,
    )
    assert problems(form) == {
        "name": "required",
        "business_id": "length",
        "country": "unknown",
        "email": "format",
        "phone": "format",
        "einvoice_address": "format",
        "einvoice_operator": "required",
        "payment_term_days": "range",
        "household_tax_credit": "household_only",
    }
    finnish = CustomerForm(name="Y", kind=CustomerKind.HOUSEHOLD, postal_code="0610")
    assert problems(finnish) == {"postal_code": "length"}


@pytest.mark.parametrize(
    ("address", "code"),
    [
        ("003720774740", None),
        ("00372077474000123", None),
        ("FI3715903000000776", None),
        ("0216:003720774740", None),
        ("003720774741", "checksum"),
        ("FI3715903000000777", "checksum"),
        ("0037 2077", "format"),
    ],
)
def test_einvoice_addresses(address, code):
    form = CustomerForm(
        name="Oy", business_id="2077474-0", einvoice_address=address, einvoice_operator="E204503"
    )
    if code is None:
        assert validate_customer_form(form).einvoice_address == address.replace(" ", "")
    else:
        assert problems(form) == {"einvoice_address": code}


def test_codes_are_tidied():
    clean = validate_customer_form(
        CustomerForm(
            name=" Porvoon kaupunki ",
            kind=CustomerKind.MUNICIPALITY,
            business_id="20774740",
            country="fi",
            einvoice_address="0037 2077 4740",
            einvoice_operator="bawcfi22",
        )
    )
    assert (clean.name, clean.business_id, clean.country) == ("Porvoon kaupunki", "2077474-0", "FI")
    assert (clean.einvoice_address, clean.einvoice_operator) == ("003720774740", "BAWCFI22")


def _service(db, code="SIIVOUS", price="32.00") -> int:
    with UnitOfWork(db, TREASURER) as uow:
        return save_service(
            uow,
            ServiceForm(code=code, name_fi="Siivous", name_sv="Städning"),
            first_price=Decimal(price),
            valid_from=date(2025, 1, 1),
        )


def test_customers_get_the_next_free_number_and_are_listed(coop_db):
    with UnitOfWork(coop_db, TREASURER) as uow:
        first = save_customer(uow, CustomerForm(name="Åberg, Stina", kind=CustomerKind.HOUSEHOLD))
        second = save_customer(
            uow,
            CustomerForm(
                name="Asunto Oy Näsinkallio",
                business_id="2077474-0",
                language=Language.SV,
                city="Porvoo",
            ),
        )
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        rows = list_customers(uow, ListQuery())
        assert [r.name for r in rows] == ["Asunto Oy Näsinkallio", "Åberg, Stina"]
        assert [r.customer_number for r in rows] == [1002, 1001]
        assert list_customers(uow, ListQuery(search="åBERG")).rows[0].id == first
        assert list_customers(uow, ListQuery(search="1002")).rows[0].id == second
        assert list_customers(uow, ListQuery(search="2077474")).rows[0].id == second
        assert customer_row_position(uow, ListQuery(), first) == 1
        assert customer_choices(uow) == [(second, "Asunto Oy Näsinkallio"), (first, "Åberg, Stina")]
        detail = get_customer(uow, first)
        assert detail.form.household_tax_credit is True
        assert detail.vat_id == ""
        assert get_customer(uow, second).vat_id == "FI20774740"


def test_inactive_customers_leave_the_choices(coop_db):
    with UnitOfWork(coop_db, TREASURER) as uow:
        gone = save_customer(
            uow, CustomerForm(name="Vanha", kind=CustomerKind.HOUSEHOLD, active=False)
        )
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        assert customer_choices(uow) == []
        assert customer_choices(uow, active_only=False) == [(gone, "Vanha")]
        assert [r.id for r in list_customers(uow, ListQuery(filter="inactive"))] == [gone]
        assert list_customers(uow, ListQuery(filter="active")).total == 0


def test_a_stale_save_changes_nothing(coop_db):
    with UnitOfWork(coop_db, TREASURER) as uow:
        customer_id = save_customer(uow, CustomerForm(name="Koti", kind=CustomerKind.HOUSEHOLD))
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        loaded = get_customer(uow, customer_id)
    with UnitOfWork(coop_db, TREASURER) as uow:
        save_customer(
            uow,
            CustomerForm(name="Koti 2", kind=CustomerKind.HOUSEHOLD),
            loaded.version,
            customer_id=customer_id,
        )
    with pytest.raises(StaleError), UnitOfWork(coop_db, TREASURER) as uow:
        save_customer(
            uow,
            CustomerForm(name="Koti 3", kind=CustomerKind.HOUSEHOLD),
            loaded.version,
            customer_id=customer_id,
        )
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        assert get_customer(uow, customer_id).form.name == "Koti 2"


def test_agreed_prices_are_saved_with_the_form_and_never_overlap(coop_db):
    service = _service(coop_db)
    prices = [
        AgreedPrice(service, date(2025, 1, 1), Decimal("29.00"), date(2025, 12, 31)),
        AgreedPrice(service, date(2026, 1, 1), Decimal("30.00")),
    ]
    form = CustomerForm(name="Kunta", kind=CustomerKind.MUNICIPALITY, business_id="2077474-0")
    with UnitOfWork(coop_db, TREASURER) as uow:
        customer_id = save_customer(uow, CustomerForm(**{**vars(form), "agreed_prices": prices}))
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        assert get_customer(uow, customer_id).form.agreed_prices == prices
    overlapping = [*prices[:1], AgreedPrice(service, date(2025, 12, 1), Decimal("31.00"))]
    backwards = [AgreedPrice(service, date(2025, 2, 1), Decimal("1"), date(2025, 1, 1))]
    for wrong, code in ((overlapping, "overlap"), (backwards, "period")):
        with pytest.raises(ValidationError) as caught, UnitOfWork(coop_db, TREASURER) as uow:
            save_customer(
                uow,
                CustomerForm(**{**vars(form), "agreed_prices": wrong}),
                customer_id=customer_id,
            )
        assert caught.value.problems == {"agreed_prices": code}
    # One price dropped, one changed: the stored rows follow the form.
    with UnitOfWork(coop_db, TREASURER) as uow:
        kept = [AgreedPrice(service, date(2026, 1, 1), Decimal("30.50"))]
        save_customer(
            uow, CustomerForm(**{**vars(form), "agreed_prices": kept}), customer_id=customer_id
        )
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        assert get_customer(uow, customer_id).form.agreed_prices == kept
        assert service_choices(uow, "sv") == [(service, "Städning", "h")]


def test_changed_agreed_prices_make_an_older_form_stale(coop_db):
    service = _service(coop_db)
    with UnitOfWork(coop_db, TREASURER) as uow:
        customer_id = save_customer(uow, CustomerForm(name="Koti", kind=CustomerKind.HOUSEHOLD))
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        loaded = get_customer(uow, customer_id)
    priced = CustomerForm(
        **{
            **vars(loaded.form),
            "agreed_prices": [AgreedPrice(service, date(2026, 1, 1), Decimal("25.00"))],
        }
    )
    with UnitOfWork(coop_db, TREASURER) as uow:
        save_customer(uow, priced, loaded.version, customer_id=customer_id)
    with pytest.raises(StaleError), UnitOfWork(coop_db, TREASURER) as uow:
        save_customer(uow, loaded.form, loaded.version, customer_id=customer_id)
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        again = get_customer(uow, customer_id)
    assert again.version == loaded.version + 1
    # Saving the same form again changes nothing, not even the version.
    with UnitOfWork(coop_db, TREASURER) as uow:
        save_customer(uow, again.form, again.version, customer_id=customer_id)
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        assert get_customer(uow, customer_id).version == again.version


def test_only_an_unused_customer_is_deleted(coop_db):
    with UnitOfWork(coop_db, TREASURER) as uow:
        customer_id = save_customer(uow, CustomerForm(name="Virhe", kind=CustomerKind.HOUSEHOLD))
    with UnitOfWork(coop_db, TREASURER) as uow:
        delete_customer(uow, customer_id)
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        assert list_customers(uow).total == 0
