"""The invoice run with its PDFs: one unit of work per invoice, then its PDF into a folder."""

from __future__ import annotations

import smtplib
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
from app.services.errors import ServiceError, ValidationError
from app.services.invoice_issue import IssuedInvoice
from app.services.invoice_run import invoice_month_for, invoice_run_preview
from app.services.policy import Actor
from app.services.uow import UnitOfWork

from .invoice import render_invoice
from .invoice_mail import (
    MailServerError,
    checked_address,
    mail_account,
    mail_recipient,
    send_invoice,
)


@dataclass
class RunOutcome:
    issued: list[tuple[int, str, Path]] = field(default_factory=list)  # number, customer, PDF
    # Finvoice files written beside the PDFs for customers who take e-invoices.
    einvoices: list[Path] = field(default_factory=list)
    refused: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # customer, problems
    stopped: bool = False  # cancelled: the invoices issued so far stay, whole
    # With e-mail asked for: who got theirs, who did not and why.
    emailed: list[tuple[int, str, str]] = field(default_factory=list)  # number, customer, to
    by_hand: list[tuple[int, str]] = field(default_factory=list)  # no usable e-mail address
    not_sent: list[NotSent] = field(default_factory=list)


@dataclass(frozen=True)
class NotSent:
    """An issued invoice the mail server did not take; nothing is recorded as sent."""

    number: int
    customer: str
    answer: str  # the mail server's words, or the connection error's
    unreachable: bool  # no connection or login; after the first, the rest are not tried


def issue_month(
    db: Database,
    actor: Actor,
    month: date,
    issue_date: date,
    folder: Path,
    *,
    email: bool = False,
    smtp_factory: Callable[..., smtplib.SMTP] | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> RunOutcome:
    """Issue each customer's invoice for the month's hours and write its PDF into ``folder``.

    With ``email`` each issued invoice is then e-mailed to its customer, as the send dialog
    does, outside the issue's unit of work: a mail failure never undoes an issue.
    ``progress(done, total)`` returning True stops before the next invoice: never in the
    middle of one, so no invoice is ever half-issued.
    """
    with UnitOfWork(db, actor, write=False) as uow:
        items = invoice_run_preview(uow, month)
        if email:
            mail_account(uow.session)  # no account: refused before anything is issued
    folder.mkdir(parents=True, exist_ok=True)
    outcome = RunOutcome()
    mailer = _Mailer(db, actor, outcome, smtp_factory) if email else None
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
        pdf = renderer.render_bytes()
        path.write_bytes(pdf)
        outcome.issued.append((result.number, item.customer, path))
        if xml is not None:
            outcome.einvoices.append(xml)
        elif mailer is not None:
            mailer.send(result, item.customer, pdf)
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


class _Mailer:
    """E-mails the run's invoices one by one, and gives up on a server that cannot be reached."""

    def __init__(self, db: Database, actor: Actor, outcome: RunOutcome, smtp_factory) -> None:
        self.db, self.actor, self.outcome = db, actor, outcome
        self.smtp_factory = smtp_factory
        self.unreachable: MailServerError | None = None

    def send(self, invoice: IssuedInvoice, customer: str, pdf: bytes) -> None:
        number = invoice.number
        if self.unreachable is not None:
            # Each try would wait for the same timeout: the rest are listed, not tried.
            if self._has_address(invoice.id):
                self._not_sent(number, customer, self.unreachable)
            else:
                self.outcome.by_hand.append((number, customer))
            return
        try:
            to = send_invoice(
                self.db, self.actor, invoice.id, smtp_factory=self.smtp_factory, pdf=pdf
            )
        except ValidationError:
            self.outcome.by_hand.append((number, customer))  # no usable address
        except MailServerError as exc:
            if not exc.reachable:
                self.unreachable = exc
            self._not_sent(number, customer, exc)
        except ServiceError as exc:
            if exc.code != "einvoice_customer":
                raise
            # An e-invoice buyer whose Finvoice could not be made: its PDF goes by hand.
            self.outcome.by_hand.append((number, customer))
        else:
            self.outcome.emailed.append((number, customer, to))

    def _has_address(self, invoice_id: int) -> bool:
        with UnitOfWork(self.db, self.actor, write=False) as uow:
            stored = mail_recipient(uow, invoice_id)
        try:
            checked_address(None, stored)
        except ValidationError:
            return False
        return True

    def _not_sent(self, number: int, customer: str, exc: MailServerError) -> None:
        self.outcome.not_sent.append(NotSent(number, customer, exc.answer, not exc.reachable))
