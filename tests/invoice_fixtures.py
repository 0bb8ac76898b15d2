"""A small cooperative with customers, a service and approved hours, for invoicing tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from app.domain import Customer, Member, Service, WorkAssignment, WorkEntry
from app.domain.enums import CustomerKind, Language, MemberStatus
from app.services.uow import UnitOfWork

APPROVED = datetime(2026, 6, 1, 12, tzinfo=UTC)


def add_business(db) -> dict[str, int]:
    """Ids of: municipality, household, builder (reverse charge), no_address, cleaning, entries."""
    with UnitOfWork(db) as uow:
        s = uow.session
        member = Member(
            first_name="Aino",
            last_name="Koe",
            status=MemberStatus.MEMBER,
            member_number=1,
            applied_on=date(2025, 1, 1),
            accepted_on=date(2025, 1, 2),
        )
        cleaning = Service(
            code="SIIV",
            name_fi="Siivous",
            name_sv="Städning",
            name_en="Cleaning",
            unit_price=Decimal("30.00"),
            household_deductible=True,
        )
        building = Service(
            code="RAK",
            name_fi="Rakennussiivous",
            name_sv="Byggstädning",
            unit_price=Decimal("40.00"),
            vat_code="reverse_charge",
        )
        town = Customer(
            customer_number=1,
            kind=CustomerKind.MUNICIPALITY,
            name="Äänekosken kaupunki",
            business_id="0177736-5",
            street="Hallintokatu 4",
            postal_code="44100",
            city="Äänekoski",
        )
        home = Customer(
            customer_number=2,
            kind=CustomerKind.HOUSEHOLD,
            name="Maija Meikäläinen",
            street="Koivutie 1",
            postal_code="00100",
            city="Helsinki",
            language=Language.SV,
        )
        builder = Customer(
            customer_number=3,
            kind=CustomerKind.COMPANY,
            name="Rakennus Oy",
            street="Pajatie 2",
            postal_code="40100",
            city="Jyväskylä",
        )
        nowhere = Customer(customer_number=4, kind=CustomerKind.COMPANY, name="Osoitteeton Oy")
        s.add_all([member, cleaning, building, town, home, builder, nowhere])
        s.flush()
        assignments = {
            "town": WorkAssignment(
                customer_id=town.id,
                service_id=cleaning.id,
                title="Koulu",
                starts_on=date(2026, 5, 1),
            ),
            "home": WorkAssignment(
                customer_id=home.id,
                service_id=cleaning.id,
                title="Koti",
                starts_on=date(2026, 5, 1),
            ),
            "builder": WorkAssignment(
                customer_id=builder.id,
                service_id=building.id,
                title="Työmaa",
                starts_on=date(2026, 5, 1),
            ),
        }
        s.add_all(assignments.values())
        s.flush()
        entries = {}
        for key, assignment in assignments.items():
            rows = [
                WorkEntry(
                    assignment_id=assignment.id,
                    member_id=member.id,
                    work_date=date(2026, 5, day),
                    hours=Decimal(hours),
                    approved_at=APPROVED,
                )
                for day, hours in ((4, "2.50"), (5, "3.00"))
            ]
            # Not approved and volunteer work are never invoiced.
            rows.append(
                WorkEntry(
                    assignment_id=assignment.id,
                    member_id=member.id,
                    work_date=date(2026, 5, 6),
                    hours=Decimal("1"),
                )
            )
            rows.append(
                WorkEntry(
                    assignment_id=assignment.id,
                    member_id=member.id,
                    work_date=date(2026, 5, 7),
                    hours=Decimal("1"),
                    approved_at=APPROVED,
                    volunteer=True,
                )
            )
            s.add_all(rows)
            s.flush()
            entries[key] = [r.id for r in rows[:2]]
        ids = {
            "town": town.id,
            "home": home.id,
            "builder": builder.id,
            "nowhere": nowhere.id,
            "cleaning": cleaning.id,
        }
    return {**ids, **{f"entries_{k}": v for k, v in entries.items()}}
