"""Measuring and following up: the participation questionnaire, outcomes with follow-ups,
and participation certificates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Fixed, TimestampMixin, enum_column
from .coaching import CoachingGroup, Participant
from .enums import Destination, Language, MeasurementPhase


class QuestionnaireItem(Base):
    """A statement of a questionnaire, worded by its publisher, entered as data."""

    __tablename__ = "questionnaire_item"
    __table_args__ = (UniqueConstraint("questionnaire", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    questionnaire: Mapped[str] = mapped_column(String(50), default="participation")
    position: Mapped[int]
    text_fi: Mapped[str] = mapped_column(Text)
    text_sv: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    # Shipped stand-in wording, to be replaced by the publisher's official text.
    placeholder: Mapped[bool] = mapped_column(default=False)


class QuestionnaireScale(Base):
    """The label of one answer value of a questionnaire's scale, per language."""

    __tablename__ = "questionnaire_scale"
    __table_args__ = (
        UniqueConstraint("questionnaire", "value"),
        CheckConstraint("value BETWEEN 1 AND 5", name="value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    questionnaire: Mapped[str] = mapped_column(String(50), default="participation")
    value: Mapped[int]
    label_fi: Mapped[str] = mapped_column(String(200))
    label_sv: Mapped[str] = mapped_column(String(200), default="")
    label_en: Mapped[str] = mapped_column(String(200), default="")
    placeholder: Mapped[bool] = mapped_column(default=False)


class ParticipationMeasurement(Base):
    """One participant's answers on one date; reported only for groups, never per person."""

    __tablename__ = "participation_measurement"
    __table_args__ = (UniqueConstraint("participant_id", "group_id", "phase"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("coaching_group.id"), index=True)
    phase: Mapped[MeasurementPhase] = mapped_column(
        enum_column(MeasurementPhase, "measurement_phase")
    )
    answered_on: Mapped[date] = mapped_column(Date)
    # Answering is voluntary: the day the person agreed.
    consent_on: Mapped[date | None] = mapped_column(Date)

    participant: Mapped[Participant] = relationship()
    group: Mapped[CoachingGroup | None] = relationship()
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
    # None = the participant skipped the statement: left out of that item's average.
    value: Mapped[int | None]

    measurement: Mapped[ParticipationMeasurement] = relationship(back_populates="answers")


class Outcome(TimestampMixin, Base):
    """Where a participant went on leaving the programme or the cooperative."""

    __tablename__ = "outcome"
    __table_args__ = (Index("ix_outcome_exit", "exit_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id"), index=True)
    exit_on: Mapped[date] = mapped_column(Date)
    destination: Mapped[Destination] = mapped_column(enum_column(Destination, "destination"))
    # What the funder's report counts.
    new_job: Mapped[bool] = mapped_column(default=False)
    new_business: Mapped[bool] = mapped_column(default=False)
    completed_qualification: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    participant: Mapped[Participant] = relationship()
    followups: Mapped[list[FollowUp]] = relationship(
        back_populates="outcome", cascade="all, delete-orphan", order_by="FollowUp.months"
    )


class FollowUp(Base):
    """A follow-up 3 or 6 months after the exit; never dated before it (checked by services)."""

    __tablename__ = "followup"
    __table_args__ = (
        UniqueConstraint("outcome_id", "months"),
        CheckConstraint("months IN (3, 6)", name="months"),
        CheckConstraint("done_on IS NULL OR result IS NOT NULL", name="done_has_result"),
        Index("ix_followup_due", "done_on", "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    outcome_id: Mapped[int] = mapped_column(ForeignKey("outcome.id"))
    months: Mapped[int]
    due_on: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    result: Mapped[Destination | None] = mapped_column(enum_column(Destination, "result"))
    note: Mapped[str] = mapped_column(Text, default="")

    outcome: Mapped[Outcome] = relationship(back_populates="followups")


class ParticipationCertificate(TimestampMixin, Base):
    """An issued certificate of coaching participation; database triggers keep it unchanged."""

    __tablename__ = "participation_certificate"
    __table_args__ = (CheckConstraint("period_to >= period_from", name="period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id"), index=True)
    issued_on: Mapped[date] = mapped_column(Date)
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    language: Mapped[Language] = mapped_column(enum_column(Language, "language"))
    sessions: Mapped[int]
    hours: Mapped[Decimal] = mapped_column(Fixed(2))
    topics: Mapped[str] = mapped_column(Text, default="")
    statement: Mapped[str] = mapped_column(Text, default="")
    facilitator_name: Mapped[str] = mapped_column(String(200))
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
