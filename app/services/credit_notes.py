"""Credit notes: a whole invoice or chosen lines credited; the original never changes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, type_coerce

from app.domain import Invoice, InvoiceLine, WorkEntry
from app.domain.base import Fixed
from app.domain.enums import InvoiceKind, InvoiceState

from .errors import NotFoundError, ServiceError, ValidationError
from .invoice_issue import IssuedInvoice, freeze_and_number
from .policy import Permission, requires
from .uow import UnitOfWork

CREDIT_TEXT = {"fi": "Hyvitys", "sv": "Kreditering", "en": "Credit"}


def credited_quantities(session, line_ids: list[int]) -> dict[int, Decimal]:
    """How much of each original line issued or draft credit notes already credit."""
    if not line_ids:
        return {}
    query = (
        select(InvoiceLine.credited_line_id, type_coerce(func.sum(InvoiceLine.quantity), Fixed(3)))
        .where(InvoiceLine.credited_line_id.in_(line_ids))
        .group_by(InvoiceLine.credited_line_id)
    )
    return {line_id: -total for line_id, total in session.execute(query)}


@requires(Permission.INVOICING)
def creditable_line_ids(uow: UnitOfWork, invoice_id: int) -> list[int]:
    """The invoice's lines not credited yet."""
    lines = uow.session.scalars(
        select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id)
    ).all()
    done = credited_quantities(uow.session, [line.id for line in lines])
    return [line.id for line in lines if done.get(line.id, Decimal(0)) < line.quantity]


@requires(Permission.INVOICING)
def credit_invoice(
    uow: UnitOfWork,
    invoice_id: int,
    line_ids: list[int] | None = None,
    issue_date: date | None = None,
) -> IssuedInvoice:
    """Issue a credit note for the chosen lines (all when None) of an issued invoice.

    It has its own number in the same series and negative amounts; the credited work
    entries become billable again. The original invoice row and lines stay untouched.
    """
    session = uow.session
    original = session.get(Invoice, invoice_id)
    if original is None:
        raise NotFoundError("invoice", invoice_id)
    if original.state != InvoiceState.ISSUED or original.kind != InvoiceKind.INVOICE:
        raise ServiceError("only an issued invoice can be credited", code="not_creditable")
    open_ids = set(creditable_line_ids(uow, invoice_id))
    chosen = [line for line in original.lines if line_ids is None or line.id in set(line_ids)]
    if line_ids is not None and len(chosen) != len(set(line_ids)):
        raise ValidationError({"lines": "not_on_invoice"})
    chosen = [line for line in chosen if line.id in open_ids]
    if not chosen:
        raise ValidationError({"lines": "nothing_to_credit"})
    issue_date = issue_date or date.today()
    if original.issue_date and issue_date < original.issue_date:
        raise ValidationError({"issue_date": "before_original"})
    lang = original.language.value
    note = Invoice(
        series_id=original.series_id,
        kind=InvoiceKind.CREDIT_NOTE,
        state=InvoiceState.DRAFT,
        credited_invoice_id=original.id,
        customer_id=original.customer_id,
        customer=original.customer,
        language=original.language,
        delivery_from=original.delivery_from,
        delivery_to=original.delivery_to,
        our_reference=original.our_reference,
        buyer_reference=original.buyer_reference,
    )
    session.add(note)
    for position, line in enumerate(chosen, start=1):
        household = line.household_work_amount
        note.lines.append(
            InvoiceLine(
                position=position,
                description=f"{CREDIT_TEXT[lang]}: {line.description}",
                quantity=-line.quantity,
                unit=line.unit,
                unit_price=line.unit_price,
                discount_percent=line.discount_percent,
                vat_code=line.vat_code,
                vat_rate=line.vat_rate,
                net_amount=-line.net_amount,
                vat_amount=-line.vat_amount,
                gross_amount=-line.gross_amount,
                service_id=line.service_id,
                household_work_amount=-household if household is not None else None,
                delivery_date=line.delivery_date,
                credited_line_id=line.id,
            )
        )
    note.total_net = sum((line.net_amount for line in note.lines), Decimal("0.00"))
    note.total_vat = sum((line.vat_amount for line in note.lines), Decimal("0.00"))
    note.total_gross = sum((line.gross_amount for line in note.lines), Decimal("0.00"))
    session.flush()
    # The credited work is billable again: its entries point at no line now.
    credited = [line.id for line in chosen]
    for entry in session.scalars(select(WorkEntry).where(WorkEntry.invoice_line_id.in_(credited))):
        entry.invoice_line_id = None
    # Credit notes are due at once: nothing is to be paid.
    return freeze_and_number(uow, note, issue_date, due_date=issue_date)
