"""osuva-admin commands for earnings, the wage basis and employment certificates."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.cli import Parsers


def _month(text: str) -> date:
    from app.cli import CommandError

    try:
        year, month = (int(part) for part in text.split("-"))
        return date(year, month, 1)
    except ValueError as exc:
        raise CommandError(f"{text} is not a month; write it as YYYY-MM.") from exc


def _new_file(out: Path, suffixes: tuple[str, ...], force: bool) -> None:
    from app.cli import CommandError

    if out.suffix.lower() not in suffixes:
        raise CommandError(f"{out.name}: the file name must end in {' or '.join(suffixes)}.")
    if not out.parent.is_dir():
        raise CommandError(f"The folder {out.parent} does not exist.")
    if out.is_dir():
        raise CommandError(f"{out} is a folder; give a file name.")
    if out.exists() and not force:
        raise CommandError(f"{out} already exists; choose another file or add --force.")


def cmd_wage_basis(args: argparse.Namespace) -> int:
    from app.cli import CommandError, _opened, _signed_in
    from app.services.earnings import MissingRate
    from app.services.uow import UnitOfWork
    from app.services.wage_basis import export_wage_basis

    month = _month(args.month)
    out = Path(args.out)
    _new_file(out, (".csv", ".xlsx"), args.force)
    with _opened(args) as db:
        actor = _signed_in(args, db)
        try:
            with UnitOfWork(db, actor, write=False) as uow:
                count = export_wage_basis(uow, month, out, lang=args.lang)
        except MissingRate as exc:
            raise CommandError(
                " ".join(exc.lines(args.lang)) + " Add the rate; no file was written."
            ) from exc
    print(f"Wage basis for {month:%m/%Y}: {count} members written to {out}")
    return 0


def cmd_employment_certificate(args: argparse.Namespace) -> int:
    from app.cli import CommandError, _opened, _signed_in
    from app.documents.render import member_id_by_number
    from app.services.employment import issue_certificate
    from app.services.errors import NotFoundError
    from app.services.uow import UnitOfWork

    out = Path(args.out)
    _new_file(out, (".pdf",), True)
    if not args.member.strip().isdigit():
        raise CommandError(f"There is no member number {args.member}.")
    with _opened(args) as db:
        actor = _signed_in(args, db)
        try:
            with UnitOfWork(db, actor) as uow:
                member_id = member_id_by_number(uow, args.member)
                certificate = issue_certificate(
                    uow,
                    member_id,
                    lang=args.lang,
                    with_reason=args.reason,
                    assessment=args.assessment,
                )
        except NotFoundError as exc:
            if exc.entity == "member number":
                raise CommandError(f"There is no member number {exc.key}.") from exc
            raise
        out.write_bytes(certificate.pdf)
    print(f"Employment certificate written to {out}")
    return 0


def register(parsers: Parsers) -> None:
    """export wage-basis and render employment-certificate."""
    basis = parsers.exports.add_parser(
        "wage-basis",
        parents=[parsers.common, parsers.user],
        help="a month's wage basis for payroll as .csv or .xlsx",
    )
    basis.add_argument("--month", required=True, help="the month, YYYY-MM")
    basis.add_argument("--out", required=True, help="the new file, FILE.csv or FILE.xlsx")
    basis.add_argument("--lang", choices=("fi", "sv", "en"), default="fi", help="headers")
    basis.add_argument("--force", action="store_true", help="replace an existing file")
    basis.set_defaults(func=cmd_wage_basis)

    certificate = parsers.render.add_parser(
        "employment-certificate",
        parents=[parsers.common, parsers.user],
        help="issue a member's employment certificate (työtodistus) and print it as PDF",
    )
    certificate.add_argument("member", metavar="MEMBER_NUMBER", help="the member number")
    certificate.add_argument("--out", required=True, help="the PDF file to write")
    certificate.add_argument("--lang", choices=("fi", "sv", "en"), help="default: the member's")
    certificate.add_argument(
        "--reason", action="store_true", help="state the reason the employment ended (on request)"
    )
    certificate.add_argument(
        "--assessment",
        metavar="TEXT",
        help="an assessment of skills and conduct, written by you (on request)",
    )
    certificate.set_defaults(func=cmd_employment_certificate)
