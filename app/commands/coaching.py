"""osuva-admin commands for coaching: the week's meeting sheet and a participant's plan."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.cli import Parsers


def register(parsers: Parsers) -> None:
    """render meeting-sheet and render plan."""
    sheet = parsers.render.add_parser(
        "meeting-sheet",
        parents=[parsers.common, parsers.user],
        help="the week's group meeting on one page",
    )
    sheet.add_argument("--date", required=True, help="a day of the week (YYYY-MM-DD)")
    sheet.add_argument("--group", help="the group's name (default: the week's first meeting)")
    sheet.add_argument("--out", required=True, help="the PDF file to write")
    sheet.add_argument(
        "--lang", choices=["fi", "sv", "en"], help="language (default: the cooperative's)"
    )
    sheet.set_defaults(func=cmd_meeting_sheet)
    plan = parsers.render.add_parser(
        "plan", parents=[parsers.common, parsers.user], help="a participant's personal plan"
    )
    plan.add_argument("key", metavar="MEMBER_NUMBER", help="the member number of the participant")
    plan.add_argument("--out", required=True, help="the PDF file to write")
    plan.add_argument("--lang", choices=["fi", "sv", "en"], help="language (default: theirs)")
    plan.set_defaults(func=cmd_plan)


def _out(args: argparse.Namespace) -> Path:
    from app.cli import CommandError

    out = Path(args.out)
    if not out.parent.is_dir():
        raise CommandError(f"The folder {out.parent} does not exist.")
    if out.is_dir():
        raise CommandError(f"{out} is a folder; give a file name for the PDF.")
    return out


def cmd_meeting_sheet(args: argparse.Namespace) -> int:
    from app.cli import CommandError, _opened, _parse_day, _signed_in
    from app.documents.coaching_render import render_meeting_sheet
    from app.services.errors import ServiceError

    out, day = _out(args), _parse_day(args.date)
    with _opened(args) as db:
        actor = _signed_in(args, db)
        try:
            path = render_meeting_sheet(db, day, out, group=args.group, lang=args.lang, actor=actor)
        except ServiceError as exc:
            if exc.code == "no_meeting":
                group = f" of {args.group}" if args.group else ""
                raise CommandError(
                    f"There is no group meeting{group} in the week of {day}."
                ) from exc
            raise
    print(f"Meeting sheet written to {path}")
    return 0


def cmd_plan(args: argparse.Namespace) -> int:
    from app.cli import CommandError, _opened, _signed_in
    from app.documents.coaching_render import render_plan
    from app.services.errors import NotFoundError

    out = _out(args)
    if not args.key.strip().isdigit():
        raise CommandError(f"There is no member number {args.key}.")
    with _opened(args) as db:
        actor = _signed_in(args, db)
        try:
            path = render_plan(db, out, member_number=int(args.key), lang=args.lang, actor=actor)
        except NotFoundError as exc:
            raise CommandError(
                f"Member number {args.key} is not a participant in coaching."
            ) from exc
    print(f"Plan written to {path}")
    return 0
