"""Sending an issued invoice to a customer who takes e-invoices: its Finvoice file, recorded.

Osuva has no connection to e-invoice operators. "Sending" writes the Finvoice 3.0 file (in
the operators' ebXML SOAP envelope when the cooperative has its own e-invoice address and
operator, as the invoice run does) into a folder; the user uploads it to the operator's or
the bank's service. The sending is recorded when the file is written, with the buyer's
e-invoice address and operator as the recipient.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.domain import Invoice, InvoiceSending
from app.domain.base import utcnow
from app.domain.enums import InvoiceState

from .einvoices import EInvoiceFormat, einvoice_of, file_name, finvoice_xml, write_file
from .errors import NotFoundError, ServiceError, ValidationError
from .policy import Permission, requires
from .uow import UnitOfWork

CHANNEL = "einvoice"


@dataclass(frozen=True)
class EInvoiceRoute:
    """Where the buyer receives e-invoices, as frozen on the invoice when it was issued."""

    address: str
    operator: str

    @property
    def recipient(self) -> str:
        return f"{self.address} / {self.operator}" if self.operator else self.address


@dataclass(frozen=True)
class WrittenEInvoice:
    path: Path
    route: EInvoiceRoute
    soap: bool


def _route(invoice: Invoice) -> EInvoiceRoute | None:
    if not invoice.buyer_einvoice_address:
        return None
    return EInvoiceRoute(invoice.buyer_einvoice_address, invoice.buyer_einvoice_operator or "")


@requires(Permission.INVOICING)
def einvoice_route(uow: UnitOfWork, invoice_id: int) -> EInvoiceRoute | None:
    """The buyer's e-invoice address and operator; None when the buyer gets e-mail or paper."""
    invoice = uow.session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFoundError("invoice", invoice_id)
    return _route(invoice)


@requires(Permission.INVOICING)
def finvoice_for_buyer(
    uow: UnitOfWork, invoice_id: int, now: datetime | None = None
) -> tuple[bytes, EInvoiceFormat]:
    """The Finvoice in the operators' envelope when the routing data allows it, else plain.

    Raises the plain Finvoice's ValidationError when not even that can be written.
    """
    try:
        return finvoice_xml(uow, invoice_id, soap=True, now=now), EInvoiceFormat.FINVOICE_SOAP
    except ValidationError:
        return finvoice_xml(uow, invoice_id), EInvoiceFormat.FINVOICE


@requires(Permission.INVOICING)
def record_einvoice_sending(uow: UnitOfWork, invoice_id: int, route: EInvoiceRoute) -> None:
    uow.session.add(
        InvoiceSending(
            invoice_id=invoice_id,
            sent_at=utcnow(),
            channel=CHANNEL,
            recipient=route.recipient,
            user_id=uow.actor.user_id,
        )
    )
    uow.session.flush()


@requires(Permission.INVOICING)
def send_einvoice(
    uow: UnitOfWork, invoice_id: int, folder: Path, now: datetime | None = None
) -> WrittenEInvoice:
    """Write the invoice's Finvoice into ``folder`` and record the sending.

    The file is written whole or not at all; if writing fails nothing is recorded. The
    recording commits with the unit of work after the file is in place.
    """
    invoice = uow.session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFoundError("invoice", invoice_id)
    if invoice.state != InvoiceState.ISSUED:
        raise ServiceError("only an issued invoice can be sent", code="not_issued")
    route = _route(invoice)
    if route is None:
        raise ValidationError({"buyer_einvoice_address": "missing"})
    folder = Path(folder)
    if not folder.is_dir():
        raise ValidationError({"folder": "missing"})
    data, fmt = finvoice_for_buyer(uow, invoice_id, now)
    path = folder / file_name(einvoice_of(uow, invoice_id), fmt)
    write_file(path, data)
    record_einvoice_sending(uow, invoice_id, route)
    return WrittenEInvoice(path, route, fmt == EInvoiceFormat.FINVOICE_SOAP)
