"""Translated names of the domain's vocabularies (enums), shared by every tab."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.enums import (
    AssignmentStatus,
    InvoiceKind,
    MemberKind,
    MemberStatus,
    SessionKind,
)
from app.services.invoicing import InvoiceStatus

CONTEXT = "Labels"

_LABELS: dict[Enum, str] = {
    MemberKind.WORKING: QT_TRANSLATE_NOOP("Labels", "Working member"),
    MemberKind.SUPPORTING: QT_TRANSLATE_NOOP("Labels", "Supporting member"),
    MemberStatus.APPLICANT: QT_TRANSLATE_NOOP("Labels", "Applicant"),
    MemberStatus.MEMBER: QT_TRANSLATE_NOOP("Labels", "Member"),
    MemberStatus.FORMER: QT_TRANSLATE_NOOP("Labels", "Former member"),
    MemberStatus.REJECTED: QT_TRANSLATE_NOOP("Labels", "Not accepted"),
    AssignmentStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    AssignmentStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    AssignmentStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    AssignmentStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    SessionKind.GROUP: QT_TRANSLATE_NOOP("Labels", "Group meeting"),
    SessionKind.INDIVIDUAL: QT_TRANSLATE_NOOP("Labels", "Individual coaching"),
    SessionKind.TRAINING: QT_TRANSLATE_NOOP("Labels", "Training"),
    SessionKind.INFO: QT_TRANSLATE_NOOP("Labels", "Info session"),
    InvoiceKind.INVOICE: QT_TRANSLATE_NOOP("Labels", "Invoice"),
    InvoiceKind.CREDIT_NOTE: QT_TRANSLATE_NOOP("Labels", "Credit note"),
    InvoiceStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    InvoiceStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    InvoiceStatus.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
    InvoiceStatus.PARTLY_PAID: QT_TRANSLATE_NOOP("Labels", "Partly paid"),
    InvoiceStatus.PAID: QT_TRANSLATE_NOOP("Labels", "Paid"),
    InvoiceStatus.CREDIT_NOTE: QT_TRANSLATE_NOOP("Labels", "Credit note"),
}


def label(value: Enum | None) -> str:
    """The translated name of an enum value; empty for None."""
    if value is None:
        return ""
    text = _LABELS.get(value)
    return QCoreApplication.translate(CONTEXT, text) if text else str(value.value)
