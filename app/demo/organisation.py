"""The cooperative's own details, its users, the services sold and their dated prices."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select, update

from app.domain import (
    Cooperative,
    Service,
    ServicePrice,
    Setting,
    User,
    UserRole,
)
from app.domain.enums import Language, Role
from app.services.cooperative import NewCooperative
from app.services.users import DEMO_SETTING, hash_password

from .context import DemoContext, DemoService
from .dates import at

# Every demo user (admin, treasurer, facilitator) signs in with the password "demo".
DEMO_PASSWORD = "demo"
DEMO_PASSWORD_HASH = hash_password(DEMO_PASSWORD, salt=b"osuva-demo-salt")

COOPERATIVE = NewCooperative(
    name="Osuuskunta Työkaari",
    business_id="1618033-3",
    iban="FI37 1590 3000 0007 76",
    street="Rauhankatu 22 B",
    postal_code="06100",
    city="Porvoo",
    home_municipality="Porvoo",
    share_price=Decimal("50.00"),
    default_language=Language.FI,
    admin_name="Paula Nieminen",
    admin_password="replaced by the demo password below",
)

# code, (fi, sv, en), unit, net price, VAT code, counts towards the household tax credit
SERVICES = (
    ("SIIVOUS", ("Siivous", "Städning", "Cleaning"), "h", "32.00", "general", True),
    ("KOTIAPU", ("Kotiapu", "Hemhjälp", "Home help"), "h", "30.00", "general", True),
    ("PIHA", ("Pihatyö", "Gårdsarbete", "Yard work"), "h", "30.00", "general", True),
    (
        "REMONTTI",
        ("Korjaus- ja remonttityö", "Reparations- och renoveringsarbete", "Renovation work"),
        "h",
        "38.00",
        "general",
        True,
    ),
    (
        "RAKENNUS",
        ("Rakennuspalvelu", "Byggtjänst", "Construction service"),
        "h",
        "38.00",
        "reverse_charge",
        False,
    ),
    ("IT", ("IT-tuki", "IT-stöd", "IT support"), "h", "35.00", "general", True),
    ("SILPPU", ("Silpputyö", "Småjobb", "Odd jobs"), "h", "28.00", "general", False),
    ("KM", ("Matkakulut", "Resekostnader", "Travel"), "km", "0.55", "general", False),
)
MUNICIPAL_PRICES = {
    "SIIVOUS": "29.00",
    "KOTIAPU": "27.00",
    "PIHA": "27.00",
    "SILPPU": "26.00",
    "KM": "0.50",
}


def finish_cooperative(ctx: DemoContext, founded: date) -> None:
    """Fill in what the setup form leaves empty and date the rows create_cooperative wrote."""
    stamp = at(founded, 9)
    ctx.session.execute(
        update(Cooperative).values(
            phone="019 520 4410",
            email="toimisto@tyokaari.example",
            website="https://tyokaari.example",
            board_representative="Paula Nieminen",
            board_representative_title="toimitusjohtaja",
            created_at=stamp,
            updated_at=stamp,
        )
    )
    ctx.session.execute(
        update(User).values(password_hash=DEMO_PASSWORD_HASH, created_at=stamp, updated_at=stamp)
    )
    ctx.session.add(Setting(key=DEMO_SETTING, value="1"))
    coop = ctx.session.scalars(select(Cooperative)).one()
    ctx.coop = {
        "name": coop.name,
        "business_id": coop.business_id,
        "street": coop.street,
        "postal_code": coop.postal_code,
        "city": coop.city,
        "iban": coop.iban,
        "bic": coop.bic,
    }
    admin_id = ctx.session.scalars(select(User.id)).one()
    ctx.users["admin"] = (admin_id, "Paula Nieminen")
    rows = []
    roles = []
    for key, full_name, role in (
        ("treasurer", "Katja Lindroos", Role.TREASURER),
        ("facilitator", "Mikael Söderström", Role.FACILITATOR),
    ):
        user_id = ctx.new_id(User)
        ctx.users[key] = (user_id, full_name)
        rows.append(
            {
                "id": user_id,
                "username": key,
                "full_name": full_name,
                "password_hash": DEMO_PASSWORD_HASH,
                "active": True,
                "created_at": stamp + timedelta(hours=1),
                "updated_at": stamp + timedelta(hours=1),
            }
        )
        roles.append({"user_id": user_id, "role": role})
    ctx.insert(User, rows)
    ctx.insert(UserRole, roles)


def list_price_history(ctx: DemoContext, code: str, price: Decimal) -> list[tuple[date, Decimal]]:
    """(valid from, price) of one service: cleaning went up at the start of the demo's first
    year and goes up again next New Year; every price the demo invoices is the one in force."""
    opened = date(ctx.start.year - 6, 1, 1)
    if code != "SIIVOUS":
        return [(opened, price)]
    return [
        (opened, price - Decimal("2.00")),
        (date(ctx.start.year, 1, 1), price),
        (date(ctx.today.year + 1, 1, 1), price + Decimal("1.00")),
    ]


def add_services(ctx: DemoContext) -> None:
    """The services sold, each with its dated list prices."""
    rows = []
    prices = []
    for code, (fi, sv, en), unit, price, vat_code, deductible in SERVICES:
        service = DemoService(
            id=ctx.new_id(Service),
            code=code,
            names={"fi": fi, "sv": sv, "en": en},
            unit=unit,
            price=Decimal(price),
            vat_code=vat_code,
            household_deductible=deductible,
        )
        ctx.services[code] = service
        history = list_price_history(ctx, code, service.price)
        rows.append(
            {
                "id": service.id,
                "code": code,
                "name_fi": fi,
                "name_sv": sv,
                "name_en": en,
                "unit": unit,
                "unit_price": history[-1][1],
                "vat_code": vat_code,
                "household_deductible": deductible,
                "active": True,
            }
        )
        for index, (valid_from, amount) in enumerate(history):
            ends = history[index + 1][0] - timedelta(days=1) if index + 1 < len(history) else None
            prices.append(
                {
                    "id": ctx.new_id(ServicePrice),
                    "service_id": service.id,
                    "valid_from": valid_from,
                    "valid_to": ends,
                    "unit_price": amount,
                }
            )
    ctx.insert(Service, rows)
    ctx.insert(ServicePrice, prices)
