"""Who may do what: one map from roles to permissions, and the decorator services declare.

Every public service function names the permission it needs with `@requires(...)`; the unit
of work checks it against the signed-in user before the function runs. A test lists every
service function and fails on one without a declaration.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from app.domain.enums import Role

if TYPE_CHECKING:
    from .uow import UnitOfWork

F = TypeVar("F", bound=Callable[..., Any])


class Permission(StrEnum):
    # Anyone signed in: the cooperative's name, one's own password.
    SIGNED_IN = "signed_in"
    # Members' names, contact details and membership state.
    MEMBER_DIRECTORY = "member_directory"
    # Keeping the member register: forms, acceptance, notices, register documents, import.
    MEMBER_REGISTER = "member_register"
    # Share subscriptions, payments, ledgers, refunds and wage deductions.
    SHARES = "shares"
    # Full personal identity codes; everyone else sees the birth-date part only.
    PERSONAL_ID = "personal_id"
    # Customers and the price list.
    CUSTOMERS = "customers"
    # Who works where and when (no prices or earnings).
    WORK_PLAN = "work_plan"
    # Work entries with their money: hours to invoice, wages, earnings.
    WORK_ENTRIES = "work_entries"
    # Invoices, payments, reminders and the reports on money.
    INVOICING = "invoicing"
    # Coaching sessions, attendance, plans, goals and outcomes.
    COACHING = "coaching"
    # Work-ability notes and the support network.
    SENSITIVE = "sensitive"
    USERS = "users"
    SETTINGS = "settings"
    BACKUP = "backup"
    AUDIT = "audit"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.TREASURER: frozenset(
        {
            Permission.SIGNED_IN,
            Permission.MEMBER_DIRECTORY,
            Permission.MEMBER_REGISTER,
            Permission.SHARES,
            Permission.CUSTOMERS,
            Permission.WORK_PLAN,
            Permission.WORK_ENTRIES,
            Permission.INVOICING,
        }
    ),
    Role.FACILITATOR: frozenset(
        {
            Permission.SIGNED_IN,
            Permission.MEMBER_DIRECTORY,
            Permission.WORK_PLAN,
            Permission.COACHING,
            Permission.SENSITIVE,
        }
    ),
}


def permissions_of(roles: frozenset[Role]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS[role]
    return frozenset(granted)


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in user (or the system itself for set-up and the demo)."""

    name: str
    roles: frozenset[Role]
    user_id: int | None = None

    def __init__(self, name: str, roles: Role | frozenset[Role] | set[Role], user_id=None):
        object.__setattr__(self, "name", name)
        object.__setattr__(
            self, "roles", frozenset({roles}) if isinstance(roles, Role) else frozenset(roles)
        )
        object.__setattr__(self, "user_id", user_id)

    @property
    def permissions(self) -> frozenset[Permission]:
        return permissions_of(self.roles)

    def may(self, permission: Permission) -> bool:
        return permission in self.permissions


# Creating a cooperative and writing the demo happen before anyone can sign in.
SYSTEM = Actor(name="osuva", roles=frozenset(Role))


def requires(permission: Permission) -> Callable[[F], F]:
    """Declare the permission a service function needs; checked before it runs."""

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def checked(uow: UnitOfWork, *args: Any, **kwargs: Any) -> Any:
            uow.require(permission)
            # The outermost service names the user's action in the audit log.
            outermost = uow.operation is None
            if outermost:
                uow.operation = fn.__name__
            try:
                result = fn(uow, *args, **kwargs)
                if outermost:
                    uow.session.flush()  # write its audit rows while the action is named
                return result
            finally:
                if outermost:
                    uow.operation = None

        checked.permission = permission  # type: ignore[attr-defined]
        return checked  # type: ignore[return-value]

    return decorate


def needs_no_user(fn: F) -> F:
    """Mark a function that works on the database file as a whole (check, backup, set-up)."""
    fn.permission = None  # type: ignore[attr-defined]
    return fn
