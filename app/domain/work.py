"""Work assignments for customers and the hours members log on them."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Fixed, TimestampMixin, UTCDateTime, VersionedMixin, enum_column
from .enums import AssignmentStatus, Recurrence
from .search import keep_search_keys, keyed

if TYPE_CHECKING:
    from .customers import Customer, Service
    from .members import Member

assignment_member = Table(
    "assignment_member",
    Base.metadata,
    Column("assignment_id", ForeignKey("work_assignment.id"), primary_key=True),
    Column("member_id", ForeignKey("member.id"), primary_key=True),
    # The primary key serves "members of an assignment"; this one "assignments of a member".
    Index("ix_assignment_member_member_id", "member_id"),
)


class WorkAssignment(VersionedMixin, TimestampMixin, Base):
    __tablename__ = "work_assignment"
    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="period"),
        CheckConstraint("estimated_hours IS NULL OR estimated_hours >= 0", name="estimated_hours"),
        CheckConstraint("weekday IS NULL OR weekday BETWEEN 0 AND 6", name="weekday"),
        Index("ix_work_assignment_starts_on", "starts_on"),
        Index("ix_work_assignment_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    title: Mapped[str] = mapped_column(String(200))
    # Casefolded title for searching and sorting in SQL.
    search_title: Mapped[str] = mapped_column(String(200), default=keyed("title"), index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    recurrence: Mapped[Recurrence] = mapped_column(
        enum_column(Recurrence, "recurrence"), default=Recurrence.NONE
    )
    # Monday = 0, as Python's date.weekday().
    weekday: Mapped[int | None]
    # Recurring shifts as an RFC 5545 rule without DTSTART/UNTIL (they are starts_on/ends_on),
    # e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"; "" for one-off dates.
    rule: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # Wall-clock times in Helsinki: a 9–12 shift stays 9–12 across the DST changes.
    shift_start: Mapped[time | None] = mapped_column(Time)
    shift_end: Mapped[time | None] = mapped_column(Time)
    skip_holidays: Mapped[bool] = mapped_column(default=True, server_default=true())
    status: Mapped[AssignmentStatus] = mapped_column(
        enum_column(AssignmentStatus, "assignment_status"), default=AssignmentStatus.REQUESTED
    )
    estimated_hours: Mapped[Decimal | None] = mapped_column(Fixed(2))
    notes: Mapped[str] = mapped_column(Text, default="")

    customer: Mapped[Customer] = relationship()
    service: Mapped[Service] = relationship()
    members: Mapped[list[Member]] = relationship(secondary=assignment_member)


class PlannedShift(Base):
    """One member's place in one occurrence of an assignment: the week plan reads these.

    Occurrences are written out (not expanded at read time) so a week is one indexed range
    read, and a skipped, moved or handed-over occurrence is simply a changed row.
    """

    __tablename__ = "planned_shift"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="times"),
        CheckConstraint(
            "substitute_for_id IS NULL OR substitute_for_id != member_id", name="substitute"
        ),
        UniqueConstraint("assignment_id", "occurrence", "member_id"),
        Index("ix_planned_shift_work_date_member", "work_date", "member_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("work_assignment.id"))
    # The date the rule gave; work_date differs when the occurrence was moved.
    occurrence: Mapped[date] = mapped_column(Date)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    # Set when the shift was handed over: the member who was to work it.
    substitute_for_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    work_date: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[time] = mapped_column(Time)
    ends_at: Mapped[time] = mapped_column(Time)
    skipped: Mapped[bool] = mapped_column(default=False)
    # Changed by hand (moved or handed over): kept when the assignment's rule is saved again.
    edited: Mapped[bool] = mapped_column(default=False)

    assignment: Mapped[WorkAssignment] = relationship()
    member: Mapped[Member] = relationship(foreign_keys=[member_id])
    substitute_for: Mapped[Member | None] = relationship(foreign_keys=[substitute_for_id])


class WorkEntry(VersionedMixin, TimestampMixin, Base):
    """Hours one member worked on one day; invoiced at most once.

    Every change (a save, approval, invoicing, a credit note) bumps the version, so a week
    grid loaded before it is told instead of overwriting it.
    """

    __tablename__ = "work_entry"
    __table_args__ = (
        CheckConstraint("hours > 0 AND hours <= 2400", name="hours"),
        CheckConstraint("km >= 0", name="km"),
        CheckConstraint(
            "substitute_for_id IS NULL OR substitute_for_id != member_id", name="substitute"
        ),
        Index("ix_work_entry_member_date", "member_id", "work_date"),
        Index("ix_work_entry_assignment_date", "assignment_id", "work_date"),
        # The week's hours of everyone, for the grid.
        Index("ix_work_entry_work_date", "work_date"),
        # The invoice run reads approved hours not yet invoiced: a small slice of a big table.
        Index(
            "ix_work_entry_to_invoice",
            "assignment_id",
            "work_date",
            sqlite_where=text("approved_at IS NOT NULL AND invoice_line_id IS NULL"),
            # PostgreSQL gets the same condition from migration 0003; naming it here would
            # load SQLAlchemy's whole PostgreSQL dialect at every start on SQLite.
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("work_assignment.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    work_date: Mapped[date] = mapped_column(Date)
    hours: Mapped[Decimal] = mapped_column(Fixed(2))
    # Optional wall-clock times; when given, hours = ends_at - starts_at.
    starts_at: Mapped[time | None] = mapped_column(Time)
    ends_at: Mapped[time | None] = mapped_column(Time)
    km: Mapped[Decimal] = mapped_column(Fixed(1), default=0)
    substitute_for_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    # Volunteer work (vapaaehtoistyö): logged like paid work, never invoiced nor earnings.
    volunteer: Mapped[bool] = mapped_column(default=False, server_default=false())
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    invoice_line_id: Mapped[int | None] = mapped_column(ForeignKey("invoice_line.id"), index=True)

    assignment: Mapped[WorkAssignment] = relationship()
    member: Mapped[Member] = relationship(foreign_keys=[member_id])
    substitute_for: Mapped[Member | None] = relationship(foreign_keys=[substitute_for_id])


keep_search_keys(WorkAssignment, {"search_title": ("title",)})
