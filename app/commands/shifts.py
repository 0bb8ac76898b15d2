"""osuva-admin commands for work assignments, shifts and the week plan."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.cli import Parsers


def cmd_week_plan(args: argparse.Namespace) -> int:
    from app.cli import CommandError, _opened, _signed_in
    from app.documents.week_plan import render_week_plan
    from app.services.week_plan import parse_iso_week

    try:
        monday = parse_iso_week(args.week)
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    out = Path(args.out)
    if not out.parent.is_dir():
        raise CommandError(f"The folder {out.parent} does not exist.")
    if out.is_dir():
        raise CommandError(f"{out} is a folder; give a file name for the PDF.")
    with _opened(args) as db:
        actor = _signed_in(args, db)
        path = render_week_plan(db, monday, out, args.lang, actor=actor)
    print(f"Week plan {args.week.strip().upper()} written to {path}")
    return 0


def register(parsers: Parsers) -> None:
    plan = parsers.render.add_parser(
        "week-plan",
        parents=[parsers.common, parsers.user],
        help="who works where in one week (no prices)",
    )
    plan.add_argument("--week", required=True, help="the ISO week, e.g. 2026-W48")
    plan.add_argument("--out", required=True, help="the PDF file to write")
    plan.add_argument(
        "--lang", choices=["fi", "sv", "en"], help="language (default: the cooperative's)"
    )
    plan.set_defaults(func=cmd_week_plan)
