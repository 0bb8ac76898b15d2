"""Hand-made `EInvoice`s of every kind Osuva sends over Peppol, built without a database.

The amounts are computed the way issuing computes them (net per line rounded half up,
VAT per line), so the UBL written from them is what Osuva would send.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from app.einvoice.codes import VAT_CATEGORY, VatCategory
from app.einvoice.peppol import peppol_bytes
from app.einvoice.source import EInvoice, Line, OriginalInvoice, Party, vat_groups
from app.fi.vat import CENT, VatCode

SELLER = Party(
    name="Osuuskunta Testi",
    business_id="2077474-0",
    vat_id="FI20774740",
    street="Rauhankatu 22 B",
    postal_code="06100",
    city="Porvoo",
    einvoice_address="003720774740",
    iban="FI3715903000000776",
    bic="NDEAFIHH",
    email="laskutus@testi.fi",
    phone="040 123 4567",
)
CITY = Party(
    name="Porvoon kaupunki",
    business_id="1061512-1",
    vat_id="FI10615121",
    street="Raatihuoneenkatu 5",
    postal_code="06100",
    city="Porvoo",
    einvoice_address="003710615121",
)
BUILDER = Party(
    name="Rakennus Kettunen Oy",
    business_id="2619197-6",
    vat_id="FI26191976",
    street="Mannerheimintie 1",
    postal_code="00100",
    city="Helsinki",
)
UNREGISTERED = replace(SELLER, vat_id="")
BLANK_CONTACTS = replace(SELLER, phone="  ", email="\t")


def line(
    position: int,
    text: str,
    quantity: str,
    price: str,
    code: VatCode,
    rate: str,
    *,
    discount: str = "0",
    unit: str = "h",
    seller: Party = SELLER,
) -> Line:
    """One line as issuing computes it: net after the discount, VAT on the net."""
    q, p, r, d = Decimal(quantity), Decimal(price), Decimal(rate), Decimal(discount)
    net = (q * p * (100 - d) / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    vat = (net * r / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    return Line(
        position=position,
        description=text,
        quantity=q,
        unit=unit,
        unit_price=p,
        vat_code=code,
        vat_rate=r,
        net=net,
        vat=vat,
        gross=net + vat,
        category=VAT_CATEGORY[code] if seller.vat_id else VatCategory.NOT_SUBJECT,
        delivery_date=date(2026, 10, 31),
        discount_percent=d,
    )


def einvoice(
    lines: list[Line], *, buyer: Party = CITY, seller: Party = SELLER, **extra
) -> EInvoice:
    language = extra.pop("language", "fi")
    net = sum((x.net for x in lines), Decimal(0))
    vat = sum((x.vat for x in lines), Decimal(0))
    return EInvoice(
        number=extra.pop("number", "1001"),
        is_credit_note=extra.pop("is_credit_note", False),
        issue_date=date(2026, 11, 2),
        due_date=date(2026, 11, 16),
        seller=seller,
        buyer=buyer,
        lines=tuple(lines),
        total_net=net,
        total_vat=vat,
        total_gross=net + vat,
        language=language,
        reference="10016",
        delivery_from=date(2026, 10, 1),
        delivery_to=date(2026, 10, 31),
        buyer_reference=extra.pop("buyer_reference", "Kustannuspaikka 4120"),
        late_interest_rate=Decimal("10.5"),
        vat_groups=vat_groups(tuple(lines), language),
        **extra,
    )


def documents() -> dict[str, EInvoice]:
    """One of each kind: name → the invoice or credit note."""
    S, E, Z = VatCode.GENERAL, VatCode.EXEMPT_SOCIAL, VatCode.ZERO
    return {
        "invoice": einvoice(
            [
                line(1, "Siivous 10/2026", "12.5", "32.00", S, "25.5"),
                line(2, "Kotiapu 10/2026", "3", "30.00", E, "0"),
                line(3, "Matkakulut 10/2026", "42", "0.55", S, "25.5", unit="km"),
            ]
        ),
        "credit_note": einvoice(
            [line(1, "Hyvitys: Siivous 10/2026, 2 h", "-2", "32.00", S, "25.5")],
            number="1002",
            is_credit_note=True,
            original=OriginalInvoice("1001", date(2026, 11, 2)),
            notes="Hyvityslasku laskulle 1001.",
        ),
        "reverse_charge": einvoice(
            [line(1, "Byggtjänst 10/2026", "20", "38.00", VatCode.REVERSE_CHARGE, "0")],
            buyer=BUILDER,
            language="sv",
            buyer_reference="",
        ),
        "exempt": einvoice([line(1, "Kotiapu 10/2026", "7.5", "30.00", E, "0")]),
        "not_subject": einvoice(
            [line(1, "Pihatyö 10/2026", "5", "30.00", Z, "0", seller=UNREGISTERED)],
            seller=UNREGISTERED,
        ),
        "rates": einvoice(
            [
                line(1, "Siivous", "3.333", "31.99", S, "25.5"),
                line(2, "Ruokailu", "7", "12.35", VatCode.REDUCED, "14"),
                line(3, "Lehtitilaus", "1", "19.90", VatCode.REDUCED_10, "10"),
                line(4, "Painotuote", "2", "5.00", Z, "0", unit="kpl"),
                line(5, "Siivous, ilta", "1.667", "35.55", S, "25.5"),
            ],
            language="en",
        ),
        "discounts": einvoice(
            [
                line(1, "Siivous 10/2026", "12.5", "32.00", S, "25.5", discount="15"),
                line(2, "Ikkunanpesu", "3.25", "29.99", S, "25.5", discount="12.5"),
                line(3, "Kotiapu", "4", "30.00", E, "0", discount="100"),
                line(4, "Hyvitys edelliseltä kuulta", "-1", "20.00", S, "25.5"),
                line(5, "Hyvitys, alennettu", "-1", "20.00", S, "25.5", discount="10"),
            ]
        ),
        # A line delivered after the period typed on the draft, by a seller with blank contacts.
        "line_after_period": einvoice(
            [
                line(1, "Siivous 10/2026", "2", "32.00", S, "25.5"),
                replace(
                    line(2, "Siivous 2.11.2026", "1", "32.00", S, "25.5"),
                    delivery_date=date(2026, 11, 2),
                ),
            ],
            seller=BLANK_CONTACTS,
        ),
        "discounted_credit_note": einvoice(
            [line(1, "Hyvitys: Ikkunanpesu", "-3.25", "29.99", S, "25.5", discount="12.5")],
            number="1003",
            is_credit_note=True,
            original=OriginalInvoice("1001", date(2026, 11, 2)),
        ),
    }


def ubl(invoice: EInvoice) -> bytes:
    return peppol_bytes(invoice)
