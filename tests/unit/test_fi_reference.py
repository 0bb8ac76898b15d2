"""Finnish 7-3-1 references and RF creditor references against public vectors."""

from __future__ import annotations

import pytest

from app.fi.reference import (
    fi_reference,
    format_fi_reference,
    format_rf_reference,
    is_valid_fi_reference,
    is_valid_rf_reference,
    normalize_reference,
    rf_reference,
    validate_reference,
)
from tests.vectors import load_vectors

FI_CASES = load_vectors()["fi_reference"]
RF_CASES = load_vectors()["rf_reference"]


@pytest.mark.parametrize("case", FI_CASES, ids=lambda c: c["base"])
def test_fi_reference_vectors(case: dict[str, str]) -> None:
    assert fi_reference(case["base"]) == case["reference"]
    assert is_valid_fi_reference(case["reference"])


@pytest.mark.parametrize("case", FI_CASES, ids=lambda c: c["base"])
def test_fi_reference_wrong_check_digit_is_rejected(case: dict[str, str]) -> None:
    ref = case["reference"]
    wrong = ref[:-1] + str((int(ref[-1]) + 1) % 10)
    assert not is_valid_fi_reference(wrong)


def test_fi_reference_accepts_spaces_in_base() -> None:
    assert fi_reference(" 12 3 ") == "1232"


@pytest.mark.parametrize("base", ["12", "1" * 20, "12a4", "", "12-34"])
def test_fi_reference_rejects_bad_base(base: str) -> None:
    with pytest.raises(ValueError, match="reference base"):
        fi_reference(base)


def test_fi_reference_longest_base() -> None:
    ref = fi_reference("1" * 19)
    assert len(ref) == 20
    assert is_valid_fi_reference(ref)


@pytest.mark.parametrize(
    ("ref", "valid"),
    [
        ("16625", True),
        ("1 6625", True),
        ("1232", True),
        ("123", False),  # too short even though digits
        ("1" * 21, False),
        ("1662A", False),
        ("16626", False),
    ],
)
def test_is_valid_fi_reference(ref: str, valid: bool) -> None:
    assert is_valid_fi_reference(ref) is valid


@pytest.mark.parametrize(
    ("ref", "printed"),
    [
        ("1232", "1232"),
        ("16625", "16625"),
        ("1234561", "12 34561"),
        ("868516259619897", "86851 62596 19897"),
        ("69875 672083435364", "69 87567 20834 35364"),
    ],
)
def test_format_fi_reference_groups_from_right(ref: str, printed: str) -> None:
    assert format_fi_reference(ref) == printed


@pytest.mark.parametrize("case", RF_CASES, ids=lambda c: c["base"])
def test_rf_reference_vectors(case: dict[str, str]) -> None:
    assert rf_reference(case["base"]) == case["reference"]
    assert is_valid_rf_reference(case["reference"])


def test_rf_reference_with_letters_round_trips() -> None:
    ref = rf_reference("invoice 2026 a")
    assert ref.startswith("RF")
    assert ref.endswith("INVOICE2026A")
    assert is_valid_rf_reference(ref)


@pytest.mark.parametrize("base", ["", "A" * 22, "12-34", "ÄÖ"])
def test_rf_reference_rejects_bad_body(base: str) -> None:
    with pytest.raises(ValueError, match="RF reference body"):
        rf_reference(base)


@pytest.mark.parametrize(
    ("ref", "valid"),
    [
        ("RF18539007547034", True),
        ("rf18 5390 0754 7034", True),
        ("RF17539007547034", False),
        ("RF18-5390-0754-7034", False),  # stdnum would strip dashes; we do not accept them
        ("XX18539007547034", False),
        ("RF18", False),
    ],
)
def test_is_valid_rf_reference(ref: str, valid: bool) -> None:
    assert is_valid_rf_reference(ref) is valid


def test_format_rf_reference_groups_of_four() -> None:
    assert format_rf_reference("rf18539007547034") == "RF18 5390 0754 7034"
    assert format_rf_reference("RF341234561") == "RF34 1234 561"


def test_normalize_reference() -> None:
    assert normalize_reference(" rf18 5390\t0754 7034 ") == "RF18539007547034"


@pytest.mark.parametrize(
    ("ref", "normalized"),
    [("1 6625", "16625"), ("rf34 1234 561", "RF341234561")],
)
def test_validate_reference_accepts_both_kinds(ref: str, normalized: str) -> None:
    assert validate_reference(ref) == normalized


@pytest.mark.parametrize("ref", ["16626", "RF351234561", "ABC", ""])
def test_validate_reference_rejects_invalid(ref: str) -> None:
    with pytest.raises(ValueError, match="not a valid"):
        validate_reference(ref)
