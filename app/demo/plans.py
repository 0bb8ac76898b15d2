"""Where participants are heading: plans with their step history and goals, the support
network, questionnaire answers and outcomes with follow-ups."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from app.domain import (
    Consent,
    FollowUp,
    Goal,
    Outcome,
    ParticipantSensitive,
    ParticipationAnswer,
    ParticipationMeasurement,
    Plan,
    PlanStep,
    QuestionnaireItem,
    QuestionnaireScale,
    SupportContact,
)
from app.domain.coaching_enums import SupportRole
from app.domain.enums import ConsentKind, Destination, GoalStatus, MeasurementPhase, PathStep

from . import names
from .coaching import DemoParticipant
from .context import DemoContext, weighted
from .dates import at
from .identities import email_local, phone_number

QUESTIONNAIRE_ITEMS = 10
PATH = (PathStep.PARTICIPATION_WORK, PathStep.SUPPORTED_WORK, PathStep.PAID_WORK)
STEP_FOR = {
    Destination.OPEN_FULL_TIME: PathStep.OPEN_LABOUR_MARKET,
    Destination.OPEN_PART_TIME: PathStep.OPEN_LABOUR_MARKET,
    Destination.EDUCATION: PathStep.EDUCATION,
    Destination.OWN_BUSINESS: PathStep.ENTREPRENEURSHIP,
}
ROLES = {
    "työllisyysasiantuntija": SupportRole.EMPLOYMENT_SERVICES,
    "sosiaalityöntekijä": SupportRole.SOCIAL_WORKER,
    "sosiaaliohjaaja": SupportRole.SOCIAL_WORKER,
    "diakoniatyöntekijä": SupportRole.PARISH_DEACON,
}


class Pathways:
    """Outcomes first, since a plan's last step follows where the participant went."""

    def __init__(self, ctx: DemoContext, participants: list[DemoParticipant]) -> None:
        self.ctx = ctx
        self.rng = ctx.rng("plans")
        self.participants = participants

    def run(self) -> None:
        """Outcomes, plans, the support network, the questionnaire and its answers."""
        destinations = self._outcomes()
        self._plans(destinations)
        self._network()
        self._measurements()

    def _outcomes(self) -> dict[int, Destination]:
        ctx, rng = self.ctx, self.rng
        outcomes, followups, destinations = [], [], {}
        for person in self.participants:
            if person.ended_on is None:
                continue
            if person.member is not None and person.member.expelled:
                destination = Destination.UNKNOWN
            else:
                destination = weighted(
                    rng,
                    [
                        (Destination.OPEN_FULL_TIME, 15),
                        (Destination.OPEN_PART_TIME, 15),
                        (Destination.EDUCATION, 20),
                        (Destination.OWN_BUSINESS, 5),
                        (Destination.OTHER_SERVICES, 25),
                        (Destination.PENSION, 10),
                        (Destination.UNKNOWN, 10),
                    ],
                )
            destinations[person.id] = destination
            outcome_id = ctx.new_id(Outcome)
            touched = person.ended_on
            for months in (3, 6):
                due = person.ended_on + relativedelta(months=months)
                done = due + timedelta(days=rng.randint(0, 10))
                finished = done <= ctx.today
                touched = done if finished else touched
                followups.append(
                    {
                        "id": ctx.new_id(FollowUp),
                        "outcome_id": outcome_id,
                        "months": months,
                        "due_on": due,
                        "done_on": done if finished else None,
                        "result": (destination if rng.random() < 0.75 else Destination.UNKNOWN)
                        if finished
                        else None,
                        "note": "Seuranta puhelimitse." if finished else "",
                    }
                )
            outcomes.append(
                {
                    "id": outcome_id,
                    "participant_id": person.id,
                    "exit_on": person.ended_on,
                    "destination": destination,
                    "new_job": destination
                    in (Destination.OPEN_FULL_TIME, Destination.OPEN_PART_TIME),
                    "new_business": destination == Destination.OWN_BUSINESS,
                    "completed_qualification": rng.random() < 0.3,
                    "notes": "",
                    "created_at": at(person.ended_on, 14),
                    "updated_at": at(touched, 14),
                }
            )
        ctx.insert(Outcome, outcomes)
        ctx.insert(FollowUp, followups)
        return destinations

    def _plans(self, destinations: dict[int, Destination]) -> None:
        ctx, rng = self.ctx, self.rng
        plans, steps, goals = [], [], []
        for person in self.participants:
            started_on = person.intake_on + timedelta(days=rng.randint(7, 21))
            end = person.ended_on or ctx.today
            if started_on >= end:
                continue
            plan_id = ctx.new_id(Plan)
            first = rng.randrange(len(PATH))
            history = [(started_on, PATH[first], "Suunnitelma laadittu alkuhaastattelussa.")]
            day = started_on
            for step in PATH[first + 1 :]:
                day += timedelta(days=rng.randint(90, 240))
                if day >= end or rng.random() < 0.4:
                    break
                history.append((day, step, rng.choice(names.REVIEW_NOTES)))
            if person.id in destinations and destinations[person.id] in STEP_FOR:
                history.append((end, STEP_FOR[destinations[person.id]], "Siirtyi eteenpäin."))
            for since_on, step, note in history:
                steps.append(
                    {
                        "id": ctx.new_id(PlanStep),
                        "plan_id": plan_id,
                        "since_on": since_on,
                        "step": step,
                        "note": note,
                    }
                )
            goals.extend(self._goals(plan_id, started_on, end, closed=person.ended_on is not None))
            plans.append(
                {
                    "id": plan_id,
                    "participant_id": person.id,
                    "started_on": started_on,
                    "step": history[-1][1],
                    "next_review_on": None
                    if person.ended_on
                    else ctx.today + timedelta(days=rng.randint(7, 90)),
                    "summary": rng.choice(names.PLAN_SUMMARIES),
                    "version": 1,
                    "created_at": at(started_on, 13),
                    "updated_at": at(history[-1][0], 13),
                }
            )
        ctx.insert(Plan, plans)
        ctx.insert(PlanStep, steps)
        ctx.insert(Goal, goals)

    def _goals(self, plan_id: int, started_on: date, end: date, closed: bool) -> list[dict]:
        rng = self.rng
        rows = []
        for text in rng.sample(names.GOALS, rng.randint(1, 3)):
            span = (end - started_on).days
            if closed:
                status = GoalStatus.REACHED if rng.random() < 0.6 else GoalStatus.DROPPED
            else:
                status = weighted(
                    rng, [(GoalStatus.OPEN, 60), (GoalStatus.REACHED, 30), (GoalStatus.DROPPED, 10)]
                )
            status_on = None
            if status != GoalStatus.OPEN:
                if span < 30:
                    status = GoalStatus.OPEN
                else:
                    status_on = started_on + timedelta(days=rng.randint(30, span))
            rows.append(
                {
                    "id": self.ctx.new_id(Goal),
                    "plan_id": plan_id,
                    "text": text,
                    "target_on": started_on + timedelta(days=rng.randint(90, 365)),
                    "status": status,
                    "status_on": status_on,
                    "review_notes": rng.choice(names.REVIEW_NOTES) if status_on else "",
                }
            )
        return rows

    def _network(self) -> None:
        """Support contacts for those who agreed to it; neutral work-arrangement notes."""
        ctx, rng = self.ctx, self.rng
        consented = dict(
            ctx.session.execute(
                select(Consent.member_id, Consent.given_on).where(
                    Consent.kind == ConsentKind.CONTACT
                )
            ).all()
        )
        contacts, sensitive = [], []
        for person in self.participants:
            member_id = person.member.id if person.member else None
            if member_id in consented or (person.member is None and rng.random() < 0.5):
                organisation, relation = rng.choice(names.SUPPORT_ORGANISATIONS[:4])
                first = rng.choice(names.FINNISH_FEMALE + names.FINNISH_MALE)
                name = f"{first} {rng.choice(names.FINNISH_SURNAMES)}"
                contacts.append(
                    {
                        "id": ctx.new_id(SupportContact),
                        "participant_id": person.id,
                        "name": name,
                        "organisation": organisation,
                        "role": ROLES.get(relation, SupportRole.OTHER),
                        "phone": phone_number(rng),
                        "email": f"{email_local(name)}@example.org",
                        "note": relation,
                        "consent_on": consented.get(member_id, person.intake_on),
                    }
                )
            if rng.random() < 0.3:
                lang = "sv" if person.member and person.member.language == "sv" else "fi"
                sensitive.append(
                    {
                        "participant_id": person.id,
                        "work_ability_notes": rng.choice(names.WORK_ABILITY_NOTES[lang]),
                        "support_needs": rng.choice(names.SUPPORT_NEEDS[lang]),
                    }
                )
        ctx.insert(SupportContact, contacts)
        ctx.insert(ParticipantSensitive, sensitive)

    def _measurements(self) -> None:
        """Placeholder statements and start/end answers from about twelve people per block."""
        ctx, rng = self.ctx, self.rng
        items: list[dict[str, Any]] = []
        for position in range(1, QUESTIONNAIRE_ITEMS + 1):
            # The official THL wording is entered by the user; the demo must not invent it.
            items.append(
                {
                    "id": ctx.new_id(QuestionnaireItem),
                    "questionnaire": "participation",
                    "position": position,
                    "text_fi": f"Väittämä {position} — syötä THL:n virallinen sanamuoto",
                    "text_sv": f"Påstående {position} — ange THL:s officiella formulering",
                    "text_en": f"Statement {position} — enter THL's official wording",
                    "placeholder": True,
                }
            )
        ctx.insert(QuestionnaireItem, items)
        ctx.insert(
            QuestionnaireScale,
            [
                {
                    "id": ctx.new_id(QuestionnaireScale),
                    "questionnaire": "participation",
                    "value": value,
                    "label_fi": f"Vaihtoehto {value} — syötä THL:n sanamuoto",
                    "label_sv": f"Alternativ {value} — ange THL:s formulering",
                    "label_en": f"Option {value} — enter THL's wording",
                    "placeholder": True,
                }
                for value in range(1, 6)
            ],
        )
        measurements, answers = [], []
        for block in range(ctx.scale):
            candidates = [
                p
                for p in self.participants
                if p.block == block
                and p.groups
                and p.consent_ok
                and p.groups[0][1] <= ctx.today - timedelta(days=14)
            ]
            for person in rng.sample(candidates, min(12, len(candidates))):
                group_id, joined, left = person.groups[0]
                first = joined + timedelta(days=rng.randint(0, 14))
                end = left or ctx.today
                rounds = [(MeasurementPhase.START, first)]
                if (end - first).days >= 150 and rng.random() < 0.8:
                    rounds.append((MeasurementPhase.END, min(first + timedelta(days=200), end)))
                base = [rng.randint(1, 4) for _ in items]
                for phase, day in rounds:
                    measurement_id = ctx.new_id(ParticipationMeasurement)
                    measurements.append(
                        {
                            "id": measurement_id,
                            "participant_id": person.id,
                            "group_id": group_id,
                            "phase": phase,
                            "answered_on": day,
                            "consent_on": day,
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
