"""Payment references: the Finnish viitenumero and the ISO 11649 RF creditor reference."""

from __future__ import annotations

import re

from stdnum import iso11649

# Hand-written because no library implements the Finnish 7-3-1 reference (stdnum has only RF).
_WEIGHTS = (7, 3, 1)
_DIGITS = re.compile(r"\d+")
_RF_BODY = re.compile(r"[0-9A-Z]{1,21}")
_RF = re.compile(r"RF\d{2}[0-9A-Z]{1,21}")


def normalize_reference(ref: str) -> str:
    """Return ``ref`` without any whitespace and in upper case."""
    return "".join(str(ref).split()).upper()


def _fi_check_digit(base: str) -> str:
    total = sum(int(d) * _WEIGHTS[i % 3] for i, d in enumerate(reversed(base)))
    return str((10 - total % 10) % 10)


def fi_reference(base: str) -> str:
    """Append the 7-3-1 check digit to a Finnish reference base of 3 to 19 digits."""
    digits = normalize_reference(base)
    if not _DIGITS.fullmatch(digits):
        raise ValueError(f"A reference base may contain only digits, got {base!r}.")
    if not 3 <= len(digits) <= 19:
        raise ValueError(f"A reference base must have 3 to 19 digits, got {len(digits)}.")
    return digits + _fi_check_digit(digits)


def is_valid_fi_reference(ref: str) -> bool:
    """Tell whether ``ref`` is a Finnish reference: 4 to 20 digits with a correct check digit."""
    digits = normalize_reference(ref)
    if not _DIGITS.fullmatch(digits) or not 4 <= len(digits) <= 20:
        return False
    return _fi_check_digit(digits[:-1]) == digits[-1]


def format_fi_reference(ref: str) -> str:
    """Print a Finnish reference in groups of five digits counted from the right."""
    digits = normalize_reference(ref)
    if not _DIGITS.fullmatch(digits):
        raise ValueError(f"A Finnish reference may contain only digits, got {ref!r}.")
    head = len(digits) % 5
    groups = [digits[:head]] if head else []
    groups += [digits[i : i + 5] for i in range(head, len(digits), 5)]
    return " ".join(groups)


def _rf_numeric(text: str) -> int:
    # ISO 7064 letters-to-numbers: A=10 ... Z=35, digits stay.
    return int("".join(str(int(ch, 36)) for ch in text))


def rf_reference(base: str) -> str:
    """Build an RF creditor reference (ISO 11649) from a body of 1 to 21 letters or digits."""
    body = normalize_reference(base)
    if not _RF_BODY.fullmatch(body):
        raise ValueError(f"An RF reference body must be 1 to 21 letters or digits, got {base!r}.")
    check = 98 - _rf_numeric(body + "RF00") % 97
    return f"RF{check:02d}{body}"


def is_valid_rf_reference(ref: str) -> bool:
    """Tell whether ``ref`` is a valid RF creditor reference."""
    compact = normalize_reference(ref)
    # stdnum also strips punctuation, so check the plain shape ourselves first.
    return bool(_RF.fullmatch(compact)) and iso11649.is_valid(compact)


def format_rf_reference(ref: str) -> str:
    """Print an RF reference in groups of four characters from the left."""
    compact = normalize_reference(ref)
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def validate_reference(ref: str) -> str:
    """Return the normalized reference if it is a valid Finnish or RF reference."""
    compact = normalize_reference(ref)
    if compact.startswith("RF"):
        if is_valid_rf_reference(compact):
            return compact
    elif is_valid_fi_reference(compact):
        return compact
    raise ValueError(f"{ref!r} is not a valid Finnish or RF payment reference.")
