"""Household tax credit (kotitalousvähennys) for work bought from a company, as dated data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .vat import CENT


@dataclass(frozen=True)
class HouseholdCreditRule:
    """The rule for one tax year: a share of the work part incl. VAT, a cap and a deductible."""

    year: int
    rate_percent: Decimal
    yearly_cap: Decimal
    deductible: Decimal

    def credit_for(self, work_share: Decimal) -> Decimal:
        """The credit one person would get for this work alone, before the deductible."""
        raw = (work_share * self.rate_percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)
        return min(raw, self.yearly_cap)


# vero.fi, kotitalousvähennys: a changed law means a new row, not new code.
DEFAULT_RULES: tuple[HouseholdCreditRule, ...] = (
    HouseholdCreditRule(2025, Decimal("35"), Decimal("1600.00"), Decimal("150.00")),
    HouseholdCreditRule(2026, Decimal("35"), Decimal("1600.00"), Decimal("150.00")),
)


def rule_for(
    year: int, rules: Sequence[HouseholdCreditRule] = DEFAULT_RULES
) -> HouseholdCreditRule:
    """The rule of the tax year, or the latest known one for a later year."""
    known = sorted((r for r in rules if r.year <= year), key=lambda r: r.year)
    if not known:
        raise LookupError(f"No household tax credit rule for {year}.")
    return known[-1]
