"""Transactions Osuva begins itself: BEGIN IMMEDIATE for writers, an advisory lock on a server."""

from __future__ import annotations

from sqlalchemy import event, text

from app.db import WRITE
from app.db.connect import PG_WRITE_LOCK, _begin_postgresql, make_engine


def statements(db) -> list[str]:
    seen: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda c, cur, sql, *a: seen.append(sql))
    return seen


def test_a_write_begins_immediate_and_a_read_begins_deferred(db):
    seen = statements(db)
    with db.sessions() as session:
        session.connection(execution_options={WRITE: True})
        session.execute(text("INSERT INTO setting (key, value) VALUES ('k', 'v')"))
        session.commit()
    with db.sessions() as session:
        assert session.execute(text("SELECT value FROM setting")).scalar() == "v"
    assert seen == [
        "BEGIN IMMEDIATE",
        "INSERT INTO setting (key, value) VALUES ('k', 'v')",
        "BEGIN",
        "SELECT value FROM setting",
    ]


def test_a_rolled_back_write_leaves_nothing(db):
    """sqlite3 does not begin on its own any more: the ROLLBACK must still undo the insert."""
    with db.sessions() as session:
        session.connection(execution_options={WRITE: True})
        session.execute(text("INSERT INTO setting (key, value) VALUES ('k', 'v')"))
        session.rollback()
    with db.sessions() as session:
        assert session.execute(text("SELECT count(*) FROM setting")).scalar() == 0


def test_ddl_is_transactional(db):
    with db.engine.connect() as con:
        con.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
        con.rollback()
    with db.engine.connect() as con:
        names = [r[0] for r in con.exec_driver_sql("SELECT name FROM sqlite_master")]
    assert "scratch" not in names


class RecordingConnection:
    def __init__(self, options: dict) -> None:
        self.options = options
        self.executed: list[str] = []

    def get_execution_options(self) -> dict:
        return self.options

    def exec_driver_sql(self, sql: str) -> None:
        self.executed.append(sql)


def test_postgresql_writers_take_one_advisory_lock():
    writer, reader = RecordingConnection({WRITE: True}), RecordingConnection({})
    _begin_postgresql(writer)
    _begin_postgresql(reader)
    assert writer.executed == [f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})"]
    assert reader.executed == []
    assert 0 < PG_WRITE_LOCK < 2**63  # a bigint key


def test_postgresql_engines_listen_for_begin():
    engine = make_engine("postgresql+psycopg://u:p@localhost/osuva")  # does not connect
    try:
        assert event.contains(engine, "begin", _begin_postgresql)
    finally:
        engine.dispose()
