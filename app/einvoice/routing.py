"""Who sends a Finvoice message to whom through which operators, and under which message id."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from .source import EInvoice

_ID_CHARS = re.compile(r"[^0-9A-Za-z._-]")


@dataclass(frozen=True)
class Transmission:
    """The routing both the SOAP envelope and MessageTransmissionDetails must agree on."""

    message_id: str
    timestamp: datetime
    from_address: str
    from_operator: str
    to_address: str
    to_operator: str

    @property
    def missing(self) -> list[str]:
        """Fields an operator needs that are empty, named as the invoice's fields."""
        needed = {
            "seller_einvoice_address": self.from_address,
            "seller_einvoice_operator": self.from_operator,
            "buyer_einvoice_address": self.to_address,
            "buyer_einvoice_operator": self.to_operator,
        }
        return [name for name, value in needed.items() if len(value.strip()) < 2]


def transmission_for(
    invoice: EInvoice, now: datetime | None = None, seller_operator: str = ""
) -> Transmission:
    """Routing from the invoice's frozen parties; the message id is unique per export."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    sender = _ID_CHARS.sub("", invoice.seller.einvoice_address) or "osuva"
    number = _ID_CHARS.sub("", invoice.number)
    message_id = f"{stamp:%Y%m%dT%H%M%SZ}-{sender}-{number}"[:48]
    return Transmission(
        message_id=message_id,
        timestamp=stamp,
        from_address=invoice.seller.einvoice_address,
        from_operator=invoice.seller.einvoice_operator or seller_operator,
        to_address=invoice.buyer.einvoice_address,
        to_operator=invoice.buyer.einvoice_operator,
    )
