"""EPC QR payload (EPC069-12, Finance Finland QR guideline) for SEPA credit transfers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import segno
from schwifty import BIC, IBAN

from app.fi.reference import validate_reference

MIN_AMOUNT = Decimal("0.01")
MAX_AMOUNT = Decimal("999999999.99")
MAX_PAYLOAD_BYTES = 331  # EPC069-12 limit for the whole payload


def _one_line(value: str, limit: int) -> str:
    # A line break inside a field would shift every later field.
    return " ".join(value.split())[:limit]


def _amount_line(amount: Decimal) -> str:
    if not isinstance(amount, Decimal):
        raise TypeError(f"amount must be a Decimal, got {type(amount).__name__}")
    if not amount.is_finite() or not MIN_AMOUNT <= amount <= MAX_AMOUNT:
        raise ValueError(f"The QR amount must be 0.01 to 999999999.99 euros, got {amount}.")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError(f"The QR amount must be whole cents, got {amount}.")
    return f"EUR{amount:.2f}"


def epc_qr_payload(
    *,
    bic: str,
    name: str,
    iban: str,
    amount: Decimal,
    reference: str | None = None,
    text: str | None = None,
    info: str | None = None,
    due: date | None = None,
    version: str = "001",
) -> str:
    """Build the EPC QR text the Finnish way: version 001 with the BIC, the reference (Finnish
    or RF) in the structured creditor-reference line.

    ``reference`` and ``text`` exclude each other, and so do ``due`` and ``info``: the due
    date is written as ``ReqdExctnDt/YYYY-MM-DD`` in the information line (Finnish practice).
    Without ``bic`` the BIC of a Finnish IBAN's bank is used. Name, text and info are cut to
    70, 140 and 70 characters.
    """
    if version not in ("001", "002"):
        raise ValueError(f"EPC QR version must be '001' or '002', got {version!r}.")
    bic_text = "".join((bic or "").split()).upper()
    if not bic_text and version == "001":
        parsed = IBAN(iban, allow_invalid=True)
        # Only a Finnish bank's BIC is taken from the registry (as the invoicers do).
        if parsed.country_code == "FI" and parsed.bic is not None:
            bic_text = str(parsed.bic)
    if bic_text:
        bic_text = str(BIC(bic_text))
    elif version == "001":
        raise ValueError("EPC QR version 001 needs a BIC.")
    beneficiary = _one_line(name, 70)
    if not beneficiary:
        raise ValueError("The beneficiary name is required.")
    if reference and text:
        raise ValueError("Give either a payment reference or a message text, not both.")
    if due is not None and info:
        raise ValueError("Give either a due date or an information text, not both.")

    structured = unstructured = ""
    if reference:
        # Finnish banking apps read a Finnish reference from the structured line too.
        structured = validate_reference(reference)
    elif text:
        unstructured = _one_line(text, 140)
    information = f"ReqdExctnDt/{due.isoformat()}" if due is not None else _one_line(info or "", 70)

    lines = [
        "BCD",
        version,
        "1",
        "SCT",
        bic_text,
        beneficiary,
        IBAN(iban).compact,
        _amount_line(amount),
        "",
        structured,
        unstructured,
        information,
    ]
    while lines[-1] == "":
        lines.pop()
    payload = "\n".join(lines)
    if len(payload.encode("utf-8")) > MAX_PAYLOAD_BYTES:
        raise ValueError("The EPC QR payload is longer than 331 bytes.")
    return payload


def epc_qr_code(payload: str) -> segno.QRCode:
    """Encode the payload as a QR code with error correction M, as EPC069-12 requires."""
    return segno.make(payload, error="M", boost_error=False, micro=False, encoding="utf-8")
