"""A participant's personal plan, the step history, goals, support network and sensitive notes.

All of it is sensitive personal data: facilitators only, never the treasurer.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, TimestampMixin, VersionedMixin, enum_column
from .coaching import Participant
from .coaching_enums import SupportRole
from .enums import GoalStatus, PathStep


class Plan(VersionedMixin, TimestampMixin, Base):
    """Where the participant is on the path and what they aim for; one per participant."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id"), unique=True)
    started_on: Mapped[date] = mapped_column(Date)
    # The current step; its dated history is in plan_step.
    step: Mapped[PathStep] = mapped_column(enum_column(PathStep, "path_step"))
    next_review_on: Mapped[date | None] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")

    participant: Mapped[Participant] = relationship()
    goals: Mapped[list[Goal]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Goal.id"
    )
    steps: Mapped[list[PlanStep]] = relationship(
        back_populates="plan",
        cascade="all, delete-orphan",
        order_by="(PlanStep.since_on, PlanStep.id)",
    )


class PlanStep(Base):
    """One dated entry in the plan's history: the step from that day, and why."""

    __tablename__ = "plan_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id"), index=True)
    since_on: Mapped[date] = mapped_column(Date)
    step: Mapped[PathStep] = mapped_column(enum_column(PathStep, "path_step"))
    note: Mapped[str] = mapped_column(Text, default="")

    plan: Mapped[Plan] = relationship(back_populates="steps")


class Goal(Base):
    __tablename__ = "goal"
    __table_args__ = (
        CheckConstraint("status = 'open' OR status_on IS NOT NULL", name="status_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    target_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[GoalStatus] = mapped_column(
        enum_column(GoalStatus, "goal_status"), default=GoalStatus.OPEN
    )
    # When the goal was reached or dropped.
    status_on: Mapped[date | None] = mapped_column(Date)
    review_notes: Mapped[str] = mapped_column(Text, default="")

    plan: Mapped[Plan] = relationship(back_populates="goals")


class SupportContact(Base):
    """Someone in the participant's support network (tukiverkosto), with their consent."""

    __tablename__ = "support_contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[SupportRole] = mapped_column(
        enum_column(SupportRole, "support_role"), default=SupportRole.OTHER
    )
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # The day the person agreed that this contact may be kept and contacted.
    consent_on: Mapped[date | None] = mapped_column(Date)


class ParticipantSensitive(Base):
    """Health and work-ability notes: the facilitator's, never the treasurer's."""

    __tablename__ = "participant_sensitive"

    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id"), primary_key=True)
    work_ability_notes: Mapped[str] = mapped_column(Text, default="")
    support_needs: Mapped[str] = mapped_column(Text, default="")
