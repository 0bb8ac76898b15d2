"""Members with their consents, benefit limits and the facilitator's notes."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from app.domain import Member
from app.domain.enums import (
    BenefitKind,
    EducationLevel,
    Gender,
    LabourMarketStatus,
    Language,
    LeavingReason,
    MemberKind,
    MemberStatus,
    ReferralSource,
)

from . import names
from .context import DemoContext, DemoMember, weighted
from .dates import at, month_end
from .identities import email_local, phone_number, street_address, temporary_hetu
from .member_details import add_member_details

# One block of 40 members; at larger scales the block repeats.
BLOCK = ["applicant"] * 3 + ["resigned"] * 4 + ["expelled"] + ["working"] * 26 + ["supporting"] * 6
LANGUAGES = [Language.SV] * 8 + [Language.EN] * 2 + [Language.FI] * 30
# Days before today when former members left: two long enough ago for a paid refund.
RESIGNED_DAYS_AGO = (1000, 780, 420, 160)
EXPELLED_DAYS_AGO = 250
PENSIONS = (BenefitKind.DISABILITY_PENSION_EARNINGS, BenefitKind.DISABILITY_PENSION_KELA)


def _name(rng: random.Random, language: Language, female: bool) -> tuple[str, str]:
    if language == Language.EN:
        first, last, _ = rng.choice([n for n in names.INTERNATIONAL if n[2] == female])
        return first, last
    if language == Language.SV:
        firsts = names.SWEDISH_FEMALE if female else names.SWEDISH_MALE
        return rng.choice(firsts), rng.choice(names.SWEDISH_SURNAMES)
    firsts = names.FINNISH_FEMALE if female else names.FINNISH_MALE
    return rng.choice(firsts), rng.choice(names.FINNISH_SURNAMES)


def _dates(rng: random.Random, slot: str, today: date, former: int) -> dict[str, Any]:
    """Application, acceptance and leaving dates; ``former`` counts the block's leavers."""
    if slot == "applicant":
        return {"applied_on": today - timedelta(days=rng.randint(2, 35))}
    if slot in ("resigned", "expelled"):
        base = EXPELLED_DAYS_AGO if slot == "expelled" else RESIGNED_DAYS_AGO[former]
        left_on = today - timedelta(days=base + rng.randint(0, 30))
        accepted_on = left_on - timedelta(days=rng.randint(240, 1100))
    else:
        accepted_on = today - timedelta(days=int(rng.triangular(40, 6 * 365, 300)))
        left_on = None
    return {
        "applied_on": accepted_on - timedelta(days=rng.randint(7, 40)),
        "accepted_on": accepted_on,
        "left_on": left_on,
    }


def _share_method(rng: random.Random, member: DemoMember, today: date) -> str:
    assert member.accepted_on is not None
    if (today - member.accepted_on).days < 60:
        return rng.choice(("open", "installment"))
    choices = [("bank", 45), ("cash", 15), ("installment", 20)]
    if member.status == MemberStatus.MEMBER:
        choices.append(("open", 5))
        if member.kind == MemberKind.WORKING:
            choices.append(("wage", 12))
    return weighted(rng, choices)


def _benefit(rng: random.Random, kind: MemberKind) -> BenefitKind:
    if kind == MemberKind.SUPPORTING:
        return BenefitKind.NONE
    return weighted(
        rng,
        [
            (BenefitKind.ADJUSTED_UNEMPLOYMENT, 35),
            (BenefitKind.DISABILITY_PENSION_EARNINGS, 20),
            (BenefitKind.DISABILITY_PENSION_KELA, 15),
            (BenefitKind.REHABILITATION_SUBSIDY, 10),
            (BenefitKind.NONE, 15),
            (BenefitKind.OTHER, 5),
        ],
    )


def _labour_status(rng: random.Random, benefit: BenefitKind, kind: MemberKind) -> Any:
    if kind == MemberKind.SUPPORTING:
        return rng.choice((LabourMarketStatus.EMPLOYED, None))
    if benefit in (*PENSIONS, BenefitKind.REHABILITATION_SUBSIDY):
        return LabourMarketStatus.INACTIVE
    if benefit == BenefitKind.ADJUSTED_UNEMPLOYMENT:
        return weighted(
            rng,
            [(LabourMarketStatus.LONG_TERM_UNEMPLOYED, 7), (LabourMarketStatus.UNEMPLOYED, 3)],
        )
    return weighted(rng, [(LabourMarketStatus.UNEMPLOYED, 7), (LabourMarketStatus.EMPLOYED, 3)])


def _referral(rng: random.Random, kind: MemberKind) -> ReferralSource | None:
    if kind == MemberKind.SUPPORTING:
        return rng.choice((ReferralSource.FRIEND, ReferralSource.OTHER, None))
    return weighted(
        rng,
        [
            (ReferralSource.TE_SERVICES, 30),
            (ReferralSource.MUNICIPAL_SOCIAL, 20),
            (ReferralSource.MENTAL_HEALTH, 15),
            (ReferralSource.DISABILITY_SERVICES, 10),
            (ReferralSource.PARISH, 5),
            (ReferralSource.FRIEND, 15),
            (ReferralSource.OTHER, 5),
        ],
    )


def add_members(ctx: DemoContext) -> None:
    """Forty members per block, numbered in acceptance order, with everything about them."""
    rng = ctx.rng("members")
    taken_ids: set[str] = set()
    emails: set[str] = set()
    rows: list[dict[str, Any]] = []
    extras: list[tuple[DemoMember, BenefitKind, Decimal | None]] = []
    for block in range(ctx.scale):
        slots = list(BLOCK)
        languages = list(LANGUAGES)
        rng.shuffle(languages)
        block_members: list[DemoMember] = []
        for n, (slot, language) in enumerate(zip(slots, languages, strict=True)):
            female = rng.random() < 0.55
            first, last = _name(rng, language, female)
            status = {
                "applicant": MemberStatus.APPLICANT,
                "resigned": MemberStatus.FORMER,
                "expelled": MemberStatus.FORMER,
            }.get(slot, MemberStatus.MEMBER)
            kind = MemberKind.SUPPORTING if slot == "supporting" else MemberKind.WORKING
            member = DemoMember(
                id=ctx.new_id(Member),
                block=block,
                first_name=first,
                last_name=last,
                language=language,
                female=female,
                kind=kind,
                status=status,
                expelled=slot == "expelled",
                **_dates(rng, slot, ctx.today, slots[:n].count("resigned")),
            )
            if member.accepted_on is not None:
                member.share_method = _share_method(rng, member, ctx.today)
            block_members.append(member)
        # A couple of long-standing working members moved on to work or studies.
        veterans = [
            m
            for m in block_members
            if m.status == MemberStatus.MEMBER
            and m.kind == MemberKind.WORKING
            and m.accepted_on is not None
            and (ctx.today - m.accepted_on).days > 400
            and m.share_method != "wage"
        ]
        for member in rng.sample(veterans, min(2, len(veterans))):
            member.exit_on = ctx.today - timedelta(days=rng.randint(100, 250))
        ctx.members.extend(block_members)
    accepted = sorted(
        (m for m in ctx.members if m.accepted_on is not None),
        key=lambda m: (m.accepted_on, m.id),
    )
    for number, member in enumerate(accepted, start=1):
        member.member_number = number
    for member in ctx.members:
        row, benefit, limit = _member_row(rng, ctx, member, taken_ids, emails)
        rows.append(row)
        extras.append((member, benefit, limit))
    ctx.insert(Member, rows)
    add_member_details(ctx, rng, extras)


def _member_row(
    rng: random.Random,
    ctx: DemoContext,
    member: DemoMember,
    taken_ids: set[str],
    emails: set[str],
) -> tuple[dict[str, Any], BenefitKind, Decimal | None]:
    personal_id = birth_date = None
    gender = Gender.FEMALE if member.female else Gender.MALE
    # Adults when they applied, and under 65 now.
    youngest = 19 + (ctx.today - member.applied_on).days // 365
    age = rng.randint(youngest, max(youngest, 63))
    if rng.random() < 0.5:
        birth_date = date(ctx.today.year - age, rng.randint(1, 12), rng.randint(1, 28))
        personal_id = temporary_hetu(rng, birth_date, member.female, taken_ids)
    elif rng.random() < 0.5:
        birth_date = date(ctx.today.year - age, rng.randint(1, 12), 15)
        if rng.random() < 0.1:
            gender = Gender.UNKNOWN
    street, place = street_address(rng, member.language)
    email = ""
    if rng.random() < 0.6:
        email = f"{email_local(member.full_name)}@example.org"
        if email in emails:
            email = f"{email_local(member.full_name)}{member.id}@example.org"
        emails.add(email)
    benefit = _benefit(rng, member.kind)
    limit = None
    if benefit in PENSIONS:
        limit = Decimal(rng.randrange(900, 1101, 5))
    notice_on = None
    if member.left_on is not None and not member.expelled:
        # A resignation takes effect at the end of the month the notice was given in.
        notice_on = member.left_on - timedelta(days=rng.randint(0, 25))
        member.left_on = month_end(notice_on)
    touched = max(
        d for d in (member.applied_on, member.accepted_on, member.left_on) if d is not None
    )
    leaving_note = ""
    if member.expelled:
        leaving_note = (
            "Erotettu hallituksen päätöksellä; jäsenelle varattu tilaisuus tulla kuulluksi."
        )
    elif member.left_on is not None:
        leaving_note = "Eroilmoitus kirjallisesti."
    row = {
        "id": member.id,
        "member_number": member.member_number,
        "first_name": member.first_name,
        "last_name": member.last_name,
        "personal_id": personal_id,
        "birth_date": birth_date,
        "gender": gender,
        "street": street,
        "postal_code": place.postal_code,
        "city": place.city_sv if member.language == Language.SV else place.city_fi,
        "municipality": place.municipality,
        "phone": phone_number(rng) if rng.random() < 0.9 else "",
        "email": email,
        "language": member.language,
        "kind": member.kind,
        "status": member.status,
        "applied_on": member.applied_on,
        "accepted_on": member.accepted_on,
        "board_decision": (
            f"Hallituksen kokous {member.accepted_on.month}/{member.accepted_on.year}, "
            f"§ {rng.randint(3, 9)}"
            if member.accepted_on
            else ""
        ),
        "notice_on": notice_on,
        "left_on": member.left_on,
        "leaving_reason": (
            None
            if member.left_on is None
            else LeavingReason.EXPULSION
            if member.expelled
            else LeavingReason.RESIGNATION
        ),
        "leaving_note": leaving_note,
        "referral_source": _referral(rng, member.kind),
        "benefit_kind": benefit,
        "labour_market_status": _labour_status(rng, benefit, member.kind),
        "education_level": weighted(
            rng,
            [
                (EducationLevel.ISCED_0_2, 35),
                (EducationLevel.ISCED_3_4, 50),
                (EducationLevel.ISCED_5_8, 15),
            ],
        ),
        "notes": rng.choice(names.MEMBER_NOTES) if rng.random() < 0.15 else "",
        "erased_at": None,
        "created_at": at(member.applied_on, 10),
        "updated_at": at(touched, 14),
    }
    return row, benefit, limit
