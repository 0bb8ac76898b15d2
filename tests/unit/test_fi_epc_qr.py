"""EPC QR payload (EPC069-12 with the Finnish due-date convention) and QR settings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
import segno

from app.fi.epc_qr import epc_qr_code, epc_qr_payload

BASE = {
    "bic": "NDEAFIHH",
    "name": "Osuuskunta Esimerkki",
    "iban": "FI37 1590 3000 0007 76",
    "amount": Decimal("12.25"),
}


def test_rf_reference_and_due_date_give_exact_lines() -> None:
    payload = epc_qr_payload(**BASE, reference="RF18 5390 0754 7034", due=date(2016, 12, 21))
    assert payload.split("\n") == [
        "BCD",
        "001",
        "1",
        "SCT",
        "NDEAFIHH",
        "Osuuskunta Esimerkki",
        "FI3715903000000776",
        "EUR12.25",
        "",
        "RF18539007547034",
        "",
        "ReqdExctnDt/2016-12-21",
    ]


def test_finnish_reference_and_due_date_give_exact_lines() -> None:
    """The Finnish practice (Kitsas, laskutys): a Finnish reference in the structured line."""
    payload = epc_qr_payload(**BASE, reference="1 1112", due=date(2026, 6, 22))
    assert payload.split("\n") == [
        "BCD",
        "001",
        "1",
        "SCT",
        "NDEAFIHH",
        "Osuuskunta Esimerkki",
        "FI3715903000000776",
        "EUR12.25",
        "",
        "11112",
        "",
        "ReqdExctnDt/2026-06-22",
    ]


def test_bic_comes_from_a_finnish_iban_when_not_given() -> None:
    lines = epc_qr_payload(**{**BASE, "bic": ""}, reference="11112").split("\n")
    assert lines[1] == "001"
    assert lines[4] == "NDEAFIHH"


def test_text_without_reference() -> None:
    lines = epc_qr_payload(**BASE, text="Lasku 42\nkiitos").split("\n")
    assert lines[9:] == ["", "Lasku 42 kiitos"]


def test_info_line_when_no_due_date() -> None:
    lines = epc_qr_payload(**BASE, text="Lasku 42", info="Thanks").split("\n")
    assert lines[-1] == "Thanks"
    assert len(lines) == 12


def test_trailing_empty_lines_are_stripped() -> None:
    payload = epc_qr_payload(**BASE)
    assert payload.endswith("EUR12.25")
    assert len(payload.split("\n")) == 8


def test_amount_always_has_two_decimals_and_a_dot() -> None:
    lines = epc_qr_payload(**{**BASE, "amount": Decimal("1500")}).split("\n")
    assert lines[7] == "EUR1500.00"


def test_bic_optional_in_version_002_only() -> None:
    lines = epc_qr_payload(**{**BASE, "bic": ""}, version="002").split("\n")
    assert lines[4] == ""
    foreign = {**BASE, "bic": "", "iban": "DE89370400440532013000"}
    with pytest.raises(ValueError, match="001 needs a BIC"):
        epc_qr_payload(**foreign, version="001")


def test_long_name_is_truncated_to_70() -> None:
    lines = epc_qr_payload(**{**BASE, "name": "N" * 100}).split("\n")
    assert lines[5] == "N" * 70


def test_long_text_is_truncated_to_140() -> None:
    lines = epc_qr_payload(**BASE, text="t" * 200).split("\n")
    assert lines[10] == "t" * 140


def test_reference_and_text_are_exclusive() -> None:
    with pytest.raises(ValueError, match="not both"):
        epc_qr_payload(**BASE, reference="11112", text="hello")


def test_due_and_info_are_exclusive() -> None:
    with pytest.raises(ValueError, match="not both"):
        epc_qr_payload(**BASE, due=date(2026, 1, 1), info="hello")


def test_invalid_reference_is_rejected() -> None:
    with pytest.raises(ValueError, match="not a valid"):
        epc_qr_payload(**BASE, reference="11113")


@pytest.mark.parametrize("amount", ["0", "0.00", "-1", "1000000000.00", "1.001"])
def test_amount_out_of_range_or_fractional_cents(amount: str) -> None:
    with pytest.raises(ValueError, match="QR amount"):
        epc_qr_payload(**{**BASE, "amount": Decimal(amount)})


def test_amount_bounds_are_inclusive() -> None:
    assert "EUR0.01" in epc_qr_payload(**{**BASE, "amount": Decimal("0.01")})
    assert "EUR999999999.99" in epc_qr_payload(**{**BASE, "amount": Decimal("999999999.99")})


def test_float_amount_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        epc_qr_payload(**{**BASE, "amount": 12.25})


def test_bad_iban_and_bic_are_rejected() -> None:
    with pytest.raises(ValueError, match="checksum"):
        epc_qr_payload(**{**BASE, "iban": "FI3715903000000777"})
    with pytest.raises(ValueError, match="length"):
        epc_qr_payload(**{**BASE, "bic": "NDEA"})


def test_payload_over_331_bytes_is_rejected() -> None:
    with pytest.raises(ValueError, match="331 bytes"):
        epc_qr_payload(**BASE, text="€" * 140)


def test_unknown_version_is_rejected() -> None:
    with pytest.raises(ValueError, match="version"):
        epc_qr_payload(**BASE, version="003")


def test_qr_code_uses_level_m_and_utf8_bytes() -> None:
    payload = epc_qr_payload(**{**BASE, "name": "Åsa Öberg"}, reference="RF18539007547034")
    code = epc_qr_code(payload)
    assert code.error == "M"
    assert code.mode == "byte"
    assert not code.is_micro
    expected = segno.make(payload.encode("utf-8"), error="M", boost_error=False, micro=False)
    assert code.matrix == expected.matrix
