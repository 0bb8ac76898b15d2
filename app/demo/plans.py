"""Where members are heading: plans, goals and reviews, measurements and outcomes."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from app.domain import (
    Goal,
    Outcome,
    ParticipationAnswer,
    ParticipationMeasurement,
    Plan,
    PlanReview,
    QuestionnaireItem,
)
from app.domain.enums import (
    Destination,
    GoalStatus,
    MeasurementPhase,
    MemberKind,
    PathStep,
)

from . import names
from .context import DemoContext, DemoMember, weighted
from .dates import at

QUESTIONNAIRE_ITEMS = 10
STEP_FOR = {
    Destination.OPEN_LABOUR_MARKET: PathStep.OPEN_LABOUR_MARKET,
    Destination.EDUCATION: PathStep.EDUCATION,
    Destination.SUBSIDISED_WORK: PathStep.PAID_WORK,
}


class Pathways:
    """Outcomes first, since a closed plan's last step follows where the member went."""

    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx
        self.rng = ctx.rng("plans")

    def run(self) -> None:
        """Outcomes, plans with goals and reviews, the questionnaire and its answers."""
        destinations = self._outcomes()
        plans = self._plans(destinations)
        self._measurements(plans)

    def _outcomes(self) -> dict[int, Destination]:
        """Where former members and those who moved on went, with follow-ups once due."""
        ctx, rng = self.ctx, self.rng
        rows, destinations = [], {}
        for member in ctx.members:
            exit_on = member.left_on or member.exit_on
            if exit_on is None or member.kind != MemberKind.WORKING:
                continue
            if member.expelled:
                destination = Destination.UNKNOWN
            elif member.exit_on is not None:
                destination = rng.choice(
                    (
                        Destination.OPEN_LABOUR_MARKET,
                        Destination.EDUCATION,
                        Destination.SUBSIDISED_WORK,
                    )
                )
            else:
                destination = weighted(
                    rng,
                    [
                        (Destination.OPEN_LABOUR_MARKET, 25),
                        (Destination.SUBSIDISED_WORK, 15),
                        (Destination.EDUCATION, 15),
                        (Destination.UNEMPLOYED, 20),
                        (Destination.REHABILITATION, 10),
                        (Destination.PENSION, 10),
                        (Destination.OTHER, 5),
                    ],
                )
            destinations[member.id] = destination
            followups: dict[str, Any] = {}
            for months_after, key in ((3, "followup_3m"), (6, "followup_6m")):
                due = exit_on + timedelta(days=months_after * 30 + 1 + rng.randint(0, 10))
                if due <= ctx.today:
                    followups[f"{key}_on"] = due
                    followups[key] = (
                        destination
                        if rng.random() < 0.75
                        else rng.choice((Destination.UNEMPLOYED, Destination.OPEN_LABOUR_MARKET))
                    )
                else:
                    followups[f"{key}_on"] = followups[key] = None
            touched = followups["followup_6m_on"] or followups["followup_3m_on"] or exit_on
            rows.append(
                {
                    "id": ctx.new_id(Outcome),
                    "member_id": member.id,
                    "exit_on": exit_on,
                    "destination": destination,
                    "notes": "Seuranta puhelimitse." if followups["followup_3m_on"] else "",
                    **followups,
                    "created_at": at(exit_on, 14),
                    "updated_at": at(touched, 14),
                }
            )
        self.ctx.insert(Outcome, rows)
        return destinations

    def _plans(self, destinations: dict[int, Destination]) -> list[tuple[DemoMember, date, date]]:
        """Plans with goals and reviews; returns (member, plan start, plan end) for measuring."""
        ctx, rng = self.ctx, self.rng
        plans, goals, reviews = [], [], []
        measured: list[tuple[DemoMember, date, date]] = []
        for member in ctx.members:
            if member.kind != MemberKind.WORKING or member.accepted_on is None:
                continue
            closed_on = member.left_on or member.exit_on
            if closed_on is not None and (ctx.today - closed_on).days > 730:
                continue
            if closed_on is None and rng.random() < 0.15:
                continue
            started_on = member.accepted_on + timedelta(days=rng.randint(7, 30))
            end = closed_on or ctx.today
            if started_on >= end:
                continue
            plan_id = ctx.new_id(Plan)
            if member.id in destinations:
                step = STEP_FOR.get(destinations[member.id], PathStep.SUPPORTED_WORK)
            else:
                step = weighted(
                    rng,
                    [
                        (PathStep.PARTICIPATION_WORK, 25),
                        (PathStep.SUPPORTED_WORK, 45),
                        (PathStep.PAID_WORK, 20),
                        (PathStep.EDUCATION, 5),
                        (PathStep.ENTREPRENEURSHIP, 2),
                        (PathStep.OPEN_LABOUR_MARKET, 3),
                    ],
                )
            goals.extend(self._goals(plan_id, started_on, end, closed=closed_on is not None))
            review_days = [
                started_on + timedelta(days=120 * n + rng.randint(0, 10)) for n in (1, 2, 3)
            ]
            review_days = [d for d in review_days if d <= end]
            for day in review_days:
                reviews.append(
                    {
                        "id": ctx.new_id(PlanReview),
                        "plan_id": plan_id,
                        "reviewed_on": day,
                        "step": step,
                        "notes": rng.choice(names.REVIEW_NOTES),
                    }
                )
            touched = max([started_on, *review_days, *([closed_on] if closed_on else [])])
            plans.append(
                {
                    "id": plan_id,
                    "member_id": member.id,
                    "started_on": started_on,
                    "step": step,
                    "next_review_on": None
                    if closed_on
                    else ctx.today + timedelta(days=rng.randint(7, 90)),
                    "closed_on": closed_on,
                    "summary": rng.choice(names.PLAN_SUMMARIES),
                    "created_at": at(started_on, 13),
                    "updated_at": at(touched, 13),
                }
            )
            measured.append((member, started_on, end))
        ctx.insert(Plan, plans)
        ctx.insert(Goal, goals)
        ctx.insert(PlanReview, reviews)
        return measured

    def _goals(self, plan_id: int, started_on: date, end: date, closed: bool) -> list[dict]:
        rng = self.rng
        rows = []
        for title in rng.sample(names.GOALS, rng.randint(1, 3)):
            if closed:
                status = GoalStatus.ACHIEVED if rng.random() < 0.6 else GoalStatus.DROPPED
            else:
                status = weighted(
                    rng,
                    [
                        (GoalStatus.OPEN, 30),
                        (GoalStatus.IN_PROGRESS, 40),
                        (GoalStatus.ACHIEVED, 20),
                        (GoalStatus.DROPPED, 10),
                    ],
                )
            span = (end - started_on).days
            achieved_on = None
            if status == GoalStatus.ACHIEVED:
                if span < 30:
                    status = GoalStatus.IN_PROGRESS
                else:
                    achieved_on = started_on + timedelta(days=rng.randint(30, span))
            rows.append(
                {
                    "id": self.ctx.new_id(Goal),
                    "plan_id": plan_id,
                    "title": title,
                    "description": "",
                    "target_on": started_on + timedelta(days=rng.randint(90, 365)),
                    "status": status,
                    "achieved_on": achieved_on,
                }
            )
        return rows

    def _measurements(self, plans: list[tuple[DemoMember, date, date]]) -> None:
        """Placeholder statements and start/end answers from about twelve people per block."""
        ctx, rng = self.ctx, self.rng
        items = []
        for position in range(1, QUESTIONNAIRE_ITEMS + 1):
            # The official THL wording is entered by the user; the demo must not invent it.
            items.append(
                {
                    "id": ctx.new_id(QuestionnaireItem),
                    "questionnaire": "participation",
                    "position": position,
                    "text_fi": f"Väittämä {position} — syötä THL:n virallinen sanamuoto",
                    "text_sv": f"Påstående {position} — ange THL:s officiella formulering",
                }
            )
        ctx.insert(QuestionnaireItem, items)
        measurements, answers = [], []
        for block in range(ctx.scale):
            candidates = [
                p for p in plans if p[0].block == block and p[1] <= ctx.today - timedelta(days=14)
            ]
            for member, started_on, end in rng.sample(candidates, min(12, len(candidates))):
                first = started_on + timedelta(days=rng.randint(0, 14))
                rounds = [(MeasurementPhase.START, first)]
                if (end - first).days >= 150 and rng.random() < 0.8:
                    last = min(first + timedelta(days=rng.randint(150, 300)), end)
                    rounds.append((MeasurementPhase.END, last))
                base = [rng.randint(1, 4) for _ in items]
                for phase, day in rounds:
                    measurement_id = ctx.new_id(ParticipationMeasurement)
                    measurements.append(
                        {
                            "id": measurement_id,
                            "member_id": member.id,
                            "answered_on": day,
                            "phase": phase,
                            "group_label": f"Ryhmä {block + 1}",
                        }
                    )
                    lift = 0 if phase == MeasurementPhase.START else 1
                    for item, value in zip(items, base, strict=True):
                        skipped = rng.random() < 0.05
                        answers.append(
                            {
                                "measurement_id": measurement_id,
                                "item_id": item["id"],
                                "value": None
                                if skipped
                                else _clamp(
                                    value + lift * rng.choice((0, 1, 1, 2)) - (rng.random() < 0.1)
                                ),
                            }
                        )
        ctx.insert(ParticipationMeasurement, measurements)
        ctx.insert(ParticipationAnswer, answers)


def _clamp(value: int) -> int:
    return max(1, min(5, value))
