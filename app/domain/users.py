"""People who use Osuva, and the audit log of everything they change."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, TimestampMixin, UTCDateTime, enum_column, utcnow
from .enums import Role


class User(TimestampMixin, Base):
    """Someone who signs in. Deactivated, never deleted: the audit log names them."""

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    # argon2 hash; empty means the user cannot sign in until a password is set.
    password_hash: Mapped[str] = mapped_column(String(255), default="")
    active: Mapped[bool] = mapped_column(default=True)

    role_rows: Mapped[list[UserRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan", order_by="UserRole.role"
    )

    @property
    def roles(self) -> frozenset[Role]:
        return frozenset(row.role for row in self.role_rows)


class UserRole(Base):
    """One role of a user; a user may have several (say, treasurer and admin)."""

    __tablename__ = "user_role"

    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), primary_key=True)
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"), primary_key=True)

    user: Mapped[User] = relationship(back_populates="role_rows")


class AuditEntry(Base):
    """One inserted, updated or deleted record, written by the flush that changed it.

    `before` and `after` hold the changed columns as JSON. Personal data (names, contact
    details, the identity code, notes) is not in them: it sits in `audit_personal`, keyed
    by the person it is about, so erasing a person's data later deletes those rows and
    leaves this table — which the database refuses to update or delete — untouched.
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), index=True)
    actor: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None]
    summary: Mapped[str] = mapped_column(Text, default="")
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)


class AuditPersonal(Base):
    """A personal field's before and after for one audit row, erasable per person."""

    __tablename__ = "audit_personal"

    id: Mapped[int] = mapped_column(primary_key=True)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audit_log.id"), index=True)
    # The person the data is about (a member), so erasure finds every row of theirs.
    subject_member_id: Mapped[int | None] = mapped_column(index=True)
    # The coaching participant it is about, who may not be a member (yet).
    subject_participant_id: Mapped[int | None] = mapped_column(index=True)
    field: Mapped[str] = mapped_column(String(50))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
