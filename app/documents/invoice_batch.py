"""The invoice run with its PDFs: one unit of work per invoice, then its PDF into a folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.db import Database
from app.domain import Invoice
from app.services.einvoices import finvoice_xml
from app.services.errors import ValidationError
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
            with UnitOfWork(db, actor) as uow:
                result = invoice_month_for(uow, item.customer_id, month, issue_date)
        except ValidationError as exc:
            outcome.refused.append((item.customer, exc.problems))
            continue
        with UnitOfWork(db, actor, write=False) as uow:
            renderer = render_invoice(uow, result.id)
            finvoice = _finvoice(uow, result.id)
        path = folder / f"lasku-{result.number}.pdf"
        path.write_bytes(renderer.render_bytes())
        outcome.issued.append((result.number, item.customer, path))
        if finvoice is not None:
            xml = folder / f"lasku-{result.number}.xml"
            xml.write_bytes(finvoice)
            outcome.einvoices.append(xml)
    if progress is not None and not outcome.stopped:
        progress(len(items), len(items))
    return outcome


def _finvoice(uow: UnitOfWork, invoice_id: int) -> bytes | None:
    """Finvoice for a buyer with an e-invoice address, in the operators' envelope when the
    cooperative has its own e-invoice route; None for everyone else (they get the PDF)."""
    if not uow.session.get(Invoice, invoice_id).buyer_einvoice_address:
        return None
    for soap in (True, False):
        try:
            return finvoice_xml(uow, invoice_id, soap=soap)
        except ValidationError:
            continue
    return None
