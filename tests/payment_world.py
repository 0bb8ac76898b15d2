"""A small cooperative with four issued invoices and a member owing a share fee.

References: invoice 1 → 10016, invoice 2 → RF131002, invoice 3 → 10032, invoice 4 → 10045;
member 1's share fee → 80000017 (what the hand-made statements in tests/data/camt pay).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from sqlalchemy import select

from app.domain import Customer, Invoice, InvoiceLine, InvoiceSeries
from app.domain.enums import CustomerKind, InvoiceKind, InvoiceState, Language, Role
from app.fi.reference import fi_reference, rf_reference
from app.services.member_form import MemberForm
from app.services.members import create_member
from app.services.shares import subscribe_shares
from app.services.uow import Actor, UnitOfWork

CAMT = Path(__file__).parent / "data" / "camt"
TREASURER = Actor("Taru Rahastonhoitaja", Role.TREASURER, user_id=None)
FACILITATOR = Actor("Fanni Valmentaja", Role.FACILITATOR)
CENT = Decimal("0.01")


@dataclass(frozen=True)
class World:
    invoices: dict[int, int]  # invoice number → id
    member_id: int


INVOICES = (
    # number, customer, kind, net, vat rate, issue, due, reference kind
    (
        1,
        "Esimerkin kaupunki",
        CustomerKind.MUNICIPALITY,
        "1240.00",
        "0",
        "2026-10-01",
        "2026-10-15",
    ),
    (2, "Rakennus Oy Testi", CustomerKind.COMPANY, "398.41", "25.5", "2026-10-05", "2026-10-19"),
    (3, "Virtanen Matti", CustomerKind.HOUSEHOLD, "69.16", "25.5", "2026-10-10", "2026-10-24"),
    (4, "Laine Liisa", CustomerKind.HOUSEHOLD, "95.62", "25.5", "2026-10-12", "2026-11-09"),
)


def d(text: str) -> date:
    return date.fromisoformat(text)


def add_invoice(
    session,
    number: int,
    customer_name: str,
    kind: CustomerKind,
    net: str,
    rate: str,
    issue: str,
    due: str,
    *,
    reference: str | None = None,
    credited_invoice_id: int | None = None,
    language: Language = Language.FI,
) -> Invoice:
    customer = session.scalar(select(Customer).where(Customer.name == customer_name))
    if customer is None:
        customer = Customer(customer_number=100 + number, kind=kind, name=customer_name)
        session.add(customer)
        session.flush()
    series = session.scalar(select(InvoiceSeries).limit(1))
    net_amount = Decimal(net)
    vat = (net_amount * Decimal(rate) / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    invoice = Invoice(
        series_id=series.id,
        number=number,
        kind=InvoiceKind.CREDIT_NOTE if credited_invoice_id else InvoiceKind.INVOICE,
        credited_invoice_id=credited_invoice_id,
        state=InvoiceState.ISSUED,
        customer_id=customer.id,
        language=language,
        issue_date=d(issue),
        delivery_from=d(issue),
        due_date=d(due),
        reference=reference if reference is not None else fi_reference(str(1000 + number)),
        buyer_kind=kind,
        buyer_name=customer_name,
        buyer_street="Testikatu 1",
        buyer_postal_code="00100",
        buyer_city="Helsinki",
        total_net=net_amount,
        total_vat=vat,
        total_gross=net_amount + vat,
        issued_at=datetime.combine(d(issue), datetime.min.time(), UTC),
    )
    invoice.lines.append(
        InvoiceLine(
            position=1,
            description="Siivous" if number % 2 else "Pihatyöt",
            quantity=Decimal("1") if not credited_invoice_id else Decimal("-1"),
            unit="h",
            unit_price=abs(net_amount),
            vat_code="general" if rate != "0" else "exempt_social",
            vat_rate=Decimal(rate),
            net_amount=net_amount,
            vat_amount=vat,
            gross_amount=net_amount + vat,
        )
    )
    session.add(invoice)
    session.flush()
    return invoice


def build_world(db) -> World:
    ids: dict[int, int] = {}
    with db.sessions() as session:
        for number, name, kind, net, rate, issue, due in INVOICES:
            reference = rf_reference(str(1000 + number)) if number == 2 else None
            ids[number] = add_invoice(
                session, number, name, kind, net, rate, issue, due, reference=reference
            ).id
        session.commit()
    with UnitOfWork(db, TREASURER) as uow:
        member_id = create_member(
            uow,
            MemberForm("Maija", "Meikäläinen", applied_on=d("2026-09-01")),
            today=d("2026-09-01"),
        )
        subscribe_shares(uow, member_id, 1, d("2026-09-01"))
    return World(ids, member_id)
