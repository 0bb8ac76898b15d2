"""The one connection factory: every connection to an Osuva database is made here.

The engine, migrations, backups, the integrity check and the pre-open probe all connect
through `connect_sqlite` or `make_engine`, so an encryption key is added in one place.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

# A write transaction starts with `session.connection(execution_options={WRITE: True})`,
# before anything else in the session: then it holds the write lock from its first read.
WRITE = "osuva_write"
# pg_advisory_xact_lock key that serializes Osuva's writers on PostgreSQL ("OsuvaWrt").
PG_WRITE_LOCK = int.from_bytes(b"OsuvaWrt", "big")
BUSY_TIMEOUT_MS = 5000


def connect_sqlite(path: Path) -> sqlite3.Connection:
    """A DBAPI connection with Osuva's pragmas; SQLAlchemy, not sqlite3, begins transactions."""
    # timeout is SQLite's busy_timeout: a writer waits for another instead of failing at once.
    # Threads share the pool (the GUI's workers); SQLAlchemy keeps one thread per connection.
    con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    # pysqlite's legacy mode would not begin before SELECT or DDL: transactions stay ours.
    con.isolation_level = None
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA synchronous=NORMAL")
    return con


def use_wal(con: sqlite3.Connection) -> None:
    """Switch the file to WAL (stored in the file); only once it is known to be Osuva's."""
    # WAL survives a power cut with the last committed transaction intact.
    con.execute("PRAGMA journal_mode=WAL")


def _begin_sqlite(conn: Connection) -> None:
    # IMMEDIATE takes the write lock now, so a writer waits here (busy_timeout) instead of
    # failing with "database is locked" when it first writes after reading.
    if conn.get_execution_options().get(WRITE):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def _begin_postgresql(conn: Connection) -> None:
    # Writers queue behind one transaction-scoped lock, as they do on SQLite.
    if conn.get_execution_options().get(WRITE):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")


def make_engine(url: str, path: Path | None = None) -> Engine:
    """The engine for a URL; for SQLite `path` is the file and connections come from above."""
    if make_url(url).get_backend_name() == "sqlite":
        if path is None:
            path = Path(make_url(url).database or "")
        file = path
        engine = create_engine(url, creator=lambda: connect_sqlite(file))
        event.listen(engine, "begin", _begin_sqlite)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    event.listen(engine, "begin", _begin_postgresql)
    return engine
