"""Validators for Finnish identity codes, business IDs, IBAN, BIC and postal codes."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Literal

from stdnum import exceptions as stdx
from stdnum.fi import hetu, ytunnus

if TYPE_CHECKING:
    from schwifty import IBAN

ErrorCode = Literal["length", "checksum", "format", "date"]

_HETU_CENTURIES = {"+": 1800, **dict.fromkeys("-YXWVU", 1900), **dict.fromkeys("ABCDEF", 2000)}
_HETU_RE = re.compile(r"(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])")


class InvalidIdentifier(ValueError):
    """An identifier failed validation; ``kind`` and ``code`` let a UI show its own message."""

    def __init__(self, kind: str, code: ErrorCode) -> None:
        # The value is left out on purpose: a henkilötunnus must not end up in logs.
        super().__init__(f"Invalid {kind} ({code})")
        self.kind = kind
        self.code = code


def _stdnum_code(exc: stdx.ValidationError) -> ErrorCode:
    if isinstance(exc, stdx.InvalidLength):
        return "length"
    if isinstance(exc, stdx.InvalidChecksum):
        return "checksum"
    return "format"


def _hetu_date(code: str) -> date | None:
    match = _HETU_RE.fullmatch(code)
    if not match:
        return None
    day, month, year, sign = match.group(1, 2, 3, 4)
    try:
        return date(_HETU_CENTURIES[sign] + int(year), int(month), int(day))
    except ValueError:
        return None


def validate_hetu(code: str) -> str:
    """Return the normalized henkilötunnus; temporary (900-999) and 2023 century signs pass."""
    compact = hetu.compact(code)
    try:
        return hetu.validate(compact, allow_temporary=True)
    except stdx.ValidationError as exc:
        reason = _stdnum_code(exc)
        if len(compact) != 11:
            reason = "length"
        elif _HETU_RE.fullmatch(compact) and _hetu_date(compact) is None:
            reason = "date"
        raise InvalidIdentifier("hetu", reason) from exc


def hetu_birth_date(code: str) -> date:
    """Return the birth date encoded in a valid henkilötunnus."""
    birth = _hetu_date(validate_hetu(code))
    assert birth is not None  # validate_hetu has already checked the date
    return birth


def hetu_gender(code: str) -> Literal["male", "female"]:
    """Return the legal gender: an odd individual number means male, even female."""
    return "male" if int(validate_hetu(code)[7:10]) % 2 else "female"


def is_temporary_hetu(code: str) -> bool:
    """Tell whether ``code`` is a valid temporary identity code (individual number 900-999)."""
    try:
        return int(validate_hetu(code)[7:10]) >= 900
    except InvalidIdentifier:
        return False


def validate_ytunnus(code: str) -> str:
    """Return the Y-tunnus as ``1234567-8``."""
    try:
        return ytunnus.format(ytunnus.validate(code))
    except stdx.ValidationError as exc:
        raise InvalidIdentifier("ytunnus", _stdnum_code(exc)) from exc


def vat_id_from_ytunnus(code: str) -> str:
    """Return the Finnish VAT ID (``FI`` + the eight digits) of a Y-tunnus."""
    return "FI" + validate_ytunnus(code).replace("-", "")


def _iban(iban: str) -> IBAN:
    # schwifty loads its bank registry on import: only when an IBAN is first checked.
    from schwifty import IBAN
    from schwifty import exceptions as sx

    try:
        return IBAN(iban)
    except sx.InvalidLength as exc:
        raise InvalidIdentifier("iban", "length") from exc
    except (sx.InvalidChecksumDigits, sx.InvalidBBANChecksum) as exc:
        raise InvalidIdentifier("iban", "checksum") from exc
    except sx.SchwiftyException as exc:
        raise InvalidIdentifier("iban", "format") from exc


def validate_iban(iban: str) -> str:
    """Return the IBAN in compact form, e.g. ``FI3715903000000776``."""
    return _iban(iban).compact


def format_iban(iban: str) -> str:
    """Return the IBAN in groups of four, e.g. ``FI37 1590 3000 0007 76``."""
    return _iban(iban).formatted


def bic_for_iban(iban: str) -> str | None:
    """Return the bank's BIC for a Finnish IBAN from schwifty's registry, else None."""
    parsed = _iban(iban)
    if parsed.country_code != "FI" or parsed.bic is None:
        return None
    return str(parsed.bic)


def validate_bic(bic: str) -> str:
    """Return the BIC in upper case without spaces."""
    from schwifty import BIC
    from schwifty import exceptions as sx

    try:
        return str(BIC("".join(bic.split())))
    except sx.InvalidLength as exc:
        raise InvalidIdentifier("bic", "length") from exc
    except sx.SchwiftyException as exc:
        raise InvalidIdentifier("bic", "format") from exc


_FOREIGN_POSTAL = re.compile(r"[0-9A-Z][0-9A-Z -]{1,9}")


def validate_postal_code(code: str, country: str = "FI") -> str:
    """Return the postal code stripped; Finnish ones must be exactly five digits."""
    value = code.strip().upper()
    if country.upper() == "FI":
        if not value.isdigit() or not value.isascii():
            raise InvalidIdentifier("postal_code", "format")
        if len(value) != 5:
            raise InvalidIdentifier("postal_code", "length")
        return value
    # Other countries vary too much to check more than a plausible shape.
    if not _FOREIGN_POSTAL.fullmatch(value):
        raise InvalidIdentifier("postal_code", "format")
    return value
