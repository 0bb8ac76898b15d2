"""E-invoices of issued invoices and credit notes: Finvoice 3.0 and Peppol BIS Billing 3.0.

The XML is written from what the invoice froze on issue; only the seller's operator for the
SOAP envelope (transmission data, not invoice content) may come from today's settings.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.domain import Cooperative, Invoice, InvoiceSeries
from app.domain.enums import InvoiceState
from app.einvoice.codes import VatCategory
from app.einvoice.finvoice import finvoice_bytes
from app.einvoice.peppol import PeppolAddressMissing, buyer_endpoint, peppol_bytes
from app.einvoice.routing import Transmission, transmission_for
from app.einvoice.soap import enveloped_finvoice
from app.einvoice.source import EInvoice, NotIssuedError, display_number, einvoice_source

from .errors import NotFoundError, ServiceError, ValidationError
from .policy import Permission, requires
from .uow import UnitOfWork


class EInvoiceFormat(StrEnum):
    FINVOICE = "finvoice"
    # Finvoice behind the ebXML SOAP envelope, as operators take it.
    FINVOICE_SOAP = "finvoice_soap"
    PEPPOL = "peppol"


class InvoiceRefused(ValidationError):
    """One invoice of an export cannot be an e-invoice; `number` says which."""

    def __init__(self, problems: dict[str, str], number: str) -> None:
        super().__init__(problems)
        self.number = number


class EInvoiceWriteError(ServiceError):
    """The folder or a file in it could not be written; nothing half-written is left."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"cannot write {path}: {reason}", code="write_failed")
        self.path = path
        self.reason = reason


def _invoice(uow: UnitOfWork, invoice_id: int) -> Invoice:
    invoice = uow.session.scalars(
        select(Invoice)
        .where(Invoice.id == invoice_id)
        .options(selectinload(Invoice.lines), selectinload(Invoice.credited_invoice))
    ).one_or_none()
    if invoice is None:
        raise NotFoundError("invoice", invoice_id)
    return invoice


def _source(uow: UnitOfWork, invoice_id: int) -> EInvoice:
    try:
        source = einvoice_source(_invoice(uow, invoice_id))
    except NotIssuedError as exc:
        raise ValidationError({"invoice": "draft"}) from exc
    if not source.seller.iban:
        raise ValidationError({"seller_iban": "missing"})
    return source


@requires(Permission.INVOICING)
def einvoice_of(uow: UnitOfWork, invoice_id: int) -> EInvoice:
    """What the e-invoice of an issued invoice or credit note says."""
    return _source(uow, invoice_id)


def _route(uow: UnitOfWork, source: EInvoice, now: datetime | None) -> Transmission:
    coop = uow.session.scalars(select(Cooperative)).first()
    route = transmission_for(
        source, now=now, seller_operator=coop.einvoice_operator if coop is not None else ""
    )
    if route.missing:
        raise ValidationError(dict.fromkeys(route.missing, "missing"))
    return route


@requires(Permission.INVOICING)
def finvoice_xml(
    uow: UnitOfWork, invoice_id: int, *, soap: bool = False, now: datetime | None = None
) -> bytes:
    """The Finvoice 3.0 document; with ``soap`` the ebXML envelope and routing come first."""
    fmt = EInvoiceFormat.FINVOICE_SOAP if soap else EInvoiceFormat.FINVOICE
    return _render(uow, _source(uow, invoice_id), fmt, now)


def _check_peppol(source: EInvoice) -> None:
    problems: dict[str, str] = {}
    try:
        buyer_endpoint(source.buyer)
    except PeppolAddressMissing:
        problems["buyer_einvoice_address"] = "missing"
    if not source.buyer.vat_id and any(
        group.category == VatCategory.REVERSE_CHARGE for group in source.vat_groups
    ):
        problems["buyer_vat_id"] = "missing"
    if problems:
        raise ValidationError(problems)


@requires(Permission.INVOICING)
def peppol_xml(uow: UnitOfWork, invoice_id: int) -> bytes:
    """The Peppol BIS Billing 3.0 UBL Invoice or CreditNote."""
    return _render(uow, _source(uow, invoice_id), EInvoiceFormat.PEPPOL, None)


def _render(uow: UnitOfWork, source: EInvoice, fmt: EInvoiceFormat, now: datetime | None) -> bytes:
    if fmt == EInvoiceFormat.PEPPOL:
        _check_peppol(source)
        return peppol_bytes(source)
    if fmt == EInvoiceFormat.FINVOICE_SOAP:
        return enveloped_finvoice(source, _route(uow, source, now))
    return finvoice_bytes(source)


@requires(Permission.INVOICING)
def einvoice_problems(uow: UnitOfWork, invoice_id: int, fmt: EInvoiceFormat) -> dict[str, str]:
    """What keeps an issued invoice from going out in ``fmt`` ({} when it can go).

    For the invoice run and sending: customers with an e-invoice address and operator get
    `FINVOICE_SOAP`, the rest a PDF.
    """
    try:
        _render(uow, _source(uow, invoice_id), fmt, None)
    except ValidationError as exc:
        return dict(exc.problems)
    return {}


@requires(Permission.INVOICING)
def issued_invoice_id(uow: UnitOfWork, number: str) -> int:
    """The id of the issued invoice or credit note printed with this number (prefix included)."""
    text = "".join(number.split())
    tail = len(text) - len(text.rstrip("0123456789"))
    digits = text[len(text) - tail :] if tail else ""
    if not digits or len(digits) > 18:
        raise NotFoundError("invoice", number)
    rows = uow.session.execute(
        select(Invoice.id, InvoiceSeries.prefix)
        .join(InvoiceSeries, InvoiceSeries.id == Invoice.series_id)
        .where(Invoice.number == int(digits), Invoice.state == InvoiceState.ISSUED)
    ).all()
    exact = [row.id for row in rows if f"{row.prefix}{int(digits)}" == text]
    if len(exact) == 1:
        return exact[0]
    if len(rows) == 1 and text.isdigit():
        return rows[0].id
    raise NotFoundError("invoice", number)


@requires(Permission.INVOICING)
def invoice_number(uow: UnitOfWork, invoice_id: int) -> str:
    """The number as printed (the series' prefix and the number)."""
    return display_number(_invoice(uow, invoice_id))


@requires(Permission.INVOICING)
def issued_between(uow: UnitOfWork, start: date, end: date) -> list[int]:
    """Issued invoices and credit notes dated from ``start`` to ``end``, in number order."""
    return list(
        uow.session.scalars(
            select(Invoice.id)
            .where(
                Invoice.state == InvoiceState.ISSUED,
                Invoice.issue_date >= start,
                Invoice.issue_date <= end,
            )
            .order_by(Invoice.issue_date, Invoice.number)
        )
    )


def file_name(source: EInvoice, fmt: EInvoiceFormat) -> str:
    """finvoice-123.xml, peppol-123.xml: the printed number, safe in any file system."""
    number = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in source.number)
    prefix = "peppol" if fmt == EInvoiceFormat.PEPPOL else "finvoice"
    return f"{prefix}-{number}.xml"


def write_file(path: Path, data: bytes) -> None:
    """Write beside the target and rename: a failed export never leaves half a file."""
    try:
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".part")
    except OSError as exc:
        raise EInvoiceWriteError(path.parent, exc.strerror or str(exc)) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except OSError as exc:
        raise EInvoiceWriteError(path, exc.strerror or str(exc)) from exc
    finally:
        Path(temp).unlink(missing_ok=True)


@requires(Permission.INVOICING)
def export_einvoices(
    uow: UnitOfWork,
    invoice_ids: Sequence[int],
    folder: Path,
    fmt: EInvoiceFormat,
    *,
    batch: bool = False,
    now: datetime | None = None,
) -> list[Path]:
    """Write one file per invoice into ``folder``; with ``batch`` (Finvoice with the SOAP
    envelope only) one operator file holding every message instead. Returns the files.

    Every invoice is checked before anything is written, so a problem leaves no files.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ValidationError({"folder": "missing"})
    if not invoice_ids:
        raise ValidationError({"invoices": "none"})
    if batch and fmt != EInvoiceFormat.FINVOICE_SOAP:
        raise ValidationError({"format": "no_batch"})
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    documents: list[tuple[EInvoice, bytes]] = []
    for done, invoice_id in enumerate(invoice_ids):
        uow.progress(done, len(invoice_ids))
        source = _source(uow, invoice_id)
        try:
            documents.append((source, _render(uow, source, fmt, stamp)))
        except ValidationError as exc:
            raise InvoiceRefused(exc.problems, source.number) from exc
    uow.progress(len(invoice_ids), len(invoice_ids))
    if batch:
        path = folder / f"finvoice-{stamp:%Y%m%d-%H%M%S}.xml"
        write_file(path, b"".join(data for _, data in documents))
        return [path]
    paths: list[Path] = []
    try:
        for source, data in documents:
            path = folder / file_name(source, fmt)
            write_file(path, data)
            paths.append(path)
    except EInvoiceWriteError:
        # All or nothing: a full disk halfway leaves no part of the export behind.
        for path in paths:
            path.unlink(missing_ok=True)
        raise
    return paths
