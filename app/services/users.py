"""Users of Osuva: signing in, and the administrator's user management."""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass
from threading import Lock

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from app.domain import Cooperative, Setting, User, UserRole
from app.domain.enums import Role

from .errors import NotFoundError, ServiceError, ValidationError
from .policy import Actor, Permission, needs_no_user, requires
from .uow import UnitOfWork

MIN_PASSWORD_LENGTH = 8
DEMO_SETTING = "demo_cooperative"
# OWASP's argon2id minimum (19 MiB, 2 passes): a fraction of a second on an old laptop.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


@functools.cache
def _dummy_hash() -> str:
    # Verified against when the user does not exist, so both cases take the same time;
    # made on first use, not at start-up (hashing takes tens of milliseconds).
    return _hasher.hash("not a password of anyone")


class SignInError(ServiceError):
    """Wrong user name or password (never saying which), or wait before trying again."""

    def __init__(self, wait_seconds: float = 0.0) -> None:
        super().__init__("wrong user name or password", code="sign_in_failed")
        self.wait_seconds = wait_seconds


class SignInThrottle:
    """Repeated failures for one user name slow down: after three, 1 s, 2 s, 4 s … 60 s.

    Kept per process and per name whether or not the user exists, so the delay reveals
    nothing about which names are real.
    """

    FREE_ATTEMPTS = 3
    LONGEST_WAIT = 60.0

    def __init__(self, clock=time.monotonic) -> None:
        self._clock = clock
        self._failures: dict[str, tuple[int, float]] = {}
        self._lock = Lock()

    def wait_seconds(self, username: str) -> float:
        with self._lock:
            count, last = self._failures.get(username.casefold(), (0, 0.0))
        if count < self.FREE_ATTEMPTS:
            return 0.0
        delay = min(2.0 ** (count - self.FREE_ATTEMPTS), self.LONGEST_WAIT)
        return max(0.0, last + delay - self._clock())

    def failed(self, username: str) -> None:
        with self._lock:
            count, _ = self._failures.get(username.casefold(), (0, 0.0))
            self._failures[username.casefold()] = (count + 1, self._clock())

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._failures.pop(username.casefold(), None)


THROTTLE = SignInThrottle()


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """argon2id; a fixed salt only for the demo, whose rows must be reproducible."""
    return _hasher.hash(password, salt=salt)


def _verify(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored or _dummy_hash(), password) and bool(stored)
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class SignInInfo:
    """What the sign-in dialog shows before anyone has signed in."""

    cooperative_name: str
    is_demo: bool


@needs_no_user
def sign_in_info(uow: UnitOfWork) -> SignInInfo:
    # Read from the tables, as is_set_up: the sign-in window shows before the ORM is set up.
    cooperative, setting = Cooperative.__table__, Setting.__table__
    name = uow.session.execute(select(cooperative.c.name).limit(1)).scalar() or ""
    demo = uow.session.execute(
        select(setting.c.value).where(setting.c.key == DEMO_SETTING)
    ).scalar()
    return SignInInfo(cooperative_name=name, is_demo=demo == "1")


@needs_no_user
def sign_in(
    uow: UnitOfWork, username: str, password: str, *, throttle: SignInThrottle = THROTTLE
) -> Actor:
    """The signed-in user as an Actor; SignInError for any wrong name or password."""
    username = username.strip()
    wait = throttle.wait_seconds(username)
    if wait > 0:
        raise SignInError(wait_seconds=wait)
    user = uow.session.scalar(
        select(User).where(func.lower(User.username) == username.lower(), User.active.is_(True))
    )
    ok = _verify(user.password_hash if user else "", password)
    if not ok or user is None or not user.roles:
        throttle.failed(username)
        raise SignInError(wait_seconds=throttle.wait_seconds(username))
    throttle.succeeded(username)
    if _hasher.check_needs_rehash(user.password_hash) and uow.write:
        user.password_hash = hash_password(password)
    return Actor(name=user.username, roles=user.roles, user_id=user.id)


# -- user management (admin) -------------------------------------------------


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    roles: frozenset[Role]
    active: bool


def _row(user: User) -> UserRow:
    return UserRow(user.id, user.username, user.full_name, user.roles, user.active)


@requires(Permission.USERS)
def list_users(uow: UnitOfWork) -> list[UserRow]:
    users = uow.session.scalars(select(User).order_by(User.username))
    return [_row(user) for user in users]


def _check_password(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError({field: "too_short"})


def _check_user_fields(username: str, full_name: str, roles: frozenset[Role]) -> None:
    problems = {}
    if not username or len(username) > 50 or any(c.isspace() for c in username):
        problems["username"] = "invalid"
    if not full_name.strip() or len(full_name) > 200:
        problems["full_name"] = "required"
    if not roles:
        problems["roles"] = "required"
    if problems:
        raise ValidationError(problems)


def _set_roles(user: User, roles: frozenset[Role]) -> None:
    current = {row.role: row for row in user.role_rows}
    for role, row in current.items():
        if role not in roles:
            user.role_rows.remove(row)
    for role in sorted(roles - set(current)):
        user.role_rows.append(UserRole(role=role))


@needs_no_user
def add_first_admin(uow: UnitOfWork, username: str, full_name: str, password: str) -> User:
    """The new cooperative's first administrator (set-up runs before anyone signs in)."""
    _check_user_fields(username, full_name, frozenset({Role.ADMIN}))
    _check_password(password)
    user = User(
        username=username, full_name=full_name.strip(), password_hash=hash_password(password)
    )
    _set_roles(user, frozenset({Role.ADMIN}))
    uow.session.add(user)
    return user


@requires(Permission.USERS)
def create_user(
    uow: UnitOfWork, username: str, full_name: str, roles: frozenset[Role], password: str
) -> int:
    username = username.strip()
    _check_user_fields(username, full_name, roles)
    _check_password(password)
    taken = uow.session.scalar(select(User.id).where(func.lower(User.username) == username.lower()))
    if taken is not None:
        raise ValidationError({"username": "taken"})
    user = User(
        username=username, full_name=full_name.strip(), password_hash=hash_password(password)
    )
    _set_roles(user, roles)
    uow.session.add(user)
    uow.session.flush()
    return user.id


def _require_user(uow: UnitOfWork, user_id: int) -> User:
    user = uow.session.get(User, user_id)
    if user is None:
        raise NotFoundError("user", user_id)
    return user


def _active_admins(uow: UnitOfWork) -> int:
    return uow.session.scalar(
        select(func.count(User.id))
        .join(UserRole, UserRole.user_id == User.id)
        .where(User.active.is_(True), UserRole.role == Role.ADMIN)
    )


@requires(Permission.USERS)
def update_user(
    uow: UnitOfWork, user_id: int, full_name: str, roles: frozenset[Role], active: bool
) -> None:
    """Change a user's name, roles or active state; the last active admin always stays."""
    user = _require_user(uow, user_id)
    _check_user_fields(user.username, full_name, roles)
    if user_id == uow.actor.user_id and not active:
        raise ServiceError("you cannot deactivate yourself", code="deactivate_self")
    user.full_name = full_name.strip()
    user.active = active
    _set_roles(user, roles)
    uow.session.flush()
    if _active_admins(uow) == 0:
        raise ServiceError("at least one active administrator is needed", code="last_admin")


@requires(Permission.USERS)
def reset_password(uow: UnitOfWork, user_id: int, password: str) -> None:
    _check_password(password)
    _require_user(uow, user_id).password_hash = hash_password(password)


@requires(Permission.SIGNED_IN)
def change_own_password(uow: UnitOfWork, old_password: str, new_password: str) -> None:
    user = _require_user(uow, uow.actor.user_id or 0)
    if not _verify(user.password_hash, old_password):
        raise ValidationError({"old_password": "wrong"})
    _check_password(new_password, "new_password")
    user.password_hash = hash_password(new_password)
