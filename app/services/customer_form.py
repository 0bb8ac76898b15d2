"""The customer form's fields and their validation, shared by the UI, import and the CLI."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from babel import Locale
from stdnum.fi import alv, ytunnus

from app.domain.enums import CustomerKind, Language
from app.fi.ids import InvalidIdentifier, validate_iban, validate_postal_code, validate_ytunnus

from .errors import ValidationError
from .member_form import EMAIL, PHONE

MAX_PAYMENT_TERM = 365
# OVT codes, Peppol ids (0216:0037…) and IBANs: letters, digits and a colon, no spaces.
EINVOICE_ADDRESS = re.compile(r"[0-9A-Z:]{12,35}")
# Intermediator codes are BICs (BAWCFI22) or OVT-style digit codes (003721291126).
OPERATOR = re.compile(r"[0-9A-Z]{4,35}")
ORGANISATIONS = frozenset(CustomerKind) - {CustomerKind.HOUSEHOLD}
TEXT_FIELDS = (
    "name",
    "business_id",
    "street",
    "postal_code",
    "city",
    "country",
    "contact_person",
    "email",
    "phone",
    "einvoice_address",
    "einvoice_operator",
    "notes",
)


def _column_limits() -> dict[str, int]:
    # The database's column widths, so a long value is refused here and not at commit.
    from app.domain import Customer

    return {
        key: Customer.__table__.c[key].type.length
        for key in TEXT_FIELDS
        if getattr(Customer.__table__.c[key].type, "length", None)
    }


_LIMITS = _column_limits()


@dataclass(frozen=True)
class AgreedPrice:
    """A price agreed with the customer for one service over a period (end inclusive)."""

    service_id: int
    valid_from: date
    unit_price: Decimal
    valid_to: date | None = None


@dataclass
class CustomerForm:
    """What a person fills in for a customer; households need no business ID."""

    name: str
    kind: CustomerKind = CustomerKind.COMPANY
    business_id: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "FI"
    language: Language = Language.FI
    contact_person: str = ""
    email: str = ""
    phone: str = ""
    einvoice_address: str = ""
    einvoice_operator: str = ""
    payment_term_days: int | None = None
    notes: str = ""
    active: bool = True
    # None: as the kind suggests (on for households).
    household_tax_credit: bool | None = None
    agreed_prices: list[AgreedPrice] = field(default_factory=list)


def vat_id(business_id: str) -> str:
    """The Finnish VAT ID of a Y-tunnus (1234567-8 → FI12345678), or "" if there is none."""
    if not business_id:
        return ""
    try:
        return "FI" + alv.validate(validate_ytunnus(business_id).replace("-", ""))
    except (InvalidIdentifier, ValueError):
        return ""


def einvoice_address_problem(address: str) -> str | None:
    """ "format" or "checksum" for an address that cannot be right, else None.

    An OVT code is 0037, the eight digits of a Y-tunnus and an optional unit; a consumer's
    e-invoice address is their IBAN.
    """
    if not EINVOICE_ADDRESS.fullmatch(address):
        return "format"
    if address.startswith("0037"):
        if not ytunnus.is_valid(address[4:12]):
            return "checksum"
    elif address[:2].isalpha():
        try:
            validate_iban(address)
        except InvalidIdentifier:
            return "checksum"
    return None


def is_country(code: str) -> bool:
    """An ISO 3166 two-letter country code (from the CLDR data Babel carries)."""
    return len(code) == 2 and code.isalpha() and code in Locale("en").territories


def validate_customer_form(form: CustomerForm) -> CustomerForm:
    """A cleaned copy (Y-tunnus formatted, codes upper-cased), or ValidationError naming
    every field that is wrong."""
    problems: dict[str, str] = {}
    clean = replace(form, agreed_prices=list(form.agreed_prices))
    for key in TEXT_FIELDS:
        setattr(clean, key, getattr(form, key).strip())
    for key in ("country", "einvoice_address", "einvoice_operator"):
        setattr(clean, key, "".join(getattr(clean, key).split()).upper())
    if not clean.name:
        problems["name"] = "required"
    for key, limit in _LIMITS.items():
        if len(getattr(clean, key)) > limit:
            problems[key] = "too_long"
    if clean.business_id:
        try:
            clean.business_id = validate_ytunnus(clean.business_id)
        except InvalidIdentifier as exc:
            problems["business_id"] = exc.code
    elif clean.kind in ORGANISATIONS:
        problems["business_id"] = "required"
    if not clean.country:
        clean.country = "FI"
    if not is_country(clean.country):
        problems["country"] = "unknown"
    elif clean.postal_code:
        try:
            clean.postal_code = validate_postal_code(clean.postal_code, clean.country)
        except InvalidIdentifier as exc:
            problems["postal_code"] = exc.code
    if clean.email and not EMAIL.fullmatch(clean.email):
        problems["email"] = "format"
    if clean.phone and not PHONE.fullmatch(clean.phone):
        problems["phone"] = "format"
    if clean.einvoice_address and (problem := einvoice_address_problem(clean.einvoice_address)):
        problems["einvoice_address"] = problem
    if clean.einvoice_operator and not OPERATOR.fullmatch(clean.einvoice_operator):
        problems["einvoice_operator"] = "format"
    if clean.einvoice_address and not clean.einvoice_operator:
        problems["einvoice_operator"] = "required"
    if clean.payment_term_days is not None and not (
        0 <= clean.payment_term_days <= MAX_PAYMENT_TERM
    ):
        problems["payment_term_days"] = "range"
    household = clean.kind == CustomerKind.HOUSEHOLD
    if clean.household_tax_credit is None:
        clean.household_tax_credit = household
    elif clean.household_tax_credit and not household:
        # The credit is a private person's; a company or a municipality cannot claim it.
        problems["household_tax_credit"] = "household_only"
    if problems:
        raise ValidationError(problems)
    return clean
