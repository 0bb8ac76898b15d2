"""Dated VAT table, legal texts and line-level rounding."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.fi.vat import (
    DEFAULT_VAT_TABLE,
    VatCode,
    VatRateNotFound,
    VatRateRow,
    legal_text,
    rate_for,
    split_line,
)


@pytest.mark.parametrize(
    ("code", "on", "rate"),
    [
        (VatCode.GENERAL, date(2024, 8, 31), "24"),
        (VatCode.GENERAL, date(2024, 9, 1), "25.5"),
        (VatCode.REDUCED, date(2025, 12, 31), "14"),
        (VatCode.REDUCED, date(2026, 1, 1), "13.5"),
        (VatCode.REDUCED_10, date(2026, 6, 1), "10"),
        (VatCode.ZERO, date(2026, 6, 1), "0"),
        (VatCode.EXEMPT_SOCIAL, date(2026, 6, 1), "0"),
        (VatCode.REVERSE_CHARGE, date(2026, 6, 1), "0"),
    ],
)
def test_rate_follows_the_date(code: VatCode, on: date, rate: str) -> None:
    assert rate_for(code, on) == Decimal(rate)


def test_rate_accepts_plain_string_code() -> None:
    assert rate_for("general", date(2030, 1, 1)) == Decimal("25.5")


def test_no_rate_before_table_start() -> None:
    with pytest.raises(VatRateNotFound, match="general"):
        rate_for(VatCode.GENERAL, date(2012, 12, 31))


def test_unknown_code_is_rejected() -> None:
    with pytest.raises(ValueError, match="luxury"):
        rate_for("luxury", date(2026, 1, 1))


def test_custom_table_is_used() -> None:
    table = (VatRateRow(VatCode.GENERAL, Decimal("26"), date(2030, 1, 1)),)
    assert rate_for(VatCode.GENERAL, date(2030, 1, 1), table) == Decimal("26")
    with pytest.raises(VatRateNotFound):
        rate_for(VatCode.GENERAL, date(2029, 12, 31), table)


def test_overlapping_rows_are_reported() -> None:
    table = (*DEFAULT_VAT_TABLE, VatRateRow(VatCode.GENERAL, Decimal("26"), date(2030, 1, 1)))
    with pytest.raises(VatRateNotFound, match="overlapping"):
        rate_for(VatCode.GENERAL, date(2030, 1, 1), table)


def test_every_code_has_a_rate_today() -> None:
    for code in VatCode:
        assert rate_for(code, date(2026, 11, 22)) >= 0


def test_rows_are_frozen() -> None:
    with pytest.raises(AttributeError):
        DEFAULT_VAT_TABLE[0].rate = Decimal("1")  # type: ignore[misc]


@pytest.mark.parametrize(
    ("code", "lang", "text"),
    [
        ("exempt_social", "fi", "Arvonlisäveroton sosiaalihuoltopalvelu, AVL 37 §"),
        ("exempt_social", "sv", "Mervärdesskattefri socialvårdstjänst, MomsL 37 §"),
        ("exempt_social", "en", "VAT-exempt social welfare service, Finnish VAT Act 37 §"),
        ("reverse_charge", "fi", "Käännetty verovelvollisuus, AVL 8 c §"),
        ("reverse_charge", "sv", "Omvänd skattskyldighet, MomsL 8 c §"),
        ("reverse_charge", "en", "Reverse charge, Finnish VAT Act 8 c §"),
    ],
)
def test_legal_texts(code: str, lang: str, text: str) -> None:
    assert legal_text(code, lang) == text


def test_taxable_codes_have_no_legal_text() -> None:
    assert legal_text(VatCode.GENERAL, "fi") is None


def test_legal_text_unknown_language() -> None:
    with pytest.raises(ValueError, match="language"):
        legal_text(VatCode.REVERSE_CHARGE, "de")


def test_split_line_basic() -> None:
    assert split_line(Decimal("3"), Decimal("20.00"), Decimal("25.5")) == (
        Decimal("60.00"),
        Decimal("15.30"),
        Decimal("75.30"),
    )


def test_split_line_net_half_cent_rounds_up() -> None:
    # 0.125 would round to 0.12 with banker's rounding.
    net, vat, gross = split_line(Decimal("1"), Decimal("0.125"), Decimal("0"))
    assert (net, vat, gross) == (Decimal("0.13"), Decimal("0.00"), Decimal("0.13"))


def test_split_line_vat_half_cent_rounds_up() -> None:
    # 0.25 * 10 % = 0.025 -> 0.03 (half-even would give 0.02).
    assert split_line(Decimal("1"), Decimal("0.25"), Decimal("10")) == (
        Decimal("0.25"),
        Decimal("0.03"),
        Decimal("0.28"),
    )


def test_split_line_credit_rounds_symmetrically() -> None:
    net, vat, gross = split_line(Decimal("-1"), Decimal("0.25"), Decimal("10"))
    assert (net, vat, gross) == (Decimal("-0.25"), Decimal("-0.03"), Decimal("-0.28"))


def test_split_line_fractional_quantity() -> None:
    # 7.5 h * 33.33 = 249.975 -> 249.98; VAT 25.5 % = 63.74490 -> 63.74
    assert split_line(Decimal("7.5"), Decimal("33.33"), Decimal("25.5")) == (
        Decimal("249.98"),
        Decimal("63.74"),
        Decimal("313.72"),
    )
