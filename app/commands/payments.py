"""osuva-admin commands for payments, bank statements, reminders and reports."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.cli import Parsers
    from app.services.bank_import import ImportPreview

FILE_PROBLEMS = {
    "empty": "is empty.",
    "too_large": "is too large for a bank statement.",
    "not_xml": "is not a complete XML file (truncated, or not XML at all){detail}.",
    "not_camt": "is XML but not an ISO 20022 bank statement (camt.053 or camt.054).",
    "bad_value": "has a value that is not valid{detail}.",
}
OUTCOMES = {
    "invoice": "settles invoice",
    "share_fee": "share fee of",
    "suggested": "suggested: invoice",
    "unmatched": "unmatched, waits for manual allocation",
    "reversal": "reversal, undoes the payment of",
    "refused": "REFUSED (only euros are booked)",
    "duplicate": "already imported",
    "listed": "debit, listed only",
}
WARNINGS = {
    "partial": "partial payment",
    "overpaid": "overpayment",
    "before_invoice": "WARNING: paid before the invoice date",
    "unknown_reference": "unknown reference",
    "former_member": "a former member: decide by hand",
    "original_not_found": "the reversed payment is not in Osuva",
    "bad_entry": "the entry has no booking date",
}


def register(parsers: Parsers) -> None:
    camt = parsers.imports.add_parser(
        "camt",
        parents=[parsers.common, parsers.user],
        help="a bank statement (ISO 20022 camt.053 or camt.054)",
    )
    camt.add_argument("file", metavar="FILE", help="the statement file from the bank")
    camt.add_argument("--commit", action="store_true", help="book it (default: only preview)")
    camt.set_defaults(func=cmd_import_camt)

    reminder = parsers.render.add_parser(
        "reminder",
        parents=[parsers.common, parsers.user],
        help="a payment reminder for an overdue invoice",
    )
    reminder.add_argument("number", metavar="NUMBER", help="the invoice number")
    reminder.add_argument("--out", required=True, help="the PDF file to write")
    reminder.add_argument("--date", help="the reminder's date, YYYY-MM-DD (default: today)")
    reminder.add_argument("--lang", choices=["fi", "sv", "en"], help="default: the invoice's")
    reminder.add_argument(
        "--record", action="store_true", help="also record the reminder as sent on that date"
    )
    reminder.set_defaults(func=cmd_render_reminder)

    journal = parsers.exports.add_parser(
        "invoice-journal",
        parents=[parsers.common, parsers.user],
        help="the invoice journal for the accountant as .csv or .xlsx",
    )
    journal.add_argument("--from", dest="start", required=True, help="first issue date, YYYY-MM-DD")
    journal.add_argument("--to", dest="end", required=True, help="last issue date, YYYY-MM-DD")
    journal.add_argument("--out", required=True, help="the new file, FILE.csv or FILE.xlsx")
    journal.add_argument("--lang", choices=("fi", "sv", "en"), default="fi", help="headers")
    journal.add_argument("--force", action="store_true", help="replace an existing file")
    journal.set_defaults(func=cmd_export_journal)

    demo = parsers.exports.add_parser(
        "demo-statement",
        parents=[parsers.common, parsers.user],
        help="for the demo cooperative: a camt.053 statement paying every open invoice and "
        "share fee, to try the bank statement import",
    )
    demo.add_argument("--out", required=True, help="the new XML file")
    demo.add_argument("--date", help="the booking date, YYYY-MM-DD (default: today)")
    demo.set_defaults(func=cmd_export_demo_statement)


def _print_preview(preview: ImportPreview) -> None:
    for iban, ref, start, end in preview.statements:
        period = f" {start or ''}..{end or ''}" if start or end else ""
        print(f"Statement {ref or '-'} of {iban or 'an unnamed account'}{period}")
    if "other_account" in preview.warnings:
        print("WARNING: the statement is for another account than the cooperative's.")
    for planned in preview.items:
        item = planned.item
        what = OUTCOMES[planned.outcome.value]
        if planned.target:
            what += f" {planned.target}"
        notes = [WARNINGS.get(w, w) for w in planned.warnings]
        if planned.open_after is not None and planned.outcome == "invoice":
            notes.append(f"open after: {planned.open_after:.2f}")
        sign = "" if item.credit else "-"
        print(
            f"  {item.booking_date or '':10} {sign}{item.amount:>10.2f} {item.currency} "
            f"{item.payer_name[:30]:30} {item.reference or '-':20} {what}"
            + (f" ({'; '.join(notes)})" if notes else "")
        )
    counts = preview.counts
    summary = ", ".join(f"{n} {OUTCOMES[o.value].split(',')[0]}" for o, n in counts.items())
    print(f"{len(preview.items)} items: {summary}. Booked: {preview.credited:.2f} EUR.")


def cmd_import_camt(args: argparse.Namespace) -> int:
    from app.cli import CommandError, _opened, _signed_in
    from app.services.bank_import import (
        StatementFileError,
        import_statement,
        preview_statement,
        read_statement,
    )
    from app.services.uow import UnitOfWork

    source = Path(args.file)
    if source.is_dir():
        raise CommandError(f"{source} is a folder; give the statement file.")
    if not source.is_file():
        raise CommandError(f"{source} does not exist.")
    data = source.read_bytes()
    try:
        read_statement(data)
    except StatementFileError as exc:
        detail = f" ({exc.detail})" if exc.detail else ""
        text = FILE_PROBLEMS.get(exc.code, "cannot be read ({code}).")
        raise CommandError(
            f"{source.name} {text.format(detail=detail, code=exc.code)} Nothing was booked."
        ) from exc
    with _opened(args) as db:
        actor = _signed_in(args, db)
        with UnitOfWork(db, actor, write=False) as uow:
            preview = preview_statement(uow, data, source.name)
        _print_preview(preview)
        if not args.commit:
            print("Nothing was booked: add --commit to book it.")
            return 0
        with UnitOfWork(db, actor) as uow:
            result = import_statement(uow, data, source.name)
    print(f"Booked {len(result.transaction_ids)} bank transactions.")
    return 0


_NO_REMINDER = {
    "paid": "Invoice {} is paid: no reminder is needed.",
    "too_early": "It is too early to remind of invoice {}: the law requires 14 days after the "
    "due date or after the previous reminder.",
    "missing_rate": "A reference rate is missing for the time invoice {} has been overdue: "
    "add it in the reminders window first.",
    "already_sent": "A reminder of invoice {} was already recorded today.",
    "not_remindable": "Invoice {} cannot be reminded of: only an issued invoice can.",
}


def cmd_render_reminder(args: argparse.Namespace) -> int:
    from datetime import date

    from app.cli import CommandError, _opened, _parse_day, _signed_in
    from app.documents.reminder import reminder_pdf
    from app.services.errors import NotFoundError, ServiceError
    from app.services.reminders import (
        check_can_send,
        invoice_id_by_number,
        plan_reminder,
        send_reminder,
    )
    from app.services.uow import UnitOfWork

    out = Path(args.out)
    if not out.parent.is_dir():
        raise CommandError(f"The folder {out.parent} does not exist.")
    if out.is_dir():
        raise CommandError(f"{out} is a folder; give a file name for the PDF.")
    on = _parse_day(args.date) if args.date else date.today()
    with _opened(args) as db:
        actor = _signed_in(args, db)
        try:
            with UnitOfWork(db, actor, write=args.record) as uow:
                invoice_id = invoice_id_by_number(uow, args.number)
                if args.record:
                    send_reminder(uow, invoice_id, on)
                elif not (plan := plan_reminder(uow, invoice_id, on)).recorded:
                    # A reminder that may not be sent is not printed either.
                    check_can_send(plan)
                pdf = reminder_pdf(uow, invoice_id, on, args.lang)
        except NotFoundError as exc:
            raise CommandError(f"There is no issued invoice number {args.number}.") from exc
        except ServiceError as exc:
            raise CommandError(_NO_REMINDER.get(exc.code, str(exc)).format(args.number)) from exc
        out.write_bytes(pdf)
    print(f"Reminder written to {out}")
    return 0


def cmd_export_journal(args: argparse.Namespace) -> int:
    from app.cli import CommandError, _opened, _parse_day, _signed_in
    from app.services.money_reports import invoice_journal, write_report
    from app.services.uow import UnitOfWork

    out = Path(args.out)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise CommandError(f"{out.name}: the file name must end in .csv or .xlsx.")
    if not out.parent.is_dir():
        raise CommandError(f"{out.parent} does not exist.")
    if out.exists() and not args.force:
        raise CommandError(f"{out} already exists; choose another file or add --force.")
    start, end = _parse_day(args.start), _parse_day(args.end)
    if end < start:
        raise CommandError("--to is before --from.")
    with _opened(args) as db, UnitOfWork(db, _signed_in(args, db), write=False) as uow:
        table = invoice_journal(uow, start, end, args.lang)
        write_report(table, out)
    print(f"{len(table.rows) - 1} invoices and credit notes written to {out}")
    return 0


def cmd_export_demo_statement(args: argparse.Namespace) -> int:
    from datetime import date

    from app.cli import CommandError, _opened, _parse_day, _signed_in
    from app.demo.bank_statement import statement_xml
    from app.domain import Setting
    from app.services.uow import UnitOfWork
    from app.services.users import DEMO_SETTING

    out = Path(args.out)
    if not out.parent.is_dir():
        raise CommandError(f"{out.parent} does not exist.")
    booked = _parse_day(args.date) if args.date else date.today()
    with _opened(args) as db, UnitOfWork(db, _signed_in(args, db), write=False) as uow:
        if uow.session.get(Setting, DEMO_SETTING) is None:
            raise CommandError(
                "This is not the demo cooperative; real statements come from the bank."
            )
        data = statement_xml(uow, booked)
    out.write_bytes(data)
    print(f"Demo bank statement written to {out}")
    return 0
