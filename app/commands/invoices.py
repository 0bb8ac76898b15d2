"""osuva-admin commands for invoices and credit notes: render one as PDF."""

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


def register(parsers: Parsers) -> None:
    """render invoice NUMBER --out F.pdf"""
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
