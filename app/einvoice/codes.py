"""Code lists both e-invoice formats share: VAT categories, units, party identifier schemes."""

from __future__ import annotations

import re
from enum import StrEnum

from app.fi.vat import VatCode


class VatCategory(StrEnum):
    """UNTDID 5305 duty or tax category codes as EN 16931 uses them."""

    STANDARD = "S"
    ZERO = "Z"
    EXEMPT = "E"
    REVERSE_CHARGE = "AE"
    # A seller outside the VAT register (vähäinen toiminta, AVL 3 §) charges no VAT at all.
    NOT_SUBJECT = "O"


VAT_CATEGORY: dict[VatCode, VatCategory] = {
    VatCode.GENERAL: VatCategory.STANDARD,
    VatCode.REDUCED: VatCategory.STANDARD,
    VatCode.REDUCED_10: VatCategory.STANDARD,
    VatCode.ZERO: VatCategory.ZERO,
    VatCode.EXEMPT_SOCIAL: VatCategory.EXEMPT,
    VatCode.REVERSE_CHARGE: VatCategory.REVERSE_CHARGE,
}

# CEF VATEX codes for the categories whose exemption reason has a code of its own.
VATEX: dict[VatCategory, str] = {
    VatCategory.REVERSE_CHARGE: "VATEX-EU-AE",
    VatCategory.NOT_SUBJECT: "VATEX-EU-O",
}

# UN/ECE Recommendation 20 for the units Osuva's price list uses; anything else is "one".
UNIT_CODES: dict[str, str] = {
    "h": "HUR",
    "t": "HUR",
    "min": "MIN",
    "km": "KMT",
    "kpl": "H87",
    "st": "H87",
    "pcs": "H87",
    "pv": "DAY",
    "d": "DAY",
    "vrk": "DAY",
    "vk": "WEE",
    "kk": "MON",
    "mån": "MON",
    "m": "MTR",
    "m2": "MTK",
    "m²": "MTK",
    "m3": "MTQ",
    "m³": "MTQ",
    "kg": "KGM",
    "l": "LTR",
    "erä": "C62",
}
UNIT_ONE = "C62"

# ISO 6523 ICD values: OVT code (Finnish e-invoice address), Finnish VAT number, Y-tunnus.
SCHEME_OVT = "0216"
SCHEME_FI_VAT = "0213"
SCHEME_FI_ORG = "0212"
# An OVT code is 0037, the eight digits of the Y-tunnus and an optional unit suffix.
OVT_PREFIX = "0037"
_OVT = re.compile(r"0037\d{8}[0-9A-Za-z]{0,5}")
_IBAN_LIKE = re.compile(r"[A-Z]{2}\d{2}[0-9A-Z]{10,30}")


def unit_code(unit: str) -> str:
    """The UN/ECE code of a price-list unit."""
    return UNIT_CODES.get(unit.strip().casefold(), UNIT_ONE)


def ovt_code(business_id: str) -> str:
    """The OVT code of a Y-tunnus: 0037 followed by its eight digits."""
    return OVT_PREFIX + business_id.replace("-", "").strip()


def is_ovt(address: str) -> bool:
    """Tell whether an e-invoice address is an OVT code (rather than an IBAN-style address)."""
    return bool(_OVT.fullmatch(address.strip()))


def is_iban_address(address: str) -> bool:
    """Consumers' and some firms' e-invoice addresses are their bank account's IBAN."""
    return bool(_IBAN_LIKE.fullmatch(address.replace(" ", "").upper()))
