"""Open a database by path or URL: check it, migrate it, hand out sessions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from . import probe
from .connect import make_engine
from .errors import (
    CannotCreateError,
    ConnectionFailedError,
    EmptyDatabaseError,
    InvalidTargetError,
    NotADatabaseError,
)

# The newest migration's revision; a test keeps it equal to Alembic's head.
SCHEMA_HEAD = "0013"
SERVER_BACKENDS = ("postgresql",)


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
    """A URL stays a URL; anything else is a path to an SQLite file.

    Raises InvalidTargetError for an empty target or a URL Osuva cannot use.
    """
    text_target = str(target)
    if not text_target.strip():
        raise InvalidTargetError(repr(text_target), "no file or URL was given")
    if "://" not in text_target:
        path = Path(text_target).expanduser().resolve()
        return f"sqlite:///{path.as_posix()}", path
    try:
        url = make_url(text_target)
        backend = url.get_backend_name()
    except (ArgumentError, ValueError) as exc:
        raise InvalidTargetError(_hide_password(text_target), "the URL cannot be read") from exc
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise InvalidTargetError(text_target, "an SQLite URL must name a file")
        return text_target, Path(url.database).resolve()
    if backend not in SERVER_BACKENDS:
        raise InvalidTargetError(
            url.render_as_string(hide_password=True),
            "Osuva works with SQLite files and PostgreSQL servers",
        )
    if url.drivername in ("postgresql", "postgres"):
        # psycopg 3 is the driver Osuva ships; SQLAlchemy would assume psycopg2.
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False), None


def _hide_password(target: str) -> str:
    """An unparsable URL, with anything between ':' and '@' masked."""
    scheme, _, rest = target.partition("://")
    if "@" in rest:
        credentials, _, host = rest.rpartition("@")
        rest = f"{credentials.partition(':')[0]}:***@{host}"
    return f"{scheme}://{rest}"


def open_database(target: str | Path, *, create: bool = False, migrate: bool = True) -> Database:
    """Open an Osuva database and bring its schema to this version of Osuva.

    Only `create=True` (a new cooperative, the demo) makes a new file or fills an empty one;
    otherwise a missing, empty or foreign database is refused. Opening reads the header and
    the schema version only: the full integrity scan is `app.services.integrity`.
    Raises a DatabaseOpenError subclass, leaving the file untouched, when it cannot.
    """
    url, path = resolve_url(target)
    label = str(path) if path is not None else make_url(url).render_as_string(True)
    if path is not None and probe.check_file(path, label, create=create):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CannotCreateError(label, exc.strerror or str(exc)) from exc
    try:
        engine = make_engine(url, path)
    except (ImportError, ArgumentError) as exc:
        detail = f"database driver missing ({getattr(exc, 'name', None) or exc})"
        raise ConnectionFailedError(label, detail) from exc
    try:
        db = Database(
            url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), path=path
        )
        _prepare(db, label, create=create, migrate=migrate)
    except BaseException:
        engine.dispose()
        raise
    return db


def _prepare(db: Database, label: str, *, create: bool, migrate: bool) -> None:
    if db.path is not None:
        contents = probe.sqlite_contents(db.path, label, create=create)
    else:
        contents = probe.server_contents(db.engine, label)
    if contents.revision is None:
        if contents.has_tables:
            # Another program's database: never add Osuva's tables into it.
            raise NotADatabaseError(label)
        if not create:
            raise EmptyDatabaseError(label)
    if migrate and contents.revision != SCHEMA_HEAD:
        # Alembic costs half a second to import: only when the schema must change.
        from .migrate import upgrade_to_head

        upgrade_to_head(db, label)
