"""The invoice run with its PDFs: one unit of work per invoice, then its PDF into a folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.db import Database
from app.services.einvoice_sending import (
    einvoice_route,
    finvoice_for_buyer,
    record_einvoice_sending,
)
from app.services.einvoices import write_file
from app.services.errors import ValidationError
from app.services.invoice_issue import IssuedInvoice
from app.services.invoice_run import invoice_month_for, invoice_run_preview
from app.services.policy import Actor
from app.services.uow import UnitOfWork

from .invoice import render_invoice


@dataclass
class RunOutcome:
    issued: list[tuple[int, str, Path]] = field(default_factory=list)  # number, customer, PDF
    # Finvoice files written beside the PDFs for customers who take e-invoices.
    einvoices: list[Path] = field(default_factory=list)
    refused: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # customer, problems
    stopped: bool = False  # cancelled: the invoices issued so far stay, whole


def issue_month(
    db: Database,
    actor: Actor,
    month: date,
    issue_date: date,
    folder: Path,
    *,
    progress: Callable[[int, int], bool] | None = None,
) -> RunOutcome:
    """Issue each customer's invoice for the month's hours and write its PDF into ``folder``.

    ``progress(done, total)`` returning True stops before the next invoice: never in the
    middle of one, so no invoice is ever half-issued.
    """
    with UnitOfWork(db, actor, write=False) as uow:
        items = invoice_run_preview(uow, month)
    folder.mkdir(parents=True, exist_ok=True)
    outcome = RunOutcome()
    for done, item in enumerate(items):
        if progress is not None and progress(done, len(items)):
            outcome.stopped = True
            break
        try:
            result, xml = _issue_one(db, actor, item.customer_id, month, issue_date, folder)
        except ValidationError as exc:
            outcome.refused.append((item.customer, exc.problems))
            continue
        with UnitOfWork(db, actor, write=False) as uow:
            renderer = render_invoice(uow, result.id)
        path = folder / f"lasku-{result.number}.pdf"
        path.write_bytes(renderer.render_bytes())
        outcome.issued.append((result.number, item.customer, path))
        if xml is not None:
            outcome.einvoices.append(xml)
    if progress is not None and not outcome.stopped:
        progress(len(items), len(items))
    return outcome


def _issue_one(
    db: Database, actor: Actor, customer_id: int, month: date, issue_date: date, folder: Path
) -> tuple[IssuedInvoice, Path | None]:
    """Issue one customer's invoice; for an e-invoice buyer also write its Finvoice and record
    the sending, all in the one unit of work (a failed write leaves the invoice unissued)."""
    xml: Path | None = None
    try:
        with UnitOfWork(db, actor) as uow:
            result = invoice_month_for(uow, customer_id, month, issue_date)
            route = einvoice_route(uow, result.id)
            if route is not None:
                try:
                    data, _fmt = finvoice_for_buyer(uow, result.id)
                except ValidationError:
                    data = None  # no Finvoice can be made: the buyer gets the PDF
                if data is not None:
                    xml = folder / f"lasku-{result.number}.xml"
                    write_file(xml, data)
                    record_einvoice_sending(uow, result.id, route)
    except BaseException:
        if xml is not None:
            xml.unlink(missing_ok=True)  # the issue rolled back: no file for an unissued invoice
        raise
    return result, xml
