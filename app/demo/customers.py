"""Customers: public bodies, companies, households and an association, twelve per block."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from app.domain import Customer, CustomerPrice
from app.domain.enums import CustomerKind, Language

from . import names
from .context import DemoContext, DemoCustomer
from .dates import at
from .identities import email_local, phone_number, street_address, ytunnus
from .organisation import MUNICIPAL_PRICES

# The parish agreed a lower price for yard work (its graveyards and grounds).
PARISH_PRICES = {"PIHA": "28.00"}

# One block of customers; at larger scales the block repeats with new names.
CUSTOMER_ROLES = (
    "municipality",
    "parish",
    "housing",
    "construction",
    "office",
    "garden",
    "cafe",
    "home_help_fi",
    "home_help_sv",
    "home_clean_sv",
    "home_fix_fi",
    "association",
)


def _organisation_name(rng: random.Random, role: str, block: int) -> tuple[str, Language, str]:
    """Name, language and a note for a customer that is not a household."""
    fi_surname = rng.choice(names.FINNISH_SURNAMES)
    sv_surname = rng.choice(names.SWEDISH_SURNAMES)
    district = rng.choice(names.DISTRICTS_GENITIVE)
    word = rng.choice(names.HOUSING_WORDS)
    if role == "municipality":
        fi, sv = names.MUNICIPALITIES[block % len(names.MUNICIPALITIES)]
        note = f"{sv}. Laskut verkkolaskuna, kustannuspaikka laskulle."
        if block >= len(names.MUNICIPALITIES):
            fi += f", {rng.choice(names.MUNICIPAL_UNITS)}"
        return fi, Language.FI, note
    if role == "parish":
        name, lang = names.PARISHES[block % len(names.PARISHES)]
        return name, Language(lang), ""
    return {
        "housing": (f"Asunto Oy {district} {word}", Language.FI, "Isännöitsijä hyväksyy laskut."),
        "construction": (
            f"Rakennus {fi_surname} Oy",
            Language.FI,
            "Rakentamispalvelut: käännetty verovelvollisuus.",
        ),
        "office": (f"Tilitoimisto {fi_surname} Oy", Language.FI, ""),
        "garden": (f"Trädgård {sv_surname} Ab", Language.SV, ""),
        "cafe": (f"Kahvila {word} Oy", Language.FI, "Avain noudetaan kassalta."),
    }.get(role, (f"{district} asukasyhdistys ry", Language.FI, ""))


def _person_name(rng: random.Random, language: Language) -> str:
    if language == Language.SV:
        first = rng.choice(names.SWEDISH_FEMALE + names.SWEDISH_MALE)
        return f"{first} {rng.choice(names.SWEDISH_SURNAMES)}"
    first = rng.choice(names.FINNISH_FEMALE + names.FINNISH_MALE)
    return f"{first} {rng.choice(names.FINNISH_SURNAMES)}"


def add_customers(ctx: DemoContext) -> None:
    """Twelve customers per block: public bodies, companies, households and an association;
    the municipality and the parish have agreed prices."""
    rng = ctx.rng("customers")
    taken: set[str] = {ctx.coop["business_id"]}
    rows = []
    agreed = []
    for block in range(ctx.scale):
        for role in CUSTOMER_ROLES:
            household = role.startswith("home_")
            note = ""
            if household:
                language = Language.SV if role.endswith("_sv") else Language.FI
                name = _person_name(rng, language)
                kind = CustomerKind.HOUSEHOLD
            else:
                name, language, note = _organisation_name(rng, role, block)
                kind = {
                    "municipality": CustomerKind.MUNICIPALITY,
                    "parish": CustomerKind.ASSOCIATION,
                    "association": CustomerKind.ASSOCIATION,
                }.get(role, CustomerKind.COMPANY)
            street, place = street_address(rng, language)
            customer = DemoCustomer(
                id=ctx.new_id(Customer),
                number=1001 + len(rows),
                block=block,
                kind=kind,
                role=role,
                name=name,
                language=language,
                business_id="" if household else ytunnus(rng, taken),
                street=street,
                postal_code=place.postal_code,
                city=place.city_sv if language == Language.SV else place.city_fi,
            )
            if kind == CustomerKind.MUNICIPALITY:
                customer.payment_term_days = 21
                # Public bodies take e-invoices only; OVT = 0037 + the Y-tunnus digits.
                customer.einvoice_address = "0037" + customer.business_id.replace("-", "")
                customer.einvoice_operator = "BAWCFI22"
                customer.prices = {code: Decimal(price) for code, price in MUNICIPAL_PRICES.items()}
            elif role == "parish":
                customer.prices = {code: Decimal(price) for code, price in PARISH_PRICES.items()}
            elif role in ("construction", "office"):
                customer.payment_term_days = rng.choice((14, 21, 30))
            ctx.customers.append(customer)
            contact = "" if household else _person_name(rng, language)
            if household:
                email = f"{email_local(name)}@example.org"
            else:
                email = f"laskutus@{email_local(name.split(',')[0]).replace('.', '')[:20]}.example"
            customer.email = email
            since = ctx.start - timedelta(days=rng.randint(60, 1500))
            agreed.extend(
                {
                    "id": ctx.new_id(CustomerPrice),
                    "customer_id": customer.id,
                    "service_id": ctx.services[code].id,
                    "valid_from": since,
                    "valid_to": None,
                    "unit_price": price,
                }
                for code, price in customer.prices.items()
            )
            rows.append(
                {
                    "id": customer.id,
                    "customer_number": customer.number,
                    "kind": kind,
                    "name": name,
                    "business_id": customer.business_id,
                    "street": street,
                    "postal_code": customer.postal_code,
                    "city": customer.city,
                    "country": "FI",
                    "language": language,
                    "email": email,
                    "phone": phone_number(rng, mobile=household),
                    "contact_person": contact,
                    "einvoice_address": customer.einvoice_address,
                    "einvoice_operator": customer.einvoice_operator,
                    "payment_term_days": customer.payment_term_days,
                    "price_list_id": None,
                    "household_tax_credit": household,
                    "notes": note,
                    "active": True,
                    "created_at": at(since, 10),
                    "updated_at": at(since, 10),
                }
            )
    ctx.insert(Customer, rows)
    ctx.insert(CustomerPrice, agreed)
