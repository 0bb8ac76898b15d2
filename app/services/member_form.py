"""The member form's fields and their validation, shared by the UI, import and the CLI."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from app.domain.enums import BenefitKind, Gender, Language, MemberKind, ReferralSource
from app.fi.ids import (
    InvalidIdentifier,
    hetu_birth_date,
    hetu_gender,
    validate_hetu,
    validate_postal_code,
)

from .errors import ValidationError

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]{2,}")
PHONE = re.compile(r"\+?[0-9 ()\-]{5,20}")
WEEK_HOURS = Decimal(168)
# Kept outside the member row: BenefitLimit per year and LoadCeiling from a date.
LIMIT_FIELDS = ("monthly_earnings_limit", "yearly_earnings_limit", "weekly_hour_ceiling")


def _column_limits() -> dict[str, int]:
    # The database's column widths, so a long value is refused here and not at commit.
    from app.domain import Member

    keys = (
        "first_name",
        "last_name",
        "street",
        "postal_code",
        "city",
        "municipality",
        "phone",
        "email",
    )
    return {key: Member.__table__.c[key].type.length for key in keys}


_LIMITS = _column_limits()


@dataclass
class MemberForm:
    """What a person fills in for a member; identity code optional."""

    first_name: str
    last_name: str
    applied_on: date
    personal_id: str = ""
    birth_date: date | None = None
    gender: Gender = Gender.UNKNOWN
    street: str = ""
    postal_code: str = ""
    city: str = ""
    municipality: str = ""
    phone: str = ""
    email: str = ""
    language: Language = Language.FI
    kind: MemberKind = MemberKind.WORKING
    referral_source: ReferralSource | None = None
    benefit_kind: BenefitKind = BenefitKind.NONE
    # This year's limits (kept per year in BenefitLimit) and the member's own weekly ceiling.
    monthly_earnings_limit: Decimal | None = None
    yearly_earnings_limit: Decimal | None = None
    weekly_hour_ceiling: Decimal | None = None
    notes: str = ""
    consents: set[str] = field(default_factory=set)


def validate_member_form(form: MemberForm, *, today: date | None = None) -> MemberForm:
    """A cleaned copy (identity code normalized, birth date and gender derived from it),
    or ValidationError naming every field that is wrong."""
    today = today or date.today()
    problems: dict[str, str] = {}
    clean = replace(form, consents=set(form.consents))
    for key in (
        "first_name",
        "last_name",
        "street",
        "postal_code",
        "city",
        "municipality",
        "phone",
        "email",
        "notes",
        "personal_id",
    ):
        setattr(clean, key, getattr(form, key).strip())
    for key in ("first_name", "last_name"):
        if not getattr(clean, key):
            problems[key] = "required"
    for key, limit in _LIMITS.items():
        if len(getattr(clean, key)) > limit:
            problems[key] = "too_long"
    if clean.personal_id:
        try:
            clean.personal_id = validate_hetu(clean.personal_id)
        except InvalidIdentifier as exc:
            problems["personal_id"] = exc.code
        else:
            derived = hetu_birth_date(clean.personal_id)
            if clean.birth_date is not None and clean.birth_date != derived:
                problems["birth_date"] = "mismatch"
            clean.birth_date = derived
            clean.gender = Gender(hetu_gender(clean.personal_id))
    if clean.birth_date is not None and clean.birth_date > today:
        problems["birth_date"] = "future"
    if clean.postal_code:
        try:
            clean.postal_code = validate_postal_code(clean.postal_code)
        except InvalidIdentifier as exc:
            problems["postal_code"] = exc.code
    if clean.email and not EMAIL.fullmatch(clean.email):
        problems["email"] = "format"
    if clean.phone and not PHONE.fullmatch(clean.phone):
        problems["phone"] = "format"
    for key in ("monthly_earnings_limit", "yearly_earnings_limit"):
        if getattr(clean, key) is not None and getattr(clean, key) < 0:
            problems[key] = "negative"
    ceiling = clean.weekly_hour_ceiling
    if ceiling is not None and not 0 < ceiling <= WEEK_HOURS:
        problems["weekly_hour_ceiling"] = "range"
    if clean.applied_on > today:
        problems["applied_on"] = "future"
    if problems:
        raise ValidationError(problems)
    return clean
