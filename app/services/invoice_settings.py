"""The cooperative's invoicing choices kept as settings rows (no column of their own)."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain import Setting

from .errors import ValidationError
from .policy import Permission, requires
from .uow import UnitOfWork

REFERENCE_KIND = "invoice.reference_kind"  # "fi" (7-3-1) or "rf" (ISO 11649)
ADDRESS_WINDOW = "invoice.address_window"  # "left" or "right" window envelope
VAT_ID = "cooperative.vat_id"  # when it differs from FI + the Y-tunnus digits
PREPAYMENT_REGISTER = "cooperative.prepayment_register"  # "1": in ennakkoperintärekisteri


@dataclass
class InvoiceSettings:
    reference_kind: str = "fi"
    address_window: str = "left"
    vat_id: str = ""
    prepayment_register: bool = True


def read_invoice_settings(session) -> InvoiceSettings:
    """The settings with their defaults, read inside any unit of work."""
    stored = {
        row.key: row.value
        for row in session.query(Setting).filter(
            Setting.key.in_((REFERENCE_KIND, ADDRESS_WINDOW, VAT_ID, PREPAYMENT_REGISTER))
        )
    }
    return InvoiceSettings(
        reference_kind=stored.get(REFERENCE_KIND) or "fi",
        address_window=stored.get(ADDRESS_WINDOW) or "left",
        vat_id=stored.get(VAT_ID, ""),
        prepayment_register=stored.get(PREPAYMENT_REGISTER, "1") == "1",
    )


@requires(Permission.INVOICING)
def get_invoice_settings(uow: UnitOfWork) -> InvoiceSettings:
    return read_invoice_settings(uow.session)


@requires(Permission.SETTINGS)
def save_invoice_settings(uow: UnitOfWork, settings: InvoiceSettings) -> None:
    """Save the choices; issued invoices keep what they were issued with."""
    problems = {}
    if settings.reference_kind not in ("fi", "rf"):
        problems["reference_kind"] = "unknown"
    if settings.address_window not in ("left", "right"):
        problems["address_window"] = "unknown"
    if problems:
        raise ValidationError(problems)
    values = {
        REFERENCE_KIND: settings.reference_kind,
        ADDRESS_WINDOW: settings.address_window,
        VAT_ID: settings.vat_id.strip().upper().replace(" ", ""),
        PREPAYMENT_REGISTER: "1" if settings.prepayment_register else "0",
    }
    for key, value in values.items():
        row = uow.session.get(Setting, key)
        if row is None:
            uow.session.add(Setting(key=key, value=value))
        else:
            row.value = value
