"""Issuing: the next number, a payment reference, seller and buyer frozen into the invoice.

From the commit on, the database's triggers refuse any change to the invoice or its lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from app.domain import Cooperative, Customer, Invoice, ReferenceRate
from app.domain.base import utcnow
from app.domain.enums import InvoiceKind, InvoiceState
from app.fi.banking_days import next_banking_day
from app.fi.ids import InvalidIdentifier, vat_id_from_ytunnus
from app.fi.reference import fi_reference, rf_reference
from app.fi.vat import VatCode

from .errors import NotFoundError, ValidationError
from .invoice_drafts import draft_for_change
from .invoice_settings import read_invoice_settings
from .late_interest import margin_for
from .numbering import take_number
from .payments import register_reference
from .policy import Permission, requires
from .uow import UnitOfWork


@dataclass(frozen=True)
class IssuedInvoice:
    id: int
    number: int
    reference: str
    due_date: date


# The series every cooperative starts with (created with the cooperative).
FIRST_SERIES = 1


def payment_reference(number: int, kind: str, series_id: int = FIRST_SERIES) -> str:
    """The invoice's payment reference: Finnish 7-3-1 or RF, both from the invoice number.

    The first series keeps 1000 + number (4 to 7 digits, as every issued invoice has it); any
    other series gets 9, its id in two digits and the number in six: nine or more digits, so
    it can never meet the first series' references nor the members' share-fee ones (8 and six
    digits)."""
    base = str(1000 + number) if series_id == FIRST_SERIES else f"9{series_id:02d}{number:06d}"
    return rf_reference(base) if kind == "rf" else fi_reference(base)


def due_date_for(issue_date: date, term_days: int) -> date:
    """Issue date plus the payment term, moved off weekends and Finnish public holidays."""
    return next_banking_day(issue_date + timedelta(days=term_days))


def reference_rate(session, on: date) -> Decimal:
    rate = session.scalar(
        select(ReferenceRate.rate)
        .where(ReferenceRate.valid_from <= on)
        .order_by(ReferenceRate.valid_from.desc())
        .limit(1)
    )
    return rate if rate is not None else Decimal("0.00")


def seller_snapshot(session) -> dict[str, object]:
    """The cooperative's details as printed on an invoice (frozen into it on issue)."""
    coop = session.scalar(select(Cooperative).limit(1))
    if coop is None:
        raise NotFoundError("cooperative", 1)
    settings = read_invoice_settings(session)
    try:
        vat_id = settings.vat_id or vat_id_from_ytunnus(coop.business_id)
    except InvalidIdentifier:
        vat_id = ""
    return {
        "name": coop.name,
        "business_id": coop.business_id,
        "vat_id": vat_id if coop.vat_registered else "",
        "vat_registered": coop.vat_registered,
        "small_business_vat_exempt": coop.small_business_vat_exempt,
        "street": coop.street,
        "postal_code": coop.postal_code,
        "city": coop.city,
        "country": "FI",
        "domicile": coop.home_municipality or coop.city,
        "iban": coop.iban,
        "bic": coop.bic,
        "email": coop.email,
        "phone": coop.phone,
        "website": coop.website,
        "einvoice_address": coop.einvoice_address,
        "einvoice_operator": coop.einvoice_operator,
        "prepayment_register": settings.prepayment_register,
        "address_window": settings.address_window,
        "reminder_fee": str(coop.reminder_fee),
        "late_interest_margin": str(coop.late_interest_margin),
    }


def _buyer_vat_id(customer: Customer) -> str:
    if not customer.business_id:
        return ""
    try:
        return vat_id_from_ytunnus(customer.business_id)
    except InvalidIdentifier:
        return ""


def issue_problems(invoice: Invoice, customer: Customer) -> dict[str, str]:
    """What stops the invoice from being issued, by field: nothing half-issued."""
    problems: dict[str, str] = {}
    if not invoice.lines:
        problems["lines"] = "required"
    if not (customer.street.strip() and customer.postal_code.strip() and customer.city.strip()):
        problems["customer_address"] = "missing"
    reverse = any(line.vat_code == VatCode.REVERSE_CHARGE for line in invoice.lines)
    if reverse and not _buyer_vat_id(customer):
        problems["buyer_vat_id"] = "required_for_reverse_charge"
    return problems


@requires(Permission.INVOICING)
def freeze_and_number(
    uow: UnitOfWork, invoice: Invoice, issue_date: date, *, due_date: date | None = None
) -> IssuedInvoice:
    """Freeze seller and buyer, take the number, set reference and due date, mark issued."""
    session = uow.session
    customer = invoice.customer
    seller = seller_snapshot(session)
    coop = session.scalar(select(Cooperative).limit(1))
    term = customer.payment_term_days if customer.payment_term_days is not None else None
    term = coop.payment_term_days if term is None else term
    invoice.issue_date = issue_date
    invoice.due_date = due_date or due_date_for(issue_date, term)
    invoice.buyer_kind = customer.kind
    invoice.buyer_name = customer.name
    invoice.buyer_business_id = customer.business_id
    invoice.buyer_vat_id = _buyer_vat_id(customer)
    invoice.buyer_street = customer.street
    invoice.buyer_postal_code = customer.postal_code
    invoice.buyer_city = customer.city
    invoice.buyer_country = customer.country or "FI"
    invoice.buyer_einvoice_address = customer.einvoice_address
    invoice.buyer_einvoice_operator = customer.einvoice_operator
    # The agreed term is printed; the due date may be later (moved to a banking day).
    invoice.seller_snapshot = {**seller, "payment_term_days": term}
    # The same consumer/business line as the reminders draw (late_interest.consumer_rules).
    invoice.late_interest_rate = reference_rate(session, issue_date) + margin_for(customer.kind)
    # The lines and totals are final now; the state change below freezes them.
    session.flush()
    number = take_number(session, invoice.series_id)
    invoice.number = number
    settings = read_invoice_settings(session)
    invoice.reference = (
        payment_reference(number, settings.reference_kind, invoice.series_id)
        if invoice.kind == InvoiceKind.INVOICE
        else ""
    )
    invoice.state = InvoiceState.ISSUED
    invoice.issued_at = utcnow()
    invoice.issued_by_id = uow.actor.user_id
    if invoice.reference:
        # The bank statement import finds the invoice from its reference in one registry.
        register_reference(session, invoice.reference, invoice_id=invoice.id)
    session.flush()
    return IssuedInvoice(invoice.id, number, invoice.reference, invoice.due_date)


@requires(Permission.INVOICING)
def issue_invoice(
    uow: UnitOfWork,
    invoice_id: int,
    issue_date: date | None = None,
    expected_version: int | None = None,
) -> IssuedInvoice:
    """Issue a draft: refused with every missing thing named (address, buyer VAT ID, lines)."""
    invoice = draft_for_change(uow, invoice_id, expected_version)
    customer = invoice.customer
    problems = issue_problems(invoice, customer)
    if problems:
        raise ValidationError(problems)
    return freeze_and_number(uow, invoice, issue_date or date.today())
