"""Coaching services: projects and groups, participants, recurring meetings, attendance,
plans and the support network — and that none of it is open to the treasurer."""

from __future__ import annotations

import inspect
from datetime import date, time

import pytest

from app.domain.coaching_enums import SupportRole
from app.domain.enums import AttendanceStatus, GoalStatus, PathStep, Role, SessionKind
from app.services import (
    attendance,
    coaching,
    coaching_projects,
    coaching_series,
    participants,
    plans,
    support_network,
)
from app.services.attendance import AttendanceMark, attendance_rate, record_attendance, roster
from app.services.coaching import SessionForm, carry_over, create_session, session_detail
from app.services.coaching_projects import ProjectForm, create_group, create_project, join_group
from app.services.coaching_series import (
    SeriesForm,
    create_series,
    extend_series,
    move_meeting,
    skip_meeting,
)
from app.services.errors import (
    PermissionDeniedError,
    ServiceError,
    StaleError,
    ValidationError,
)
from app.services.participants import ParticipantForm, create_participant
from app.services.plans import GoalForm, PlanForm, add_goal, move_to_step, plan_view, save_plan
from app.services.policy import Actor
from app.services.support_network import (
    SupportContactForm,
    add_support_contact,
    support_contacts,
)
from app.services.uow import UnitOfWork

FACILITATOR = Actor("Fiia Valmentaja", Role.FACILITATOR)
TREASURER = Actor("Taru Rahastonhoitaja", Role.TREASURER)
TODAY = date(2026, 11, 30)


def run(db, fn, *args, actor=FACILITATOR, **kwargs):
    with UnitOfWork(db, actor) as uow:
        return fn(uow, *args, **kwargs)


def project(db, **changes) -> int:
    form = ProjectForm(
        code="POLKU", name="Polku 2026", starts_on=date(2026, 1, 1), ends_on=date(2027, 12, 31)
    )
    for key, value in changes.items():
        setattr(form, key, value)
    return run(db, create_project, form)


def person(db, first="Aino", intake=date(2026, 9, 1)) -> int:
    return run(
        db, create_participant, ParticipantForm(first, "Ahonen", intake), today=TODAY
    )  # fmt: skip


@pytest.fixture
def group(coop_db) -> int:
    return run(coop_db, create_group, project(coop_db), "Maanantairyhmä")


def test_project_period_ending_before_it_starts_is_refused(coop_db):
    with pytest.raises(ValidationError) as info:
        project(coop_db, ends_on=date(2025, 12, 31))
    assert info.value.problems == {"ends_on": "before_start"}
    with pytest.raises(ValidationError) as info:
        project(coop_db, planned_started=10, planned_started_women=11)
    assert info.value.problems == {"planned_started_women": "more_than_total"}
    project(coop_db)
    with pytest.raises(ValidationError) as info:
        project(coop_db)
    assert info.value.problems == {"code": "taken"}


def test_participant_gender_is_unknown_unless_given(coop_db):
    pid = person(coop_db)
    form, _version = run(coop_db, participants.participant_form, pid)
    assert form.gender == "unknown"
    with pytest.raises(ValidationError) as info:
        run(coop_db, create_participant, ParticipantForm(" ", "X", None), today=TODAY)
    assert info.value.problems == {"first_name": "required", "intake_on": "required"}


def test_session_without_a_date_is_refused(coop_db):
    with pytest.raises(ValidationError) as info:
        run(coop_db, create_session, SessionForm(SessionKind.GROUP, None, time(10)))
    assert info.value.problems == {"day": "required"}
    with pytest.raises(ValidationError) as info:
        run(coop_db, create_session, SessionForm(SessionKind.INDIVIDUAL, TODAY, time(10)))
    assert info.value.problems == {"participant": "required"}


def weekly(group_id: int, **changes) -> SeriesForm:
    form = SeriesForm(
        kind=SessionKind.GROUP,
        starts_on=date(2026, 11, 30),
        until_on=date(2027, 1, 11),
        weekday=0,
        start=time(10),
        duration_minutes=120,
        group_id=group_id,
        topic="Viikkotapaaminen",
    )
    for key, value in changes.items():
        setattr(form, key, value)
    return form


def meeting_days(db, series_id):
    from sqlalchemy import select

    from app.domain import CoachingSession

    with db.sessions() as s:
        rows = s.execute(
            select(
                CoachingSession.occurrence_on, CoachingSession.starts_at, CoachingSession.cancelled
            )
            .where(CoachingSession.series_id == series_id)
            .order_by(CoachingSession.occurrence_on)
        ).all()
    return rows


def test_weekly_meeting_creates_its_sessions_without_holidays(coop_db, group):
    series_id, ids = run(coop_db, create_series, weekly(group))
    days = [r[0] for r in meeting_days(coop_db, series_id)]
    assert days == [
        date(2026, 11, 30), date(2026, 12, 7), date(2026, 12, 14), date(2026, 12, 21),
        date(2026, 12, 28), date(2027, 1, 4), date(2027, 1, 11),
    ]  # fmt: skip
    assert len(ids) == 7
    # Mondays 10:00 in Helsinki are 08:00 UTC in winter.
    assert all(r[1].hour == 8 for r in meeting_days(coop_db, series_id))
    # A public holiday on the meeting day leaves that week out.
    spring, _ = run(
        coop_db,
        create_series,
        weekly(group, starts_on=date(2027, 3, 22), until_on=date(2027, 4, 12), topic="Kevät"),
    )
    assert date(2027, 3, 29) not in [r[0] for r in meeting_days(coop_db, spring)]  # Easter Monday
    every_other, _ = run(coop_db, create_series, weekly(group, interval=2, weekday=2))
    assert [r[0] for r in meeting_days(coop_db, every_other)][:3] == [
        date(2026, 12, 2), date(2026, 12, 16), date(2026, 12, 30),
    ]  # fmt: skip


def test_skipped_and_moved_meetings_stay_so_when_the_series_is_extended(coop_db, group):
    series_id, ids = run(coop_db, create_series, weekly(group, until_on=date(2026, 12, 21)))
    run(coop_db, skip_meeting, ids[1])
    run(coop_db, move_meeting, ids[2], date(2026, 12, 15), time(13))
    new = run(coop_db, extend_series, series_id, date(2027, 1, 11))
    assert len(new) == 3
    rows = meeting_days(coop_db, series_id)
    assert [(r[0], r[2]) for r in rows][:3] == [
        (date(2026, 11, 30), False), (date(2026, 12, 7), True), (date(2026, 12, 14), False),
    ]  # fmt: skip
    moved = rows[2][1]
    assert (moved.date(), moved.hour) == (date(2026, 12, 15), 11)
    with pytest.raises(ValidationError) as info:
        run(coop_db, create_series, weekly(group, until_on=date(2026, 11, 1)))
    assert info.value.problems == {"until_on": "before_start"}


def group_meeting(db, group_id, day=date(2026, 11, 30)) -> int:
    return run(
        db, create_session, SessionForm(SessionKind.GROUP, day, time(10), 120, group_id=group_id)
    )


def test_attendance_for_someone_not_in_the_group_that_day_is_refused(coop_db, group):
    inside, late, outside = (
        person(coop_db, "Aino"),
        person(coop_db, "Bertta"),
        person(coop_db, "Cecilia"),
    )
    run(coop_db, join_group, inside, group, date(2026, 10, 1))
    run(coop_db, join_group, late, group, date(2026, 12, 1))
    meeting = group_meeting(coop_db, group)
    assert [r.name for r in run(coop_db, roster, meeting)] == ["Aino Ahonen"]
    for stranger in (late, outside):
        with pytest.raises(ValidationError) as info:
            run(
                coop_db,
                record_attendance,
                meeting,
                [
                    AttendanceMark(inside, AttendanceStatus.PRESENT),
                    AttendanceMark(stranger, AttendanceStatus.PRESENT),
                ],
            )
        assert info.value.problems == {"row_1": "not_in_group"}
    # Nothing was half-saved.
    assert run(coop_db, roster, meeting)[0].status is None
    with pytest.raises(ValidationError):
        run(coop_db, join_group, inside, group, date(2026, 11, 1))


def test_attendance_rates(coop_db, group):
    people = [person(coop_db, name) for name in ("Aino", "Bertta", "Cecilia", "Daniel")]
    for pid in people:
        run(coop_db, join_group, pid, group, date(2026, 10, 1))
    statuses = [
        (AttendanceStatus.PRESENT,) * 4,
        (AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED, None),
    ]
    for day, marks in zip((date(2026, 11, 2), date(2026, 11, 9)), statuses, strict=True):
        meeting = group_meeting(coop_db, group, day)
        run(
            coop_db,
            record_attendance,
            meeting,
            [AttendanceMark(pid, status) for pid, status in zip(people, marks, strict=True)],
        )
    rate = run(coop_db, attendance_rate, group_id=group)
    # 5 present of 7 recorded (one left unmarked is not counted).
    assert (rate.present, rate.recorded) == (5, 7)
    assert round(rate.percent, 1) == 71.4
    only_first = run(coop_db, attendance_rate, group_id=group, last=date(2026, 11, 8))
    assert (only_first.present, only_first.recorded) == (4, 4)
    bertta = run(coop_db, attendance_rate, participant_id=people[1])
    assert (bertta.present, bertta.recorded) == (1, 2)


def test_open_items_carry_over_to_the_next_meeting(coop_db, group):
    first = run(
        coop_db,
        create_session,
        SessionForm(
            SessionKind.GROUP, date(2026, 11, 23), time(10), group_id=group,
            agenda="Kuulumiset", open_items="Kevään koulutustoiveet\nKuulumiset",
        ),
    )  # fmt: skip
    second = group_meeting(coop_db, group)
    assert first != second
    assert run(coop_db, carry_over, second) == ["Kevään koulutustoiveet", "Kuulumiset"]
    assert run(coop_db, session_detail, second).form.agenda == (
        "Kevään koulutustoiveet\nKuulumiset"
    )
    # Carried once: a second press adds nothing.
    assert run(coop_db, carry_over, second) == []


def test_plan_with_step_history_goals_and_linked_sessions(coop_db):
    pid = person(coop_db)
    with pytest.raises(ValidationError) as info:
        run(coop_db, save_plan, pid, PlanForm(date(2026, 8, 1)), PathStep.PARTICIPATION_WORK)
    assert info.value.problems == {"started_on": "before_intake"}
    run(
        coop_db, save_plan, pid, PlanForm(date(2026, 9, 8), "Työrytmi"), PathStep.PARTICIPATION_WORK
    )
    run(coop_db, move_to_step, pid, PathStep.SUPPORTED_WORK, date(2026, 11, 2), "Kolme päivää")
    run(coop_db, add_goal, pid, GoalForm("Hygieniapassi", date(2027, 3, 1)))
    with pytest.raises(ValidationError) as info:
        run(coop_db, add_goal, pid, GoalForm("Trukkikortti", status=GoalStatus.REACHED))
    assert info.value.problems == {"status_on": "required"}
    run(
        coop_db, create_session,
        SessionForm(SessionKind.INDIVIDUAL, date(2026, 11, 3), time(9), 60, participant_id=pid,
                    topic="Suunnitelman päivitys", notes="Luottamuksellinen"),
    )  # fmt: skip
    view = run(coop_db, plan_view, pid)
    assert view.step == PathStep.SUPPORTED_WORK
    assert [(s.since_on, s.step) for s in view.steps] == [
        (date(2026, 9, 8), PathStep.PARTICIPATION_WORK),
        (date(2026, 11, 2), PathStep.SUPPORTED_WORK),
    ]
    assert [(g.text, g.status) for g in view.goals] == [("Hygieniapassi", GoalStatus.OPEN)]
    assert [(s.day, s.topic) for s in view.sessions] == [
        (date(2026, 11, 3), "Suunnitelman päivitys")
    ]


def test_support_contact_needs_the_persons_consent(coop_db):
    pid = person(coop_db)
    form = SupportContactForm("Sirpa Sosiaalinen", SupportRole.SOCIAL_WORKER, "Hyvinvointialue")
    with pytest.raises(ValidationError) as info:
        run(coop_db, add_support_contact, pid, form, today=TODAY)
    assert info.value.problems == {"consent_on": "required"}
    form.consent_on = date(2026, 9, 1)
    run(coop_db, add_support_contact, pid, form, today=TODAY)
    rows = run(coop_db, support_contacts, pid)
    assert [(r.form.name, r.form.role, r.form.consent_on) for r in rows] == [
        ("Sirpa Sosiaalinen", SupportRole.SOCIAL_WORKER, date(2026, 9, 1))
    ]


COACHING_MODULES = (
    attendance, coaching, coaching_projects, coaching_series, participants, plans,
    support_network,
)  # fmt: skip


def coaching_services():
    for module in COACHING_MODULES:
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == module.__name__ and hasattr(fn, "permission"):
                yield pytest.param(fn, id=f"{module.__name__.rsplit('.', 1)[1]}.{name}")


@pytest.mark.parametrize("service", list(coaching_services()))
def test_treasurer_is_refused_by_every_coaching_service(coop_db, service):
    """Notes, plans, intake notes and the support network never reach the treasurer."""
    params = list(inspect.signature(service).parameters.values())[1:]
    args = [
        None for p in params if p.default is inspect.Parameter.empty and p.kind != p.KEYWORD_ONLY
    ]
    with pytest.raises(PermissionDeniedError):
        run(coop_db, service, *args, actor=TREASURER)


def test_every_coaching_service_checks_coaching_or_sensitive():
    perms = {fn.values[0].permission for fn in coaching_services()}
    assert {p.value for p in perms} == {"coaching", "sensitive"}


def test_skipping_a_meeting_with_attendance_is_refused(coop_db, group):
    pid = person(coop_db)
    run(coop_db, join_group, pid, group, date(2026, 10, 1))
    _series, ids = run(coop_db, create_series, weekly(group))
    run(coop_db, record_attendance, ids[0], [AttendanceMark(pid, AttendanceStatus.PRESENT)])
    with pytest.raises(ServiceError) as info:
        run(coop_db, skip_meeting, ids[0])
    assert info.value.code == "has_attendance"


def test_audit_keeps_coaching_personal_values_by_participant_and_member(coop_db):
    """Erasure finds a participant's rows even before they are a member, and a member's too."""
    from sqlalchemy import select

    from app.domain import AuditEntry, AuditPersonal, Member

    with coop_db.sessions() as s:
        member = Member(first_name="Maija", last_name="Jäsen", applied_on=date(2026, 1, 5))
        s.add(member)
        s.commit()
        member_id = member.id
    newcomer = person(coop_db, "Niko")
    joined = run(
        coop_db,
        create_participant,
        ParticipantForm("Maija", "Jäsen", date(2026, 9, 1), member_id=member_id),
        today=TODAY,
    )
    for pid in (newcomer, joined):
        form = SupportContactForm("Sirpa Sosiaalinen", consent_on=date(2026, 9, 1))
        run(coop_db, add_support_contact, pid, form, today=TODAY)
        run(
            coop_db, save_plan, pid, PlanForm(date(2026, 9, 8), "Työrytmi"), PathStep.SUPPORTED_WORK
        )
    with coop_db.sessions() as s:
        rows = s.execute(
            select(AuditEntry.entity, AuditPersonal.subject_participant_id,
                   AuditPersonal.subject_member_id, AuditPersonal.after)
            .join(AuditPersonal, AuditPersonal.audit_id == AuditEntry.id)
            .where(AuditEntry.entity.in_(["support_contact", "plan_step"]))
        ).all()  # fmt: skip
        masked = s.scalars(
            select(AuditEntry.after).where(AuditEntry.entity == "support_contact")
        ).all()
    assert {(e, p, m) for e, p, m, _ in rows} == {
        ("support_contact", newcomer, None),
        ("plan_step", newcomer, None),
        ("support_contact", joined, member_id),
        ("plan_step", joined, member_id),
    }
    # The whole contact is personal: the open log shows only that something was written.
    assert all("Sirpa" not in text for text in masked)


def test_gender_comes_from_the_identity_code_of_a_linked_member(coop_db):
    from app.domain import Member

    with coop_db.sessions() as s:
        with_code = Member(
            first_name="Aino", last_name="Koodi", applied_on=date(2026, 1, 5),
            personal_id="131052-308T",
        )  # fmt: skip
        without = Member(first_name="Eino", last_name="Ilman", applied_on=date(2026, 1, 5))
        s.add_all([with_code, without])
        s.commit()
        ids = (with_code.id, without.id)
    forms = []
    for member_id in ids:
        pid = run(
            coop_db, create_participant,
            ParticipantForm("X", "Y", date(2026, 9, 1), member_id=member_id), today=TODAY,
        )  # fmt: skip
        forms.append(run(coop_db, participants.participant_form, pid)[0])
    assert (forms[0].gender, forms[0].birth_date) == ("female", date(1952, 10, 13))
    assert (forms[1].gender, forms[1].birth_date) == ("unknown", None)
    with pytest.raises(ValidationError) as info:
        run(
            coop_db, create_participant,
            ParticipantForm("X", "Z", date(2026, 9, 1), member_id=ids[0]), today=TODAY,
        )  # fmt: skip
    assert info.value.problems == {"member_id": "taken"}


def test_a_person_may_be_in_several_groups_over_time(coop_db, group):
    project_id = run(coop_db, coaching_projects.list_projects)[0].id
    training = run(coop_db, create_group, project_id, "Osuuskuntavalmennus kevät 2027")
    pid = person(coop_db)
    first = run(coop_db, join_group, pid, group, date(2026, 9, 7))
    run(coop_db, join_group, pid, training, date(2026, 10, 1))
    with pytest.raises(ValidationError) as info:
        run(coop_db, coaching_projects.leave_group, first, date(2026, 9, 1))
    assert info.value.problems == {"left_on": "before_joined"}
    run(coop_db, coaching_projects.leave_group, first, date(2026, 11, 20))
    rows = run(coop_db, coaching_projects.participant_groups, pid)
    assert [(r.group, r.left_on) for r in rows] == [
        ("Osuuskuntavalmennus kevät 2027", None),
        ("Maanantairyhmä", date(2026, 11, 20)),
    ]
    # After leaving, the Monday meeting no longer expects them and refuses a mark.
    meeting = group_meeting(coop_db, group)
    assert run(coop_db, roster, meeting) == []
    with pytest.raises(ValidationError):
        run(coop_db, record_attendance, meeting, [AttendanceMark(pid, AttendanceStatus.PRESENT)])
    # Joining again later is a new period in the same group.
    run(coop_db, join_group, pid, group, date(2026, 12, 1))


def test_ending_coaching_ends_the_persons_groups_that_day(coop_db, group):
    pid = person(coop_db)
    run(coop_db, join_group, pid, group, date(2026, 9, 7))
    form, version = run(coop_db, participants.participant_form, pid)
    form.ended_on = date(2026, 11, 20)
    run(coop_db, participants.update_participant, pid, form, version, today=TODAY)
    rows = run(coop_db, coaching_projects.participant_groups, pid)
    assert [r.left_on for r in rows] == [date(2026, 11, 20)]
    # A stale form (the version moved on) is refused, nothing saved.
    form.intake_note = "Myöhässä"
    with pytest.raises(StaleError):
        run(coop_db, participants.update_participant, pid, form, version, today=TODAY)
