"""The participant's own printed copy of their personal plan, in their language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.domain.enums import GoalStatus
from app.services.plans import PlanView, plan_view
from app.services.policy import Permission, requires
from app.services.uow import UnitOfWork

from . import coaching_texts  # noqa: F401  (adds the coaching texts)
from .base import DocumentRenderer, Letterhead, letterhead


@dataclass(frozen=True)
class PlanDocumentData:
    head: Letterhead
    plan: PlanView
    printed_on: date


@requires(Permission.SENSITIVE)
def plan_document_data(uow: UnitOfWork, participant_id: int, today: date) -> PlanDocumentData:
    return PlanDocumentData(letterhead(uow), plan_view(uow, participant_id), today)


GOAL_COLUMNS = (
    ("col_goal", 52, False),
    ("col_target", 24, False),
    ("col_status", 40, False),
    ("col_review", 54, False),
)


class PlanRenderer(DocumentRenderer):
    document = "coaching_plan"

    def __init__(self, data: PlanDocumentData, lang: str | None = None) -> None:
        super().__init__(data.head, lang or str(data.plan.language))
        self.data = data

    def header_note(self) -> str:
        return self.t("confidential")

    def step(self, step) -> str:
        return self.t(f"step_{step}")

    def story(self) -> list[Flowable]:
        p = self.data.plan
        flow: list[Flowable] = [
            self.para(escape(self.title()), "title"),
            self.para(self.tx("printed", date=self.day(self.data.printed_on)), "subtitle"),
        ]
        details = [(self.t("name"), p.name)]
        if p.plan_id is not None:
            details += [
                (self.t("started"), self.day(p.started_on)),
                (self.t("step_now"), self.step(p.step)),
            ]
            if p.next_review_on:
                details.append((self.t("next_review"), self.day(p.next_review_on)))
        flow.append(self.pairs(details, (45, 125)))
        if p.intake_note:
            flow += [
                Spacer(1, 3 * mm),
                self.para(self.tx("intake", date=self.day(p.intake_on)), "heading"),
                self.para(_lines(p.intake_note)),
            ]
        if p.plan_id is None:
            return [*flow, Spacer(1, 3 * mm), self.para(escape(self.t("no_plan")))]
        if p.summary:
            flow += [self.para(escape(self.t("summary")), "heading"), self.para(_lines(p.summary))]
        flow += [Spacer(1, 2 * mm), self.para(escape(self.t("path")), "heading")]
        flow.append(
            self.grid(
                (("col_since", 28, False), ("col_step", 60, False), ("col_note", 82, False)),
                [
                    [
                        self.cell(self.day(s.since_on)),
                        self.cell(self.step(s.step)),
                        self.cell(s.note),
                    ]
                    for s in p.steps
                ],
            )
        )
        flow += [Spacer(1, 2 * mm), self.para(escape(self.t("goals")), "heading")]
        if p.goals:
            flow.append(
                self.grid(
                    GOAL_COLUMNS,
                    [
                        [
                            self.cell(g.text),
                            self.cell(self.day(g.target_on) if g.target_on else ""),
                            self.cell(self._status(g.status, g.status_on)),
                            self.cell(g.review_notes),
                        ]
                        for g in p.goals
                    ],
                )
            )
        else:
            flow.append(self.para(escape(self.t("none"))))
        flow += [Spacer(1, 2 * mm), self.para(escape(self.t("sessions")), "heading")]
        if p.sessions:
            flow.append(
                self.grid(
                    (("col_date", 28, False), ("col_topic", 118, False), ("col_minutes", 24, True)),
                    [
                        [
                            self.cell(self.day(s.day)),
                            self.cell(s.topic),
                            self.cell(self.t("minutes").format(n=s.duration_minutes), "td_right"),
                        ]
                        for s in p.sessions
                    ],
                )
            )
        else:
            flow.append(self.para(escape(self.t("none"))))
        return flow

    def _status(self, status: GoalStatus, on: date | None) -> str:
        text = self.t(f"goal_{status}")
        return text.format(date=self.day(on)) if on else text.replace(" {date}", "")


def _lines(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.splitlines())
