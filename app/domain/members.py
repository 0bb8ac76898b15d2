"""Members of the cooperative, their consents and benefit limits."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Money, TimestampMixin, UTCDateTime, VersionedMixin, enum_column
from .enums import (
    BenefitKind,
    ConsentKind,
    EducationLevel,
    Gender,
    LabourMarketStatus,
    Language,
    LeavingReason,
    MemberKind,
    MemberStatus,
    ReferralSource,
)
from .search import keep_search_keys, keyed

if TYPE_CHECKING:
    from .shares import ShareSubscription


class Member(VersionedMixin, TimestampMixin, Base):
    """A person in the member register (osuuskuntalaki 3:14), from application to refund."""

    __tablename__ = "member"
    __table_args__ = (
        CheckConstraint("member_number IS NULL OR member_number > 0", name="member_number"),
        CheckConstraint(
            "accepted_on IS NULL OR accepted_on >= applied_on", name="accepted_after_applied"
        ),
        CheckConstraint(
            "left_on IS NULL OR accepted_on IS NULL OR left_on >= accepted_on",
            name="left_after_accepted",
        ),
        CheckConstraint(
            "status != 'member' OR member_number IS NOT NULL", name="member_has_number"
        ),
        CheckConstraint("status != 'former' OR left_on IS NOT NULL", name="former_has_left"),
        Index("ix_member_name", "last_name", "first_name"),
        # One index per column the members list sorts by, so no sort scans the table.
        Index("ix_member_kind", "kind"),
        Index("ix_member_accepted_on", "accepted_on"),
        Index("ix_member_municipality", "municipality"),
        # The list opens on current members by name: served in order, nothing to sort.
        Index("ix_member_status_name", "status", "search_name"),
        Index("ix_member_status_given", "status", "search_given"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Assigned on acceptance and never reused.
    member_number: Mapped[int | None] = mapped_column(unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    # Casefolded "last first" and "first last" for searching and sorting in SQL.
    search_name: Mapped[str] = mapped_column(
        String(201), default=keyed("last_name", "first_name"), index=True
    )
    search_given: Mapped[str] = mapped_column(
        String(201), default=keyed("first_name", "last_name"), index=True
    )
    # Sensitive: never shown in lists, masked in forms for non-admins.
    personal_id: Mapped[str | None] = mapped_column(String(11), unique=True)
    birth_date: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[Gender] = mapped_column(enum_column(Gender, "gender"), default=Gender.UNKNOWN)
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    municipality: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[Language] = mapped_column(
        enum_column(Language, "language"), default=Language.FI
    )
    kind: Mapped[MemberKind] = mapped_column(
        enum_column(MemberKind, "member_kind"), default=MemberKind.WORKING
    )
    status: Mapped[MemberStatus] = mapped_column(
        enum_column(MemberStatus, "member_status"), default=MemberStatus.APPLICANT, index=True
    )
    applied_on: Mapped[date] = mapped_column(Date)
    accepted_on: Mapped[date | None] = mapped_column(Date)
    board_decision: Mapped[str] = mapped_column(String(200), default="")
    notice_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    leaving_reason: Mapped[LeavingReason | None] = mapped_column(
        enum_column(LeavingReason, "leaving_reason")
    )
    leaving_note: Mapped[str] = mapped_column(Text, default="")
    referral_source: Mapped[ReferralSource | None] = mapped_column(
        enum_column(ReferralSource, "referral_source")
    )
    benefit_kind: Mapped[BenefitKind] = mapped_column(
        enum_column(BenefitKind, "benefit_kind"), default=BenefitKind.NONE
    )
    labour_market_status: Mapped[LabourMarketStatus | None] = mapped_column(
        enum_column(LabourMarketStatus, "labour_market_status")
    )
    education_level: Mapped[EducationLevel | None] = mapped_column(
        enum_column(EducationLevel, "education_level")
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # Set when personal data was erased on request; the row stays for the accounts.
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    subscriptions: Mapped[list[ShareSubscription]] = relationship(
        back_populates="member", order_by="ShareSubscription.subscribed_on"
    )
    consents: Mapped[list[Consent]] = relationship(back_populates="member")
    benefit_limits: Mapped[list[BenefitLimit]] = relationship(back_populates="member")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def sort_name(self) -> str:
        return f"{self.last_name} {self.first_name}"


keep_search_keys(
    Member,
    {"search_name": ("last_name", "first_name"), "search_given": ("first_name", "last_name")},
)


class Consent(Base):
    """A consent given (and maybe withdrawn) by a member, e.g. for wage deductions."""

    __tablename__ = "consent"
    __table_args__ = (
        CheckConstraint(
            "withdrawn_on IS NULL OR withdrawn_on >= given_on", name="withdrawn_after_given"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[ConsentKind] = mapped_column(enum_column(ConsentKind, "consent_kind"))
    given_on: Mapped[date] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    written: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(Text, default="")

    member: Mapped[Member] = relationship(back_populates="consents")


class BenefitLimit(Base):
    """A member's own earnings limit for one year: the one place Osuva keeps it.

    Disability pension limits are personal and change yearly; the earnings watch reads them.
    """

    __tablename__ = "benefit_limit"
    __table_args__ = (
        UniqueConstraint("member_id", "year"),
        CheckConstraint("monthly_limit IS NULL OR monthly_limit >= 0", name="monthly_limit"),
        CheckConstraint("yearly_limit IS NULL OR yearly_limit >= 0", name="yearly_limit"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    year: Mapped[int]
    benefit_kind: Mapped[BenefitKind] = mapped_column(enum_column(BenefitKind, "benefit_kind"))
    monthly_limit: Mapped[Decimal | None] = mapped_column(Money())
    yearly_limit: Mapped[Decimal | None] = mapped_column(Money())
    note: Mapped[str] = mapped_column(Text, default="")

    member: Mapped[Member] = relationship(back_populates="benefit_limits")
