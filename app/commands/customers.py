"""osuva-admin commands for customers and the price list."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from app.cli import Parsers
    from app.services.customer_import import CustomerImportPreview
    from app.services.member_import_read import ImportFileError

FILE_PROBLEMS = {
    "empty": "is empty.",
    "unreadable": "is not a CSV file or Excel workbook that Osuva can read.",
    "too_many_rows": "has more than {limit} rows.",
    "too_large": "is too large for a customer list.",
    "unsupported_type": "is not a .csv or .xlsx file.",
    "no_header": "has no header row: the first row must name the columns, e.g. Nimi;Y-tunnus.",
    "customer_columns": "needs a column for the customer's name (Nimi, Namn or Name).",
    "duplicate_columns": "has two columns for the same thing: {columns}.",
}


def register(parsers: Parsers) -> None:
    """`import customers FILE [--commit] [--skip-errors]`."""
    customers_in = parsers.imports.add_parser(
        "customers",
        parents=[parsers.common, parsers.user],
        help="customers from a .csv or .xlsx file",
    )
    customers_in.add_argument("file", metavar="FILE", help="the spreadsheet (.csv or .xlsx)")
    customers_in.add_argument("--commit", action="store_true", help="save (default: only check)")
    customers_in.add_argument(
        "--skip-errors", action="store_true", help="with --commit: import the good rows only"
    )
    customers_in.set_defaults(func=cmd_import_customers)


def _file_problem(path: Path, exc: ImportFileError) -> str:
    from app.services.member_import_read import MAX_ROWS

    text = FILE_PROBLEMS.get(exc.code, f"cannot be imported ({exc.code}).")
    return f"{path.name} {text.format(columns=', '.join(exc.columns), limit=MAX_ROWS)}"


def _print_preview(preview: CustomerImportPreview, committing: bool) -> None:
    rows = preview.rows
    print(
        f"{preview.source}: {len(rows)} rows: {len(preview.ok_rows)} ok, "
        f"{preview.with_problems} with problems"
    )
    if preview.ignored_columns:
        print(f"Columns not imported: {', '.join(preview.ignored_columns)}")
    for line in preview.problem_lines():
        print(line)
    verb = "Importing" if committing else "Would import"
    print(f"{verb} {len(preview.ok_rows)} customers.")


def cmd_import_customers(args: argparse.Namespace) -> int:
    from app.cli import CommandError, _opened, _signed_in
    from app.services.customer_import import (
        commit_customer_import,
        map_customer_columns,
        preview_customer_import,
        read_table,
    )
    from app.services.member_import_read import ImportFileError
    from app.services.uow import UnitOfWork

    source = Path(args.file)
    if source.is_dir():
        raise CommandError(f"{source} is a folder; give the spreadsheet file.")
    if not source.is_file():
        raise CommandError(f"{source} does not exist.")
    try:
        table = read_table(source)
        map_customer_columns(table.headers)
    except ImportFileError as exc:
        raise CommandError(_file_problem(source, exc)) from exc
    with _opened(args) as db, UnitOfWork(db, _signed_in(args, db)) as uow:
        preview = preview_customer_import(uow, table)
        committing = args.commit and (args.skip_errors or not preview.with_problems)
        _print_preview(preview, committing)
        if not committing:
            if args.commit:
                print("Nothing was imported: correct the rows above or add --skip-errors.")
            return 1 if preview.with_problems else 0
        count = commit_customer_import(uow, preview, skip_problem_rows=args.skip_errors)
    print(f"Imported {count} customers.")
    return 0
