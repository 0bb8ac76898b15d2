"""Made-up identifiers and contact details: temporary henkilötunnus codes, Y-tunnus, addresses."""

from __future__ import annotations

import random
from datetime import date

from app.domain.enums import Language
from app.fi.ids import hetu_birth_date, is_temporary_hetu, validate_ytunnus

from . import names

_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_YTUNNUS_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def temporary_hetu(rng: random.Random, birth: date, female: bool, taken: set[str]) -> str:
    """A temporary code (individual number 900-999): never a real person's identity code."""
    while True:
        # The century signs introduced in 2023 (B, Y) appear in some codes, as in reality.
        sign = rng.choice("AAAB" if birth.year >= 2000 else "----Y")
        number = rng.randrange(900 + (0 if female else 1), 1000, 2)
        body = f"{birth:%d%m}{birth.year % 100:02d}"
        code = f"{body}{sign}{number}{_HETU_CHECK[int(f'{body}{number}') % 31]}"
        if code in taken:
            continue
        # Checked with the app's own validator, so the demo can never hold an invalid code.
        if not is_temporary_hetu(code) or hetu_birth_date(code) != birth:
            raise AssertionError("generated an invalid temporary identity code")
        taken.add(code)
        return code


def ytunnus(rng: random.Random, taken: set[str]) -> str:
    """A Y-tunnus with a valid check digit, not yet in ``taken``."""
    while True:
        base = f"{rng.randrange(1_000_000, 3_400_000):07d}"
        remainder = sum(int(d) * w for d, w in zip(base, _YTUNNUS_WEIGHTS, strict=True)) % 11
        if remainder == 1:
            continue  # no valid check digit exists for this base
        code = validate_ytunnus(f"{base}-{0 if remainder == 0 else 11 - remainder}")
        if code not in taken:
            taken.add(code)
            return code


def email_local(name: str) -> str:
    """``Åsa Östman`` -> ``asa.ostman``: e-mail addresses are ASCII."""
    table = str.maketrans("äöåÄÖÅéü ", "aoaAOAeu.")
    return name.translate(table).lower()


def street_address(rng: random.Random, language: Language) -> tuple[str, names.Place]:
    """A street address in Porvoo, Sipoo or Askola, named in the person's language."""
    street = rng.choices(names.STREETS, weights=names.STREET_WEIGHTS)[0]
    number = f"{rng.randint(1, 60)}"
    if rng.random() < 0.45:
        number += f" {rng.choice('ABCD')} {rng.randint(1, 30)}"
    name = street.name_sv if language == Language.SV else street.name_fi
    return f"{name} {number}", street.place


def phone_number(rng: random.Random, mobile: bool = True) -> str:
    """A Finnish mobile number, or one in Porvoo's 019 area for organisations."""
    prefix = f"0{rng.choice(('40', '41', '44', '45', '50'))}" if mobile else "019"
    return f"{prefix} {rng.randint(200, 999)} {rng.randint(1000, 9999)}"
