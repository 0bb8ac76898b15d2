"""Text and numbers as the e-invoice formats want them: XML-safe, length-limited, decimal."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
# XML 1.0 forbids most control characters; a pasted one must not make the file unreadable.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: str | None) -> str:
    """User text with the characters XML cannot carry removed; everything else stays literal."""
    return _NOT_XML.sub("", value or "")


def one_line(value: str | None) -> str:
    """User text on one line: names and addresses have no line breaks in either format."""
    return " ".join(xml_text(value).split())


def clip(value: str, limit: int) -> str:
    """At most ``limit`` characters (the schemas count characters, not bytes)."""
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def chunks(value: str, size: int) -> list[str]:
    """Long text cut into pieces the schema accepts, at spaces where possible."""
    text = xml_text(value).strip()
    pieces: list[str] = []
    while len(text) > size:
        cut = text.rfind(" ", 0, size + 1)
        if cut <= 0:
            cut = size
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return pieces


def cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def dot_amount(amount: Decimal) -> str:
    """An amount with two decimals and a dot, as UBL writes it."""
    return f"{cents(amount):f}"


def comma_amount(amount: Decimal) -> str:
    """An amount with two decimals and a decimal comma, as Finvoice writes it."""
    return dot_amount(amount).replace(".", ",")


def plain_number(value: Decimal) -> str:
    """A quantity or rate without trailing zeros and without an exponent: 2.5, 24, 25.5."""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def comma_number(value: Decimal) -> str:
    return plain_number(value).replace(".", ",")
