"""Upgrading an older database: a checked copy is saved first, then the schema moves on."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.db import open_database
from app.db.migrate import alembic_config, current_revision, head_revision, upgrade_to_head

MIGRATIONS = Path(__file__).resolve().parents[2] / "app" / "db" / "migrations"

NEXT_REVISION = '''
"""a later version adds a column"""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("setting") as batch:
        batch.add_column(sa.Column("note", sa.Text(), nullable=True))


def downgrade():
    with op.batch_alter_table("setting") as batch:
        batch.drop_column("note")
'''


def later_migrations(tmp_path: Path) -> Path:
    """This version's migrations plus one more, as a future Osuva would ship them."""
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9001_later.py").write_text(
        NEXT_REVISION.format(head=head_revision()), encoding="utf-8"
    )
    return folder


def test_older_database_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "osuva.sqlite"
    db = open_database(path, create=True)
    with db.engine.begin() as con:
        con.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('greeting', 'hei')")

    backup = upgrade_to_head(db, str(path), alembic_config(later_migrations(tmp_path)))

    assert current_revision(db) == "9001"
    with db.engine.connect() as con:
        columns = [row[1] for row in con.exec_driver_sql("PRAGMA table_info(setting)")]
        assert "note" in columns
        assert con.exec_driver_sql("SELECT value FROM setting").scalar() == "hei"
    db.dispose()
    assert backup is not None and backup.parent == path.parent
    assert head_revision() in backup.name
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
        assert copy.execute("SELECT value FROM setting").fetchone() == ("hei",)
        assert "note" not in [row[1] for row in copy.execute("PRAGMA table_info(setting)")]
    finally:
        copy.close()


def test_a_current_database_is_not_copied(tmp_path):
    path = tmp_path / "osuva.sqlite"
    open_database(path, create=True).dispose()
    db = open_database(path)
    assert upgrade_to_head(db, str(path)) is None
    db.dispose()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite") == ["osuva.sqlite"]


BROKEN_REVISION = '''
"""a later version whose migration fails half-way"""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO setting (key, value) VALUES ('half', 'done')")
    raise RuntimeError("the disk filled up")


def downgrade():
    pass
'''


def test_a_failing_migration_changes_nothing(tmp_path):
    """Migrations run in one transaction (DDL included): a failure rolls all of it back."""
    path = tmp_path / "osuva.sqlite"
    db = open_database(path, create=True)
    folder = later_migrations(tmp_path)
    (folder / "versions" / "9001_later.py").write_text(
        BROKEN_REVISION.format(head=head_revision()), encoding="utf-8"
    )
    with pytest.raises(RuntimeError):
        upgrade_to_head(db, str(path), alembic_config(folder))
    assert current_revision(db) == head_revision()
    with db.engine.connect() as con:
        names = [r[0] for r in con.exec_driver_sql("SELECT name FROM sqlite_master")]
        assert "half_done" not in names
        assert con.exec_driver_sql("SELECT count(*) FROM setting").scalar() == 0
    db.dispose()


RECREATE_MEMBER = '''
"""a later version rebuilds the member table, as SQLite needs for most ALTERs"""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("member", recreate="always") as batch:
        batch.add_column(sa.Column("note", sa.Text(), nullable=True))


def downgrade():
    pass
'''


def row_counts(db) -> dict[str, int]:
    with db.engine.connect() as con:
        names = [
            r[0]
            for r in con.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: con.exec_driver_sql(f'SELECT count(*) FROM "{n}"').scalar() for n in names}


def test_rebuilding_a_referenced_table_keeps_every_row(demo_db, tmp_path):
    """Rows that point at members survive the member table being copied and dropped."""
    before = row_counts(demo_db)
    assert before["member"] > 0
    folder = later_migrations(tmp_path)
    (folder / "versions" / "9001_later.py").write_text(
        RECREATE_MEMBER.format(head=head_revision()), encoding="utf-8"
    )
    upgrade_to_head(demo_db, str(demo_db.path), alembic_config(folder))
    assert current_revision(demo_db) == "9001"
    assert row_counts(demo_db) == before
    with demo_db.engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        # Later connections from the pool enforce foreign keys again.
        assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


BREAKS_REFERENCES = RECREATE_MEMBER.replace(
    '        batch.add_column(sa.Column("note", sa.Text(), nullable=True))',
    '        batch.add_column(sa.Column("note", sa.Text(), nullable=True))\n'
    '    op.execute("DELETE FROM member")',
)


def test_a_migration_that_would_break_references_changes_nothing(demo_db, tmp_path):
    from app.db import DatabaseOpenError

    before = row_counts(demo_db)
    folder = later_migrations(tmp_path)
    (folder / "versions" / "9001_later.py").write_text(
        BREAKS_REFERENCES.format(head=head_revision()), encoding="utf-8"
    )
    with pytest.raises(DatabaseOpenError) as info:
        upgrade_to_head(demo_db, str(demo_db.path), alembic_config(folder))
    assert "broken references" in str(info.value)
    assert current_revision(demo_db) == head_revision()
    assert row_counts(demo_db) == before
