"""The funder's report of a project for a period, as the ESF final and progress reports ask.

Who counts: a project's participants are the people in any of its groups. In the period:
- started: their first day in the project's groups falls in the period (also counted from
  the project's start to the period's end, to set beside the planned figure);
- taking part: in one of its groups on some day of the period; the breakdowns (gender, age
  band at the period's start, labour-market status at start, education, track) count them;
- ended: their participation ended in the period; active: taking part and not ended;
- new jobs, new businesses, qualifications, destinations: outcomes with the exit in the period.
Never any health or work-ability information. Every count of people goes through
small_cells, so fewer than five show as "< 5".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select

from app.domain import (
    Attendance,
    CoachingGroup,
    CoachingSession,
    FollowUp,
    GroupMembership,
    Outcome,
    Participant,
    Plan,
    PlanStep,
    Project,
)
from app.domain.coaching_enums import Track
from app.domain.enums import (
    AttendanceStatus,
    Destination,
    EducationLevel,
    Gender,
    LabourMarketStatus,
    PathStep,
    SessionKind,
)
from app.locale import FINLAND

from .errors import NotFoundError, ValidationError
from .policy import Permission, requires
from .questionnaire import GroupResult, group_result
from .small_cells import Cell, breakdown, cell
from .uow import UnitOfWork

UNKNOWN = "unknown"
AGE_BANDS = ("under_25", "25_54", "over_54", UNKNOWN)
FIGURES = ("started", "new_jobs", "new_businesses", "qualifications")


@dataclass(frozen=True)
class Figure:
    """A planned figure beside what was realised, each with "of whom women"."""

    key: str
    planned: int
    planned_women: int
    period: Cell
    period_women: Cell
    to_date: Cell
    to_date_women: Cell


@dataclass(frozen=True)
class Breakdown:
    """Counts of people by one characteristic; `rows` keep their order, unknown last."""

    key: str
    total: Cell
    rows: dict[str, Cell]


@dataclass(frozen=True)
class FollowUpResults:
    months: int
    done: Breakdown


@dataclass(frozen=True)
class FunderReport:
    project_code: str
    project_name: str
    funder: str
    project_from: date
    project_to: date
    period_from: date
    period_to: date
    figures: list[Figure]
    # Taking part in the period: active at its end and ended during it.
    status: Breakdown
    breakdowns: list[Breakdown]
    group_hours: Decimal
    individual_hours: Decimal
    # Present / all recorded attendance of the project's participants, in per cent.
    attendance_rate: Decimal | None
    steps: Breakdown
    destinations: Breakdown
    followups: list[FollowUpResults]
    questionnaire: list[GroupResult] = field(default_factory=list)


@dataclass(frozen=True)
class ProjectChoice:
    code: str
    name: str
    starts_on: date
    ends_on: date


@requires(Permission.COACHING)
def projects(uow: UnitOfWork) -> list[ProjectChoice]:
    rows = uow.session.execute(
        select(Project.code, Project.name, Project.starts_on, Project.ends_on).order_by(
            Project.starts_on, Project.code
        )
    )
    return [ProjectChoice(*row) for row in rows]


def age_band(birth_date: date | None, birth_year: int | None, on: date) -> str:
    """ESF age band on a day; with the birth year alone, the age reached that year."""
    if birth_date is not None:
        age = on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
    elif birth_year is not None:
        age = on.year - birth_year
    else:
        return UNKNOWN
    if age < 25:
        return "under_25"
    return "25_54" if age <= 54 else "over_54"


def _utc(day: date) -> datetime:
    """Midnight at the start of a Finnish day, in UTC as the sessions are stored."""
    return datetime.combine(day, time(0), FINLAND).astimezone(UTC)


def _check_period(start: date | None, end: date | None) -> None:
    problems = {}
    if start is None:
        problems["from"] = "required"
    if end is None:
        problems["to"] = "required"
    if start is not None and end is not None and end < start:
        problems["to"] = "before_start"
    if problems:
        raise ValidationError(problems)


@requires(Permission.COACHING)
def funder_report(uow: UnitOfWork, code: str, start: date, end: date) -> FunderReport:
    """The report of the project `code` for the days `start`–`end`, both included."""
    _check_period(start, end)
    session = uow.session
    project = session.scalar(select(Project).where(Project.code == code))
    if project is None:
        raise NotFoundError("project", code)
    group_ids = list(
        session.scalars(select(CoachingGroup.id).where(CoachingGroup.project_id == project.id))
    )
    spans: dict[int, list[tuple[date, date | None]]] = {}
    for pid, joined, left in session.execute(
        select(
            GroupMembership.participant_id, GroupMembership.joined_on, GroupMembership.left_on
        ).where(GroupMembership.group_id.in_(group_ids))
    ):
        spans.setdefault(pid, []).append((joined, left))
    people = {
        p.id: p for p in session.scalars(select(Participant).where(Participant.id.in_(list(spans))))
    }
    first_day = {pid: min(joined for joined, _ in s) for pid, s in spans.items()}
    taking_part = [
        pid
        for pid, s in spans.items()
        if any(joined <= end and (left is None or left >= start) for joined, left in s)
        and (people[pid].ended_on is None or people[pid].ended_on >= start)
    ]
    ended = [pid for pid in taking_part if people[pid].ended_on and people[pid].ended_on <= end]
    started = [pid for pid in spans if start <= first_day[pid] <= end]
    to_date = [pid for pid in spans if project.starts_on <= first_day[pid] <= end]
    outcomes = list(
        session.scalars(
            select(Outcome).where(
                Outcome.participant_id.in_(list(spans)),
                Outcome.exit_on >= start,
                Outcome.exit_on <= end,
            )
        )
    )
    outcomes_to_date = list(
        session.scalars(
            select(Outcome).where(
                Outcome.participant_id.in_(list(spans)),
                Outcome.exit_on >= project.starts_on,
                Outcome.exit_on <= end,
            )
        )
    )

    def women(ids) -> int:
        return sum(1 for pid in ids if people[pid].gender == Gender.FEMALE)

    def figure(key: str, period_ids: list[int], to_date_ids: list[int]) -> Figure:
        planned = getattr(project, f"planned_{key}")
        planned_women = getattr(project, f"planned_{key}_women")
        period, period_women = _with_women(len(period_ids), women(period_ids))
        to_date, to_date_women = _with_women(len(to_date_ids), women(to_date_ids))
        return Figure(key, planned, planned_women, period, period_women, to_date, to_date_women)

    def flagged(rows: list[Outcome], flag: str) -> list[int]:
        return sorted({o.participant_id for o in rows if getattr(o, flag)})

    figures = [
        figure("started", started, to_date),
        figure("new_jobs", flagged(outcomes, "new_job"), flagged(outcomes_to_date, "new_job")),
        figure(
            "new_businesses",
            flagged(outcomes, "new_business"),
            flagged(outcomes_to_date, "new_business"),
        ),
        figure(
            "qualifications",
            flagged(outcomes, "completed_qualification"),
            flagged(outcomes_to_date, "completed_qualification"),
        ),
    ]
    group = [people[pid] for pid in taking_part]
    total, status_rows = breakdown({"active": len(taking_part) - len(ended), "ended": len(ended)})
    status = Breakdown("status", total, status_rows)
    breakdowns = [
        _by("gender", [str(p.gender) for p in group], [g.value for g in Gender]),
        _by("age", [age_band(p.birth_date, p.birth_year, start) for p in group], AGE_BANDS),
        _by(
            "labour_market_status",
            [_value(p.labour_market_status) for p in group],
            [s.value for s in LabourMarketStatus],
        ),
        _by(
            "education",
            [_value(p.education_level) for p in group],
            [e.value for e in EducationLevel],
        ),
        _by("track", [_value(p.track) for p in group], [t.value for t in Track]),
    ]
    group_hours, individual_hours, rate = _hours(uow, group_ids, list(spans), start, end)
    moves = _steps(uow, list(spans), start, end)
    destinations = _by(
        "destination", [str(o.destination) for o in outcomes], [d.value for d in Destination]
    )
    followups = _followups(uow, list(spans), start, end)
    questionnaire = [group_result(uow, gid, until=end) for gid in group_ids]
    return FunderReport(
        project.code,
        project.name,
        project.funder,
        project.starts_on,
        project.ends_on,
        start,
        end,
        figures,
        status,
        breakdowns,
        group_hours,
        individual_hours,
        rate,
        moves,
        destinations,
        followups,
        questionnaire,
    )


def _with_women(total: int, women: int) -> tuple[Cell, Cell]:
    """A total and "of whom women": the women's count also hides when total minus women
    (the men and everyone else) is under five, since it would give that small number."""
    shown_total = cell(total)
    if shown_total.hidden:
        return shown_total, Cell(None)
    _, rows = breakdown({"women": women, "others": total - women})
    return shown_total, rows["women"]


def _value(enum_value) -> str:
    return UNKNOWN if enum_value is None else str(enum_value)


def _by(
    key: str, values: list[str], order: list[str] | tuple[str, ...], *, unknown: bool = True
) -> Breakdown:
    """Counts in the given order, with "unknown" always its own row, last."""
    keys = [k for k in order if k != UNKNOWN] + ([UNKNOWN] if unknown else [])
    counts = {k: 0 for k in keys}
    for value in values:
        counts[value if value in counts else UNKNOWN] += 1
    total, rows = breakdown(counts)
    return Breakdown(key, total, rows)


def _hours(
    uow: UnitOfWork, group_ids: list[int], people: list[int], start: date, end: date
) -> tuple[Decimal, Decimal, Decimal | None]:
    """Hours of coaching held (someone was present) and the attendance rate."""
    session = uow.session
    in_period = (
        CoachingSession.starts_at >= _utc(start),
        CoachingSession.starts_at < _utc(end + timedelta(days=1)),
        CoachingSession.cancelled.is_(False),
    )
    held = (
        select(Attendance.session_id)
        .where(Attendance.status == AttendanceStatus.PRESENT)
        .scalar_subquery()
    )
    group_minutes = session.scalar(
        select(func.coalesce(func.sum(CoachingSession.duration_minutes), 0)).where(
            *in_period,
            CoachingSession.group_id.in_(group_ids),
            CoachingSession.kind != SessionKind.INDIVIDUAL,
            CoachingSession.id.in_(held),
        )
    )
    individual_minutes = session.scalar(
        select(func.coalesce(func.sum(CoachingSession.duration_minutes), 0)).where(
            *in_period,
            CoachingSession.kind == SessionKind.INDIVIDUAL,
            CoachingSession.participant_id.in_(people),
            CoachingSession.id.in_(held),
        )
    )
    counts = dict(
        session.execute(
            select(Attendance.status, func.count())
            .join(CoachingSession)
            .where(
                *in_period,
                Attendance.participant_id.in_(people),
                (CoachingSession.group_id.in_(group_ids))
                | (CoachingSession.kind == SessionKind.INDIVIDUAL),
            )
            .group_by(Attendance.status)
        ).all()
    )
    recorded = sum(counts.values())
    present = counts.get(AttendanceStatus.PRESENT, counts.get("present", 0))
    rate = (
        (Decimal(100) * present / recorded).quantize(Decimal("0.1"), ROUND_HALF_UP)
        if recorded
        else None
    )
    hour = Decimal(60)
    return (
        (Decimal(group_minutes) / hour).quantize(Decimal("0.01"), ROUND_HALF_UP),
        (Decimal(individual_minutes) / hour).quantize(Decimal("0.01"), ROUND_HALF_UP),
        rate,
    )


def _steps(uow: UnitOfWork, people: list[int], start: date, end: date) -> Breakdown:
    """People who moved on the path in the period, by the step they reached last."""
    reached: dict[int, str] = {}
    rows = uow.session.execute(
        select(Plan.participant_id, PlanStep.since_on, PlanStep.step, PlanStep.id)
        .join(PlanStep.plan)
        .where(Plan.participant_id.in_(people), PlanStep.since_on <= end)
        .order_by(Plan.participant_id, PlanStep.since_on, PlanStep.id)
    )
    previous: dict[int, str] = {}
    for pid, since, step, _ in rows:
        step = str(step)
        # A plan's first entry is where the person started, not a move.
        if pid in previous and step != previous[pid] and since >= start:
            reached[pid] = step
        previous[pid] = step
    return _by("steps", list(reached.values()), [s.value for s in PathStep], unknown=False)


def _followups(uow: UnitOfWork, people: list[int], start: date, end: date) -> list[FollowUpResults]:
    """Follow-ups done in the period, by months after the exit and the situation found."""
    rows = uow.session.execute(
        select(FollowUp.months, FollowUp.result)
        .join(Outcome)
        .where(
            Outcome.participant_id.in_(people),
            FollowUp.done_on >= start,
            FollowUp.done_on <= end,
        )
    ).all()
    order = [d.value for d in Destination]
    return [
        FollowUpResults(
            months, _by(f"followup_{months}", [str(r) for m, r in rows if m == months], order)
        )
        for months in (3, 6)
    ]


@requires(Permission.COACHING)
def funder_reports(uow: UnitOfWork, code: str | None, start: date, end: date) -> list[FunderReport]:
    """One project's report, or every project's that overlaps the period."""
    _check_period(start, end)
    if code is not None:
        return [funder_report(uow, code, start, end)]
    codes = uow.session.scalars(
        select(Project.code)
        .where(Project.starts_on <= end, Project.ends_on >= start)
        .order_by(Project.starts_on, Project.code)
    )
    return [funder_report(uow, c, start, end) for c in codes]
