"""What a service costs a customer on a day: the agreed price, else the dated list price.

Other areas (invoicing, work) call `price_for` from inside their own services with their
session; the UI asks `quote` through the operations door.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise
from typing import Literal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain import CustomerPrice, Service, ServicePrice

from .errors import NotFoundError, ValidationError
from .policy import Permission, requires
from .uow import UnitOfWork

DAY = timedelta(days=1)


@dataclass(frozen=True)
class PriceQuote:
    """The net unit price of a service on a day and where it came from."""

    unit_price: Decimal
    unit: str
    vat_code: str
    source: Literal["agreed", "list"]


def _valid_on(model, on: date):
    return (model.valid_from <= on, or_(model.valid_to.is_(None), model.valid_to >= on))


def price_for(session: Session, customer_id: int, service_id: int, on: date) -> PriceQuote:
    """The price agreed with the customer valid on `on`, else the list price valid on `on`.

    Raises ValidationError({"price": "missing"}) when neither has a price for that day.
    """
    service = session.get(Service, service_id)
    if service is None:
        raise NotFoundError("service", service_id)
    agreed = session.scalar(
        select(CustomerPrice.unit_price).where(
            CustomerPrice.customer_id == customer_id,
            CustomerPrice.service_id == service_id,
            *_valid_on(CustomerPrice, on),
        )
    )
    if agreed is not None:
        return PriceQuote(agreed, service.unit, service.vat_code, "agreed")
    listed = session.scalar(
        select(ServicePrice.unit_price).where(
            ServicePrice.service_id == service_id, *_valid_on(ServicePrice, on)
        )
    )
    if listed is None:
        dated = session.scalar(select(ServicePrice.id).where(ServicePrice.service_id == service_id))
        if dated is not None:
            raise ValidationError({"price": "missing"})
        # A service that never had a dated price has just the one it was created with.
        listed = service.unit_price
    return PriceQuote(listed, service.unit, service.vat_code, "list")


@requires(Permission.CUSTOMERS)
def quote(uow: UnitOfWork, customer_id: int, service_id: int, on: date) -> PriceQuote:
    """`price_for` for the signed-in user (treasurer or admin)."""
    return price_for(uow.session, customer_id, service_id, on)


def overlapping(periods: Iterable[tuple[date, date | None]]) -> bool:
    """Do any two of these (from, to inclusive or open-ended) periods share a day?"""
    ordered = sorted(periods, key=lambda p: p[0])
    return any(end is None or end >= start for (_, end), (start, _) in pairwise(ordered))


def check_periods(periods: list[tuple[date, date | None]], field: str) -> None:
    """Refuse a period ending before it starts or two periods sharing a day."""
    if any(end is not None and end < start for start, end in periods):
        raise ValidationError({field: "period"})
    if overlapping(periods):
        raise ValidationError({field: "overlap"})


def _keep_current_price(service: Service, session: Session) -> None:
    newest = session.scalar(
        select(ServicePrice.unit_price)
        .where(ServicePrice.service_id == service.id)
        .order_by(ServicePrice.valid_from.desc())
        .limit(1)
    )
    if newest is not None:
        service.unit_price = newest


def change_list_price(session: Session, service: Service, valid_from: date, price: Decimal) -> None:
    """The list price from `valid_from` on: the period running then ends the day before,
    and the new one lasts until the next change (if one is already set) or open-ended.
    A change on the very day another starts replaces that one's price."""
    if price < 0:
        raise ValidationError({"unit_price": "negative"})
    rows = list(session.scalars(select(ServicePrice).where(ServicePrice.service_id == service.id)))
    same_day = next((r for r in rows if r.valid_from == valid_from), None)
    if same_day is not None:
        same_day.unit_price = price
    else:
        running = next(
            (
                r
                for r in rows
                if r.valid_from < valid_from and (r.valid_to is None or r.valid_to >= valid_from)
            ),
            None,
        )
        later = [r.valid_from for r in rows if r.valid_from > valid_from]
        if running is not None:
            running.valid_to = valid_from - DAY
        session.add(
            ServicePrice(
                service_id=service.id,
                valid_from=valid_from,
                valid_to=min(later) - DAY if later else None,
                unit_price=price,
            )
        )
    session.flush()
    _keep_current_price(service, session)


def remove_list_price(session: Session, price_id: int) -> None:
    """Undo a price change: the period before it runs on over the removed one's days."""
    row = session.get(ServicePrice, price_id)
    if row is None:
        raise NotFoundError("service_price", price_id)
    service = row.service
    previous = session.scalar(
        select(ServicePrice)
        .where(ServicePrice.service_id == row.service_id, ServicePrice.valid_from < row.valid_from)
        .order_by(ServicePrice.valid_from.desc())
        .limit(1)
    )
    ends = row.valid_to
    session.delete(row)
    session.flush()
    if previous is not None and previous.valid_to == row.valid_from - DAY:
        previous.valid_to = ends
    session.flush()
    _keep_current_price(service, session)
