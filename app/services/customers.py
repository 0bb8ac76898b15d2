"""The customer register: listing, adding, editing, deactivating and (only unused) deleting."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import func, or_, select

from app.domain import Customer, CustomerPrice, Invoice, Service, WorkAssignment
from app.domain.base import utcnow
from app.domain.enums import CustomerKind, Language

from .customer_form import AgreedPrice, CustomerForm, validate_customer_form, vat_id
from .errors import NotFoundError, ServiceError, StaleError, ValidationError
from .listing import ListQuery, ListSpec, Page, fetch_page, position_in, search_key, starts_with
from .policy import Permission, requires
from .pricing import check_periods
from .uow import UnitOfWork

FIRST_NUMBER = 1001


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customers list."""

    id: int
    customer_number: int
    name: str
    kind: CustomerKind
    business_id: str
    city: str
    language: Language
    einvoice_address: str
    active: bool


CUSTOMER_FILTERS = {
    "active": (Customer.active.is_(True),),
    "inactive": (Customer.active.is_(False),),
}

CUSTOMER_LIST = ListSpec(
    sorts={
        "number": (Customer.customer_number,),
        "name": (Customer.search_name,),
        "kind": (Customer.kind,),
        "business_id": (Customer.business_id,),
        "city": (Customer.city,),
        "language": (Customer.language,),
        "einvoice": (Customer.einvoice_address,),
        "active": (Customer.active,),
    },
    default_sort="name",
    default_descending=False,
    id_column=Customer.id,
)


def _customer_base(query: ListQuery):
    base = select(
        Customer.id,
        Customer.customer_number,
        Customer.name,
        Customer.kind,
        Customer.business_id,
        Customer.city,
        Customer.language,
        Customer.einvoice_address,
        Customer.active,
    ).where(*CUSTOMER_FILTERS.get(query.filter or "", ()))
    words = search_key(query.search)
    if not words:
        return base
    # A name by its start; a number finds that customer; digits with a hyphen a Y-tunnus.
    matches = [starts_with(Customer.search_name, words)]
    if words.isdigit():
        matches.append(Customer.customer_number == int(words))
    if words.replace("-", "").isdigit():
        matches.append(starts_with(Customer.business_id, words))
    return base.where(or_(*matches))


@requires(Permission.CUSTOMERS)
def list_customers(uow: UnitOfWork, query: ListQuery | None = None) -> Page[CustomerRow]:
    """One page of the customer register; by name unless asked otherwise."""
    query = query or ListQuery(limit=None)
    rows, total = fetch_page(uow.session, CUSTOMER_LIST, _customer_base(query), query)
    return Page([CustomerRow(*r) for r in rows], total, query.offset)


@requires(Permission.CUSTOMERS)
def customer_row_position(uow: UnitOfWork, query: ListQuery, customer_id: int) -> int | None:
    """Where the customer stands in the sorted, filtered list (0-based), or None."""
    return position_in(uow.session, CUSTOMER_LIST, _customer_base(query), query, customer_id)


@requires(Permission.CUSTOMERS)
def customer_choices(uow: UnitOfWork, active_only: bool = True) -> list[tuple[int, str]]:
    """(id, name) of the customers to choose from, by name."""
    query = select(Customer.id, Customer.name).order_by(Customer.search_name, Customer.id)
    if active_only:
        query = query.where(Customer.active.is_(True))
    return [(r.id, r.name) for r in uow.session.execute(query)]


@requires(Permission.CUSTOMERS)
def service_choices(
    uow: UnitOfWork, lang: str = "fi", active_only: bool = True
) -> list[tuple[int, str, str]]:
    """(id, name in `lang`, unit) of the services sold, by code."""
    query = select(Service).order_by(Service.code)
    if active_only:
        query = query.where(Service.active.is_(True))
    return [(s.id, s.name(lang), s.unit) for s in uow.session.scalars(query)]


@dataclass(frozen=True)
class CustomerDetail:
    """A customer as the form shows it."""

    id: int
    customer_number: int
    form: CustomerForm
    vat_id: str
    # Used on an assignment or invoice: then it is deactivated, never deleted.
    in_use: bool
    # Saved with the form: a save over someone else's newer change is refused (StaleError).
    version: int = 0


FORM_FIELDS = tuple(f.name for f in fields(CustomerForm) if f.name != "agreed_prices")


@requires(Permission.CUSTOMERS)
def require_customer(uow: UnitOfWork, customer_id: int) -> Customer:
    """The customer, or NotFoundError when the row is gone (e.g. deleted meanwhile)."""
    customer = uow.session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError("customer", customer_id)
    return customer


def _agreed_prices(uow: UnitOfWork, customer_id: int) -> list[CustomerPrice]:
    return list(
        uow.session.scalars(
            select(CustomerPrice)
            .where(CustomerPrice.customer_id == customer_id)
            .order_by(CustomerPrice.service_id, CustomerPrice.valid_from)
        )
    )


def _in_use(uow: UnitOfWork, customer_id: int) -> bool:
    checks = (
        select(WorkAssignment.id).where(WorkAssignment.customer_id == customer_id),
        select(Invoice.id).where(Invoice.customer_id == customer_id),
    )
    return any(uow.session.scalar(q.limit(1)) is not None for q in checks)


@requires(Permission.CUSTOMERS)
def get_customer(uow: UnitOfWork, customer_id: int) -> CustomerDetail:
    customer = require_customer(uow, customer_id)
    form = CustomerForm(
        **{key: getattr(customer, key) for key in FORM_FIELDS},
        agreed_prices=[
            AgreedPrice(p.service_id, p.valid_from, p.unit_price, p.valid_to)
            for p in _agreed_prices(uow, customer_id)
        ],
    )
    return CustomerDetail(
        id=customer.id,
        customer_number=customer.customer_number,
        form=form,
        vat_id=vat_id(customer.business_id),
        in_use=_in_use(uow, customer_id),
        version=customer.version,
    )


def _check_agreed_prices(uow: UnitOfWork, prices: list[AgreedPrice]) -> None:
    known = set(uow.session.scalars(select(Service.id)))
    by_service: dict[int, list[tuple[date, date | None]]] = {}
    for price in prices:
        if price.service_id not in known:
            raise ValidationError({"agreed_prices": "unknown"})
        if price.unit_price < 0:
            raise ValidationError({"agreed_prices": "negative"})
        by_service.setdefault(price.service_id, []).append((price.valid_from, price.valid_to))
    for periods in by_service.values():
        check_periods(periods, "agreed_prices")


def _sync_agreed_prices(uow: UnitOfWork, customer: Customer, wanted: list[AgreedPrice]) -> None:
    stored = {(p.service_id, p.valid_from): p for p in _agreed_prices(uow, customer.id)}
    keep = {(p.service_id, p.valid_from) for p in wanted}
    current = {(k, row.valid_to, row.unit_price) for k, row in stored.items()}
    if current != {((p.service_id, p.valid_from), p.valid_to, p.unit_price) for p in wanted}:
        # The prices are part of the customer's form: a change is a new version of it, so
        # someone saving an older form meanwhile is told (StaleError).
        customer.updated_at = utcnow()
    # Deletions first: a period moved to other days must not clash with its old self.
    for key, row in stored.items():
        if key not in keep:
            uow.session.delete(row)
    uow.session.flush()
    for price in wanted:
        row = stored.get((price.service_id, price.valid_from))
        if row is None:
            uow.session.add(
                CustomerPrice(
                    customer_id=customer.id,
                    service_id=price.service_id,
                    valid_from=price.valid_from,
                    valid_to=price.valid_to,
                    unit_price=price.unit_price,
                )
            )
        elif (row.valid_to, row.unit_price) != (price.valid_to, price.unit_price):
            row.valid_to = price.valid_to
            row.unit_price = price.unit_price


def _next_customer_number(uow: UnitOfWork) -> int:
    highest = uow.session.scalar(select(func.max(Customer.customer_number)))
    return FIRST_NUMBER if highest is None else highest + 1


@requires(Permission.CUSTOMERS)
def save_customer(
    uow: UnitOfWork,
    form: CustomerForm,
    expected_version: int | None = None,
    customer_id: int | None = None,
) -> int:
    """Add a customer (`customer_id` None; the next free number) or save one; its id.

    With `expected_version` (the version the form was loaded with), a customer someone else
    saved meanwhile is not overwritten: StaleError, and nothing changes.
    """
    customer = None
    if customer_id is not None:
        customer = require_customer(uow, customer_id)
        if expected_version is not None and customer.version != expected_version:
            raise StaleError("customer", customer_id, current=customer.version)
    clean = validate_customer_form(form)
    _check_agreed_prices(uow, clean.agreed_prices)
    if customer is None:
        customer = Customer(customer_number=_next_customer_number(uow))
        uow.session.add(customer)
    for key in FORM_FIELDS:
        setattr(customer, key, getattr(clean, key))
    uow.session.flush()
    _sync_agreed_prices(uow, customer, clean.agreed_prices)
    return customer.id


@requires(Permission.CUSTOMERS)
def delete_customer(uow: UnitOfWork, customer_id: int) -> None:
    """Remove a customer added by mistake; one used on work or invoices is deactivated."""
    customer = require_customer(uow, customer_id)
    if _in_use(uow, customer_id):
        raise ServiceError(
            "a customer with assignments or invoices cannot be deleted; deactivate it instead",
            code="in_use",
        )
    for price in _agreed_prices(uow, customer_id):
        uow.session.delete(price)
    uow.session.flush()
    uow.session.delete(customer)
