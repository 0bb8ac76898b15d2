"""osuva-admin: Osuva's command line for scheduled jobs, batch runs and support.

Every command takes --db PATH_OR_URL (default: the user's database) and exits non-zero
with a plain-language message when something is wrong.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.bench import add_bench_command
from app.db import Database, DatabaseOpenError, open_database
from app.paths import backup_dir, default_database

if TYPE_CHECKING:
    from app.services.member_import import ImportFileError, ImportPreview
    from app.services.uow import Actor


MAX_MEMBER_NUMBER = 2**63 - 1


class CommandError(Exception):
    """A problem the user can fix; printed without a traceback."""


def _target(args: argparse.Namespace) -> str:
    if args.db is not None:
        if not args.db.strip():
            # An empty --db (an unset variable in a script) must not mean the default database.
            raise CommandError("--db is empty; give a database file or URL.")
        return args.db
    if args.data_dir is not None and not args.data_dir.strip():
        raise CommandError("--data-dir is empty; give a folder.")
    return str(default_database(args.data_dir))


def _parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CommandError(f"{text} is not a date; write it as YYYY-MM-DD.") from exc


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import generate_demo

    out = Path(args.out).expanduser().absolute()
    if args.scale < 1:
        raise CommandError("--scale must be 1 or more.")
    today = _parse_day(args.today) if args.today else None
    _check_demo_target(out, force=args.force)
    started = time.perf_counter()
    # Written beside the target and renamed when complete: --force never leaves half a demo.
    handle, temp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}-", suffix=".partial")
    os.close(handle)
    temp = Path(temp_name)
    try:
        db = open_database(temp, create=True)
        try:
            summary = generate_demo(db, seed=args.seed, scale=args.scale, today=today)
        finally:
            db.dispose()
        os.replace(temp, out)
    finally:
        # Only this command ever opened the temporary file.
        temp.unlink(missing_ok=True)
    print(f"Demo cooperative written to {out} in {time.perf_counter() - started:.1f} s")
    for name, value in vars(summary).items():
        print(f"  {name.replace('_', ' ')}: {value}")
    return 0


def _check_demo_target(out: Path, *, force: bool) -> None:
    if out.is_dir():
        raise CommandError(f"{out} is a folder; give a file name for the demo database.")
    if out.parent.exists() and not out.parent.is_dir():
        raise CommandError(f"{out.parent} is a file, not a folder.")
    out.parent.mkdir(parents=True, exist_ok=True)
    if not out.exists():
        return
    if not force:
        raise CommandError(f"{out} already exists; choose another file or add --force.")
    if any(out.with_name(out.name + s).exists() for s in ("-wal", "-shm")):
        # Its -wal would be read into the new file; it may also be open elsewhere.
        raise CommandError(f"{out} is in use (or was not closed cleanly); close Osuva first.")


@contextmanager
def _opened(args: argparse.Namespace, *, migrate: bool = True) -> Iterator[Database]:
    """The --db database, closed afterwards; a service's refusal becomes a plain message."""
    from app.services.errors import PermissionDeniedError, ServiceError

    db = open_database(_target(args), migrate=migrate)
    try:
        yield db
    except PermissionDeniedError as exc:
        raise CommandError(
            f"This user may not do that (it needs the permission {exc.what!r}); "
            "sign in as a user whose role allows it."
        ) from exc
    except ServiceError as exc:
        message = str(exc).rstrip(".")
        raise CommandError(message[:1].upper() + message[1:] + ".") from exc
    finally:
        db.dispose()


def cmd_check(args: argparse.Namespace) -> int:
    from app.services.integrity import check_database

    with _opened(args, migrate=False) as db:
        report = check_database(db)
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

    # A copy as the file is: an older database is not upgraded on the way.
    with _opened(args, migrate=False) as db:
        path = backup_database(db, Path(args.out) if args.out else backup_dir(args.data_dir))
    print(f"Backup written to {path}")
    return 0


FILE_PROBLEMS = {
    "empty": "is empty.",
    "no_header": "has no header row: the first row must name the columns, e.g. Etunimi;Sukunimi.",
    "unreadable": "is not a CSV file or Excel workbook that Osuva can read.",
    "too_many_rows": "has too many rows for a member list (at most {limit}).",
    "too_large": "is too large for a member list.",
    "unsupported_type": "is not a .csv or .xlsx file; save it from Excel as CSV or as a workbook.",
    "missing_columns": "has no column for {columns}.",
    "duplicate_columns": "has more than one column for the same thing: {columns}.",
}
COLUMN_NAMES = {"first_name": "first name (Etunimi)", "last_name": "last name (Sukunimi)"}


def _signed_in(args: argparse.Namespace, db: Database) -> Actor:
    """Sign in as --user (or OSUVA_USER) with OSUVA_PASSWORD or a password typed now."""
    from app.services.uow import UnitOfWork
    from app.services.users import SignInError, sign_in

    username = (args.user or os.environ.get("OSUVA_USER", "")).strip()
    if not username:
        raise CommandError("This command needs a user: add --user NAME or set OSUVA_USER.")
    password = os.environ.get("OSUVA_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise CommandError("No password: set OSUVA_PASSWORD or run the command in a terminal.")
        password = getpass.getpass(f"Password for {username}: ")
    try:
        with UnitOfWork(db, write=False) as uow:
            return sign_in(uow, username, password)
    except SignInError as exc:
        # A wrong guess costs time, here as in the window.
        time.sleep(min(2.0, max(1.0, exc.wait_seconds)))
        raise CommandError("Wrong user name or password.") from exc


def _file_problem(path: Path, exc: ImportFileError) -> str:
    from app.services.member_import import MAX_ROWS

    columns = ", ".join(COLUMN_NAMES.get(c, c) for c in exc.columns)
    text = FILE_PROBLEMS.get(exc.code, f"cannot be imported ({exc.code}).")
    return f"{path.name} {text.format(columns=columns, limit=MAX_ROWS)}"


def _print_preview(preview: ImportPreview, committing: bool) -> None:
    rows = preview.rows
    print(
        f"{preview.source}: {len(rows)} rows: {preview.ok} ok, "
        f"{preview.with_problems} with problems ({preview.duplicates} duplicates)"
    )
    if preview.ignored_columns:
        print(f"Columns not imported: {', '.join(preview.ignored_columns)}")
    for line in preview.problem_lines():
        print(line)
    good = preview.ok_rows
    accepted = [r.member_number for r in good if r.accepted_on is not None]
    numbers = f" (member numbers {min(accepted)}-{max(accepted)})" if accepted else ""
    subscriptions = [r for r in good if r.share_count]
    paid = sum((r.paid or 0 for r in subscriptions), 0)
    verb = "Importing" if committing else "Would import"
    print(
        f"{verb} {len(good)} members. Accepted: {len(accepted)}{numbers}; "
        f"applicants: {len(good) - len(accepted)}; share subscriptions: {len(subscriptions)}; "
        f"payments: {sum(1 for r in subscriptions if r.paid)} ({paid:.2f} EUR)."
    )


def cmd_import(args: argparse.Namespace) -> int:
    from app.services.member_import import (
        ImportFileError,
        commit_import,
        map_columns,
        preview_import,
        read_table,
    )
    from app.services.uow import UnitOfWork

    source = Path(args.file)
    if source.is_dir():
        raise CommandError(f"{source} is a folder; give the spreadsheet file.")
    if not source.is_file():
        raise CommandError(f"{source} does not exist.")
    today = _parse_day(args.today) if args.today else None
    try:
        table = read_table(source)
        map_columns(table.headers)
    except ImportFileError as exc:
        raise CommandError(_file_problem(source, exc)) from exc
    with _opened(args) as db, UnitOfWork(db, _signed_in(args, db)) as uow:
        preview = preview_import(uow, table, today)
        committing = args.commit and (args.skip_errors or not preview.with_problems)
        _print_preview(preview, committing)
        if not committing:
            if args.commit:
                print("Nothing was imported: correct the rows above or add --skip-errors.")
            return 1 if preview.with_problems else 0
        count = commit_import(uow, preview, skip_problem_rows=args.skip_errors)
    print(f"Imported {count} members.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from app.services.member_export import export_members
    from app.services.uow import UnitOfWork

    out = Path(args.out)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise CommandError(f"{out.name}: the file name must end in .csv or .xlsx.")
    if not out.parent.is_dir():
        raise CommandError(f"{out.parent} does not exist.")
    if out.exists() and not args.force:
        raise CommandError(f"{out} already exists; choose another file or add --force.")
    with _opened(args) as db, UnitOfWork(db, _signed_in(args, db), write=False) as uow:
        count = export_members(uow, out, lang=args.lang)
    print(f"{count} members written to {out}")
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    from app.documents.render import render_document
    from app.services.errors import NotFoundError

    out = Path(args.out)
    if not out.parent.is_dir():
        raise CommandError(f"The folder {out.parent} does not exist.")
    if out.is_dir():
        raise CommandError(f"{out} is a folder; give a file name for the PDF.")
    _check_member_number(args.kind, args.key)
    with _opened(args) as db:
        actor = _signed_in(args, db)
        try:
            path = render_document(
                db, args.kind, args.key, out, args.lang, public=args.public, actor=actor
            )
        except NotFoundError as exc:
            if exc.entity == "member number":
                raise CommandError(f"There is no member number {exc.key}.") from exc
            raise CommandError(
                f"The database has no {exc.entity}; set up the cooperative."
            ) from exc
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        except OSError as exc:
            raise CommandError(f"Cannot write {out}: {exc.strerror or exc}.") from exc
    print(f"{args.kind.replace('-', ' ').capitalize()} written to {path}")
    return 0


def _check_member_number(kind: str, key: str | None) -> None:
    from app.documents.render import PER_MEMBER

    if kind not in PER_MEMBER or key is None:
        return
    # SQLite integers are 64-bit: a longer number cannot be anyone's member number.
    if not key.strip().isdigit() or int(key) > MAX_MEMBER_NUMBER:
        raise CommandError(f"There is no member number {key}.")


MEMBER_DOCUMENTS = (
    ("member-register", "the member register", "leave out"),
    ("membership-certificate", "a member's membership certificate", "member number"),
    ("share-statement", "a member's share statement", "member number"),
    ("wage-deductions", "share fees deducted from wages in a month", "YYYY-MM"),
)

# Each area registers its own commands: register(parsers) adds subcommands to these.
COMMAND_MODULES = tuple(
    f"app.commands.{name}"
    for name in (
        "customers",
        "shifts",
        "earnings",
        "invoices",
        "einvoices",
        "payments",
        "coaching",
        "impact",
    )
)


@dataclass(frozen=True)
class Parsers:
    commands: argparse._SubParsersAction
    render: argparse._SubParsersAction
    imports: argparse._SubParsersAction
    exports: argparse._SubParsersAction
    # Parents: --db/--data-dir, and --user for commands that sign in.
    common: argparse.ArgumentParser
    user: argparse.ArgumentParser


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="database file or URL (default: the user's database)")
    common.add_argument("--data-dir", help="folder for Osuva's files")
    user = argparse.ArgumentParser(add_help=False)
    user.add_argument(
        "--user",
        help="sign in as this Osuva user (default: $OSUVA_USER); the password is asked "
        "on the terminal or read from $OSUVA_PASSWORD (for scheduled tasks)",
    )
    parser = argparse.ArgumentParser(
        prog="osuva-admin",
        description="Osuva from the command line. Commands that read or change the "
        "cooperative's records (render, import, export) sign in: --user NAME or OSUVA_USER, "
        "and the password on the terminal or in OSUVA_PASSWORD. check, backup and demo work "
        "on the database file as a whole and need no user.",
    )
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

    render = sub.add_parser(
        "render",
        help="print a document as PDF",
        description="Print a document as PDF. Sign in with --user NAME or $OSUVA_USER; the "
        "password is asked on the terminal or read from $OSUVA_PASSWORD.",
    )
    render_sub = render.add_subparsers(dest="kind", required=True, metavar="DOCUMENT")
    for kind, help_text, key_help in MEMBER_DOCUMENTS:
        document = render_sub.add_parser(kind, parents=[common, user], help=help_text)
        document.add_argument("key", nargs="?", help=key_help)
        document.add_argument("--out", required=True, help="the PDF file to write")
        document.add_argument(
            "--lang", choices=["fi", "sv", "en"], help="language (default: theirs)"
        )
        document.add_argument(
            "--public", action="store_true", help="only the register's public part"
        )
        document.set_defaults(func=cmd_render)

    imports = sub.add_parser("import", help="import data from a spreadsheet")
    import_sub = imports.add_subparsers(dest="what", required=True, metavar="WHAT")
    members_in = import_sub.add_parser(
        "members", parents=[common, user], help="members from a .csv or .xlsx file"
    )
    members_in.add_argument("file", metavar="FILE", help="the spreadsheet (.csv or .xlsx)")
    members_in.add_argument("--commit", action="store_true", help="save (default: only check)")
    members_in.add_argument(
        "--skip-errors", action="store_true", help="with --commit, import the rows without problems"
    )
    members_in.add_argument("--today", help="check dates as if today were YYYY-MM-DD")
    members_in.set_defaults(func=cmd_import)

    exports = sub.add_parser("export", help="export data to a spreadsheet")
    export_sub = exports.add_subparsers(dest="what", required=True, metavar="WHAT")
    members_out = export_sub.add_parser(
        "members", parents=[common, user], help="the member list as .csv or .xlsx"
    )
    members_out.add_argument("--out", required=True, help="the new file, FILE.csv or FILE.xlsx")
    members_out.add_argument("--lang", choices=("fi", "sv", "en"), default="fi", help="headers")
    members_out.add_argument("--force", action="store_true", help="replace an existing file")
    members_out.set_defaults(func=cmd_export)
    add_bench_command(sub)
    parsers = Parsers(sub, render_sub, import_sub, export_sub, common, user)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(parsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except (CommandError, DatabaseOpenError) as exc:
        return _fail(str(exc))
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        return _fail(f"{where}{exc.strerror or exc}.")
    except KeyboardInterrupt:
        return _fail("Interrupted.", code=130)
    # The last resort: one plain line, never a traceback.
    except Exception as exc:
        return _fail(f"Something unexpected happened ({type(exc).__name__}: {exc}).", code=1)


def _fail(message: str, *, code: int = 2) -> int:
    # One line, even when a driver's reason has several.
    one_line = " ".join(part.strip() for part in message.splitlines())
    print(f"osuva-admin: {one_line}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
