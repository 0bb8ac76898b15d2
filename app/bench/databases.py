"""The databases the bench measures, built once and kept in the --out folder.

A file's name carries what made it (scale, seed, members, schema revision and a digest of
the demo generator), so a rerun reuses it and a migration or a new generator builds it again.
The many-member variant copies the scaled demo and adds members in bulk with plain SQL: the
demo generator would take many minutes.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.db import open_database
from app.db.connect import connect_sqlite
from app.db.migrate import head_revision

SEED = 2026
DEMO = Path(__file__).resolve().parents[1] / "demo"


@dataclass(frozen=True)
class BenchDatabases:
    demo: Path  # the ordinary demo cooperative
    scaled: Path  # the demo at --scale (250: 10 000 members, a million work entries)
    many: Path  # the scaled demo with members added up to `many_members`
    scaled_members: int
    many_members: int


def version() -> str:
    """The schema revision and a digest of the demo generator: a change to either rebuilds."""
    digest = hashlib.sha256()
    for source in sorted(DEMO.glob("*.py")):
        digest.update(source.read_bytes())
    return f"{head_revision()}-{digest.hexdigest()[:8]}"


def demo_file(out: Path, scale: int, log) -> Path:
    from app.demo import generate_demo

    path = out / f"demo-scale{scale}-seed{SEED}-{version()}.sqlite"
    if path.exists():
        return path
    log(f"building the demo at scale {scale} (scale 250 takes about a minute)…")
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = open_database(partial, create=True)
    try:
        generate_demo(db, seed=SEED, scale=scale)
    finally:
        db.dispose()
    partial.replace(path)
    log(f"  {path.name} in {time.perf_counter() - started:.0f} s")
    return path


@contextmanager
def _connected(path: Path) -> Iterator[sqlite3.Connection]:
    # Through Osuva's one connection factory, like every other connection.
    con = connect_sqlite(path)
    try:
        yield con
    finally:
        con.close()


def member_count(path: Path) -> int:
    with _connected(path) as con:
        return con.execute("SELECT count(*) FROM member").fetchone()[0]


def add_members(path: Path, target: int) -> None:
    """Copy the file's members (without identity codes) until it holds ``target`` members."""
    with _connected(path) as con:
        columns = [row[1] for row in con.execute("PRAGMA table_info(member)")]
        max_id, max_number, count = con.execute(
            "SELECT max(id), coalesce(max(member_number), 0), count(*) FROM member"
        ).fetchone()
        fresh = {
            "id": "id + :id_offset",
            "member_number": "member_number + :number_offset",
            "personal_id": "NULL",
        }
        select = ", ".join(fresh.get(c, c) for c in columns)
        statement = (
            f"INSERT INTO member ({', '.join(columns)}) SELECT {select} FROM member "
            "WHERE id <= :last ORDER BY id LIMIT :limit"
        )
        copy = 1
        con.execute("BEGIN")
        while count < target:
            limit = min(target - count, max_id)
            params = {
                "id_offset": copy * max_id,
                "number_offset": copy * max_number,
                "last": max_id,
                "limit": limit,
            }
            count += con.execute(statement, params).rowcount
            copy += 1
        con.execute("COMMIT")


def many_file(out: Path, scaled: Path, scale: int, members: int, log) -> Path:
    path = out / f"members{members}-scale{scale}-seed{SEED}-{version()}.sqlite"
    if path.exists():
        return path
    log(f"adding members to a copy of the scale-{scale} demo up to {members}…")
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    shutil.copyfile(scaled, partial)
    add_members(partial, members)
    partial.replace(path)
    log(f"  {path.name} in {time.perf_counter() - started:.0f} s")
    return path


def build(out: Path, *, scale: int, many_members: int, log=print) -> BenchDatabases:
    out.mkdir(parents=True, exist_ok=True)
    demo = demo_file(out, 1, log)
    scaled = demo_file(out, scale, log) if scale != 1 else demo
    many = many_file(out, scaled, scale, many_members, log)
    return BenchDatabases(demo, scaled, many, member_count(scaled), member_count(many))


def member_rows(path: Path) -> list[list[str]]:
    """The members list's searchable columns as plain text, for the bare-Qt floors."""
    with _connected(path) as con:
        rows = con.execute(
            "SELECT coalesce(member_number, ''), last_name || ', ' || first_name, kind, status, "
            "coalesce(accepted_on, applied_on), municipality FROM member ORDER BY id"
        ).fetchall()
    # Shares, paid, open fee and refund as the list shows them, for the same width of text.
    money = ["1", "50,00 €", "0,00 €", ""]
    return [[str(value) for value in row] + money for row in rows]
