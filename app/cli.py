"""osuva-admin: Osuva's command line for scheduled jobs, batch runs and support.

Every command takes --db PATH_OR_URL (default: the user's database) and exits non-zero
with a plain-language message when something is wrong.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.db import DatabaseOpenError, open_database, resolve_url
from app.paths import backup_dir, default_database


class CommandError(Exception):
    """A problem the user can fix; printed without a traceback."""


def _target(args: argparse.Namespace) -> str:
    return args.db or str(default_database(args.data_dir))


def _existing_target(args: argparse.Namespace) -> str:
    target = _target(args)
    _, path = resolve_url(target)
    if path is not None and not path.exists():
        raise CommandError(f"{path} does not exist.")
    return target


def _parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CommandError(f"{text} is not a date; write it as YYYY-MM-DD.") from exc


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import generate_demo

    out = Path(args.out)
    if args.scale < 1:
        raise CommandError("--scale must be 1 or more.")
    today = _parse_day(args.today) if args.today else None
    if out.exists():
        if not args.force:
            raise CommandError(f"{out} already exists; choose another file or add --force.")
        out.unlink()
    started = time.perf_counter()
    db = open_database(out)
    try:
        summary = generate_demo(db, seed=args.seed, scale=args.scale, today=today)
    finally:
        db.dispose()
    print(f"Demo cooperative written to {out} in {time.perf_counter() - started:.1f} s")
    for name, value in vars(summary).items():
        print(f"  {name.replace('_', ' ')}: {value}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from app.services.integrity import check_database

    db = open_database(_existing_target(args), migrate=False)
    try:
        report = check_database(db)
    finally:
        db.dispose()
    print(f"Database: {db.label}")
    version = report.schema_version or "none"
    if report.schema_version == report.schema_head:
        print(f"Schema version: {version} (current)")
    else:
        print(f"Schema version: {version} (this Osuva: {report.schema_head})")
    for name, value in report.counts.items():
        print(f"  {name}: {value}")
    if report.ok:
        print("No problems found.")
        return 0
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    from app.services.backup import backup_database

    db = open_database(_existing_target(args))
    try:
        path = backup_database(db, Path(args.out) if args.out else backup_dir(args.data_dir))
    finally:
        db.dispose()
    print(f"Backup written to {path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="database file or URL (default: the user's database)")
    common.add_argument("--data-dir", help="folder for Osuva's files")
    parser = argparse.ArgumentParser(prog="osuva-admin", description="Osuva from the command line.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[common], help="write the demo cooperative")
    demo.add_argument("--out", required=True, help="the new database file")
    demo.add_argument("--scale", type=int, default=1, help="multiply the data (benchmarks)")
    demo.add_argument("--seed", type=int, default=2026, help="same seed, same data")
    demo.add_argument("--today", help="generate as if today were YYYY-MM-DD")
    demo.add_argument("--force", action="store_true", help="replace an existing file")
    demo.set_defaults(func=cmd_demo)

    check = sub.add_parser("check", parents=[common], help="check integrity and schema version")
    check.set_defaults(func=cmd_check)

    backup = sub.add_parser("backup", parents=[common], help="copy the database safely")
    backup.add_argument("--out", help="folder for the copy (default: the backups folder)")
    backup.set_defaults(func=cmd_backup)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except (CommandError, DatabaseOpenError) as exc:
        print(f"osuva-admin: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
