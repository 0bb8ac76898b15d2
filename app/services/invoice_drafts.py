"""Invoice drafts: lines from a customer's unbilled approved hours and manual lines.

Drafts have no number and change freely; each hours line is traceable to its work entries
(``WorkEntry.invoice_line_id``), which are released again when the line or draft goes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.domain import (
    Customer,
    Invoice,
    InvoiceLine,
    InvoiceSeries,
    Service,
    WorkAssignment,
    WorkEntry,
)
from app.domain.enums import CustomerKind, InvoiceKind, InvoiceState, Language
from app.fi.vat import VatCode, VatRateNotFound

from .errors import NotFoundError, ServiceError, StaleError, ValidationError
from .invoice_lines import line_amounts
from .policy import Permission, requires
from .pricing import price_for
from .uow import UnitOfWork

HOUSEHOLD_KINDS = frozenset({CustomerKind.HOUSEHOLD.value, "household_tax_credit"})
MAX_LINES = 500


@dataclass
class LineForm:
    """One line as the draft dialog edits it."""

    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    vat_code: str = VatCode.GENERAL.value
    discount_percent: Decimal = Decimal(0)
    delivery_date: date | None = None
    service_id: int | None = None
    # The work entries this line bills (empty for a manual line).
    work_entry_ids: tuple[int, ...] = ()
    # The work share counts for the buyer's household tax credit.
    household_work: bool = False


@dataclass
class DraftForm:
    customer_id: int | None
    invoice_date: date | None = None
    delivery_from: date | None = None
    delivery_to: date | None = None
    our_reference: str = ""
    buyer_reference: str = ""
    language: Language | None = None  # None: the customer's language
    notes: str = ""
    lines: list[LineForm] = field(default_factory=list)


@dataclass(frozen=True)
class UnbilledGroup:
    """A customer's approved, not yet invoiced hours of one assignment and service."""

    assignment_id: int
    assignment: str
    service_id: int
    description: str
    hours: Decimal
    unit: str
    unit_price: Decimal
    vat_code: str
    first_day: date
    last_day: date
    work_entry_ids: tuple[int, ...]
    household_work: bool

    def as_line(self) -> LineForm:
        return LineForm(
            description=self.description,
            quantity=self.hours,
            unit=self.unit,
            unit_price=self.unit_price,
            vat_code=self.vat_code,
            delivery_date=self.last_day,
            service_id=self.service_id,
            work_entry_ids=self.work_entry_ids,
            household_work=self.household_work,
        )


def _unbilled_entries(
    session, customer_id: int, until: date | None, keep_line_ids: frozenset[int] = frozenset()
) -> list[WorkEntry]:
    """Approved, non-volunteer work entries of the customer not on any invoice line yet.

    Entries already on one of ``keep_line_ids`` (the draft being edited) count as unbilled.
    """
    free = WorkEntry.invoice_line_id.is_(None)
    if keep_line_ids:
        free = free | WorkEntry.invoice_line_id.in_(keep_line_ids)
    query = (
        select(WorkEntry)
        .join(WorkAssignment, WorkAssignment.id == WorkEntry.assignment_id)
        .where(
            WorkAssignment.customer_id == customer_id,
            WorkEntry.approved_at.is_not(None),
            WorkEntry.volunteer.is_(False),
            free,
        )
        .order_by(WorkEntry.assignment_id, WorkEntry.work_date, WorkEntry.id)
    )
    if until is not None:
        query = query.where(WorkEntry.work_date <= until)
    return list(session.scalars(query))


def _unit_price(session, customer_id: int, service_id: int, on: date) -> tuple[Decimal, str, str]:
    """(net unit price, unit, VAT code): the customer's agreed price or the list price that day."""
    quote = price_for(session, customer_id, service_id, on)
    return quote.unit_price, quote.unit, quote.vat_code


def _period_text(first: date, last: date) -> str:
    if first == last:
        return f"{first.day}.{first.month}.{first.year}"
    return f"{first.day}.{first.month}.–{last.day}.{last.month}.{last.year}"


@requires(Permission.INVOICING)
def unbilled_hours(
    uow: UnitOfWork, customer_id: int, until: date | None = None, draft_id: int | None = None
) -> list[UnbilledGroup]:
    """The customer's unbilled approved hours grouped by assignment and service."""
    session = uow.session
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError("customer", customer_id)
    keep = frozenset()
    if draft_id is not None:
        keep = frozenset(
            session.scalars(select(InvoiceLine.id).where(InvoiceLine.invoice_id == draft_id))
        )
    # A price change inside the period splits the hours into one line per price.
    prices: dict[tuple[int, date], tuple[Decimal, str, str]] = {}
    groups: dict[tuple[int, int, tuple[Decimal, str, str]], list[WorkEntry]] = defaultdict(list)
    for entry in _unbilled_entries(session, customer_id, until, keep):
        service_id = entry.assignment.service_id
        key = (service_id, entry.work_date)
        if key not in prices:
            prices[key] = _unit_price(session, customer_id, service_id, entry.work_date)
        groups[(entry.assignment_id, service_id, prices[key])].append(entry)
    lang = customer.language.value
    household = customer.kind.value in HOUSEHOLD_KINDS
    result = []
    for (assignment_id, service_id, (price, unit, vat_code)), entries in groups.items():
        assignment = entries[0].assignment
        service = session.get(Service, service_id)
        first = min(e.work_date for e in entries)
        last = max(e.work_date for e in entries)
        result.append(
            UnbilledGroup(
                assignment_id=assignment_id,
                assignment=assignment.title,
                service_id=service_id,
                description=f"{service.name(lang)}: {assignment.title} {_period_text(first, last)}",
                hours=sum((e.hours for e in entries), Decimal(0)),
                unit=unit,
                unit_price=price,
                vat_code=vat_code,
                first_day=first,
                last_day=last,
                work_entry_ids=tuple(e.id for e in entries),
                household_work=household and service.household_deductible,
            )
        )
    return result


def _validate(form: DraftForm) -> dict[str, str]:
    problems: dict[str, str] = {}
    if form.customer_id is None:
        problems["customer"] = "required"
    if form.delivery_from and form.delivery_to and form.delivery_to < form.delivery_from:
        problems["delivery_to"] = "before_start"
    if len(form.lines) > MAX_LINES:
        problems["lines"] = "too_many"
    for i, line in enumerate(form.lines, start=1):
        where = f"line {i}"
        if not line.description.strip():
            problems[f"{where}.description"] = "required"
        if line.quantity == 0:
            problems[f"{where}.quantity"] = "zero"
        elif line.quantity < 0:
            problems[f"{where}.quantity"] = "negative"
        if line.unit_price < 0:
            problems[f"{where}.unit_price"] = "negative"
        if not 0 <= line.discount_percent <= 100:
            problems[f"{where}.discount_percent"] = "range"
        try:
            VatCode(line.vat_code)
        except ValueError:
            problems[f"{where}.vat_code"] = "unknown"
    return problems


def _delivery_day(form: DraftForm, line: LineForm) -> date:
    # The VAT rate follows the delivery date: the line's own, else the end of the period.
    return line.delivery_date or form.delivery_to or form.invoice_date or date.today()


def _write_lines(uow: UnitOfWork, invoice: Invoice, form: DraftForm) -> None:
    session = uow.session
    customer = invoice.customer
    _release_entries(session, [line.id for line in invoice.lines])
    invoice.lines.clear()
    session.flush()
    free = {e.id: e for e in _unbilled_entries(session, customer.id, None)}
    problems: dict[str, str] = {}
    household = customer.kind.value in HOUSEHOLD_KINDS
    totals = [Decimal("0.00")] * 3
    for position, line in enumerate(form.lines, start=1):
        try:
            amounts = line_amounts(
                line.quantity,
                line.unit_price,
                line.discount_percent,
                line.vat_code,
                _delivery_day(form, line),
            )
        except VatRateNotFound:
            problems[f"line {position}.vat_code"] = "no_rate"
            continue
        row = InvoiceLine(
            position=position,
            description=line.description.strip(),
            quantity=line.quantity,
            unit=line.unit.strip()[:10],
            unit_price=line.unit_price,
            discount_percent=line.discount_percent,
            vat_code=line.vat_code,
            vat_rate=amounts.rate,
            net_amount=amounts.net,
            vat_amount=amounts.vat,
            gross_amount=amounts.gross,
            service_id=line.service_id,
            household_work_amount=amounts.gross if household and line.household_work else None,
            delivery_date=line.delivery_date,
        )
        invoice.lines.append(row)
        entries = []
        for entry_id in line.work_entry_ids:
            entry = free.pop(entry_id, None)
            if entry is None:
                problems[f"line {position}.work"] = "already_invoiced"
                break
            entries.append(entry)
        if entries:
            session.flush()
            for entry in entries:
                entry.invoice_line_id = row.id
        totals = [totals[0] + amounts.net, totals[1] + amounts.vat, totals[2] + amounts.gross]
    if problems:
        raise ValidationError(problems)
    invoice.total_net, invoice.total_vat, invoice.total_gross = totals


def _release_entries(session, line_ids: list[int]) -> None:
    if not line_ids:
        return
    for entry in session.scalars(select(WorkEntry).where(WorkEntry.invoice_line_id.in_(line_ids))):
        entry.invoice_line_id = None


def _main_series(session) -> int:
    series_id = session.scalar(select(InvoiceSeries.id).order_by(InvoiceSeries.id).limit(1))
    if series_id is None:
        raise NotFoundError("invoice series", "MAIN")
    return series_id


def _apply_header(invoice: Invoice, form: DraftForm, customer: Customer) -> None:
    invoice.customer_id = customer.id
    invoice.customer = customer
    invoice.language = form.language or customer.language
    invoice.issue_date = form.invoice_date
    invoice.delivery_from = form.delivery_from
    invoice.delivery_to = form.delivery_to
    invoice.our_reference = form.our_reference.strip()[:100]
    invoice.buyer_reference = form.buyer_reference.strip()[:100]
    invoice.notes = form.notes.strip()


@requires(Permission.INVOICING)
def create_draft(uow: UnitOfWork, form: DraftForm) -> int:
    """Save a new draft invoice and return its id; its work entries are taken off the list."""
    problems = _validate(form)
    customer = uow.session.get(Customer, form.customer_id) if form.customer_id else None
    if form.customer_id is not None and customer is None:
        problems["customer"] = "not_found"
    if problems:
        raise ValidationError(problems)
    invoice = Invoice(
        series_id=_main_series(uow.session),
        kind=InvoiceKind.INVOICE,
        state=InvoiceState.DRAFT,
    )
    _apply_header(invoice, form, customer)
    uow.session.add(invoice)
    uow.session.flush()
    _write_lines(uow, invoice, form)
    uow.session.flush()
    return invoice.id


@requires(Permission.INVOICING)
def draft_for_change(uow: UnitOfWork, invoice_id: int, expected_version: int | None) -> Invoice:
    invoice = uow.session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFoundError("invoice", invoice_id)
    if invoice.state != InvoiceState.DRAFT:
        raise ServiceError("an issued invoice cannot be changed", code="issued")
    if expected_version is not None and invoice.version != expected_version:
        raise StaleError("invoice", invoice_id, current=invoice.version)
    return invoice


@requires(Permission.INVOICING)
def update_draft(
    uow: UnitOfWork, invoice_id: int, form: DraftForm, expected_version: int | None = None
) -> None:
    """Replace the draft's header and lines; entries no longer billed become unbilled."""
    invoice = draft_for_change(uow, invoice_id, expected_version)
    problems = _validate(form)
    customer = uow.session.get(Customer, form.customer_id) if form.customer_id else None
    if form.customer_id is not None and customer is None:
        problems["customer"] = "not_found"
    if problems:
        raise ValidationError(problems)
    _apply_header(invoice, form, customer)
    _write_lines(uow, invoice, form)
    uow.session.flush()


@requires(Permission.INVOICING)
def delete_draft(uow: UnitOfWork, invoice_id: int, expected_version: int | None = None) -> None:
    """Delete a draft; its work entries become unbilled again. Issued invoices stay forever."""
    invoice = draft_for_change(uow, invoice_id, expected_version)
    _release_entries(uow.session, [line.id for line in invoice.lines])
    uow.session.flush()
    uow.session.delete(invoice)
    uow.session.flush()
