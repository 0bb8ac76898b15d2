"""Invoice line arithmetic: discount, VAT per line on the line total, rounded half-up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from app.fi.vat import CENT, VatCode, rate_for

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class LineAmounts:
    rate: Decimal
    net: Decimal
    vat: Decimal
    gross: Decimal


def line_amounts(
    quantity: Decimal, unit_price: Decimal, discount_percent: Decimal, vat_code: str, on: date
) -> LineAmounts:
    """Net after the discount, VAT at the rate in force on the delivery date ``on``."""
    rate = rate_for(VatCode(vat_code), on)
    gross_before = quantity * unit_price * (HUNDRED - discount_percent) / HUNDRED
    net = gross_before.quantize(CENT, rounding=ROUND_HALF_UP)
    vat = (net * rate / HUNDRED).quantize(CENT, rounding=ROUND_HALF_UP)
    return LineAmounts(rate, net, vat, net + vat)


@dataclass(frozen=True)
class VatBreakdown:
    """One VAT rate's taxable amount and tax, as the invoice must show per rate."""

    vat_code: str
    rate: Decimal
    net: Decimal
    vat: Decimal

    @property
    def gross(self) -> Decimal:
        return self.net + self.vat


def vat_breakdown(lines) -> list[VatBreakdown]:
    """Totals per (VAT code, rate), highest rate first; ``lines`` have vat_code, vat_rate …"""
    totals: dict[tuple[str, Decimal], list[Decimal]] = {}
    for line in lines:
        key = (str(line.vat_code), line.vat_rate)
        net_vat = totals.setdefault(key, [Decimal("0.00"), Decimal("0.00")])
        net_vat[0] += line.net_amount
        net_vat[1] += line.vat_amount
    return [
        VatBreakdown(code, rate, net, vat)
        for (code, rate), (net, vat) in sorted(totals.items(), key=lambda kv: -kv[0][1])
    ]
