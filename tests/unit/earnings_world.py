"""A small hand-made cooperative for the earnings tests: members, two services, hours."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.db import Database
from app.domain import (
    BenefitLimit,
    Customer,
    LoadCeiling,
    Member,
    Service,
    WageRate,
    WorkAssignment,
    WorkEntry,
)
from app.domain.enums import BenefitKind, CustomerKind, Language, MemberStatus


@dataclass
class World:
    db: Database
    members: dict[str, int] = field(default_factory=dict)
    services: dict[str, int] = field(default_factory=dict)
    assignments: dict[str, int] = field(default_factory=dict)

    def add(self, *rows) -> list[int]:
        with self.db.sessions() as session:
            session.add_all(rows)
            session.commit()
            return [row.id for row in rows]

    def member(
        self,
        key: str,
        number: int,
        first: str,
        last: str,
        *,
        language: Language = Language.FI,
        benefit: BenefitKind = BenefitKind.NONE,
        monthly_limit: str | None = None,
        year: int = 2026,
        ceiling: str | None = None,
    ) -> int:
        [member_id] = self.add(
            Member(
                member_number=number,
                first_name=first,
                last_name=last,
                applied_on=date(2025, 1, 2),
                accepted_on=date(2025, 1, 15),
                status=MemberStatus.MEMBER,
                language=language,
                benefit_kind=benefit,
            )
        )
        self.members[key] = member_id
        if monthly_limit is not None:
            self.add(
                BenefitLimit(
                    member_id=member_id,
                    year=year,
                    benefit_kind=benefit,
                    monthly_limit=Decimal(monthly_limit),
                )
            )
        if ceiling is not None:
            self.add(
                LoadCeiling(
                    member_id=member_id, starts_on=date(2025, 1, 1), weekly_hours=Decimal(ceiling)
                )
            )
        return member_id

    def rate(
        self,
        amount: str,
        valid_from: date,
        valid_until: date | None = None,
        *,
        service: str | None = None,
        member: str | None = None,
    ) -> int:
        [rate_id] = self.add(
            WageRate(
                hourly_rate=Decimal(amount),
                valid_from=valid_from,
                valid_until=valid_until,
                service_id=self.services[service] if service else None,
                member_id=self.members[member] if member else None,
            )
        )
        return rate_id

    def work(
        self,
        member: str,
        day: date,
        hours: str,
        service: str = "cleaning",
        *,
        km: str = "0",
        volunteer: bool = False,
        substitute_for: str | None = None,
    ) -> int:
        [entry_id] = self.add(
            WorkEntry(
                assignment_id=self.assignments[service],
                member_id=self.members[member],
                work_date=day,
                hours=Decimal(hours),
                km=Decimal(km),
                volunteer=volunteer,
                substitute_for_id=self.members[substitute_for] if substitute_for else None,
            )
        )
        return entry_id


def make_world(db: Database) -> World:
    """Two services (cleaning, yard work) with one assignment each; no members yet."""
    world = World(db)
    customer = Customer(customer_number=1, kind=CustomerKind.MUNICIPALITY, name="Testilän kunta")
    cleaning = Service(
        code="SIIV",
        name_fi="Siivous",
        name_sv="Städning",
        name_en="Cleaning",
        unit_price=Decimal("38.00"),
    )
    yard = Service(
        code="PIHA",
        name_fi="Pihatyö",
        name_sv="Gårdsarbete",
        name_en="Yard work",
        unit_price=Decimal("35.00"),
    )
    customer_id, cleaning_id, yard_id = world.add(customer, cleaning, yard)
    world.services = {"cleaning": cleaning_id, "yard": yard_id}
    for key, service_id in world.services.items():
        [assignment_id] = world.add(
            WorkAssignment(
                customer_id=customer_id,
                service_id=service_id,
                title=f"{key} at the school",
                starts_on=date(2025, 1, 1),
            )
        )
        world.assignments[key] = assignment_id
    return world
