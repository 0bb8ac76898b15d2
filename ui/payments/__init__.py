"""Payments, bank statements, reminders and money reports: the dialogs the Invoicing tab opens.

Each entry point takes the parent window and the Context and runs its dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.operations import Context


def open_bank_import(parent: QWidget | None, context: Context) -> bool:
    """Import a bank statement; True when something was booked."""
    from .bank_import import BankImportDialog

    dialog = BankImportDialog(context, parent)
    return bool(dialog.exec())


def open_unmatched(parent: QWidget | None, context: Context) -> None:
    """The credits no reference settled: confirm, allocate or ignore them."""
    from .unmatched import UnmatchedDialog

    UnmatchedDialog(context, parent).exec()


def record_payment(parent: QWidget | None, context: Context, invoice_id: int) -> bool:
    """Record a payment for one invoice; True when one was saved."""
    from app.services.errors import ServiceError
    from ui.widgets.service_errors import show_service_error

    from .record_payment import open_record_payment

    try:
        dialog = open_record_payment(parent, context, invoice_id)
    except ServiceError as exc:  # a draft, or an invoice deleted meanwhile
        show_service_error(parent, exc)
        return False
    return bool(dialog.exec())


def open_reminders(parent: QWidget | None, context: Context) -> None:
    """Overdue invoices: preview and send payment reminders; the reference rates."""
    from .reminders import RemindersDialog

    RemindersDialog(context, parent).exec()


def open_reports(parent: QWidget | None, context: Context) -> None:
    """Receivables aging, sales, VAT per rate and the invoice journal; saved as CSV or XLSX."""
    from .reports import ReportsDialog

    ReportsDialog(context, parent).exec()


__all__ = [
    "open_bank_import",
    "open_reminders",
    "open_reports",
    "open_unmatched",
    "record_payment",
]
