"""An older database keeps its assignments and hours when the new statuses arrive."""

from __future__ import annotations

from alembic import command

from app.db.engine import SCHEMA_HEAD
from app.db.migrate import alembic_config, current_revision, upgrade_to_head

BY_STATUS = "SELECT status, count(*) FROM work_assignment GROUP BY status"


def _downgrade_to_0004(db) -> None:
    with db.engine.connect() as con:
        raw = con.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        with con.begin():
            config = alembic_config()
            config.attributes["connection"] = con
            command.downgrade(config, "0004")
        raw.execute("PRAGMA foreign_keys=ON")


def _counts(db) -> dict[str, int]:
    with db.engine.connect() as con:
        return {
            t: con.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
            for t in ("work_assignment", "work_entry", "assignment_member")
        }


def test_old_statuses_are_renamed_and_nothing_is_lost(demo_db):
    before = _counts(demo_db)
    _downgrade_to_0004(demo_db)
    with demo_db.engine.begin() as con:
        old = dict(con.exec_driver_sql(BY_STATUS).all())
    assert set(old) <= {"planned", "active", "done", "cancelled"}
    assert old.get("active")

    upgrade_to_head(demo_db, "demo")

    assert current_revision(demo_db) == SCHEMA_HEAD
    assert _counts(demo_db) == before
    with demo_db.engine.connect() as con:
        new = dict(con.exec_driver_sql(BY_STATUS).all())
        assert new.get("in_progress") == old["active"]
        assert new.get("scheduled", 0) == old.get("planned", 0)
        assert con.exec_driver_sql("PRAGMA foreign_key_check").first() is None
        # The new check is in force.
        try:
            con.exec_driver_sql("UPDATE work_assignment SET status = 'active'")
        except Exception as exc:
            assert "CHECK" in str(exc)
        else:
            raise AssertionError("the old status was accepted")
