"""State shared by the demo phases: the session, seeded randomness, ids and what was made."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from app.domain import Base
from app.domain.enums import CustomerKind, Language, MemberKind, MemberStatus

CHUNK = 10_000


@dataclass
class DemoService:
    """A service as later phases need it, without going back to the database."""

    id: int
    code: str
    names: dict[str, str]
    unit: str
    price: Decimal
    vat_code: str
    household_deductible: bool


@dataclass
class DemoCustomer:
    """A customer; ``role`` picks its assignments, ``block`` the members who serve it."""

    id: int
    number: int
    block: int
    kind: CustomerKind
    role: str
    name: str
    language: Language
    business_id: str
    street: str
    postal_code: str
    city: str
    einvoice_address: str = ""
    einvoice_operator: str = ""
    email: str = ""
    payment_term_days: int | None = None
    prices: dict[str, Decimal] = field(default_factory=dict)


@dataclass
class DemoMember:
    """A member's life events, decided before any row is written."""

    id: int
    block: int
    first_name: str
    last_name: str
    language: Language
    female: bool
    kind: MemberKind
    status: MemberStatus
    applied_on: date
    accepted_on: date | None = None
    left_on: date | None = None
    expelled: bool = False
    # Set for members who moved on to work or studies but stayed members.
    exit_on: date | None = None
    member_number: int | None = None
    # How the share fee is paid: bank, cash, installment, wage or open.
    share_method: str = "open"

    @property
    def full_name(self) -> str:
        """First and last name."""
        return f"{self.first_name} {self.last_name}"

    @property
    def accepted_or_applied(self) -> date:
        """When the member joined, or applied if not accepted yet."""
        return self.accepted_on or self.applied_on

    def works_on(self, day: date) -> bool:
        """Whether the member can do paid work on ``day``."""
        if self.kind != MemberKind.WORKING or self.accepted_on is None:
            return False
        if day < self.accepted_on or (self.left_on is not None and day >= self.left_on):
            return False
        return self.exit_on is None or day < self.exit_on


@dataclass
class DemoAssignment:
    """An assignment with its members and the pattern its work follows."""

    id: int
    customer: DemoCustomer
    service: DemoService
    starts_on: date
    ends_on: date | None
    days: tuple[int, ...]
    months: tuple[int, ...]
    hours: Decimal
    km: bool
    members: list[DemoMember]
    tasks: tuple[str, ...]


class DemoContext:
    """What every phase needs; ids are assigned here so rows can refer to each other."""

    def __init__(self, session: Session, seed: int, scale: int, today: date) -> None:
        self.session = session
        self.seed = seed
        self.scale = scale
        self.today = today
        # The demo covers the year before today.
        self.start = today - timedelta(days=365)
        self.counts: Counter[str] = Counter()
        self._next_id: dict[str, int] = {}
        self.users: dict[str, tuple[int, str]] = {}
        self.coop: dict[str, str] = {}
        self.price_list_id = 0
        self.services: dict[str, DemoService] = {}
        self.customers: list[DemoCustomer] = []
        self.members: list[DemoMember] = []
        self._blocks: defaultdict[int, list[DemoMember]] = defaultdict(list)
        self.assignments: list[DemoAssignment] = []

    def rng(self, phase: str) -> random.Random:
        """A generator per phase, so changing one phase leaves the others' data unchanged."""
        return random.Random(f"{self.seed}:{phase}")

    def new_id(self, model: type[Base] | Table) -> int:
        """The next free primary key of the model's table, continuing after existing rows."""
        table = model if isinstance(model, Table) else model.__table__
        name = table.name
        if name not in self._next_id:
            current = self.session.scalar(select(func.max(table.c.id)))
            self._next_id[name] = (current or 0) + 1
        value = self._next_id[name]
        self._next_id[name] = value + 1
        return value

    def insert(self, model: type[Base] | Table, rows: Sequence[dict[str, Any]]) -> None:
        """Bulk insert in chunks; every row carries its own id and timestamps."""
        # Core on the table, not the ORM: rows with and without NULLs stay one executemany.
        table = model if isinstance(model, Table) else model.__table__
        for first in range(0, len(rows), CHUNK):
            self.session.execute(insert(table), rows[first : first + CHUNK])
        self.counts[table.name] += len(rows)

    def block_members(self, block: int) -> list[DemoMember]:
        """The members of one block (forty at a time), indexed once all members exist."""
        if sum(len(v) for v in self._blocks.values()) != len(self.members):
            self._blocks = defaultdict(list)
            for member in self.members:
                self._blocks[member.block].append(member)
        return self._blocks.get(block, [])


def weighted(rng: random.Random, choices: Iterable[tuple[Any, float]]) -> Any:
    """One value from (value, weight) pairs."""
    values, weights = zip(*choices, strict=True)
    return rng.choices(values, weights=weights)[0]
