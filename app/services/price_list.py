"""The price list: the services sold, their units, VAT codes and dated list prices."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.domain import Customer, CustomerPrice, Service, ServicePrice
from app.domain.customers import ServiceUnit
from app.fi.vat import DEFAULT_VAT_TABLE, VatCode, VatRateNotFound, rate_for

from .errors import NotFoundError, ValidationError
from .policy import Permission, requires
from .pricing import change_list_price, remove_list_price
from .uow import UnitOfWork

NAME_FIELDS = ("name_fi", "name_sv", "name_en")


@dataclass
class ServiceForm:
    """A service as the price list form edits it (prices are changed one dated row at a time)."""

    code: str
    name_fi: str
    name_sv: str = ""
    name_en: str = ""
    unit: str = ServiceUnit.HOUR.value
    vat_code: str = VatCode.GENERAL.value
    # The work part counts towards the household tax credit.
    household_deductible: bool = False
    active: bool = True


@dataclass(frozen=True)
class ListPrice:
    id: int
    valid_from: date
    valid_to: date | None
    unit_price: Decimal


@dataclass(frozen=True)
class ServiceRow:
    """One service of the price list with the price valid on the day asked about."""

    id: int
    code: str
    name: str
    unit: str
    vat_code: str
    # The VAT code's rate on the day asked about (None if the table has none that day).
    vat_rate: Decimal | None
    price_today: Decimal | None
    household_deductible: bool
    active: bool
    prices: tuple[ListPrice, ...]
    form: ServiceForm


def vat_choices(on: date) -> list[tuple[str, Decimal]]:
    """(VAT code, rate in percent on `on`) for every code the VAT table has that day."""
    choices = []
    for code in VatCode:
        try:
            choices.append((code.value, rate_for(code, on, DEFAULT_VAT_TABLE)))
        except VatRateNotFound:
            continue
    return choices


def validate_service_form(form: ServiceForm) -> ServiceForm:
    clean = replace(form)
    for key in ("code", *NAME_FIELDS):
        setattr(clean, key, getattr(form, key).strip())
    clean.code = clean.code.upper()
    problems: dict[str, str] = {}
    if not clean.code:
        problems["code"] = "required"
    if not clean.name_fi:
        problems["name_fi"] = "required"
    columns = Service.__table__.c
    for key in ("code", *NAME_FIELDS):
        if len(getattr(clean, key)) > columns[key].type.length:
            problems[key] = "too_long"
    if clean.unit not in {u.value for u in ServiceUnit}:
        problems["unit"] = "unknown"
    if clean.vat_code not in {c.value for c in VatCode}:
        problems["vat_code"] = "unknown"
    if problems:
        raise ValidationError(problems)
    return clean


def _price_on(service: Service, on: date) -> Decimal | None:
    for price in service.prices:
        if price.valid_from <= on and (price.valid_to is None or price.valid_to >= on):
            return price.unit_price
    return None


@requires(Permission.CUSTOMERS)
def list_services(uow: UnitOfWork, lang: str = "fi", on: date | None = None) -> list[ServiceRow]:
    """Every service (a few dozen at most), by code, with its dated prices."""
    on = on or date.today()
    rates = dict(vat_choices(on))
    rows = []
    for service in uow.session.scalars(select(Service).order_by(Service.code)):
        rows.append(
            ServiceRow(
                id=service.id,
                code=service.code,
                name=service.name(lang),
                unit=service.unit,
                vat_code=service.vat_code,
                vat_rate=rates.get(service.vat_code),
                price_today=_price_on(service, on),
                household_deductible=service.household_deductible,
                active=service.active,
                prices=tuple(
                    ListPrice(p.id, p.valid_from, p.valid_to, p.unit_price) for p in service.prices
                ),
                form=ServiceForm(**{f.name: getattr(service, f.name) for f in fields(ServiceForm)}),
            )
        )
    return rows


@requires(Permission.CUSTOMERS)
def save_service(
    uow: UnitOfWork,
    form: ServiceForm,
    service_id: int | None = None,
    *,
    first_price: Decimal | None = None,
    valid_from: date | None = None,
) -> int:
    """Add a service (with its first list price from `valid_from`) or save one; its id."""
    clean = validate_service_form(form)
    clash = select(Service.id).where(Service.code == clean.code)
    if service_id is not None:
        clash = clash.where(Service.id != service_id)
    if uow.session.scalar(clash) is not None:
        raise ValidationError({"code": "duplicate"})
    if service_id is None:
        problems = {}
        if first_price is None:
            problems["unit_price"] = "required"
        elif first_price < 0:
            problems["unit_price"] = "negative"
        if valid_from is None:
            problems["valid_from"] = "required"
        if problems:
            raise ValidationError(problems)
        service = Service(unit_price=first_price)
        uow.session.add(service)
    else:
        service = uow.session.get(Service, service_id)
        if service is None:
            raise NotFoundError("service", service_id)
    for f in fields(ServiceForm):
        setattr(service, f.name, getattr(clean, f.name))
    uow.session.flush()
    if service_id is None:
        change_list_price(uow.session, service, valid_from, first_price)
    return service.id


@requires(Permission.CUSTOMERS)
def change_price(uow: UnitOfWork, service_id: int, valid_from: date, unit_price: Decimal) -> None:
    """A new list price from `valid_from` on; work done before keeps the old price."""
    service = uow.session.get(Service, service_id)
    if service is None:
        raise NotFoundError("service", service_id)
    change_list_price(uow.session, service, valid_from, unit_price)


@requires(Permission.CUSTOMERS)
def remove_price(uow: UnitOfWork, price_id: int) -> None:
    """Undo a dated price change; the one price a service has stays."""
    row = uow.session.get(ServicePrice, price_id)
    if row is None:
        raise NotFoundError("service_price", price_id)
    others = uow.session.scalar(
        select(ServicePrice.id).where(
            ServicePrice.service_id == row.service_id, ServicePrice.id != price_id
        )
    )
    if others is None:
        raise ValidationError({"unit_price": "last_price"})
    remove_list_price(uow.session, price_id)


@dataclass(frozen=True)
class AgreedPriceRow:
    """A customer's own price for a service: it does not follow list price changes."""

    customer_id: int
    customer_number: int
    customer_name: str
    valid_from: date
    valid_to: date | None
    unit_price: Decimal


@requires(Permission.CUSTOMERS)
def agreed_prices_of_service(uow: UnitOfWork, service_id: int) -> list[AgreedPriceRow]:
    """Every customer's agreed price for the service, by customer name and date."""
    query = (
        select(
            Customer.id,
            Customer.customer_number,
            Customer.name,
            CustomerPrice.valid_from,
            CustomerPrice.valid_to,
            CustomerPrice.unit_price,
        )
        .join(Customer, Customer.id == CustomerPrice.customer_id)
        .where(CustomerPrice.service_id == service_id)
        .order_by(Customer.search_name, Customer.id, CustomerPrice.valid_from)
    )
    return [AgreedPriceRow(*row) for row in uow.session.execute(query)]
