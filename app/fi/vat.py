"""Finnish VAT rates as dated data, legal texts for zero-rated lines, and line rounding."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

CENT = Decimal("0.01")


class VatCode(StrEnum):
    """Kinds of VAT treatment an invoice line can have."""

    GENERAL = "general"
    REDUCED = "reduced"
    REDUCED_10 = "reduced_10"
    ZERO = "zero"
    EXEMPT_SOCIAL = "exempt_social"
    REVERSE_CHARGE = "reverse_charge"


@dataclass(frozen=True)
class VatRateRow:
    """One rate for one code, valid from ``valid_from`` to ``valid_to`` inclusive."""

    code: VatCode
    rate: Decimal
    valid_from: date
    valid_to: date | None = None

    def covers(self, on: date) -> bool:
        """Tell whether this row is in force on the given day."""
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)


# Kept as data so a changed law means a new row, not new code; the table starts in 2013.
_START = date(2013, 1, 1)
DEFAULT_VAT_TABLE: tuple[VatRateRow, ...] = (
    VatRateRow(VatCode.GENERAL, Decimal("24"), _START, date(2024, 8, 31)),
    VatRateRow(VatCode.GENERAL, Decimal("25.5"), date(2024, 9, 1)),
    VatRateRow(VatCode.REDUCED, Decimal("14"), _START, date(2025, 12, 31)),
    VatRateRow(VatCode.REDUCED, Decimal("13.5"), date(2026, 1, 1)),
    VatRateRow(VatCode.REDUCED_10, Decimal("10"), _START),
    VatRateRow(VatCode.ZERO, Decimal("0"), _START),
    VatRateRow(VatCode.EXEMPT_SOCIAL, Decimal("0"), _START),
    VatRateRow(VatCode.REVERSE_CHARGE, Decimal("0"), _START),
)

_LEGAL_TEXTS: dict[VatCode, dict[str, str]] = {
    VatCode.EXEMPT_SOCIAL: {
        "fi": "Arvonlisäveroton sosiaalihuoltopalvelu, AVL 37 §",
        "sv": "Mervärdesskattefri socialvårdstjänst, MomsL 37 §",
        "en": "VAT-exempt social welfare service, Finnish VAT Act 37 §",
    },
    VatCode.REVERSE_CHARGE: {
        "fi": "Käännetty verovelvollisuus, AVL 8 c §",
        "sv": "Omvänd skattskyldighet, MomsL 8 c §",
        "en": "Reverse charge, Finnish VAT Act 8 c §",
    },
}


class VatRateNotFound(LookupError):
    """No single row of the VAT table gives a rate for a code on a date."""


def legal_text(code: VatCode | str, lang: str) -> str | None:
    """Return the invoice text naming the legal ground, or None if the code needs none."""
    if lang not in ("fi", "sv", "en"):
        raise ValueError(f"Unsupported language {lang!r}; use fi, sv or en.")
    texts = _LEGAL_TEXTS.get(VatCode(code))
    return texts[lang] if texts else None


def rate_for(
    code: VatCode | str, on: date, table: Sequence[VatRateRow] = DEFAULT_VAT_TABLE
) -> Decimal:
    """Return the VAT rate in percent for ``code`` on the day ``on`` (the delivery date)."""
    vat_code = VatCode(code)
    rows = [row for row in table if row.code == vat_code and row.covers(on)]
    if not rows:
        raise VatRateNotFound(f"No VAT rate for {vat_code.value!r} on {on.isoformat()}.")
    if len(rows) > 1:
        raise VatRateNotFound(
            f"The VAT table has {len(rows)} overlapping rates for {vat_code.value!r} "
            f"on {on.isoformat()}."
        )
    return rows[0].rate


def split_line(
    quantity: Decimal, unit_price: Decimal, rate: Decimal
) -> tuple[Decimal, Decimal, Decimal]:
    """Return (net, vat, gross) of one invoice line, each rounded half up to cents."""
    net = (quantity * unit_price).quantize(CENT, rounding=ROUND_HALF_UP)
    vat = (net * rate / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    return net, vat, net + vat
