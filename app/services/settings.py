"""The cooperative's own settings: who we are, how we invoice, what a share costs."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.domain import Cooperative
from app.fi.ids import (
    InvalidIdentifier,
    bic_for_iban,
    validate_bic,
    validate_iban,
    validate_postal_code,
    validate_ytunnus,
)

from .errors import NotFoundError, StaleError, ValidationError
from .policy import Permission, requires
from .uow import UnitOfWork

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass
class CooperativeSettings:
    name: str
    business_id: str
    street: str
    postal_code: str
    city: str
    home_municipality: str
    phone: str
    email: str
    iban: str
    bic: str
    einvoice_address: str
    einvoice_operator: str
    payment_term_days: int
    share_price: Decimal
    reminder_fee: Decimal
    board_representative: str
    board_representative_title: str
    financial_year_end_month: int = 12
    financial_year_end_day: int = 31
    max_shares_per_member: int | None = None
    # The version the form was loaded with: a save over a newer one is refused (StaleError).
    version: int = 0


def _cooperative(uow: UnitOfWork) -> Cooperative:
    coop = uow.session.scalar(select(Cooperative).limit(1))
    if coop is None:
        raise NotFoundError("cooperative", 1)
    return coop


@requires(Permission.SETTINGS)
def get_settings(uow: UnitOfWork) -> CooperativeSettings:
    coop = _cooperative(uow)
    return CooperativeSettings(
        **{f.name: getattr(coop, f.name) for f in fields(CooperativeSettings)}
    )


def validate_settings(settings: CooperativeSettings) -> CooperativeSettings:
    """Normalized settings, or ValidationError naming every wrong field."""
    problems: dict[str, str] = {}
    clean = CooperativeSettings(**vars(settings))
    if not settings.name.strip():
        problems["name"] = "required"
    checks = (
        ("business_id", validate_ytunnus, True),
        ("iban", validate_iban, True),
        ("bic", validate_bic, False),
        ("postal_code", validate_postal_code, False),
    )
    for key, validator, required in checks:
        value = getattr(settings, key).strip()
        if not value:
            if required:
                problems[key] = "required"
            continue
        try:
            setattr(clean, key, validator(value))
        except InvalidIdentifier as exc:
            problems[key] = exc.code
    if settings.email and not EMAIL.fullmatch(settings.email.strip()):
        problems["email"] = "format"
    if not 0 <= settings.payment_term_days <= 365:
        problems["payment_term_days"] = "range"
    for key in ("share_price", "reminder_fee"):
        if getattr(settings, key) < 0:
            problems[key] = "negative"
    try:
        # A leap year, so that a financial year may end on 29.2.
        date(2000, settings.financial_year_end_month, settings.financial_year_end_day)
    except ValueError:
        problems["financial_year_end"] = "date"
    if settings.max_shares_per_member is not None and settings.max_shares_per_member < 1:
        problems["max_shares_per_member"] = "positive"
    if problems:
        raise ValidationError(problems)
    if not clean.bic:
        clean.bic = bic_for_iban(clean.iban) or ""
    return clean


@requires(Permission.SETTINGS)
def update_settings(uow: UnitOfWork, settings: CooperativeSettings) -> None:
    """Save the settings; issued invoices keep the details they were issued with."""
    clean = validate_settings(settings)
    coop = _cooperative(uow)
    if settings.version and coop.version != settings.version:
        raise StaleError("cooperative", coop.id, current=coop.version)
    for f in fields(CooperativeSettings):
        if f.name == "version":
            continue  # SQLAlchemy counts it
        value = getattr(clean, f.name)
        setattr(coop, f.name, value.strip() if isinstance(value, str) else value)
