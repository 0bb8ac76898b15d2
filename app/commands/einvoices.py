"""osuva-admin commands for Finvoice and Peppol e-invoices.

osuva-admin export finvoice 123 --out lasku-123.xml [--soap]
osuva-admin export peppol 123 --out lasku-123.xml
osuva-admin export finvoice --all --from 2026-10-01 --to 2026-10-31 --out DIR [--soap --batch]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.cli import Parsers

PROBLEMS = {
    "invoice": "is a draft; only an issued invoice can be exported",
    "seller_iban": "has no bank account (IBAN) of the seller",
    "seller_einvoice_address": "has no e-invoice address of the cooperative",
    "seller_einvoice_operator": "needs the cooperative's e-invoice operator for --soap "
    "(set it in the settings)",
    "buyer_einvoice_address": "has no e-invoice address of the customer",
    "buyer_einvoice_operator": "has no e-invoice operator of the customer",
    "buyer_vat_id": "has reverse-charge lines but no VAT ID of the customer",
}


def _problem_text(what: str, problems: dict[str, str], verb: str = "cannot be exported") -> str:
    reasons = [PROBLEMS.get(field, f"has a problem with {field}") for field in problems]
    return f"{what} {verb}: it " + "; it ".join(reasons) + "."


def cmd_export_einvoice(args: argparse.Namespace) -> int:
    """Write one invoice's e-invoice, or every sendable one of a period (the rest listed)."""
    from app.cli import CommandError, _opened, _parse_day, _signed_in
    from app.services.einvoices import (
        EInvoiceFormat,
        EInvoiceWriteError,
        InvoiceRefused,
        einvoice_problems,
        export_einvoices,
        finvoice_xml,
        invoice_number,
        issued_between,
        issued_invoice_id,
        peppol_xml,
        write_file,
    )
    from app.services.errors import NotFoundError, ValidationError
    from app.services.uow import UnitOfWork

    out = Path(args.out)
    peppol = args.what == "peppol"
    if args.all:
        if args.number is not None:
            raise CommandError("Give either an invoice number or --all, not both.")
        if not (args.date_from and args.date_to):
            raise CommandError("--all needs --from YYYY-MM-DD and --to YYYY-MM-DD.")
        start, end = _parse_day(args.date_from), _parse_day(args.date_to)
        if end < start:
            raise CommandError("--to is before --from.")
        if not out.is_dir():
            raise CommandError(f"{out} is not a folder; with --all, --out names a folder.")
    else:
        if args.number is None:
            raise CommandError("Give the invoice number, or --all with --from and --to.")
        if args.batch:
            raise CommandError("--batch goes with --all.")
        if out.is_dir():
            raise CommandError(f"{out} is a folder; give a file name for the XML.")
        if not out.parent.is_dir():
            raise CommandError(f"The folder {out.parent} does not exist.")
        if out.exists() and not args.force:
            raise CommandError(f"{out} already exists; choose another file or add --force.")
    if args.batch and not args.soap:
        raise CommandError("--batch needs --soap: operators take a batch as enveloped messages.")
    fmt = (
        EInvoiceFormat.PEPPOL
        if peppol
        else EInvoiceFormat.FINVOICE_SOAP
        if args.soap
        else EInvoiceFormat.FINVOICE
    )
    label = "Peppol BIS 3.0" if peppol else "Finvoice 3.0"
    skipped: list[str] = []
    with _opened(args) as db, UnitOfWork(db, _signed_in(args, db), write=False) as uow:
        try:
            if args.all:
                ids = issued_between(uow, start, end)
                if not ids:
                    raise CommandError(f"No issued invoices from {start} to {end}.")
                # The period's invoices that can go in this format; the rest are listed.
                sendable = []
                for invoice_id in ids:
                    problems = einvoice_problems(uow, invoice_id, fmt)
                    if problems:
                        number = invoice_number(uow, invoice_id)
                        skipped.append(_problem_text(f"Invoice {number}", problems, "skipped"))
                    else:
                        sendable.append(invoice_id)
                if not sendable:
                    raise CommandError(
                        f"None of the {len(ids)} invoices from {start} to {end} can be "
                        f"exported as {label}: " + " ".join(skipped)
                    )
                paths = export_einvoices(uow, sendable, out, fmt, batch=args.batch)
            else:
                invoice_id = issued_invoice_id(uow, args.number)
                data = (
                    peppol_xml(uow, invoice_id)
                    if peppol
                    else finvoice_xml(uow, invoice_id, soap=args.soap)
                )
                write_file(out, data)
                paths = [out]
        except NotFoundError as exc:
            raise CommandError(f"There is no issued invoice number {args.number}.") from exc
        except InvoiceRefused as exc:
            raise CommandError(_problem_text(f"Invoice {exc.number}", exc.problems)) from exc
        except ValidationError as exc:
            what = f"Invoice {args.number}" if args.number else "An invoice in that period"
            raise CommandError(_problem_text(what, exc.problems)) from exc
        except EInvoiceWriteError as exc:
            raise CommandError(f"Cannot write {exc.path}: {exc.reason}.") from exc
    for line in skipped:
        print(line)
    if len(paths) == 1:
        print(f"{label} written to {paths[0]}")
    else:
        print(f"{len(paths)} {label} files written to {out}")
    return 0


def register(parsers: Parsers) -> None:
    """Add `export finvoice` and `export peppol`."""
    for what, help_text in (
        ("finvoice", "an issued invoice or credit note as Finvoice 3.0 XML"),
        ("peppol", "an issued invoice or credit note as Peppol BIS Billing 3.0 (UBL) XML"),
    ):
        command = parsers.exports.add_parser(
            what, parents=[parsers.common, parsers.user], help=help_text
        )
        command.add_argument("number", nargs="?", metavar="NUMBER", help="the invoice number")
        command.add_argument(
            "--out", required=True, help="the XML file to write (with --all: a folder)"
        )
        command.add_argument(
            "--all", action="store_true", help="every issued invoice from --from to --to"
        )
        command.add_argument("--from", dest="date_from", help="with --all: first issue date")
        command.add_argument("--to", dest="date_to", help="with --all: last issue date")
        command.add_argument("--force", action="store_true", help="replace an existing file")
        if what == "finvoice":
            command.add_argument(
                "--soap", action="store_true", help="wrap in the operators' ebXML SOAP envelope"
            )
            command.add_argument(
                "--batch",
                action="store_true",
                help="with --all --soap: one operator file holding every invoice",
            )
        command.set_defaults(func=cmd_export_einvoice, soap=False, batch=False)
