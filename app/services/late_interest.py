"""Late-payment interest (korkolaki 633/1982): the reference rate of each half-year plus 7
percentage points, or 8 between businesses; actual days / 365 on each open amount for the days
it was open, so a partial payment lowers the interest from its day on and never erases what
had accrued."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import ReferenceRate
from app.domain.enums import CustomerKind

from .receivables import ZERO, Settlement

CENT = Decimal("0.01")
ONE_DAY = timedelta(days=1)
DAYS_IN_YEAR = Decimal(365)
CONSUMER_MARGIN = Decimal("7.00")
BUSINESS_MARGIN = Decimal("8.00")


# Debtors who get the consumer side of korkolaki and perintälaki. An association (yhdistys)
# that does not carry on business is no elinkeinonharjoittaja, so the business rules
# (korkolaki 4 a § +8 pp, 10 e § 40 €) do not reach it; charging them could claim money the
# law does not allow, so it gets the consumer rules. Authorities paying a business stay on the
# business side (4 a § and 10 e § name them).
CONSUMER_RULE_KINDS = frozenset({CustomerKind.HOUSEHOLD, CustomerKind.ASSOCIATION})


def consumer_rules(buyer_kind: CustomerKind | str | None) -> bool:
    """Whether late interest and reminders follow the consumer rules for this debtor.

    The one place that decides it: the interest rate printed at issue, the reminder's fee
    and waiting time and the interest it claims all ask here.
    """
    return buyer_kind is None or buyer_kind in CONSUMER_RULE_KINDS


def margin_for(buyer_kind: CustomerKind | str | None) -> Decimal:
    """+7 pp for consumers (and associations); +8 pp for a business or a public body."""
    return CONSUMER_MARGIN if consumer_rules(buyer_kind) else BUSINESS_MARGIN


@dataclass(frozen=True)
class InterestLine:
    """One stretch with the same open amount and rate: days × amount × rate / 365."""

    start: date  # the first day of interest
    end: date  # the last day of interest
    days: int
    amount: Decimal
    rate: Decimal  # percent a year, reference rate + margin
    interest: Decimal  # rounded half-up to cents


@dataclass(frozen=True)
class InterestCalculation:
    due_date: date
    until: date
    lines: tuple[InterestLine, ...]
    # Half-years with no reference rate entered: the user must add them first.
    missing_rates: tuple[date, ...] = ()

    @property
    def total(self) -> Decimal:
        return sum((line.interest for line in self.lines), ZERO)


def _half_year_start(day: date) -> date:
    return date(day.year, 1 if day.month <= 6 else 7, 1)


def _next_half_year(day: date) -> date:
    start = _half_year_start(day)
    return date(start.year, 7, 1) if start.month == 1 else date(start.year + 1, 1, 1)


def reference_rates(session: Session) -> dict[date, Decimal]:
    return dict(session.execute(select(ReferenceRate.valid_from, ReferenceRate.rate)).all())


def calculate(
    total: Decimal,
    due_date: date,
    until: date,
    settlements: list[Settlement],
    rates: dict[date, Decimal],
    margin: Decimal,
) -> InterestCalculation:
    """Interest on `total` less each settlement from its day, from the day after the due date
    to `until` inclusive."""
    open_amount = total - sum((s.amount for s in settlements if s.on <= due_date), ZERO)
    later = sorted((s for s in settlements if due_date < s.on <= until), key=lambda s: s.on)
    # Boundaries where the amount or the rate changes; interest runs over [start, end).
    # A day's interest belongs to that day: a stretch [start, end) covers the days start+1 …
    # end, so a half-year ends its stretch on its last day.
    cuts = {s.on for s in later}
    boundary = _next_half_year(due_date)
    while boundary <= until:
        cuts.add(boundary - ONE_DAY)
        boundary = _next_half_year(boundary)
    points = [due_date, *sorted(c for c in cuts if due_date < c <= until), until]
    lines: list[InterestLine] = []
    missing: list[date] = []
    for start, end in itertools.pairwise(points):
        open_amount -= sum((s.amount for s in later if s.on == start), ZERO)
        days = (end - start).days
        if days <= 0 or open_amount <= 0:
            continue
        half = _half_year_start(start + ONE_DAY)
        reference = rates.get(half)
        if reference is None:
            missing.append(half)
            continue
        rate = reference + margin
        interest = (open_amount * rate / 100 * days / DAYS_IN_YEAR).quantize(
            CENT, rounding=ROUND_HALF_UP
        )
        lines.append(
            InterestLine(
                start=start + ONE_DAY,
                end=end,
                days=days,
                amount=open_amount,
                rate=rate,
                interest=interest,
            )
        )
    return InterestCalculation(due_date, until, tuple(lines), tuple(dict.fromkeys(missing)))
