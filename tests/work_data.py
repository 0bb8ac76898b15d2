"""A small cooperative with customers, a service and five working members, for the Work tab."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.domain import Customer, Member, Service
from app.domain.enums import CustomerKind, MemberKind, MemberStatus, Role
from app.services.policy import SYSTEM, Actor
from app.services.uow import UnitOfWork

TREASURER = Actor("Rahastonhoitaja", Role.TREASURER)
FACILITATOR = Actor("Valmentaja", Role.FACILITATOR)

NAMES = (
    ("Aino", "Aaltonen"),
    ("Bertel", "Björkqvist"),
    ("Celina", "Countryman"),
    ("Dani", "Dahl"),
    ("Eero", "Eskola"),
)


@dataclass(frozen=True)
class WorkData:
    customer_id: int
    other_customer_id: int
    service_id: int
    member_ids: tuple[int, ...]


def add_work_data(db, joined: date = date(2025, 1, 1)) -> WorkData:
    with UnitOfWork(db, SYSTEM) as uow:
        s = uow.session
        customer = Customer(
            customer_number=1001, kind=CustomerKind.MUNICIPALITY, name="Esimerkin kaupunki"
        )
        other = Customer(customer_number=1002, kind=CustomerKind.HOUSEHOLD, name="Virtanen Liisa")
        service = Service(
            code="SIIVOUS", name_fi="Siivous", name_sv="Städning", name_en="Cleaning",
            unit_price=Decimal("32.00"),
        )  # fmt: skip
        members = [
            Member(
                member_number=i + 1,
                first_name=first,
                last_name=last,
                applied_on=joined,
                accepted_on=joined,
                status=MemberStatus.MEMBER,
                kind=MemberKind.WORKING,
            )
            for i, (first, last) in enumerate(NAMES)
        ]
        s.add_all([customer, other, service, *members])
        s.flush()
        return WorkData(customer.id, other.id, service.id, tuple(m.id for m in members))
