"""osuva-admin commands for the funder's report and participation certificates."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.cli import Parsers


def register(parsers: Parsers) -> None:
    """Add `render funder-report` and `render participation-certificate`."""
    report = parsers.render.add_parser(
        "funder-report",
        parents=[parsers.common, parsers.user],
        help="the funder's report of a project for a period (PDF or XLSX)",
    )
    report.add_argument("--project", help="the project's code (default: every project)")
    report.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
    report.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD")
    report.add_argument("--out", required=True, help="the file to write, F.pdf or F.xlsx")
    report.add_argument(
        "--lang", choices=["fi", "sv", "en"], help="language (default: the cooperative's)"
    )
    report.set_defaults(func=cmd_funder_report)

    certificate = parsers.render.add_parser(
        "participation-certificate",
        parents=[parsers.common, parsers.user],
        help="a certificate of participation in coaching (stored as issued)",
    )
    certificate.add_argument("member_number", metavar="MEMBER_NUMBER", help="member number")
    certificate.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
    certificate.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD")
    certificate.add_argument("--out", required=True, help="the PDF file to write")
    certificate.add_argument(
        "--lang", choices=["fi", "sv", "en"], help="language (default: the person's)"
    )
    certificate.add_argument("--statement", default="", help="the facilitator's statement")
    certificate.set_defaults(func=cmd_participation_certificate)


def _out_file(text: str, suffixes: tuple[str, ...]) -> Path:
    from app.cli import CommandError

    out = Path(text)
    if out.suffix.lower() not in suffixes:
        raise CommandError(f"{out.name}: the file name must end in {' or '.join(suffixes)}.")
    if out.is_dir():
        raise CommandError(f"{out} is a folder; give a file name.")
    if not out.parent.is_dir():
        raise CommandError(f"The folder {out.parent} does not exist.")
    return out


def cmd_funder_report(args: argparse.Namespace) -> int:
    from app.cli import CommandError, _opened, _parse_day, _signed_in
    from app.documents.funder_output import write_funder_report
    from app.services.errors import NotFoundError, ValidationError

    out = _out_file(args.out, (".pdf", ".xlsx"))
    start, end = _parse_day(args.start), _parse_day(args.end)
    if end < start:
        raise CommandError("--to is before --from; the period must end on or after its start.")
    with _opened(args) as db:
        actor = _signed_in(args, db)
        try:
            count = write_funder_report(db, actor, args.project, start, end, out, args.lang)
        except NotFoundError as exc:
            raise CommandError(f"There is no project with the code {exc.key}.") from exc
        except ValidationError as exc:
            raise CommandError(f"The period is not valid ({exc}).") from exc
    print(f"Funder's report ({count} project{'s' if count != 1 else ''}) written to {out}")
    return 0


def cmd_participation_certificate(args: argparse.Namespace) -> int:
    from app.cli import CommandError, _opened, _parse_day, _signed_in
    from app.documents.participation_certificate import issue_participation_certificate
    from app.services.errors import NotFoundError, ValidationError

    out = _out_file(args.out, (".pdf",))
    start, end = _parse_day(args.start), _parse_day(args.end)
    if end < start:
        raise CommandError("--to is before --from; the period must end on or after its start.")
    with _opened(args) as db:
        actor = _signed_in(args, db)
        try:
            issue_participation_certificate(
                db, actor, None, start, end, out, lang=args.lang, statement=args.statement,
                member_number=args.member_number,
            )  # fmt: skip
        except NotFoundError as exc:
            raise CommandError(
                f"Member number {exc.key} is not a coaching participant."
                if exc.entity == "member number"
                else f"There is no {exc.entity} {exc.key}."
            ) from exc
        except ValidationError as exc:
            raise CommandError(f"The certificate cannot be made ({exc}).") from exc
    print(f"Participation certificate written to {out}")
    return 0
