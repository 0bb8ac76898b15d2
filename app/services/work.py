"""Reading work assignments and the hours logged on them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select, type_coerce

from app.domain import Customer, Service, WorkAssignment, WorkEntry, assignment_member
from app.domain.base import Fixed
from app.domain.enums import AssignmentStatus

from .listing import (
    ListQuery,
    ListSpec,
    Page,
    fetch_page,
    position_in,
    search_key,
    starts_with,
)
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


ASSIGNMENT_LIST = ListSpec(
    sorts={
        "title": (WorkAssignment.search_title,),
        "customer": (Customer.search_name,),
        "service": (Service.name_fi,),
        "period": (WorkAssignment.starts_on,),
        "status": (WorkAssignment.status,),
    },
    default_sort="period",
    default_descending=True,
    id_column=WorkAssignment.id,
)


def _assignment_filter(query: ListQuery) -> list:
    """Conditions on the assignment table alone, so each can use one of its indexes."""
    words = search_key(query.search)
    if not words:
        return []
    customers = select(Customer.id).where(starts_with(Customer.search_name, words))
    return [
        or_(
            starts_with(WorkAssignment.search_title, words),
            WorkAssignment.customer_id.in_(customers),
        )
    ]


def _assignment_base(query: ListQuery):
    return (
        select(
            WorkAssignment.id,
            WorkAssignment.title,
            Customer.name,
            Service.name_fi,
            Service.name_sv,
            Service.name_en,
            WorkAssignment.place,
            WorkAssignment.starts_on,
            WorkAssignment.ends_on,
            WorkAssignment.status,
        )
        .join(Customer, Customer.id == WorkAssignment.customer_id)
        .join(Service, Service.id == WorkAssignment.service_id)
        .where(*_assignment_filter(query))
    )


def _hours(uow: UnitOfWork, ids: list[int]) -> dict[int, tuple]:
    """(members, hours, not invoiced) for just these assignments: never the whole table."""
    if not ids:
        return {}
    hours = (
        select(
            WorkEntry.assignment_id,
            type_coerce(func.sum(WorkEntry.hours), Fixed(2)),
            type_coerce(
                func.sum(WorkEntry.hours).filter(WorkEntry.invoice_line_id.is_(None)), Fixed(2)
            ),
        )
        .where(WorkEntry.assignment_id.in_(ids))
        .group_by(WorkEntry.assignment_id)
    )
    members = (
        select(assignment_member.c.assignment_id, func.count())
        .where(assignment_member.c.assignment_id.in_(ids))
        .group_by(assignment_member.c.assignment_id)
    )
    figures: dict[int, tuple] = {i: (0, None, None) for i in ids}
    for assignment_id, n in uow.session.execute(members):
        figures[assignment_id] = (n, None, None)
    for assignment_id, h, o in uow.session.execute(hours):
        figures[assignment_id] = (figures[assignment_id][0], h, o)
    return figures


@requires(Permission.WORK_PLAN)
def list_assignments(uow: UnitOfWork, query: ListQuery | None = None) -> Page[AssignmentRow]:
    """One page of assignments with their logged and not yet invoiced hours, newest first."""
    query = query or ListQuery(limit=None)
    count = select(func.count()).select_from(WorkAssignment).where(*_assignment_filter(query))
    rows, total = fetch_page(uow.session, ASSIGNMENT_LIST, _assignment_base(query), query, count)
    figures = _hours(uow, [r.id for r in rows])
    billing = uow.may(Permission.INVOICING)
    zero = Decimal("0.00")
    page = []
    for r in rows:
        n, h, o = figures[r.id]
        page.append(
            AssignmentRow(
                id=r.id,
                title=r.title,
                customer=r.name,
                service_fi=r.name_fi,
                service_sv=r.name_sv,
                service_en=r.name_en,
                place=r.place,
                starts_on=r.starts_on,
                ends_on=r.ends_on,
                status=r.status,
                members=n or 0,
                hours=h or zero,
                # What is still to bill is the treasurer's business, not the work plan's.
                uninvoiced_hours=(o or zero) if billing else zero,
            )
        )
    return Page(page, total, query.offset)


@requires(Permission.WORK_PLAN)
def assignment_row_position(uow: UnitOfWork, query: ListQuery, assignment_id: int) -> int | None:
    """Where the assignment stands in the sorted, filtered list (0-based), or None if not in it."""
    return position_in(uow.session, ASSIGNMENT_LIST, _assignment_base(query), query, assignment_id)
