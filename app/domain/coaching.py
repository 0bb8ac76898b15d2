"""Coaching sessions, attendance, personal plans, participation measurements and outcomes."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, TimestampMixin, UTCDateTime, enum_column
from .enums import (
    AttendanceStatus,
    Destination,
    GoalStatus,
    MeasurementPhase,
    PathStep,
    SessionKind,
)
from .search import keep_search_keys, keyed

if TYPE_CHECKING:
    from .members import Member


class CoachingSession(TimestampMixin, Base):
    __tablename__ = "coaching_session"
    __table_args__ = (
        CheckConstraint("duration_minutes > 0 AND duration_minutes <= 1440", name="duration"),
        # One index per column the sessions list sorts by.
        Index("ix_coaching_session_kind", "kind"),
        Index("ix_coaching_session_duration", "duration_minutes"),
        Index("ix_coaching_session_facilitator", "facilitator_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[SessionKind] = mapped_column(enum_column(SessionKind, "session_kind"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    duration_minutes: Mapped[int]
    facilitator_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    facilitator_name: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    topic: Mapped[str] = mapped_column(String(200), default="")
    # Casefolded topic for searching and sorting in SQL.
    search_topic: Mapped[str] = mapped_column(String(200), default=keyed("topic"), index=True)
    agenda: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )


keep_search_keys(CoachingSession, {"search_topic": ("topic",)})


class Attendance(Base):
    __tablename__ = "attendance"

    session_id: Mapped[int] = mapped_column(ForeignKey("coaching_session.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), primary_key=True, index=True)
    status: Mapped[AttendanceStatus] = mapped_column(
        enum_column(AttendanceStatus, "attendance_status")
    )
    note: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[CoachingSession] = relationship(back_populates="attendance")
    member: Mapped[Member] = relationship()


class Plan(TimestampMixin, Base):
    """A member's personal plan: where they are on the path and what they aim for."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    started_on: Mapped[date] = mapped_column(Date)
    step: Mapped[PathStep] = mapped_column(enum_column(PathStep, "path_step"))
    next_review_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")

    member: Mapped[Member] = relationship()
    goals: Mapped[list[Goal]] = relationship(back_populates="plan", cascade="all, delete-orphan")
    reviews: Mapped[list[PlanReview]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanReview.reviewed_on"
    )


class Goal(Base):
    __tablename__ = "goal"
    __table_args__ = (
        CheckConstraint("status != 'achieved' OR achieved_on IS NOT NULL", name="achieved_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    target_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[GoalStatus] = mapped_column(
        enum_column(GoalStatus, "goal_status"), default=GoalStatus.OPEN
    )
    achieved_on: Mapped[date | None] = mapped_column(Date)

    plan: Mapped[Plan] = relationship(back_populates="goals")


class PlanReview(Base):
    __tablename__ = "plan_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id"), index=True)
    reviewed_on: Mapped[date] = mapped_column(Date)
    step: Mapped[PathStep] = mapped_column(enum_column(PathStep, "path_step"))
    notes: Mapped[str] = mapped_column(Text, default="")

    plan: Mapped[Plan] = relationship(back_populates="reviews")


class QuestionnaireItem(Base):
    """A statement of the participation questionnaire, worded by its publisher, entered as data."""

    __tablename__ = "questionnaire_item"
    __table_args__ = (UniqueConstraint("questionnaire", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    questionnaire: Mapped[str] = mapped_column(String(50), default="participation")
    position: Mapped[int]
    text_fi: Mapped[str] = mapped_column(Text)
    text_sv: Mapped[str] = mapped_column(Text, default="")


class ParticipationMeasurement(Base):
    """One participant's answers on one date; reported only for groups, never per person."""

    __tablename__ = "participation_measurement"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    answered_on: Mapped[date] = mapped_column(Date)
    phase: Mapped[MeasurementPhase] = mapped_column(
        enum_column(MeasurementPhase, "measurement_phase")
    )
    group_label: Mapped[str] = mapped_column(String(100), default="")

    answers: Mapped[list[ParticipationAnswer]] = relationship(
        back_populates="measurement", cascade="all, delete-orphan"
    )


class ParticipationAnswer(Base):
    __tablename__ = "participation_answer"
    __table_args__ = (CheckConstraint("value IS NULL OR value BETWEEN 1 AND 5", name="value"),)

    measurement_id: Mapped[int] = mapped_column(
        ForeignKey("participation_measurement.id"), primary_key=True
    )
    item_id: Mapped[int] = mapped_column(ForeignKey("questionnaire_item.id"), primary_key=True)
    # None = the participant skipped the statement.
    value: Mapped[int | None]

    measurement: Mapped[ParticipationMeasurement] = relationship(back_populates="answers")


class Outcome(TimestampMixin, Base):
    """Where a member went when they left coaching, followed up at 3 and 6 months."""

    __tablename__ = "outcome"
    __table_args__ = (Index("ix_outcome_exit", "exit_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    exit_on: Mapped[date] = mapped_column(Date)
    destination: Mapped[Destination] = mapped_column(enum_column(Destination, "destination"))
    notes: Mapped[str] = mapped_column(Text, default="")
    followup_3m_on: Mapped[date | None] = mapped_column(Date)
    followup_3m: Mapped[Destination | None] = mapped_column(enum_column(Destination, "followup_3m"))
    followup_6m_on: Mapped[date | None] = mapped_column(Date)
    followup_6m: Mapped[Destination | None] = mapped_column(enum_column(Destination, "followup_6m"))

    member: Mapped[Member] = relationship()
