"""Coaching: funded projects and their groups, participants, sessions and attendance."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, TimestampMixin, UTCDateTime, VersionedMixin, enum_column
from .coaching_enums import Track
from .enums import (
    AttendanceStatus,
    EducationLevel,
    Gender,
    LabourMarketStatus,
    Language,
    SessionKind,
)
from .search import keep_search_keys, keyed

if TYPE_CHECKING:
    from .members import Member

PLANNED_FIGURES = (
    "planned_started",
    "planned_started_women",
    "planned_new_jobs",
    "planned_new_jobs_women",
    "planned_new_businesses",
    "planned_new_businesses_women",
    "planned_qualifications",
    "planned_qualifications_women",
)


class Project(VersionedMixin, TimestampMixin, Base):
    """A funded project (e.g. ESF) with the figures it promised its funder."""

    __tablename__ = "project"
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="period"),
        *(CheckConstraint(f"{name} >= 0", name=name) for name in PLANNED_FIGURES),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    funder: Mapped[str] = mapped_column(String(200), default="")
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    planned_started: Mapped[int] = mapped_column(default=0)
    planned_started_women: Mapped[int] = mapped_column(default=0)
    planned_new_jobs: Mapped[int] = mapped_column(default=0)
    planned_new_jobs_women: Mapped[int] = mapped_column(default=0)
    planned_new_businesses: Mapped[int] = mapped_column(default=0)
    planned_new_businesses_women: Mapped[int] = mapped_column(default=0)
    planned_qualifications: Mapped[int] = mapped_column(default=0)
    planned_qualifications_women: Mapped[int] = mapped_column(default=0)

    groups: Mapped[list[CoachingGroup]] = relationship(
        back_populates="project", order_by="CoachingGroup.name"
    )


class CoachingGroup(TimestampMixin, Base):
    """A group in a project, e.g. "Monday group" or "cooperative training spring 2027"."""

    __tablename__ = "coaching_group"
    __table_args__ = (UniqueConstraint("project_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))

    project: Mapped[Project] = relationship(back_populates="groups")
    memberships: Mapped[list[GroupMembership]] = relationship(back_populates="group")


class Participant(VersionedMixin, TimestampMixin, Base):
    """A person in coaching, who may not (yet) be a member of the cooperative."""

    __tablename__ = "participant"
    __table_args__ = (
        CheckConstraint("ended_on IS NULL OR ended_on >= intake_on", name="ended_after_intake"),
        CheckConstraint(
            "birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100", name="birth_year"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Set when the person joins the cooperative; one participant per member.
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    search_name: Mapped[str] = mapped_column(
        String(201), default=keyed("last_name", "first_name"), index=True
    )
    search_given: Mapped[str] = mapped_column(
        String(201), default=keyed("first_name", "last_name"), index=True
    )
    # Unknown unless the person or their identity code says otherwise.
    gender: Mapped[Gender] = mapped_column(enum_column(Gender, "gender"), default=Gender.UNKNOWN)
    # The date when known, else the year alone: enough for the report's age bands.
    birth_date: Mapped[date | None] = mapped_column(Date)
    birth_year: Mapped[int | None]
    language: Mapped[Language] = mapped_column(
        enum_column(Language, "language"), default=Language.FI
    )
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    labour_market_status: Mapped[LabourMarketStatus | None] = mapped_column(
        enum_column(LabourMarketStatus, "labour_market_status")
    )
    education_level: Mapped[EducationLevel | None] = mapped_column(
        enum_column(EducationLevel, "education_level")
    )
    track: Mapped[Track | None] = mapped_column(enum_column(Track, "track"))
    intake_on: Mapped[date] = mapped_column(Date)
    # "Does the cooperative suit my situation now?" Sensitive.
    intake_note: Mapped[str] = mapped_column(Text, default="")
    consent_data_on: Mapped[date | None] = mapped_column(Date)
    consent_questionnaire_on: Mapped[date | None] = mapped_column(Date)
    # None while active.
    ended_on: Mapped[date | None] = mapped_column(Date, index=True)

    member: Mapped[Member | None] = relationship()
    memberships: Mapped[list[GroupMembership]] = relationship(back_populates="participant")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def sort_name(self) -> str:
        return f"{self.last_name} {self.first_name}"


keep_search_keys(
    Participant,
    {"search_name": ("last_name", "first_name"), "search_given": ("first_name", "last_name")},
)


class GroupMembership(Base):
    """A participant in a group from one date to another; several groups over time."""

    __tablename__ = "group_membership"
    __table_args__ = (
        CheckConstraint("left_on IS NULL OR left_on >= joined_on", name="left_after_joined"),
        Index("ix_group_membership_group_dates", "group_id", "joined_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("coaching_group.id"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id"), index=True)
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)

    group: Mapped[CoachingGroup] = relationship(back_populates="memberships")
    participant: Mapped[Participant] = relationship(back_populates="memberships")


class SessionSeries(TimestampMixin, Base):
    """A recurring meeting (e.g. Mondays 10–12): a weekly rule that creates its sessions."""

    __tablename__ = "session_series"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("interval >= 1", name="interval"),
        CheckConstraint("until_on >= starts_on", name="until_after_start"),
        CheckConstraint("duration_minutes > 0 AND duration_minutes <= 1440", name="duration"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("coaching_group.id"), index=True)
    kind: Mapped[SessionKind] = mapped_column(enum_column(SessionKind, "session_kind"))
    # Monday = 0, as Python's date.weekday().
    weekday: Mapped[int]
    # Every n-th week.
    interval: Mapped[int] = mapped_column(default=1)
    starts_on: Mapped[date] = mapped_column(Date)
    until_on: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    duration_minutes: Mapped[int]
    skip_holidays: Mapped[bool] = mapped_column(default=True)
    facilitator_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    facilitator_name: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    topic: Mapped[str] = mapped_column(String(200), default="")

    group: Mapped[CoachingGroup | None] = relationship()


class CoachingSession(TimestampMixin, Base):
    __tablename__ = "coaching_session"
    __table_args__ = (
        CheckConstraint("duration_minutes > 0 AND duration_minutes <= 1440", name="duration"),
        CheckConstraint("attendee_count IS NULL OR attendee_count >= 0", name="attendee_count"),
        # A meeting of a series is its rule's date, however it was moved.
        UniqueConstraint("series_id", "occurrence_on"),
        # One index per column the sessions list sorts by.
        Index("ix_coaching_session_kind", "kind"),
        Index("ix_coaching_session_duration", "duration_minutes"),
        Index("ix_coaching_session_facilitator", "facilitator_name"),
        Index("ix_coaching_session_group_starts", "group_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[SessionKind] = mapped_column(enum_column(SessionKind, "session_kind"))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("coaching_group.id"))
    # The person coached in an individual session (linked to their plan).
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id"), index=True)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("session_series.id"))
    occurrence_on: Mapped[date | None] = mapped_column(Date)
    # A skipped meeting of a series stays, cancelled, so regenerating does not bring it back.
    cancelled: Mapped[bool] = mapped_column(default=False)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    duration_minutes: Mapped[int]
    facilitator_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    facilitator_name: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    topic: Mapped[str] = mapped_column(String(200), default="")
    # Casefolded topic for searching and sorting in SQL.
    search_topic: Mapped[str] = mapped_column(String(200), default=keyed("topic"), index=True)
    # One item a line.
    agenda: Mapped[str] = mapped_column(Text, default="")
    # Items left open, one a line: the next meeting's agenda can carry them over.
    open_items: Mapped[str] = mapped_column(Text, default="")
    # Sensitive for individual sessions.
    notes: Mapped[str] = mapped_column(Text, default="")
    # Info sessions count heads; their attendees are not participants.
    attendee_count: Mapped[int | None]

    group: Mapped[CoachingGroup | None] = relationship()
    participant: Mapped[Participant | None] = relationship()
    series: Mapped[SessionSeries | None] = relationship()
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )


keep_search_keys(CoachingSession, {"search_topic": ("topic",)})


class Attendance(Base):
    __tablename__ = "attendance"

    session_id: Mapped[int] = mapped_column(ForeignKey("coaching_session.id"), primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id"), primary_key=True, index=True
    )
    status: Mapped[AttendanceStatus] = mapped_column(
        enum_column(AttendanceStatus, "attendance_status")
    )
    note: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[CoachingSession] = relationship(back_populates="attendance")
    participant: Mapped[Participant] = relationship()
