"""A participant's personal plan: the step on the path with its history, goals, the
individual sessions linked to it and the intake note. Sensitive: facilitators only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.domain import Attendance, CoachingSession, Goal, Participant, Plan, PlanStep
from app.domain.enums import AttendanceStatus, GoalStatus, Language, PathStep, SessionKind
from app.locale import FINLAND

from .errors import NotFoundError, StaleError, ValidationError
from .policy import Permission, requires
from .uow import UnitOfWork


@dataclass
class PlanForm:
    started_on: date | None
    summary: str = ""
    next_review_on: date | None = None


@dataclass
class GoalForm:
    text: str
    target_on: date | None = None
    status: GoalStatus = GoalStatus.OPEN
    status_on: date | None = None
    review_notes: str = ""


@dataclass(frozen=True)
class StepRow:
    id: int
    since_on: date
    step: PathStep
    note: str


@dataclass(frozen=True)
class GoalRow:
    id: int
    text: str
    target_on: date | None
    status: GoalStatus
    status_on: date | None
    review_notes: str


@dataclass(frozen=True)
class LinkedSession:
    id: int
    day: date
    topic: str
    duration_minutes: int
    status: AttendanceStatus | None


@dataclass(frozen=True)
class PlanView:
    participant_id: int
    name: str
    language: Language
    member_number: int | None
    intake_on: date
    intake_note: str
    plan_id: int | None
    version: int | None
    started_on: date | None
    step: PathStep | None
    next_review_on: date | None
    summary: str
    steps: list[StepRow]
    goals: list[GoalRow]
    sessions: list[LinkedSession]


def _participant(uow: UnitOfWork, participant_id: int) -> Participant:
    participant = uow.session.get(Participant, participant_id)
    if participant is None:
        raise NotFoundError("participant", participant_id)
    return participant


def _plan(uow: UnitOfWork, participant_id: int) -> Plan | None:
    return uow.session.scalar(select(Plan).where(Plan.participant_id == participant_id))


def _require_plan(uow: UnitOfWork, participant_id: int) -> Plan:
    plan = _plan(uow, participant_id)
    if plan is None:
        raise NotFoundError("plan of participant", participant_id)
    return plan


@requires(Permission.SENSITIVE)
def plan_view(uow: UnitOfWork, participant_id: int) -> PlanView:
    """Everything the plan page and the printed plan show."""
    p = _participant(uow, participant_id)
    plan = _plan(uow, participant_id)
    sessions = uow.session.execute(
        select(CoachingSession, Attendance.status)
        .outerjoin(
            Attendance,
            (Attendance.session_id == CoachingSession.id)
            & (Attendance.participant_id == participant_id),
        )
        .where(
            CoachingSession.participant_id == participant_id,
            CoachingSession.kind == SessionKind.INDIVIDUAL,
            CoachingSession.cancelled.is_(False),
        )
        .order_by(CoachingSession.starts_at)
    )
    return PlanView(
        participant_id=p.id,
        name=p.full_name,
        language=p.language,
        member_number=p.member.member_number if p.member else None,
        intake_on=p.intake_on,
        intake_note=p.intake_note,
        plan_id=plan.id if plan else None,
        version=plan.version if plan else None,
        started_on=plan.started_on if plan else None,
        step=plan.step if plan else None,
        next_review_on=plan.next_review_on if plan else None,
        summary=plan.summary if plan else "",
        steps=[StepRow(s.id, s.since_on, s.step, s.note) for s in plan.steps] if plan else [],
        goals=[
            GoalRow(g.id, g.text, g.target_on, g.status, g.status_on, g.review_notes)
            for g in plan.goals
        ]
        if plan
        else [],
        sessions=[
            LinkedSession(
                s.id, s.starts_at.astimezone(FINLAND).date(), s.topic, s.duration_minutes, status
            )
            for s, status in sessions
        ],
    )


@requires(Permission.SENSITIVE)
def save_plan(
    uow: UnitOfWork,
    participant_id: int,
    form: PlanForm,
    first_step: PathStep | None = None,
    expected_version: int | None = None,
) -> int:
    """Start the plan (with its first step) or change its dates and summary."""
    participant = _participant(uow, participant_id)
    plan = _plan(uow, participant_id)
    problems = {}
    if form.started_on is None:
        problems["started_on"] = "required"
    elif form.started_on < participant.intake_on:
        problems["started_on"] = "before_intake"
    if plan is None and first_step is None:
        problems["step"] = "required"
    if form.next_review_on and form.started_on and form.next_review_on < form.started_on:
        problems["next_review_on"] = "before_start"
    if problems:
        raise ValidationError(problems)
    if plan is None:
        plan = Plan(participant_id=participant_id, step=first_step, started_on=form.started_on)
        plan.steps.append(PlanStep(since_on=form.started_on, step=first_step))
        uow.session.add(plan)
    elif expected_version is not None and plan.version != expected_version:
        raise StaleError("plan", plan.id)
    plan.started_on = form.started_on
    plan.summary = form.summary.strip()
    plan.next_review_on = form.next_review_on
    uow.session.flush()
    return plan.id


@requires(Permission.SENSITIVE)
def move_to_step(
    uow: UnitOfWork, participant_id: int, step: PathStep, since_on: date | None, note: str = ""
) -> None:
    """Record a step on the path from a date; the latest dated step is the current one."""
    plan = _require_plan(uow, participant_id)
    if since_on is None:
        raise ValidationError({"since_on": "required"})
    if since_on < plan.started_on:
        raise ValidationError({"since_on": "before_start"})
    plan.steps.append(PlanStep(since_on=since_on, step=step, note=note.strip()))
    uow.session.flush()
    plan.step = max(plan.steps, key=lambda s: (s.since_on, s.id)).step


def _validate_goal(form: GoalForm) -> None:
    problems = {}
    if not form.text.strip():
        problems["text"] = "required"
    if form.status != GoalStatus.OPEN and form.status_on is None:
        problems["status_on"] = "required"
    if problems:
        raise ValidationError(problems)


@requires(Permission.SENSITIVE)
def add_goal(uow: UnitOfWork, participant_id: int, form: GoalForm) -> int:
    plan = _require_plan(uow, participant_id)
    _validate_goal(form)
    goal = Goal(plan_id=plan.id)
    _apply_goal(goal, form)
    uow.session.add(goal)
    uow.session.flush()
    return goal.id


@requires(Permission.SENSITIVE)
def update_goal(uow: UnitOfWork, goal_id: int, form: GoalForm) -> None:
    goal = uow.session.get(Goal, goal_id)
    if goal is None:
        raise NotFoundError("goal", goal_id)
    _validate_goal(form)
    _apply_goal(goal, form)


def _apply_goal(goal: Goal, form: GoalForm) -> None:
    goal.text = form.text.strip()
    goal.target_on = form.target_on
    goal.status = form.status
    goal.status_on = None if form.status == GoalStatus.OPEN else form.status_on
    goal.review_notes = form.review_notes.strip()
