"""Creating the cooperative and reading its settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.domain import Cooperative, InvoiceSeries, ReferenceRate, VatRate
from app.domain.enums import Language
from app.fi.ids import InvalidIdentifier, bic_for_iban, validate_iban, validate_ytunnus
from app.fi.vat import DEFAULT_VAT_TABLE

from .errors import NotFoundError, ValidationError
from .policy import Permission, needs_no_user, requires
from .uow import UnitOfWork
from .users import MIN_PASSWORD_LENGTH, add_first_admin

# Suomen Pankki's reference rates known when this version was written; later ones are data.
KNOWN_REFERENCE_RATES = (
    (date(2025, 1, 1), Decimal("3.50")),
    (date(2025, 7, 1), Decimal("2.50")),
    (date(2026, 1, 1), Decimal("2.50")),
)


@dataclass
class NewCooperative:
    """What the new-cooperative form asks for."""

    name: str
    business_id: str
    iban: str
    street: str = ""
    postal_code: str = ""
    city: str = ""
    home_municipality: str = ""
    bic: str = ""
    share_price: Decimal = Decimal("50.00")
    default_language: Language = Language.FI
    admin_name: str = ""
    admin_username: str = "admin"
    admin_password: str = ""
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CooperativeInfo:
    """The cooperative's settings as the UI shows them."""

    name: str
    business_id: str
    iban: str
    bic: str
    city: str
    share_price: Decimal
    default_language: Language


def validate_new_cooperative(form: NewCooperative) -> dict[str, str]:
    """Normalized values, or ValidationError naming every field that is wrong."""
    problems: dict[str, str] = {}
    clean: dict[str, str] = {}
    if not form.name.strip():
        problems["name"] = "required"
    for key, validator, value in (
        ("business_id", validate_ytunnus, form.business_id),
        ("iban", validate_iban, form.iban),
    ):
        if not value.strip():
            problems[key] = "required"
            continue
        try:
            clean[key] = validator(value)
        except InvalidIdentifier as exc:
            problems[key] = exc.code
    if form.share_price < 0:
        problems["share_price"] = "negative"
    if len(form.admin_password) < MIN_PASSWORD_LENGTH:
        problems["admin_password"] = "too_short"
    if not form.admin_username.strip() or any(c.isspace() for c in form.admin_username.strip()):
        problems["admin_username"] = "invalid"
    if problems:
        raise ValidationError(problems)
    return clean


@needs_no_user
def create_cooperative(uow: UnitOfWork, form: NewCooperative) -> int:
    """Set up an empty database as a cooperative: settings, VAT table, numbering, first user."""
    clean = validate_new_cooperative(form)
    session = uow.session
    if session.scalar(select(Cooperative.id).limit(1)) is not None:
        raise ValidationError({"name": "exists"})
    coop = Cooperative(
        name=form.name.strip(),
        business_id=clean["business_id"],
        iban=clean["iban"],
        bic=form.bic.strip().upper() or bic_for_iban(clean["iban"]) or "",
        street=form.street.strip(),
        postal_code=form.postal_code.strip(),
        city=form.city.strip(),
        home_municipality=form.home_municipality.strip() or form.city.strip(),
        share_price=form.share_price,
        default_language=form.default_language,
        payment_term_days=14,
        late_interest_margin=Decimal("7.00"),
        reminder_fee=Decimal("5.00"),
    )
    session.add(coop)
    session.add_all(
        VatRate(
            code=row.code.value, rate=row.rate, valid_from=row.valid_from, valid_to=row.valid_to
        )
        for row in DEFAULT_VAT_TABLE
    )
    session.add_all(ReferenceRate(valid_from=d, rate=r) for d, r in KNOWN_REFERENCE_RATES)
    session.add(InvoiceSeries(code="MAIN", name="Invoices", next_number=1))
    add_first_admin(
        uow,
        form.admin_username.strip() or "admin",
        form.admin_name.strip() or "Admin",
        form.admin_password,
    )
    uow.session.flush()
    return coop.id


@needs_no_user
def is_set_up(uow: UnitOfWork) -> bool:
    # On the table, not the mapped class: the first window (sign-in or welcome) shows
    # before SQLAlchemy configures every mapper, which the first ORM query does.
    table = Cooperative.__table__
    return uow.session.execute(select(table.c.id).limit(1)).first() is not None


@requires(Permission.SIGNED_IN)
def get_cooperative(uow: UnitOfWork) -> CooperativeInfo:
    coop = uow.session.scalar(select(Cooperative).limit(1))
    if coop is None:
        raise NotFoundError("cooperative", 1)
    return CooperativeInfo(
        name=coop.name,
        business_id=coop.business_id,
        iban=coop.iban,
        bic=coop.bic,
        city=coop.city,
        share_price=coop.share_price,
        default_language=coop.default_language,
    )
