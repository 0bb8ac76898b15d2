"""Consents and yearly earnings limits of members."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from app.domain import BenefitLimit, Consent
from app.domain.enums import BenefitKind, ConsentKind, MemberKind, MemberStatus

from .context import DemoContext, DemoMember


def add_member_details(
    ctx: DemoContext,
    rng: random.Random,
    limits: list[tuple[DemoMember, BenefitKind, Decimal | None]],
) -> None:
    """Everything recorded about members besides the register row itself."""
    contacted = _contacted(ctx, rng)
    _consents(ctx, rng, contacted)
    _benefit_limits(ctx, limits)


def _consents(ctx: DemoContext, rng: random.Random, contacted: set[int]) -> None:
    rows = []

    def consent(member: DemoMember, kind: ConsentKind, given: date, **extra: Any) -> None:
        rows.append(
            {
                "id": ctx.new_id(Consent),
                "member_id": member.id,
                "kind": kind,
                "given_on": given,
                "withdrawn_on": extra.get("withdrawn_on"),
                "written": extra.get("written", True),
                "note": extra.get("note", ""),
            }
        )

    for member in ctx.members:
        # Processing personal data is agreed on the application form by everyone.
        consent(member, ConsentKind.DATA_PROCESSING, member.applied_on)
        if member.accepted_on is not None and rng.random() < 0.4:
            withdrawn = None
            if rng.random() < 0.15 and (ctx.today - member.accepted_on).days > 120:
                withdrawn = member.accepted_on + timedelta(days=rng.randint(60, 110))
            consent(member, ConsentKind.PHOTO, member.accepted_on, withdrawn_on=withdrawn)
        if member.id in contacted:
            # The facilitator may talk with the member's support network only with consent.
            consent(member, ConsentKind.CONTACT, member.accepted_or_applied)
        if member.share_method == "wage":
            consent(
                member,
                ConsentKind.WAGE_DEDUCTION,
                member.accepted_or_applied,
                note="Suostumus osuusmaksun perimiseen palkasta 10 € kuukaudessa.",
            )
    ctx.insert(Consent, rows)


def _benefit_limits(
    ctx: DemoContext, extras: list[tuple[DemoMember, BenefitKind, Decimal | None]]
) -> None:
    rows = []
    for member, benefit, limit in extras:
        if limit is None or member.accepted_on is None:
            continue
        for year in (ctx.today.year - 1, ctx.today.year):
            if member.accepted_on.year > year or (
                member.left_on is not None and member.left_on.year < year
            ):
                continue
            # Personal limits are confirmed every year; last year's was a little lower.
            monthly = limit if year == ctx.today.year else limit - 20
            rows.append(
                {
                    "id": ctx.new_id(BenefitLimit),
                    "member_id": member.id,
                    "year": year,
                    "benefit_kind": benefit,
                    "monthly_limit": monthly,
                    "yearly_limit": None,
                    "note": "Eläkelaitoksen ilmoittama ansiotuloraja"
                    if benefit == BenefitKind.DISABILITY_PENSION_EARNINGS
                    else "Kelan päätöksen mukainen ansiotuloraja",
                }
            )
    ctx.insert(BenefitLimit, rows)


def _contacted(ctx: DemoContext, rng: random.Random) -> set[int]:
    """Who agreed that the facilitator may talk with their support network (coaching adds it)."""
    chosen: set[int] = set()
    for block in range(ctx.scale):
        working = [
            m
            for m in ctx.block_members(block)
            if m.kind == MemberKind.WORKING and m.status == MemberStatus.MEMBER
        ]
        chosen |= {m.id for m in rng.sample(working, min(8, len(working)))}
    return chosen
