"""Wage rates, members' own weekly load, employment periods and issued work certificates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Fixed, Money, TimestampMixin, enum_column
from .enums import Language

if TYPE_CHECKING:
    from .customers import Service
    from .members import Member


class EndReason(StrEnum):
    """How an employment ended (työsopimuslaki 6:7 asks for the manner only)."""

    FIXED_TERM_ENDED = "fixed_term_ended"
    EMPLOYEE_RESIGNED = "employee_resigned"
    EMPLOYER_TERMINATED = "employer_terminated"
    MUTUAL_AGREEMENT = "mutual_agreement"
    RETIREMENT = "retirement"
    OTHER = "other"


class WageRate(Base):
    """Gross hourly wage from a date: for a service, for a member, or for a member in a service.

    The most specific rate valid on the work date wins: member + service, then the member's
    personal rate, then the service's rate.
    """

    __tablename__ = "wage_rate"
    __table_args__ = (
        CheckConstraint("member_id IS NOT NULL OR service_id IS NOT NULL", name="target"),
        CheckConstraint("hourly_rate >= 0", name="hourly_rate"),
        CheckConstraint("valid_until IS NULL OR valid_until >= valid_from", name="validity"),
        Index("ix_wage_rate_service_id", "service_id"),
        Index("ix_wage_rate_member_id", "member_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    hourly_rate: Mapped[Decimal] = mapped_column(Money())
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)

    service: Mapped[Service | None] = relationship()
    member: Mapped[Member | None] = relationship()


class LoadCeiling(Base):
    """The weekly hours a member has chosen to work at most, from a date on (None: no ceiling)."""

    __tablename__ = "load_ceiling"
    __table_args__ = (
        UniqueConstraint("member_id", "starts_on"),
        CheckConstraint(
            "weekly_hours IS NULL OR (weekly_hours > 0 AND weekly_hours <= 16800)",
            name="weekly_hours",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    starts_on: Mapped[date] = mapped_column(Date)
    weekly_hours: Mapped[Decimal | None] = mapped_column(Fixed(2))


class EmploymentPeriod(TimestampMixin, Base):
    """One employment of a member by the cooperative, for the work certificate."""

    __tablename__ = "employment_period"
    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="period"),
        CheckConstraint("ends_on IS NOT NULL OR end_reason IS NULL", name="reason_needs_end"),
        Index("ix_employment_period_member_id", "member_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[EndReason | None] = mapped_column(enum_column(EndReason, "end_reason"))

    member: Mapped[Member] = relationship()


class EmploymentCertificate(TimestampMixin, Base):
    """An issued work certificate exactly as given: never changed, corrected by a new one."""

    __tablename__ = "employment_certificate"
    __table_args__ = (Index("ix_employment_certificate_member_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    issued_on: Mapped[date] = mapped_column(Date)
    language: Mapped[Language] = mapped_column(enum_column(Language, "language"))
    with_reason: Mapped[bool] = mapped_column(default=False)
    with_assessment: Mapped[bool] = mapped_column(default=False)
    assessment: Mapped[str] = mapped_column(Text, default="")
    issued_by: Mapped[str] = mapped_column(String(100), default="")
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
