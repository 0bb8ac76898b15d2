"""Wage rates, members' own weekly ceilings and employment periods of the demo cooperative."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from app.domain import EmploymentPeriod, LoadCeiling, WageRate
from app.domain.earnings import EndReason
from app.domain.enums import MemberKind

from .context import DemoContext
from .dates import at

CEILINGS = (Decimal(20), Decimal(24), Decimal(25), Decimal(30))


def add_earnings(ctx: DemoContext) -> None:
    """Rates for every service (raised at the turn of the year), a few personal rates,
    ceilings for about half of the working members and one employment per working member."""
    rng = ctx.rng("earnings")
    this_year = date(ctx.today.year, 1, 1)
    first = date(ctx.start.year - 1, 1, 1)
    rates, ceilings, periods = [], [], []
    for index, service in enumerate(sorted(ctx.services.values(), key=lambda s: s.code)):
        base = Decimal("10.20") + Decimal("0.25") * (index % 4)
        rates.append(_rate(ctx, base, first, this_year - timedelta(days=1), service_id=service.id))
        rates.append(_rate(ctx, base + Decimal("0.30"), this_year, None, service_id=service.id))
    for member in ctx.members:
        if member.kind != MemberKind.WORKING or member.accepted_on is None:
            continue
        if rng.random() < 0.08:
            rates.append(
                _rate(ctx, Decimal("12.40"), member.accepted_on, None, member_id=member.id)
            )
        if rng.random() < 0.5:
            ceilings.append(
                {
                    "id": ctx.new_id(LoadCeiling),
                    "member_id": member.id,
                    "starts_on": member.accepted_on,
                    "weekly_hours": rng.choice(CEILINGS),
                }
            )
        ended = member.exit_on or member.left_on
        periods.append(
            {
                "id": ctx.new_id(EmploymentPeriod),
                "member_id": member.id,
                "starts_on": member.accepted_on,
                "ends_on": max(ended - timedelta(days=1), member.accepted_on) if ended else None,
                "end_reason": EndReason.EMPLOYEE_RESIGNED if ended else None,
                "created_at": at(member.accepted_on, 12),
                "updated_at": at(ended or member.accepted_on, 12),
            }
        )
    ctx.insert(WageRate, rates)
    ctx.insert(LoadCeiling, ceilings)
    ctx.insert(EmploymentPeriod, periods)


def _rate(ctx, amount: Decimal, valid_from: date, valid_until: date | None, **target) -> dict:
    return {
        "id": ctx.new_id(WageRate),
        "service_id": target.get("service_id"),
        "member_id": target.get("member_id"),
        "hourly_rate": amount,
        "valid_from": valid_from,
        "valid_until": valid_until,
    }
