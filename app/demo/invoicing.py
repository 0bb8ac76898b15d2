"""Monthly invoices for approved work, gaplessly numbered, plus credit notes and drafts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update

from app.domain import Invoice, InvoiceLine, InvoiceSending, InvoiceSeries
from app.domain.enums import CustomerKind, InvoiceKind, InvoiceState
from app.fi.ids import vat_id_from_ytunnus
from app.fi.reference import fi_reference
from app.fi.vat import rate_for, split_line
from app.services.cooperative import KNOWN_REFERENCE_RATES
from app.services.invoice_issue import due_date_for, seller_snapshot

from .context import DemoContext, DemoCustomer, DemoService
from .dates import add_months, at, first_working_day, next_month
from .work import Entry


@dataclass
class Issued:
    """What payments and reminders need to know about an issued invoice."""

    id: int
    number: int
    customer: DemoCustomer
    kind: InvoiceKind
    issue_date: date
    due_date: date
    reference: str
    gross: Decimal
    interest_rate: Decimal
    lines: list[dict[str, Any]]
    credited: bool = False


def _reference_rate(on: date) -> Decimal:
    rate = KNOWN_REFERENCE_RATES[0][1]
    for valid_from, value in KNOWN_REFERENCE_RATES:
        if valid_from <= on:
            rate = value
    return rate


class Invoicing:
    """Numbers invoices gaplessly in issue-date order as months are invoiced one by one."""

    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx
        main = select(InvoiceSeries.id).where(InvoiceSeries.code == "MAIN")
        self.series_id = ctx.session.scalars(main).one()
        self.number = 1
        self.issued: list[Issued] = []
        # One credit note per block, for an invoice about four months back.
        self.credit_month = max(add_months(ctx.today, -4), ctx.start.replace(day=1))
        # What an issued invoice freezes of the seller, as issuing writes it.
        self.seller = seller_snapshot(ctx.session)

    def is_invoiced(self, month: date) -> bool:
        """Whether the month's invoices were due to be issued by today."""
        return first_working_day(next_month(month)) <= self.ctx.today

    def invoice_month(self, month: date, entries: list[Entry]) -> None:
        """Invoice the month's work per customer; entries learn their line and issue date."""
        ctx = self.ctx
        issue_date = first_working_day(next_month(month))
        by_customer: dict[int, list[Entry]] = defaultdict(list)
        for entry in entries:
            by_customer[entry.assignment.customer.id].append(entry)
        invoices, lines = [], []
        for customer in ctx.customers:
            work = by_customer.get(customer.id)
            if not work:
                continue
            invoice_id = ctx.new_id(Invoice)
            groups: dict[str, list[Entry]] = defaultdict(list)
            for entry in work:
                groups[entry.assignment.service.code].append(entry)
            period = f"{month.month}/{month.year}"
            invoice_lines: list[dict[str, Any]] = []
            for code, service in ctx.services.items():
                group = groups.get(code)
                if not group:
                    continue
                line = self._line(
                    invoice_id,
                    len(invoice_lines) + 1,
                    customer,
                    service,
                    period,
                    sum((e.hours for e in group), Decimal(0)),
                    max(e.work_date for e in group),
                )
                invoice_lines.append(line)
                for entry in group:
                    entry.line_id = line["id"]
                    entry.issued_on = issue_date
            km = sum((e.km for e in work), Decimal(0))
            if km:
                line = self._line(
                    invoice_id,
                    len(invoice_lines) + 1,
                    customer,
                    ctx.services["KM"],
                    period,
                    km,
                    max(e.work_date for e in work if e.km),
                )
                invoice_lines.append(line)
            invoices.append(
                self._invoice(invoice_id, customer, issue_date, month, invoice_lines, None)
            )
            lines.extend(invoice_lines)
        ctx.insert(Invoice, invoices)
        ctx.insert(InvoiceLine, lines)
        if month == self.credit_month:
            self._credit_notes(issue_date + timedelta(days=9), len(invoices))

    def _line(
        self,
        invoice_id: int,
        position: int,
        customer: DemoCustomer,
        service: DemoService,
        period: str,
        quantity: Decimal,
        delivery: date,
    ) -> dict[str, Any]:
        lang = customer.language.value
        price = customer.prices.get(service.code, service.price)
        rate = rate_for(service.vat_code, delivery)
        net, vat, gross = split_line(quantity, price, rate)
        deductible = customer.kind == CustomerKind.HOUSEHOLD and service.household_deductible
        return {
            "id": self.ctx.new_id(InvoiceLine),
            "invoice_id": invoice_id,
            "position": position,
            "description": f"{service.names[lang]} {period}",
            "quantity": quantity,
            "unit": service.unit,
            "unit_price": price,
            "vat_code": service.vat_code,
            "vat_rate": rate,
            "net_amount": net,
            "vat_amount": vat,
            "gross_amount": gross,
            "service_id": service.id,
            "household_work_amount": gross if deductible else None,
            "delivery_date": delivery,
            "discount_percent": Decimal(0),
            "credited_line_id": None,
        }

    def _invoice(
        self,
        invoice_id: int,
        customer: DemoCustomer,
        issue_date: date | None,
        month: date,
        lines: list[dict[str, Any]],
        credited: Issued | None,
    ) -> dict[str, Any]:
        """The invoice row; issue_date None makes a draft without number or reference."""
        ctx = self.ctx
        household = customer.kind == CustomerKind.HOUSEHOLD
        gross = sum((line["gross_amount"] for line in lines), Decimal(0))
        row: dict[str, Any] = {
            "id": invoice_id,
            "series_id": self.series_id,
            "number": None,
            "kind": InvoiceKind.CREDIT_NOTE if credited else InvoiceKind.INVOICE,
            "state": InvoiceState.DRAFT,
            "credited_invoice_id": credited.id if credited else None,
            "customer_id": customer.id,
            "language": customer.language,
            "issue_date": None,
            "delivery_from": max(month, ctx.start),
            "delivery_to": min(next_month(month) - timedelta(days=1), ctx.today),
            "due_date": None,
            "reference": "",
            "our_reference": ctx.users["treasurer"][1],
            "buyer_reference": (
                "Kustannuspaikka 4120" if customer.kind == CustomerKind.MUNICIPALITY else ""
            ),
            "notes": _notes(customer, lines, credited),
            "buyer_kind": customer.kind,
            "buyer_name": customer.name,
            "buyer_business_id": customer.business_id,
            "buyer_vat_id": vat_id_from_ytunnus(customer.business_id) if not household else "",
            "buyer_street": customer.street,
            "buyer_postal_code": customer.postal_code,
            "buyer_city": customer.city,
            "buyer_country": "FI",
            "buyer_einvoice_address": customer.einvoice_address,
            "buyer_einvoice_operator": customer.einvoice_operator,
            "seller_snapshot": None,
            "late_interest_rate": None,
            "total_net": sum((line["net_amount"] for line in lines), Decimal(0)),
            "total_vat": sum((line["vat_amount"] for line in lines), Decimal(0)),
            "total_gross": gross,
            "issued_at": None,
            "issued_by_id": None,
            "created_at": at(ctx.today - timedelta(days=1), 15),
        }
        if issue_date is not None:
            number = self.number
            self.number += 1
            issued_at = at(issue_date, 11 if credited else 9)
            term = customer.payment_term_days or 14
            due_date = issue_date if credited else due_date_for(issue_date, term)
            # Korkolaki: reference rate plus 7 points, 8 between businesses.
            interest = _reference_rate(issue_date) + (7 if household else 8)
            row.update(
                number=number,
                state=InvoiceState.ISSUED,
                issue_date=issue_date,
                due_date=due_date,
                reference=fi_reference(str(1000 + number)),
                seller_snapshot={**self.seller, "payment_term_days": term},
                late_interest_rate=interest,
                issued_at=issued_at,
                issued_by_id=ctx.users["treasurer"][0],
                created_at=issued_at,
            )
            self.issued.append(
                Issued(
                    id=invoice_id,
                    number=number,
                    customer=customer,
                    kind=row["kind"],
                    issue_date=issue_date,
                    due_date=due_date,
                    reference=row["reference"],
                    gross=gross,
                    interest_rate=interest,
                    lines=lines,
                )
            )
        row["updated_at"] = row["created_at"]
        return row

    def _credit_notes(self, issue_date: date, batch: int) -> None:
        """Per block, credit up to two hours of a line that was invoiced by mistake."""
        ctx = self.ctx
        invoices, lines = [], []
        firsts: dict[int, Issued] = {}
        for issued in self.issued[-batch:]:
            if issued.customer.kind == CustomerKind.COMPANY:
                firsts.setdefault(issued.customer.block, issued)
        for block in sorted(firsts):
            original = firsts[block]
            original.credited = True
            wrong = original.lines[0]
            credit_id = ctx.new_id(Invoice)
            quantity = -min(Decimal(2), wrong["quantity"])
            net, vat, gross = split_line(quantity, wrong["unit_price"], wrong["vat_rate"])
            lang = original.customer.language.value
            text = {"fi": "Hyvitys", "sv": "Kreditering", "en": "Credit"}[lang]
            hours = f"{-quantity:f}".rstrip("0").rstrip(".")
            lines.append(
                {
                    **wrong,
                    "id": ctx.new_id(InvoiceLine),
                    "invoice_id": credit_id,
                    "position": 1,
                    "description": f"{text}: {wrong['description']}, {hours} h",
                    "quantity": quantity,
                    "net_amount": net,
                    "vat_amount": vat,
                    "gross_amount": gross,
                    "household_work_amount": None,
                    "credited_line_id": wrong["id"],
                }
            )
            month = wrong["delivery_date"].replace(day=1)
            invoices.append(
                self._invoice(credit_id, original.customer, issue_date, month, lines[-1:], original)
            )
        ctx.insert(Invoice, invoices)
        ctx.insert(InvoiceLine, lines)

    def add_drafts(self) -> None:
        """One unfinished draft per block: extra work not yet issued, so it has no number."""
        ctx = self.ctx
        month = ctx.today.replace(day=1)
        invoices, lines = [], []
        for customer in ctx.customers:
            if customer.role != "construction":
                continue
            invoice_id = ctx.new_id(Invoice)
            period = f"{month.month}/{month.year}"
            draft_lines = [
                self._line(
                    invoice_id, 1, customer, ctx.services["RAKENNUS"], period, Decimal(6), ctx.today
                ),
                self._line(
                    invoice_id, 2, customer, ctx.services["KM"], period, Decimal(42), ctx.today
                ),
            ]
            draft_lines[0]["description"] = f"Lisätyö: jätteiden lajittelu {period}"
            invoices.append(self._invoice(invoice_id, customer, None, month, draft_lines, None))
            lines.extend(draft_lines)
        ctx.insert(Invoice, invoices)
        ctx.insert(InvoiceLine, lines)

    def finish(self) -> None:
        """The series continues after the last number used; every issued invoice and credit
        note went to its buyer within the hour, as an e-invoice or by e-mail."""
        self.ctx.session.execute(
            update(InvoiceSeries)
            .where(InvoiceSeries.id == self.series_id)
            .values(next_number=self.number)
        )
        treasurer = self.ctx.users["treasurer"][0]
        sendings = []
        for issued in self.issued:
            customer = issued.customer
            einvoice = bool(customer.einvoice_address)
            sendings.append(
                {
                    "id": self.ctx.new_id(InvoiceSending),
                    "invoice_id": issued.id,
                    "sent_at": at(issued.issue_date, 12),
                    "channel": "einvoice" if einvoice else "email",
                    "recipient": (
                        f"{customer.einvoice_address} / {customer.einvoice_operator}"
                        if einvoice
                        else customer.email
                    ),
                    "user_id": treasurer,
                    "reminder_id": None,
                }
            )
        self.ctx.insert(InvoiceSending, sendings)


def _notes(customer: DemoCustomer, lines: list[dict[str, Any]], credited: Issued | None) -> str:
    """A note for the buyer; legal grounds, the credited invoice and the household share
    are printed by the invoice itself."""
    if customer.kind == CustomerKind.MUNICIPALITY and credited is None:
        return {
            "fi": "Kiitos yhteistyöstä!",
            "sv": "Tack för samarbetet!",
            "en": "Thank you for working with us!",
        }[customer.language.value]
    return ""
