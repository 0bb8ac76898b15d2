"""Virtual bank barcode (Pankkiviivakoodi-opas 5.3) against the guide's examples."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.fi.barcode import BarcodeNotPossible, virtual_barcode
from tests.vectors import load_vectors

CASES = load_vectors()["virtual_barcode"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["reference"])
def test_barcode_vectors(case: dict[str, str]) -> None:
    code = virtual_barcode(
        case["iban"],
        Decimal(case["amount"]),
        case["reference"],
        date.fromisoformat(case["due"]),
    )
    assert code == case["barcode"]
    assert len(code) == 54


def test_vectors_cover_both_versions() -> None:
    assert {case["barcode"][0] for case in CASES} == {"4", "5"}


def test_no_due_date_is_zeros() -> None:
    code = virtual_barcode("FI37 1590 3000 0007 76", Decimal("12.25"), "11112", None)
    assert code == "437159030000007760000122500000000000000000011112000000"


def test_zero_amount_is_allowed() -> None:
    code = virtual_barcode("FI3715903000000776", Decimal("0"), "11112", None)
    assert code[17:25] == "00000000"


def test_largest_amount_fits() -> None:
    code = virtual_barcode("FI3715903000000776", Decimal("999999.99"), "11112", None)
    assert code[17:25] == "99999999"


def test_reference_with_spaces() -> None:
    code = virtual_barcode("FI3715903000000776", Decimal("1.00"), "1 1112", None)
    assert code.endswith("11112000000")


def _refusal(**overrides: object) -> str:
    args: dict[str, object] = {
        "iban": "FI3715903000000776",
        "amount": Decimal("12.25"),
        "reference": "11112",
        "due": None,
    }
    args.update(overrides)
    with pytest.raises(BarcodeNotPossible) as info:
        virtual_barcode(**args)  # type: ignore[arg-type]
    assert str(info.value)  # a plain message for logs
    return info.value.reason


def test_refuses_non_finnish_iban() -> None:
    assert _refusal(iban="DE89370400440532013000") == "non_finnish_iban"


def test_refuses_invalid_iban() -> None:
    assert _refusal(iban="FI3715903000000777") == "invalid_iban"


def test_refuses_amount_over_limit() -> None:
    assert _refusal(amount=Decimal("1000000.00")) == "amount_too_large"


def test_refuses_negative_amount() -> None:
    assert _refusal(amount=Decimal("-0.01")) == "negative_amount"


@pytest.mark.parametrize("reference", ["11113", "RF00868516259619897", "abc", "RF47ABC123"])
def test_refuses_invalid_or_letter_reference(reference: str) -> None:
    # RF47ABC123 is a valid RF reference, but letters cannot go into a numeric barcode.
    assert _refusal(reference=reference) == "invalid_reference"


def test_refusal_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="Finnish IBAN"):
        virtual_barcode("DE89370400440532013000", Decimal("1"), "11112", None)


def test_float_amount_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        virtual_barcode("FI3715903000000776", 12.25, "11112", None)  # type: ignore[arg-type]


def test_fractional_cents_are_rejected() -> None:
    with pytest.raises(ValueError, match="whole cents"):
        virtual_barcode("FI3715903000000776", Decimal("1.005"), "11112", None)
