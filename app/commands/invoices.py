"""osuva-admin commands for invoices: render one as PDF, invoice a month's hours."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.cli import Parsers


def cmd_render_invoice(args: argparse.Namespace) -> int:
    from app.cli import CommandError, _opened, _signed_in
    from app.documents.invoice import invoice_id_by_number, render_invoice
    from app.services.errors import NotFoundError
    from app.services.uow import UnitOfWork

    out = Path(args.out)
    if not out.parent.is_dir():
        raise CommandError(f"The folder {out.parent} does not exist.")
    if out.is_dir():
        raise CommandError(f"{out} is a folder; give a file name for the PDF.")
    with _opened(args) as db:
        actor = _signed_in(args, db)
        try:
            with UnitOfWork(db, actor, write=False) as uow:
                renderer = render_invoice(uow, invoice_id_by_number(uow, args.number), args.lang)
        except NotFoundError as exc:
            raise CommandError(f"There is no invoice number {args.number}.") from exc
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        pdf = renderer.render_bytes()
    try:
        out.write_bytes(pdf)
    except OSError as exc:
        raise CommandError(f"Cannot write {out}: {exc.strerror or exc}.") from exc
    print(f"Invoice {args.number} written to {out}")
    return 0


def _month(text: str):
    from datetime import date

    from app.cli import CommandError

    try:
        year, month = (int(part) for part in text.split("-"))
        return date(year, month, 1)
    except ValueError as exc:
        raise CommandError(f"{text} is not a month; write it as YYYY-MM.") from exc


def cmd_invoice_run(args: argparse.Namespace) -> int:
    """Preview (default) or issue one invoice per customer for the month, PDFs into --out."""
    from datetime import date

    from app.cli import CommandError, _opened, _parse_day, _signed_in
    from app.documents.invoice_batch import issue_month
    from app.locale import format_money
    from app.services.errors import ServiceError
    from app.services.invoice_run import invoice_run_preview
    from app.services.uow import UnitOfWork

    month = _month(args.month)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise CommandError(f"{out} is a file; give a folder for the PDFs.")
    issue_date = _parse_day(args.date) if args.date else date.today()
    with _opened(args) as db:
        actor = _signed_in(args, db)
        with UnitOfWork(db, actor, write=False) as uow:
            items = invoice_run_preview(uow, month)
        for item in items:
            print(f"{item.customer}: {item.hours} h, {format_money(item.net, 'en')} excl. VAT")
        if not args.commit:
            print(f"{len(items)} invoices to issue; add --commit to issue them.")
            return 0
        try:
            outcome = issue_month(db, actor, month, issue_date, out, email=args.email)
        except ServiceError as exc:
            if exc.code != "no_smtp":
                raise
            raise CommandError(
                "No e-mail account is set up: set it up in the invoice settings, "
                "or run without --email."
            ) from exc
    for customer, problems in outcome.refused:
        print(f"NOT ISSUED {customer}: missing {', '.join(problems)}")
    for number, customer, path in outcome.issued:
        print(f"Invoice {number} to {customer} written to {path}")
    for path in outcome.einvoices:
        print(f"Finvoice e-invoice written to {path}")
    for number, customer, to in outcome.emailed:
        print(f"Invoice {number} to {customer} e-mailed to {to}")
    for number, customer in outcome.by_hand:
        print(f"TO SEND BY HAND invoice {number} to {customer}: no e-mail address")
    for item in outcome.not_sent:
        print(f"NOT SENT invoice {item.number} to {item.customer}: {item.answer}")
    refused = len(outcome.refused)
    if args.email:
        print(
            f"{len(outcome.issued)} invoices issued: {len(outcome.emailed)} e-mailed, "
            f"{len(outcome.einvoices)} written as e-invoices, {len(outcome.by_hand)} to send "
            f"by hand, {len(outcome.not_sent)} not sent, {refused} refused."
        )
    else:
        print(f"{len(outcome.issued)} invoices issued, {refused} refused.")
    return 1 if refused or outcome.not_sent else 0


def register(parsers: Parsers) -> None:
    """render invoice NUMBER --out F.pdf; invoice-run --month M --out DIR [--commit] [--email]"""
    document = parsers.render.add_parser(
        "invoice",
        parents=[parsers.common, parsers.user],
        help="an issued invoice or credit note",
    )
    document.add_argument("number", help="the invoice number")
    document.add_argument("--out", required=True, help="the PDF file to write")
    document.add_argument(
        "--lang", choices=["fi", "sv", "en"], help="language (default: the invoice's)"
    )
    document.set_defaults(func=cmd_render_invoice)

    run = parsers.commands.add_parser(
        "invoice-run",
        parents=[parsers.common, parsers.user],
        help="invoice every customer's unbilled approved hours of a month",
    )
    run.add_argument("--month", required=True, help="the month of the hours, YYYY-MM")
    run.add_argument("--out", required=True, help="folder for the invoice PDFs")
    run.add_argument("--date", help="invoice date YYYY-MM-DD (default: today)")
    run.add_argument("--commit", action="store_true", help="issue (default: only preview)")
    run.add_argument(
        "--email",
        action="store_true",
        help="e-mail each invoice to its customer through the invoice settings' mail account",
    )
    run.set_defaults(func=cmd_invoice_run)
