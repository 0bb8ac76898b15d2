"""Alembic migrations run on open; a newer database is refused, an older one backed up first."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from .copy import CopyFailed, copy_database
from .errors import CannotCreateError, DatabaseOpenError, NewerSchemaError, NotADatabaseError

if TYPE_CHECKING:
    from .engine import Database

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(script_location: Path = MIGRATIONS) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as con:
        return MigrationContext.configure(con).get_current_revision()


def has_tables(db: Database) -> bool:
    from sqlalchemy import inspect

    return bool(inspect(db.engine).get_table_names())


def backup_before_upgrade(path: Path, revision: str, label: str | None = None) -> Path:
    """Copy the file with SQLite's online backup, so WAL contents are included."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    try:
        return copy_database(path, target)
    except CopyFailed as exc:
        # No upgrade without its copy: the file stays as it was.
        raise CannotCreateError(label or str(path), f"the copy before upgrading: {exc}") from exc


def upgrade_to_head(db: Database, label: str, config: Config | None = None) -> Path | None:
    """Bring the schema to head. Returns the backup file made before upgrading, if any."""
    config = config or alembic_config()
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head() or ""
    current = current_revision(db)
    if current == head:
        return None
    if current is not None:
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise NewerSchemaError(label, current, head)
    elif has_tables(db):
        # Another program's database: never add Osuva's tables into it.
        raise NotADatabaseError(label)
    backup = None
    if db.path is not None and current is not None and has_tables(db):
        backup = backup_before_upgrade(db.path, current, label)
    _upgrade(db, config, label)
    return backup


def _upgrade(db: Database, config: Config, label: str) -> None:
    """One transaction; on SQLite the documented ALTER procedure, so rebuilt tables keep rows.

    (sqlite.org/lang_altertable.html: foreign keys off outside the transaction, checked
    before commit.) Without it, rebuilding a table others refer to fails or cascades.
    """
    with db.engine.connect() as con:
        raw = con.connection.driver_connection if db.path is not None else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with con.begin():
                config.attributes["connection"] = con
                command.upgrade(config, "head")
                if raw is not None and con.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise DatabaseOpenError(
                        f"Upgrading {label} would leave broken references; nothing was changed.",
                        target=label,
                    )
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
