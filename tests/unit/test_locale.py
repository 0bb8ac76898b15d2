"""Babel-based formatting and lenient parsing for fi, sv and en."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from app.locale import (
    SUPPORTED,
    babel_locale,
    format_date,
    format_datetime,
    format_decimal,
    format_hours,
    format_money,
    parse_date,
    parse_decimal,
)

NBSP = "\u00a0"


def test_babel_locales() -> None:
    assert [str(babel_locale(lang)) for lang in SUPPORTED] == ["fi_FI", "sv_FI", "en_FI"]


def test_unsupported_language() -> None:
    with pytest.raises(ValueError, match="Unsupported language"):
        format_money(Decimal("1"), "de")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_money_finnish_style(lang: str) -> None:
    assert format_money(Decimal("1234.5"), lang) == f"1{NBSP}234,50{NBSP}€"


def test_money_rounds_half_up() -> None:
    assert format_money(Decimal("0.125"), "fi") == f"0,13{NBSP}€"


def test_money_rejects_float() -> None:
    with pytest.raises(TypeError):
        format_money(1234.5, "fi")  # type: ignore[arg-type]


def test_format_decimal_digits() -> None:
    assert format_decimal(Decimal("1234567.891"), "fi") == f"1{NBSP}234{NBSP}567,89"
    assert format_decimal(Decimal("2.345"), "sv", digits=2) == "2,35"
    assert format_decimal(Decimal("2.5"), "en", digits=0) == "3"
    assert format_decimal(Decimal("1.5"), "fi", digits=3) == "1,500"


def test_format_hours() -> None:
    assert format_hours(Decimal("7.5"), "fi") == f"7,5{NBSP}h"
    assert format_hours(Decimal("8"), "sv") == f"8,0{NBSP}h"
    assert format_hours(Decimal("7.25"), "en", unit=False) == "7,25"


@pytest.mark.parametrize(
    ("lang", "text"), [("fi", "22.11.2026"), ("sv", "22.11.2026"), ("en", "22/11/2026")]
)
def test_format_date(lang: str, text: str) -> None:
    assert format_date(date(2026, 11, 22), lang) == text


def test_format_date_no_zero_padding_in_finnish() -> None:
    assert format_date(date(2026, 1, 2), "fi") == "2.1.2026"
    assert format_date(date(2026, 1, 2), "sv") == "2.1.2026"


def test_format_datetime() -> None:
    moment = datetime(2026, 11, 22, 14, 5)
    assert format_datetime(moment, "fi") == "22.11.2026 14.05"
    assert format_datetime(moment, "sv").startswith("22.11.2026 14")
    assert format_datetime(moment, "en").startswith("22/11/2026 ")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 234,50", "1234.50"),
        (f"1{NBSP}234,50{NBSP}€", "1234.50"),
        ("1234.50", "1234.50"),
        ("1234,5", "1234.5"),
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("1.234.567", "1234567"),
        ("-12,30", "-12.30"),
        ("\u221212,30", "-12.30"),
        (",5", "0.5"),
        (" 42 ", "42"),
    ],
)
def test_parse_decimal(text: str, value: str) -> None:
    parsed = parse_decimal(text, "fi")
    assert parsed == Decimal(value)
    assert str(parsed) == value  # the typed scale is kept


@pytest.mark.parametrize("text", ["", "abc", "12,", "1,2,3", "1.23.4", "1,234.5.6", "--1", "1e5"])
def test_parse_decimal_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="as a number"):
        parse_decimal(text, "fi")


@pytest.mark.parametrize("lang", SUPPORTED)
@pytest.mark.parametrize("value", ["0.00", "1234.50", "-987654.32", "0.05"])
def test_money_round_trip(lang: str, value: str) -> None:
    amount = Decimal(value)
    assert parse_decimal(format_money(amount, lang), lang) == amount


@pytest.mark.parametrize("lang", SUPPORTED)
def test_decimal_round_trip(lang: str) -> None:
    assert parse_decimal(format_decimal(Decimal("1234567.8"), lang, 1), lang) == Decimal(
        "1234567.8"
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("22.11.2026", date(2026, 11, 22)),
        ("2.1.2026", date(2026, 1, 2)),
        ("02.01.2026", date(2026, 1, 2)),
        ("22.11.26", date(2026, 11, 22)),
        ("1.2.85", date(1985, 2, 1)),
        ("2026-11-22", date(2026, 11, 22)),
        ("22/11/2026", date(2026, 11, 22)),
        (" 22.11.2026 ", date(2026, 11, 22)),
    ],
)
def test_parse_date(text: str, value: date) -> None:
    assert parse_date(text, "fi") == value


@pytest.mark.parametrize("text", ["31.2.2026", "2026-13-01"])
def test_parse_date_impossible(text: str) -> None:
    with pytest.raises(ValueError, match="not a real date"):
        parse_date(text, "fi")


@pytest.mark.parametrize("text", ["", "22.11", "22-11-2026", "22.11/2026", "tomorrow", "22.11.202"])
def test_parse_date_unreadable(text: str) -> None:
    with pytest.raises(ValueError, match="as a date"):
        parse_date(text, "fi")


@pytest.mark.parametrize("lang", SUPPORTED)
@pytest.mark.parametrize("day", [date(2026, 11, 22), date(2024, 2, 29), date(1999, 1, 1)])
def test_date_round_trip(lang: str, day: date) -> None:
    assert parse_date(format_date(day, lang), lang) == day


def test_times_are_shown_in_finnish_time_across_daylight_saving():
    from datetime import UTC, datetime

    from app.locale import format_datetime

    assert format_datetime(datetime(2026, 11, 17, 8, 0, tzinfo=UTC), "fi") == "17.11.2026 10.00"
    assert format_datetime(datetime(2026, 7, 17, 8, 0, tzinfo=UTC), "fi") == "17.7.2026 11.00"
    assert format_datetime(datetime(2026, 7, 17, 8, 0, tzinfo=UTC), "sv") == "17.7.2026 11:00"
