"""Open a database by path or URL: check it, migrate it, hand out sessions."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .errors import (
    CannotCreateError,
    ConnectionFailedError,
    CorruptDatabaseError,
    NotADatabaseError,
)

SQLITE_HEADER = b"SQLite format 3\x00"
# The newest migration's revision; a test keeps it equal to Alembic's head.
SCHEMA_HEAD = "0002"


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    # The file for SQLite; None for a server database.
    path: Path | None

    @property
    def label(self) -> str:
        """What the status bar shows: the file, or the server URL without its password."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def resolve_url(target: str | Path) -> tuple[str, Path | None]:
    """A URL stays a URL; anything else is a path to an SQLite file."""
    text_target = str(target)
    if "://" in text_target:
        url = make_url(text_target)
        if url.get_backend_name() == "sqlite" and url.database:
            return text_target, Path(url.database).resolve()
        if url.drivername in ("postgresql", "postgres"):
            # psycopg 3 is the driver Osuva ships; SQLAlchemy would assume psycopg2.
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False), None
    path = Path(text_target).expanduser().resolve()
    return f"sqlite:///{path.as_posix()}", path


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL survives a power cut with the last committed transaction intact.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _check_sqlite_file(path: Path, target: str) -> None:
    """Refuse anything that is not an SQLite file before SQLite touches it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise NotADatabaseError(target)
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotADatabaseError(target)
    # Read-only, and sidecar files it creates are removed: the check must change nothing.
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = {p for p in sidecars if p.exists()}
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(target, str(exc)) from exc
    finally:
        for sidecar in sidecars:
            if sidecar not in existed and sidecar.exists():
                sidecar.unlink()
    if rows != [("ok",)]:
        raise CorruptDatabaseError(target, "; ".join(str(r[0]) for r in rows[:3]))
    if tables and "alembic_version" not in tables:
        # Another program's database: even switching it to WAL would change it.
        raise NotADatabaseError(target)


def make_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def open_database(target: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) and bring the schema to this version of Osuva.

    Raises a DatabaseOpenError subclass, leaving the file untouched, when it cannot.
    """
    url, path = resolve_url(target)
    label = str(path) if path is not None else make_url(url).render_as_string(True)
    if path is not None:
        _check_sqlite_file(path, label)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CannotCreateError(label, exc.strerror or str(exc)) from exc
    try:
        engine = make_engine(url)
    except ImportError as exc:
        raise ConnectionFailedError(label, f"database driver missing ({exc.name})") from exc
    try:
        with engine.connect() as con:
            con.execute(text("SELECT 1"))
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise ConnectionFailedError(label, str(exc.orig or exc).strip()) from exc
    db = Database(
        url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), path=path
    )
    if migrate and _stored_revision(engine) != SCHEMA_HEAD:
        # Alembic costs half a second to import: only when the schema must change.
        from .migrate import upgrade_to_head

        try:
            upgrade_to_head(db, label)
        except Exception:
            engine.dispose()
            raise
    return db


def _stored_revision(engine: Engine) -> str | None:
    with engine.connect() as con:
        try:
            return con.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, DBAPIError):
            return None
