"""Small hand-made issued invoices for the e-invoice tests: one of each kind that matters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.db import Database
from app.domain import Cooperative, Customer, Invoice, InvoiceLine, InvoiceSeries
from app.domain.enums import CustomerKind, InvoiceKind, InvoiceState, Language
from app.fi.reference import fi_reference
from app.fi.vat import split_line
from app.services.uow import UnitOfWork

SELLER = {
    "name": "Osuuskunta Testi",
    "business_id": "2077474-0",
    "street": "Rauhankatu 22 B",
    "postal_code": "06100",
    "city": "Porvoo",
    "iban": "FI3715903000000776",
    "bic": "NDEAFIHH",
}
# Text a user may type: markup characters, an emoji, Arabic and Hebrew.
TRICKY_NAME = 'Kahvila <Pörssi> & Co "😀" مقهى שלום'
TRICKY_LINE = "Siivous <b>&amp;</b> & 'lasit' 🧹 تنظيف ניקוי, Aviv אביב مرحبا 😀 Café"


@dataclass(frozen=True)
class Invoices:
    invoice: int
    credit_note: int
    reverse_charge: int
    tricky: int
    draft: int
    household: int
    unregistered: int


def _line(position: int, text: str, quantity: str, price: str, code: str, rate: str):
    net, vat, gross = split_line(Decimal(quantity), Decimal(price), Decimal(rate))
    return InvoiceLine(
        position=position,
        description=text,
        quantity=Decimal(quantity),
        unit="h",
        unit_price=Decimal(price),
        vat_code=code,
        vat_rate=Decimal(rate),
        net_amount=net,
        vat_amount=vat,
        gross_amount=gross,
        delivery_date=date(2026, 10, 31),
    )


def _invoice(
    session, customer: Customer, number: int | None, lines, seller=SELLER, **extra
) -> Invoice:
    """A draft with its lines, then issued by an update, as issuing does (triggers allow it)."""
    series = session.scalars(select(InvoiceSeries)).first()
    issued = number is not None
    invoice = Invoice(
        series_id=series.id,
        number=None,
        state=InvoiceState.DRAFT,
        customer_id=customer.id,
        language=customer.language,
        delivery_from=date(2026, 10, 1),
        delivery_to=date(2026, 10, 31),
        reference="",
        our_reference="Katja Lindroos",
        buyer_kind=customer.kind,
        buyer_name=customer.name,
        buyer_business_id=customer.business_id,
        buyer_vat_id="FI" + customer.business_id.replace("-", "") if customer.business_id else "",
        buyer_street=customer.street,
        buyer_postal_code=customer.postal_code,
        buyer_city=customer.city,
        buyer_einvoice_address=customer.einvoice_address,
        buyer_einvoice_operator=customer.einvoice_operator,
        lines=lines,
        total_net=sum((line.net_amount for line in lines), Decimal(0)),
        total_vat=sum((line.vat_amount for line in lines), Decimal(0)),
        total_gross=sum((line.gross_amount for line in lines), Decimal(0)),
        **extra,
    )
    session.add(invoice)
    session.flush()
    if issued:
        invoice.number = number
        invoice.state = InvoiceState.ISSUED
        invoice.issue_date = date(2026, 11, 2)
        invoice.due_date = date(2026, 11, 16)
        invoice.reference = fi_reference(str(1000 + number))
        invoice.seller_snapshot = dict(seller)
        invoice.late_interest_rate = Decimal("10.50")
        session.flush()
    return invoice


def _customer(session, number: int, kind: CustomerKind, name: str, business_id: str, **extra):
    customer = Customer(
        customer_number=number,
        kind=kind,
        name=name,
        business_id=business_id,
        street="Mannerheimintie 1",
        postal_code="00100",
        city="Helsinki",
        language=extra.pop("language", Language.FI),
        **extra,
    )
    session.add(customer)
    session.flush()
    return customer


def add_invoices(db: Database) -> Invoices:
    """An invoice to a municipality with an OVT address, its credit note, a reverse-charge
    invoice to a builder, one with tricky text, a draft and a household invoice."""
    with UnitOfWork(db) as uow:
        s = uow.session
        coop = s.scalars(select(Cooperative)).one()
        coop.einvoice_operator = "NDEAFIHH"
        city = _customer(
            s,
            1,
            CustomerKind.MUNICIPALITY,
            "Porvoon kaupunki",
            "1061512-1",
            einvoice_address="003710615121",
            einvoice_operator="003703575029",
        )
        builder = _customer(
            s, 2, CustomerKind.COMPANY, "Rakennus Kettunen Oy", "2619197-6", language=Language.SV
        )
        tricky = _customer(
            s,
            3,
            CustomerKind.COMPANY,
            TRICKY_NAME,
            "2257413-6",
            einvoice_address="003722574136",
            einvoice_operator="E204503",
            language=Language.EN,
        )
        home = _customer(s, 4, CustomerKind.HOUSEHOLD, "Maija Meikäläinen", "")
        invoice = _invoice(
            s,
            city,
            1,
            [
                _line(1, "Siivous 10/2026", "12.5", "32.00", "general", "25.5"),
                _line(2, "Kotiapu 10/2026", "3", "30.00", "exempt_social", "0"),
                _line(3, "Matkakulut 10/2026", "42", "0.55", "general", "25.5"),
            ],
            buyer_reference="Kustannuspaikka 4120",
        )
        credit = _invoice(
            s,
            city,
            2,
            [_line(1, "Hyvitys: Siivous 10/2026, 2 h", "-2", "32.00", "general", "25.5")],
            kind=InvoiceKind.CREDIT_NOTE,
            credited_invoice_id=invoice.id,
            notes="Hyvityslasku laskulle 1.",
        )
        reverse = _invoice(
            s,
            builder,
            3,
            [_line(1, "Byggtjänst 10/2026", "20", "38.00", "reverse_charge", "0")],
            notes="Omvänd skattskyldighet, MomsL 8 c §",
        )
        odd = _invoice(
            s,
            tricky,
            4,
            [_line(1, TRICKY_LINE, "2", "32.00", "general", "25.5")],
            notes='Huom: <tärkeä> & "kiireellinen" 🚀 ملاحظة הערה',
            buyer_reference="Viite <A&B>",
        )
        draft = _invoice(s, city, None, [_line(1, "Luonnos", "1", "10.00", "general", "25.5")])
        household = _invoice(
            s, home, 5, [_line(1, "Kotiapu 10/2026", "4", "30.00", "general", "25.5")]
        )
        # A cooperative below the VAT threshold (vähäinen toiminta) charges no VAT.
        small = _invoice(
            s,
            city,
            6,
            [_line(1, "Pihatyö 10/2026", "5", "30.00", "zero", "0")],
            seller={**SELLER, "vat_id": "", "vat_registered": False},
        )
        return Invoices(invoice.id, credit.id, reverse.id, odd.id, draft.id, household.id, small.id)
