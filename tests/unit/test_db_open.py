"""Opening a database: creation, pragmas, refusal of foreign, damaged and newer files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from app.db import (
    CannotCreateError,
    ConnectionFailedError,
    CorruptDatabaseError,
    Database,
    DatabaseOpenError,
    NewerSchemaError,
    NotADatabaseError,
    open_database,
    resolve_url,
)
from app.db.engine import SCHEMA_HEAD
from app.db.migrate import backup_before_upgrade, current_revision, head_revision, upgrade_to_head
from app.domain import Base

PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_head_database(path: Path) -> None:
    """A migrated database whose WAL has been folded into the main file."""
    db = open_database(path, create=True)
    db.dispose()
    # The last connection to close checkpoints the WAL; make sure of it.
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def table_counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


# --- creating -------------------------------------------------------------------------------


def test_new_file_is_created_and_migrated_to_head(tmp_path):
    path = tmp_path / "sub" / "folder" / "new.sqlite"
    assert not path.exists()
    db = open_database(path, create=True)
    try:
        assert path.is_file()
        assert db.path == path.resolve()
        assert head_revision() == SCHEMA_HEAD
        assert current_revision(db) == head_revision()
        with db.engine.connect() as con:
            tables = {
                r[0]
                for r in con.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
            }
        assert set(Base.metadata.tables) <= tables
        assert "alembic_version" in tables
    finally:
        db.dispose()
    with path.open("rb") as fh:
        assert fh.read(16) == b"SQLite format 3\x00"


def test_pragmas_are_set_on_every_connection(db):
    # Two connections open at once: both must come from the pool with the pragmas applied.
    with db.engine.connect() as first, db.engine.connect() as second:
        assert first.connection.dbapi_connection is not second.connection.dbapi_connection
        for con in (first, second):
            assert con.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert con.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert con.execute(text("PRAGMA busy_timeout")).scalar() > 0
    # Sessions use the same engine and therefore the same pragmas.
    with db.sessions() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_wal_mode_is_stored_in_the_file(db):
    db.dispose()
    con = sqlite3.connect(db.path)
    try:
        # A plain sqlite3 connection sets no pragmas: WAL must be persistent in the file.
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        con.close()


def test_empty_file_becomes_a_database_only_when_creating(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    db = open_database(path, create=True)
    try:
        assert current_revision(db) == head_revision()
    finally:
        db.dispose()


# --- refusing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"Jasenluettelo 2026\nMatti Meikalainen;1;50,00\n",
        PNG_BYTES,
        b"SQLite format 2\x00" + b"\x00" * 100,
    ],
    ids=["text", "png", "almost-sqlite-header"],
)
def test_non_sqlite_file_is_refused_and_unchanged(tmp_path, content):
    path = tmp_path / "members.sqlite"
    path.write_bytes(content)
    with pytest.raises(NotADatabaseError) as info:
        open_database(path)
    assert isinstance(info.value, DatabaseOpenError)
    assert info.value.target == str(path.resolve())
    assert "not an Osuva database" in str(info.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["members.sqlite"]


def test_directory_is_refused(tmp_path):
    folder = tmp_path / "a-folder.sqlite"
    folder.mkdir()
    (folder / "inside.txt").write_text("x")
    with pytest.raises(NotADatabaseError):
        open_database(folder)
    assert [p.name for p in folder.iterdir()] == ["inside.txt"]


def corrupt_page(path: Path, page: int, *, start: int = 0) -> None:
    garbage = bytes((i * 131 + 7) % 256 for i in range(4096 - start))
    with path.open("r+b") as fh:
        fh.seek(4096 * (page - 1) + start)
        fh.write(garbage)


def test_a_damaged_schema_page_is_refused_on_open_and_file_unchanged(tmp_path):
    path = tmp_path / "damaged.sqlite"
    make_head_database(path)
    # Page 1 after the 100-byte header holds the schema: reading it is cheap and fails.
    corrupt_page(path, 1, start=100)
    before = sha256(path)
    with pytest.raises(CorruptDatabaseError) as info:
        open_database(path)
    assert info.value.detail
    assert "backup" in str(info.value)
    assert sha256(path) == before
    # SQLite may leave its own empty -wal/-shm beside a file it could not read; nothing else.
    assert {p.name for p in tmp_path.iterdir()} <= {
        "damaged.sqlite",
        "damaged.sqlite-wal",
        "damaged.sqlite-shm",
    }


def test_a_damaged_data_page_is_found_by_the_quick_check_not_on_open(tmp_path):
    """Opening does not scan every page (a large file opens at once); quick_check does."""
    from app.services.integrity import quick_check

    path = tmp_path / "damaged.sqlite"
    make_head_database(path)
    assert path.stat().st_size > 4096 * 4
    corrupt_page(path, 3)
    before = sha256(path)
    try:
        db = open_database(path, migrate=False)
    except DatabaseOpenError as error:
        # Page 3 may hold part of the schema; then opening refuses it, which is fine too.
        assert isinstance(error, CorruptDatabaseError | NotADatabaseError)
    else:
        try:
            problems = quick_check(db)
        finally:
            db.dispose()
        assert problems
        assert all(p.startswith("integrity: ") for p in problems)
    assert sha256(path) == before


def test_quick_check_of_a_whole_database_finds_nothing(demo_db):
    from app.services.integrity import quick_check

    assert quick_check(demo_db) == []


def test_newer_schema_is_refused_and_file_unchanged(tmp_path):
    path = tmp_path / "newer.sqlite"
    make_head_database(path)
    con = sqlite3.connect(path)
    try:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
        con.commit()
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    before = sha256(path)
    with pytest.raises(NewerSchemaError) as info:
        open_database(path)
    assert info.value.found == "9999"
    assert info.value.known == head_revision()
    assert "newer version" in str(info.value)
    assert sha256(path) == before
    # No backup was written for a database that was never upgraded.
    assert not [p for p in tmp_path.iterdir() if "before-upgrade" in p.name]
    # And the revision is still the unknown one.
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999",)]
    finally:
        con.close()


def test_newer_schema_is_refused_even_without_migrating(tmp_path):
    """migrate=False opens it (for `check`), and current_revision tells the truth."""
    path = tmp_path / "newer.sqlite"
    make_head_database(path)
    con = sqlite3.connect(path)
    try:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
        con.commit()
    finally:
        con.close()
    db = open_database(path, migrate=False)
    try:
        assert current_revision(db) == "9999"
        with pytest.raises(NewerSchemaError):
            upgrade_to_head(db, str(path))
    finally:
        db.dispose()


# --- upgrading and backups -------------------------------------------------------------------


def test_reopening_a_head_database_makes_no_backup(tmp_path):
    path = tmp_path / "osuva.sqlite"
    make_head_database(path)
    db = open_database(path)
    try:
        assert upgrade_to_head(db, str(path)) is None
        assert current_revision(db) == head_revision()
    finally:
        db.dispose()
    db = open_database(path)
    db.dispose()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert not [n for n in names if "before-upgrade" in n], names
    assert "osuva.sqlite" in names


def test_backup_before_upgrade_is_a_readable_copy(coop_db):
    path = coop_db.path
    with coop_db.engine.begin() as con:
        # Rows still in the WAL must be in the copy too.
        con.execute(
            text("INSERT INTO setting (key, value) VALUES ('backup-test', 'still in the wal')")
        )
    expected = table_counts(path)
    assert expected["cooperative"] == 1
    assert expected["vat_rate"] > 0
    copy = backup_before_upgrade(path, "0001")
    assert copy != path
    assert copy.parent == path.parent
    assert copy.name.startswith(f"{path.stem}.before-upgrade-0001-")
    assert copy.suffix == path.suffix
    con = sqlite3.connect(copy)
    try:
        assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert con.execute("SELECT value FROM setting WHERE key = 'backup-test'").fetchall() == [
            ("still in the wal",)
        ]
        assert con.execute("SELECT name FROM cooperative").fetchall() == [("Osuuskunta Testi",)]
    finally:
        con.close()
    assert table_counts(copy) == expected
    # The copy opens as an Osuva database at the same revision.
    backup_db = open_database(copy, migrate=False)
    try:
        assert current_revision(backup_db) == head_revision()
    finally:
        backup_db.dispose()


# --- URLs and labels -------------------------------------------------------------------------


def test_resolve_url_plain_path(tmp_path):
    path = tmp_path / "osuva.sqlite"
    url, resolved = resolve_url(path)
    assert resolved == path.resolve()
    assert url == f"sqlite:///{path.resolve().as_posix()}"
    assert make_url(url).get_backend_name() == "sqlite"
    assert make_url(url).database == path.resolve().as_posix()


def test_resolve_url_relative_path_and_home(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    url, resolved = resolve_url("relative.sqlite")
    assert resolved == (tmp_path / "relative.sqlite").resolve()
    assert url.startswith("sqlite:///")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    _, home_resolved = resolve_url("~/in-home.sqlite")
    assert home_resolved == (tmp_path / "in-home.sqlite").resolve()


def test_resolve_url_sqlite_url_gets_a_path(tmp_path):
    path = (tmp_path / "by-url.sqlite").resolve()
    url, resolved = resolve_url(f"sqlite:///{path.as_posix()}")
    assert url == f"sqlite:///{path.as_posix()}"
    assert resolved == path


def test_resolve_url_server_url_stays_a_url():
    target = "postgresql://user:secret@db.example.fi:5432/osuva"
    url, path = resolve_url(target)
    assert path is None
    parsed = make_url(url)
    # The driver may be made explicit; everything needed to connect is kept.
    assert parsed.get_backend_name() == "postgresql"
    assert (parsed.username, parsed.password, parsed.host, parsed.port, parsed.database) == (
        "user",
        "secret",
        "db.example.fi",
        5432,
        "osuva",
    )


def test_label_of_sqlite_database_is_the_path(db):
    assert db.label == str(db.path)
    assert "sqlite://" not in db.label


def test_label_of_server_database_hides_the_password():
    url = "postgresql://user:secret@db.example.fi:5432/osuva"
    # create_engine does not connect; an SQLite engine avoids needing a PostgreSQL driver,
    # and the label depends only on the URL and the path.
    engine = create_engine("sqlite://")
    database = Database(url=url, engine=engine, sessions=sessionmaker(engine), path=None)
    try:
        assert "secret" not in database.label
        assert "user" in database.label
        assert "db.example.fi" in database.label
        assert database.label == make_url(url).render_as_string(hide_password=True)
    finally:
        database.dispose()


# --- failing to connect ------------------------------------------------------------------------


def test_connection_failure_is_wrapped(tmp_path, monkeypatch):
    """SQLite refusing to open the file surfaces as ConnectionFailedError, not sqlite3's."""
    import app.db.connect as connect_module

    folder = tmp_path / "a-folder"
    folder.mkdir()
    real_connect = connect_module.sqlite3.connect
    # The checks pass for the requested (new) file; SQLite is then pointed at a folder,
    # which it cannot open ("unable to open database file").
    monkeypatch.setattr(
        connect_module.sqlite3, "connect", lambda path, **kw: real_connect(folder, **kw)
    )
    target = tmp_path / "new.sqlite"
    with pytest.raises(DatabaseOpenError) as info:
        open_database(target, create=True)
    assert isinstance(info.value, ConnectionFailedError)
    assert not isinstance(info.value, SQLAlchemyError | sqlite3.Error)
    assert info.value.target == str(target.resolve())
    assert "unable to open" in info.value.detail
    assert isinstance(info.value.__cause__, sqlite3.Error)
    assert list(folder.iterdir()) == []


def test_path_below_a_regular_file_cannot_be_created(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    target = blocker / "sub" / "db.sqlite"
    with pytest.raises(DatabaseOpenError) as info:
        open_database(target, create=True)
    assert isinstance(info.value, CannotCreateError)
    assert not isinstance(info.value, OSError)
    assert info.value.target == str(target.resolve())
    assert info.value.detail
    assert blocker.read_text() == "not a folder"


def test_unreachable_server_raises_connection_failed():
    """Refused connection (driver installed) or missing driver: either way a plain error."""
    target = "postgresql://nobody:secret@127.0.0.1:1/none"
    with pytest.raises(ConnectionFailedError) as info:
        open_database(target)
    assert "127.0.0.1" in info.value.target
    assert "secret" not in info.value.target
    assert "secret" not in str(info.value)
    assert info.value.detail


def test_open_errors_carry_no_sqlalchemy_exception_type(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert not isinstance(info.value, SQLAlchemyError | sqlite3.Error)
    assert os.fspath(path.resolve()) in str(info.value)


def test_another_programs_sqlite_database_is_refused_and_left_alone(tmp_path):
    other = tmp_path / "contacts.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE member (name TEXT)")
    con.execute("INSERT INTO member VALUES ('Aino')")
    con.commit()
    con.close()
    before = other.read_bytes()
    with pytest.raises(NotADatabaseError):
        open_database(other)
    assert other.read_bytes() == before
    con = sqlite3.connect(other)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    con.close()
    assert tables == ["member"]
    assert not (tmp_path / "contacts.sqlite-wal").exists()


def test_quick_check_runs_in_a_worker_thread(demo_db):
    """The window runs the scan off the GUI thread, on the same engine."""
    import threading

    from app.services.integrity import quick_check

    with demo_db.engine.connect() as con:
        con.exec_driver_sql("SELECT count(*) FROM member").scalar()
    results: list[list[str]] = []
    worker = threading.Thread(target=lambda: results.append(quick_check(demo_db)))
    worker.start()
    worker.join(timeout=60)
    assert results == [[]]
    with demo_db.engine.connect() as con:
        assert con.exec_driver_sql("SELECT count(*) FROM member").scalar() > 0
