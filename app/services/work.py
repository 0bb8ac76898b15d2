"""Reading work assignments and the hours logged on them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, type_coerce

from app.domain import Customer, Service, WorkAssignment, WorkEntry, assignment_member
from app.domain.base import Fixed
from app.domain.enums import AssignmentStatus

from .policy import Permission, requires
from .uow import UnitOfWork


@dataclass(frozen=True)
class AssignmentRow:
    id: int
    title: str
    customer: str
    service_fi: str
    service_sv: str
    service_en: str
    place: str
    starts_on: date
    ends_on: date | None
    status: AssignmentStatus
    members: int
    hours: Decimal
    uninvoiced_hours: Decimal

    def service(self, lang: str) -> str:
        return {"sv": self.service_sv, "en": self.service_en}.get(lang) or self.service_fi


@requires(Permission.WORK_PLAN)
def list_assignments(uow: UnitOfWork) -> list[AssignmentRow]:
    """Assignments with their logged and not yet invoiced hours, newest first."""
    hours = (
        select(
            WorkEntry.assignment_id,
            type_coerce(func.sum(WorkEntry.hours), Fixed(2)).label("hours"),
            type_coerce(
                func.sum(WorkEntry.hours).filter(WorkEntry.invoice_line_id.is_(None)), Fixed(2)
            ).label("open_hours"),
        )
        .group_by(WorkEntry.assignment_id)
        .subquery()
    )
    members = (
        select(assignment_member.c.assignment_id, func.count().label("n"))
        .group_by(assignment_member.c.assignment_id)
        .subquery()
    )
    query = (
        select(
            WorkAssignment,
            Customer.name,
            Service.name_fi,
            Service.name_sv,
            Service.name_en,
            members.c.n,
            hours.c.hours,
            hours.c.open_hours,
        )
        .join(Customer, Customer.id == WorkAssignment.customer_id)
        .join(Service, Service.id == WorkAssignment.service_id)
        .outerjoin(hours, hours.c.assignment_id == WorkAssignment.id)
        .outerjoin(members, members.c.assignment_id == WorkAssignment.id)
        .order_by(WorkAssignment.starts_on.desc(), WorkAssignment.id.desc())
    )
    zero = Decimal("0.00")
    return [
        AssignmentRow(
            id=a.id,
            title=a.title,
            customer=customer,
            service_fi=fi,
            service_sv=sv,
            service_en=en,
            place=a.place,
            starts_on=a.starts_on,
            ends_on=a.ends_on,
            status=a.status,
            members=n or 0,
            hours=h or zero,
            uninvoiced_hours=o or zero,
        )
        for a, customer, fi, sv, en, n, h, o in uow.session.execute(query)
    ]
