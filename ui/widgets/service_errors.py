"""Translated messages for the reasons a service refuses an action."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.errors import ServiceError

_MESSAGES = {
    "not_applicant": QT_TRANSLATE_NOOP(
        "ServiceErrors", "Only an applicant can be accepted or rejected."
    ),
    "not_member": QT_TRANSLATE_NOOP("ServiceErrors", "This is possible only for a current member."),
    "former_member": QT_TRANSLATE_NOOP("ServiceErrors", "A former member cannot subscribe shares."),
    "conflict": QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Someone else changed the same information at the same time. Nothing was saved: "
        "refresh the view (F5) and try again.",
    ),
    "former_payment": QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The membership has ended and the share fee refund is already set. Record the money "
        "with the refund instead.",
    ),
    "no_subscription": QT_TRANSLATE_NOOP(
        "ServiceErrors", "The member has no share subscription yet. Subscribe shares first."
    ),
    "has_history": QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "This member has shares, work or coaching history and cannot be deleted. "
        "End the membership instead.",
    ),
    "already_refunded": QT_TRANSLATE_NOOP("ServiceErrors", "The refund has already been paid."),
    "erased": QT_TRANSLATE_NOOP("ServiceErrors", "This member's personal data has been erased."),
    "has_attendance": QT_TRANSLATE_NOOP(
        "ServiceErrors", "Attendance was taken for this meeting, so it cannot be skipped."
    ),
    "not_in_series": QT_TRANSLATE_NOOP(
        "ServiceErrors", "This session is not part of a weekly meeting."
    ),
    "info_session": QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Info-session attendees are counted, not listed: write the number in the session.",
    ),
    "cancelled": QT_TRANSLATE_NOOP(
        "ServiceErrors", "The meeting was cancelled. Restore it first to take attendance."
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "ServiceErrors", "The record no longer exists. Refresh the view (F5)."
    ),
    "not_allowed": QT_TRANSLATE_NOOP("ServiceErrors", "Your role does not allow this."),
    "draft": QT_TRANSLATE_NOOP(
        "ServiceErrors", "This invoice is still a draft: issue it before recording payments."
    ),
    "already_allocated": QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "This payment was already allocated, perhaps by another user. Refresh the list (F5).",
    ),
    "no_suggestion": QT_TRANSLATE_NOOP(
        "ServiceErrors", "Osuva found no invoice to suggest for this payment: allocate it by hand."
    ),
    "not_creditable": QT_TRANSLATE_NOOP(
        "ServiceErrors", "Only an issued invoice can be credited; a draft can simply be changed."
    ),
    "issued": QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "An issued invoice never changes. Correct it with a credit note and a new invoice.",
    ),
    "reference_taken": QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The payment reference of this invoice is already used by another invoice or a share "
        "fee, so the invoice was not issued. Check the invoice series and the reference type "
        "in the invoice settings.",
    ),
    "not_remindable": QT_TRANSLATE_NOOP(
        "ServiceErrors", "Only an issued invoice can get a payment reminder."
    ),
    "already_sent": QT_TRANSLATE_NOOP(
        "ServiceErrors", "A reminder of this invoice was already recorded today."
    ),
    "paid": QT_TRANSLATE_NOOP("ServiceErrors", "The invoice is paid: no reminder is needed."),
    "too_early": QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "It is too early for a reminder: the law requires 14 days after the due date or after "
        "the previous reminder.",
    ),
    "overpayment": QT_TRANSLATE_NOOP(
        "ServiceErrors", "The payment is larger than the share fee still open."
    ),
    "no_employment": QT_TRANSLATE_NOOP(
        "ServiceErrors", "The member has no employment periods. Add the period first."
    ),
    "missing_rate": QT_TRANSLATE_NOOP(
        "ServiceErrors", "Some hours have no wage rate. Add the missing rates under Wage rates."
    ),
    "empty": QT_TRANSLATE_NOOP("ServiceErrors", "The file is empty."),
    "no_header": QT_TRANSLATE_NOOP(
        "ServiceErrors", "The first row must name the columns, for example Etunimi;Sukunimi."
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "ServiceErrors", "The file is not a CSV file or Excel workbook that Osuva can read."
    ),
    "too_many_rows": QT_TRANSLATE_NOOP(
        "ServiceErrors", "The file has too many rows for a member list (at most 20 000)."
    ),
    "too_large": QT_TRANSLATE_NOOP("ServiceErrors", "The file is too large for a member list."),
    "unsupported_type": QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Choose a .csv or .xlsx file. In Excel, save the list as CSV or as a workbook.",
    ),
    "missing_columns": QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The file needs at least the columns for first name and last name (Etunimi, Sukunimi).",
    ),
    "duplicate_columns": QT_TRANSLATE_NOOP(
        "ServiceErrors", "Two columns of the file mean the same thing. Remove one of them."
    ),
    "import_problems": QT_TRANSLATE_NOOP(
        "ServiceErrors", "Some rows have problems. Correct them, or choose to skip them."
    ),
    "register_changed": QT_TRANSLATE_NOOP(
        "ServiceErrors", "The register changed after the preview. Choose the file again."
    ),
    "import_failed": QT_TRANSLATE_NOOP("ServiceErrors", "The import failed and nothing was saved."),
    "deactivate_self": QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "You cannot deactivate your own user account. Ask another administrator to do it.",
    ),
    "last_admin": QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "At least one active user must stay an administrator. Make someone else an "
        "administrator first.",
    ),
    "personal_id_admin_only": QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The file has identity codes. Only an administrator can import them; remove the "
        "column or ask the administrator.",
    ),
    "busy": QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The database is busy with another user's change. Nothing was saved; try again.",
    ),
    "customer_columns": QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The file needs a column for the customer's name (Nimi, Namn or Name) on its first row.",
    ),
    "in_use": QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The customer has work or invoices and cannot be deleted. Deactivate it in the "
        "customer form instead.",
    ),
    "stale": QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Someone else changed this while you were editing it. Nothing was saved; check the "
        "changes and save again.",
    ),
    "exit_recorded": QT_TRANSLATE_NOOP(
        "ServiceErrors", "This person's exit is already recorded. Nothing was saved."
    ),
}


def service_error_text(error: ServiceError) -> str:
    text = _MESSAGES.get(error.code)
    if text is None:
        return QCoreApplication.translate(
            "ServiceErrors", "The action could not be completed. Nothing was saved."
        )
    return QCoreApplication.translate("ServiceErrors", text)


def show_service_error(parent: QWidget | None, error: ServiceError) -> None:
    # The operations door words permission, conflict and stale-data refusals the same way.
    from ui.operations.operation import failure_text

    QMessageBox.warning(
        parent,
        QCoreApplication.translate("ServiceErrors", "Not possible"),
        failure_text(error),
    )
