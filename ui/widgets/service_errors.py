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
    "not_found": QT_TRANSLATE_NOOP(
        "ServiceErrors", "The record no longer exists. Refresh the view (F5)."
    ),
    "not_allowed": QT_TRANSLATE_NOOP("ServiceErrors", "Your role does not allow this."),
}


def service_error_text(error: ServiceError) -> str:
    text = _MESSAGES.get(error.code)
    if text is None:
        return QCoreApplication.translate(
            "ServiceErrors", "The action could not be completed. Nothing was saved."
        )
    return QCoreApplication.translate("ServiceErrors", text)


def show_service_error(parent: QWidget | None, error: ServiceError) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("ServiceErrors", "Not possible"),
        service_error_text(error),
    )
