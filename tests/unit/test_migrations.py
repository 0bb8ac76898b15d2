"""The Alembic migrations build exactly the schema the models describe, both ways."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import CheckConstraint, inspect

from app.db import open_database
from app.db.migrate import alembic_config, current_revision, head_revision
from app.domain import Base


@pytest.fixture
def empty_db(tmp_path):
    database = open_database(tmp_path / "empty.sqlite", create=True, migrate=False)
    yield database
    database.dispose()


def run(db, fn, revision: str) -> None:
    config = alembic_config()
    with db.engine.begin() as con:
        config.attributes["connection"] = con
        fn(config, revision)


def schema_diff(db) -> list:
    with db.engine.connect() as con:
        context = MigrationContext.configure(con, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)


def table_names(db) -> set[str]:
    return set(inspect(db.engine).get_table_names())


def test_revisions_form_one_line_ending_at_head():
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [head_revision()]
    revisions = list(script.walk_revisions())
    assert revisions[-1].down_revision is None
    assert revisions[0].revision == head_revision()


def test_empty_database_has_no_revision(empty_db):
    assert table_names(empty_db) == set()
    assert current_revision(empty_db) is None


def test_upgrade_to_head_matches_the_models(empty_db):
    run(empty_db, command.upgrade, "head")
    assert current_revision(empty_db) == head_revision()
    assert table_names(empty_db) - {"alembic_version"} == set(Base.metadata.tables)
    assert schema_diff(empty_db) == []


def test_schema_diff_detects_a_difference(empty_db):
    """The comparison itself works: a table missing from the database is reported."""
    run(empty_db, command.upgrade, "head")
    with empty_db.engine.begin() as con:
        con.exec_driver_sql("DROP TABLE setting")
    diff = schema_diff(empty_db)
    assert any(d[0] == "add_table" and d[1].name == "setting" for d in diff)


def test_columns_indexes_and_constraints_match_the_models(empty_db):
    run(empty_db, command.upgrade, "head")
    inspector = inspect(empty_db.engine)
    for name, table in Base.metadata.tables.items():
        db_columns = {c["name"]: c for c in inspector.get_columns(name)}
        assert set(db_columns) == set(table.columns.keys()), name
        for column in table.columns:
            assert db_columns[column.name]["nullable"] == column.nullable, (name, column.name)
        # Declared checks and the enum columns' own checks, all named by the convention.
        model_checks = {str(c.name) for c in table.constraints if isinstance(c, CheckConstraint)}
        db_checks = {c["name"] for c in inspector.get_check_constraints(name)}
        assert db_checks == model_checks, name
        model_fks = {
            (tuple(fk.column_keys), fk.referred_table.name) for fk in table.foreign_key_constraints
        }
        db_fks = {
            (tuple(fk["constrained_columns"]), fk["referred_table"])
            for fk in inspector.get_foreign_keys(name)
        }
        assert db_fks == model_fks, name


def test_downgrade_to_base_and_upgrade_again(empty_db):
    run(empty_db, command.upgrade, "head")
    with empty_db.engine.begin() as con:
        con.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('k', 'v')")

    run(empty_db, command.downgrade, "base")
    assert current_revision(empty_db) is None
    assert table_names(empty_db) <= {"alembic_version"}

    run(empty_db, command.upgrade, "head")
    assert current_revision(empty_db) == head_revision()
    assert schema_diff(empty_db) == []
    with empty_db.engine.connect() as con:
        # The tables are new: the row written before the downgrade is gone.
        assert con.exec_driver_sql("SELECT count(*) FROM setting").scalar() == 0


def test_open_database_migrates_the_same_as_alembic(tmp_path):
    db = open_database(tmp_path / "opened.sqlite", create=True)
    try:
        assert schema_diff(db) == []
        assert table_names(db) - {"alembic_version"} == set(Base.metadata.tables)
    finally:
        db.dispose()


def test_schema_head_constant_matches_the_migrations():
    from app.db.engine import SCHEMA_HEAD
    from app.db.migrate import head_revision

    assert head_revision() == SCHEMA_HEAD
