"""Henkilötunnus, Y-tunnus, IBAN, BIC and postal-code validators."""

from __future__ import annotations

from datetime import date

import pytest

from app.fi.ids import (
    InvalidIdentifier,
    bic_for_iban,
    format_iban,
    hetu_birth_date,
    hetu_gender,
    is_temporary_hetu,
    validate_bic,
    validate_hetu,
    validate_iban,
    validate_postal_code,
    validate_ytunnus,
    vat_id_from_ytunnus,
)
from tests.vectors import load_vectors

VECTORS = load_vectors()
VALID_HETU = [c for c in VECTORS["henkilotunnus"] if c["valid"]]
INVALID_HETU = [c for c in VECTORS["henkilotunnus"] if not c["valid"]]
VALID_YTUNNUS = [c for c in VECTORS["ytunnus"] if c["valid"]]
INVALID_YTUNNUS = [c for c in VECTORS["ytunnus"] if not c["valid"]]


def _ids(case: dict[str, object]) -> str:
    return str(case["code"])


@pytest.mark.parametrize("case", VALID_HETU, ids=_ids)
def test_hetu_vectors_valid(case: dict[str, object]) -> None:
    code = str(case["code"])
    assert validate_hetu(code.lower()) == code
    assert is_temporary_hetu(code) is bool(case.get("temporary", False))
    if "birth_date" in case:
        assert hetu_birth_date(code) == date.fromisoformat(str(case["birth_date"]))
    if "gender" in case:
        assert hetu_gender(code) == case["gender"]


@pytest.mark.parametrize("case", INVALID_HETU, ids=_ids)
def test_hetu_vectors_invalid(case: dict[str, object]) -> None:
    with pytest.raises(InvalidIdentifier) as info:
        validate_hetu(str(case["code"]))
    assert info.value.kind == "hetu"
    assert not is_temporary_hetu(str(case["code"]))


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("131052-308U", "checksum"),
        ("311352-308T", "date"),
        ("131052-308", "length"),
        ("131052*308T", "format"),
    ],
)
def test_hetu_error_codes(code: str, error: str) -> None:
    with pytest.raises(InvalidIdentifier) as info:
        validate_hetu(code)
    assert info.value.code == error


def test_hetu_error_message_does_not_leak_the_code() -> None:
    with pytest.raises(InvalidIdentifier) as info:
        validate_hetu("131052-308U")
    assert "131052" not in str(info.value)


def test_hetu_new_century_signs_and_details() -> None:
    # 2000s sign B and temporary individual number 903 (odd -> male).
    assert hetu_birth_date("010516B903X") == date(2016, 5, 1)
    assert hetu_gender("010516B903X") == "male"
    # 1900s sign Y, individual number 903.
    assert hetu_birth_date("010594Y9032") == date(1994, 5, 1)


def test_hetu_classic_is_not_temporary() -> None:
    assert not is_temporary_hetu("131052-308T")
    assert hetu_gender("131052-308T") == "female"


@pytest.mark.parametrize("case", VALID_YTUNNUS, ids=_ids)
def test_ytunnus_vectors_valid(case: dict[str, object]) -> None:
    code = str(case["code"])
    assert validate_ytunnus(code) == code
    assert validate_ytunnus(code.replace("-", "")) == code
    assert vat_id_from_ytunnus(code) == "FI" + code.replace("-", "")


@pytest.mark.parametrize("case", INVALID_YTUNNUS, ids=_ids)
def test_ytunnus_vectors_invalid(case: dict[str, object]) -> None:
    with pytest.raises(InvalidIdentifier) as info:
        validate_ytunnus(str(case["code"]))
    assert (info.value.kind, info.value.code) == ("ytunnus", "checksum")


def test_ytunnus_wrong_length() -> None:
    with pytest.raises(InvalidIdentifier) as info:
        validate_ytunnus("207747")
    assert info.value.code == "length"


def test_iban_compact_and_formatted() -> None:
    assert validate_iban("fi37 1590 3000 0007 76") == "FI3715903000000776"
    assert format_iban("FI3715903000000776") == "FI37 1590 3000 0007 76"


@pytest.mark.parametrize(
    ("iban", "error"),
    [
        ("FI3715903000000777", "checksum"),
        ("FI37159030000007", "length"),
        ("XX3715903000000776", "format"),
    ],
)
def test_iban_errors(iban: str, error: str) -> None:
    with pytest.raises(InvalidIdentifier) as info:
        validate_iban(iban)
    assert (info.value.kind, info.value.code) == ("iban", error)


def test_bic_for_finnish_iban() -> None:
    assert bic_for_iban("FI37 1590 3000 0007 76") == "NDEAFIHH"
    assert bic_for_iban("FI7944052020036082") == "ITELFIHH"


def test_bic_for_foreign_iban_is_none() -> None:
    assert bic_for_iban("DE89370400440532013000") is None


def test_validate_bic() -> None:
    assert validate_bic("ndea fi hh") == "NDEAFIHH"
    with pytest.raises(InvalidIdentifier) as info:
        validate_bic("NDEA")
    assert (info.value.kind, info.value.code) == ("bic", "length")
    with pytest.raises(InvalidIdentifier):
        validate_bic("NDEAQQHH")  # no country QQ


@pytest.mark.parametrize(
    ("code", "country", "error"),
    [
        ("0010", "FI", "length"),
        ("001000", "FI", "length"),
        ("00 100", "FI", "format"),
        ("", "SE", "format"),
    ],
)
def test_postal_code_errors(code: str, country: str, error: str) -> None:
    with pytest.raises(InvalidIdentifier) as info:
        validate_postal_code(code, country)
    assert info.value.code == error


def test_postal_code_valid() -> None:
    assert validate_postal_code(" 00100 ") == "00100"
    assert validate_postal_code("123 45", "SE") == "123 45"
