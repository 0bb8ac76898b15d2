"""Upgrading a database with member-based coaching rows: each person becomes a participant."""

from __future__ import annotations

from alembic import command

from app.db import open_database
from app.db.migrate import alembic_config, upgrade_to_head

OLD_ROWS = (
    """INSERT INTO member (id, first_name, last_name, search_name, search_given, gender,
       birth_date, language, kind, status, applied_on, benefit_kind, labour_market_status,
       education_level, street, postal_code, city, municipality, phone, email, board_decision,
       leaving_note, notes, created_at, updated_at, version)
       VALUES (7, 'Aino', 'Ahonen', 'ahonen aino', 'aino ahonen', 'female', '1990-05-01', 'sv',
       'working', 'applicant', '2026-01-10', 'none', 'long_term_unemployed', 'isced_3_4',
       '', '', '', '', '', '', '', '', '', '2026-01-10', '2026-01-10', 1)""",
    """INSERT INTO coaching_session (id, kind, starts_at, duration_minutes, facilitator_name,
       place, topic, search_topic, agenda, notes, created_at, updated_at)
       VALUES (1, 'group', '2026-01-05 08:00:00', 120, '', '', 'Aloitus', 'aloitus', '', '',
       '2026-01-01', '2026-01-01'),
       (2, 'info', '2025-12-01 12:00:00', 90, '', '', 'Info', 'info', '', '',
       '2025-12-01', '2025-12-01')""",
    """INSERT INTO attendance (session_id, member_id, status, note)
       VALUES (1, 7, 'present', ''), (2, 7, 'present', '')""",
    """INSERT INTO plan (id, member_id, started_on, step, summary, created_at, updated_at)
       VALUES (3, 7, '2026-01-20', 'supported_work', '', '2026-01-20', '2026-01-20')""",
    """INSERT INTO plan_review (id, plan_id, reviewed_on, step, notes)
       VALUES (1, 3, '2026-05-20', 'paid_work', 'Palkkatyöhön')""",
    """INSERT INTO goal (id, plan_id, title, description, status, achieved_on)
       VALUES (1, 3, 'Hygieniapassi', '', 'achieved', '2026-04-01')""",
    """INSERT INTO outcome (id, member_id, exit_on, destination, notes, followup_3m_on,
       followup_3m, created_at, updated_at)
       VALUES (1, 7, '2026-06-30', 'open_labour_market', '', '2026-10-01', 'education',
       '2026-06-30', '2026-10-01')""",
    """INSERT INTO support_contact (id, member_id, name, relation, organisation, phone, email,
       note) VALUES (1, 7, 'Sirpa S', 'sosiaalityöntekijä', 'Hyvinvointialue', '', '', '')""",
)


def test_member_coaching_rows_move_to_one_participant(tmp_path):
    db = open_database(tmp_path / "old.sqlite", create=True, migrate=False)
    config = alembic_config()
    with db.engine.begin() as con:
        config.attributes["connection"] = con
        command.upgrade(config, "0004")
        for statement in OLD_ROWS:
            con.exec_driver_sql(statement)
    upgrade_to_head(db, "old.sqlite")

    with db.engine.connect() as con:
        q = con.exec_driver_sql
        participant = q(
            "SELECT id, member_id, gender, language, labour_market_status, intake_on, ended_on "
            "FROM participant"
        ).one()
        pid = participant[0]
        assert participant[1:] == (
            7, "female", "sv", "long_term_unemployed", "2026-01-05", "2026-06-30"
        )  # fmt: skip
        # The info session's attendee became a head count, not a participant's attendance.
        assert q("SELECT session_id, participant_id FROM attendance").all() == [(1, pid)]
        assert q("SELECT attendee_count FROM coaching_session WHERE id = 2").scalar() == 1
        assert q("SELECT since_on, step, note FROM plan_step ORDER BY since_on").all() == [
            ("2026-01-20", "supported_work", ""),
            ("2026-05-20", "paid_work", "Palkkatyöhön"),
        ]
        assert q("SELECT text, status, status_on FROM goal").one() == (
            "Hygieniapassi", "reached", "2026-04-01"
        )  # fmt: skip
        assert q("SELECT destination, new_job FROM outcome").one() == ("open_full_time", 1)
        assert q("SELECT months, due_on, done_on, result FROM followup ORDER BY months").all() == [
            (3, "2026-09-30", "2026-10-01", "education"),
            (6, "2026-12-30", None, None),
        ]
        assert q("SELECT participant_id, role FROM support_contact").one() == (
            pid, "social_worker"
        )  # fmt: skip
    db.dispose()
