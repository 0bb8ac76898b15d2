"""Finnish virtual bank barcode (Pankkiviivakoodi-opas 5.3): 54 digits, versions 4 and 5."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from app.fi.reference import is_valid_fi_reference, is_valid_rf_reference, normalize_reference

MAX_AMOUNT = Decimal("999999.99")


class BarcodeRefusal(StrEnum):
    """Why no barcode can be printed; a StrEnum so it compares equal to its code string."""

    NON_FINNISH_IBAN = "non_finnish_iban"
    INVALID_IBAN = "invalid_iban"
    AMOUNT_TOO_LARGE = "amount_too_large"
    NEGATIVE_AMOUNT = "negative_amount"
    INVALID_REFERENCE = "invalid_reference"


class BarcodeNotPossible(ValueError):
    """The invoice's data cannot be put in a virtual barcode; ``reason`` says why."""

    def __init__(self, reason: BarcodeRefusal, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def _account_digits(iban: str) -> str:
    try:
        parsed = IBAN(iban)
    except SchwiftyException as exc:
        raise BarcodeNotPossible(BarcodeRefusal.INVALID_IBAN, f"Invalid IBAN: {exc}") from exc
    if parsed.country_code != "FI":
        raise BarcodeNotPossible(
            BarcodeRefusal.NON_FINNISH_IBAN,
            f"The barcode needs a Finnish IBAN, got one from {parsed.country_code}.",
        )
    return parsed.compact[2:]


def _amount_digits(amount: Decimal) -> str:
    # Floats cannot hold cents exactly, so money must arrive as Decimal.
    if not isinstance(amount, Decimal):
        raise TypeError(f"amount must be a Decimal, got {type(amount).__name__}")
    if not amount.is_finite():
        raise ValueError(f"amount must be a finite number, got {amount}")
    if amount < 0:
        raise BarcodeNotPossible(BarcodeRefusal.NEGATIVE_AMOUNT, "The amount is negative.")
    if amount > MAX_AMOUNT:
        raise BarcodeNotPossible(
            BarcodeRefusal.AMOUNT_TOO_LARGE, "The barcode holds at most 999 999,99 euros."
        )
    cents = amount * 100
    if cents != cents.to_integral_value():
        raise ValueError(f"amount must be whole cents, got {amount}")
    return f"{int(cents):08d}"


def _reference_digits(reference: str) -> tuple[str, str]:
    ref = normalize_reference(reference)
    if is_valid_rf_reference(ref) and ref[2:].isdigit():
        # Version 5: RF check digits then the body padded to 21; letters cannot be encoded.
        return "5", ref[2:4] + ref[4:].zfill(21)
    if is_valid_fi_reference(ref):
        return "4", "000" + ref.zfill(20)
    raise BarcodeNotPossible(
        BarcodeRefusal.INVALID_REFERENCE,
        f"{reference!r} is neither a Finnish reference nor an all-digit RF reference.",
    )


def virtual_barcode(iban: str, amount: Decimal, reference: str, due: date | None) -> str:
    """Return the 54-digit virtual barcode: version 4 for a Finnish reference, 5 for RF."""
    account = _account_digits(iban)
    money = _amount_digits(amount)
    version, ref = _reference_digits(reference)
    due_digits = due.strftime("%y%m%d") if due is not None else "000000"
    code = version + account + money + ref + due_digits
    assert len(code) == 54, code  # every part has a fixed width; guard against slips
    return code
