"""Translated names of the domain's vocabularies (enums), shared by every tab."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.enums import (
    AssignmentStatus,
    BenefitKind,
    Gender,
    InvoiceKind,
    Language,
    LeavingReason,
    MemberKind,
    MemberStatus,
    ReferralSource,
    SessionKind,
    ShareKind,
    SharePaymentMethod,
)
from app.services.invoicing import InvoiceStatus

CONTEXT = "Labels"

# Many enums share values such as "other", and StrEnum members equal their values:
# the key includes the enum class so each keeps its own label.
_TEXTS_LIST: tuple[tuple[Enum, str], ...] = (
    (MemberKind.WORKING, QT_TRANSLATE_NOOP("Labels", "Working member")),
    (MemberKind.SUPPORTING, QT_TRANSLATE_NOOP("Labels", "Supporting member")),
    (Gender.FEMALE, QT_TRANSLATE_NOOP("Labels", "Female")),
    (Gender.MALE, QT_TRANSLATE_NOOP("Labels", "Male")),
    (Gender.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (Gender.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "Not given")),
    (Language.FI, QT_TRANSLATE_NOOP("Labels", "Finnish")),
    (Language.SV, QT_TRANSLATE_NOOP("Labels", "Swedish")),
    (Language.EN, QT_TRANSLATE_NOOP("Labels", "English")),
    (ReferralSource.TE_SERVICES, QT_TRANSLATE_NOOP("Labels", "Employment services (TE)")),
    (ReferralSource.MUNICIPAL_SOCIAL, QT_TRANSLATE_NOOP("Labels", "Municipal social services")),
    (ReferralSource.MENTAL_HEALTH, QT_TRANSLATE_NOOP("Labels", "Mental health services")),
    (ReferralSource.DISABILITY_SERVICES, QT_TRANSLATE_NOOP("Labels", "Disability services")),
    (ReferralSource.PARISH, QT_TRANSLATE_NOOP("Labels", "Parish")),
    (ReferralSource.FRIEND, QT_TRANSLATE_NOOP("Labels", "Friend or acquaintance")),
    (ReferralSource.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (BenefitKind.NONE, QT_TRANSLATE_NOOP("Labels", "No benefit")),
    (
        BenefitKind.ADJUSTED_UNEMPLOYMENT,
        QT_TRANSLATE_NOOP("Labels", "Adjusted unemployment benefit"),
    ),
    (
        BenefitKind.DISABILITY_PENSION_EARNINGS,
        QT_TRANSLATE_NOOP("Labels", "Disability pension (earnings-related)"),
    ),
    (BenefitKind.DISABILITY_PENSION_KELA, QT_TRANSLATE_NOOP("Labels", "Disability pension (Kela)")),
    (BenefitKind.REHABILITATION_SUBSIDY, QT_TRANSLATE_NOOP("Labels", "Rehabilitation subsidy")),
    (BenefitKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other benefit")),
    (LeavingReason.RESIGNATION, QT_TRANSLATE_NOOP("Labels", "Resignation")),
    (LeavingReason.EXPULSION, QT_TRANSLATE_NOOP("Labels", "Expulsion")),
    (LeavingReason.DEATH, QT_TRANSLATE_NOOP("Labels", "Death")),
    (LeavingReason.OTHER, QT_TRANSLATE_NOOP("Labels", "Other reason")),
    (ShareKind.BASIC, QT_TRANSLATE_NOOP("Labels", "Share")),
    (ShareKind.ADDITIONAL, QT_TRANSLATE_NOOP("Labels", "Additional share")),
    (SharePaymentMethod.CASH, QT_TRANSLATE_NOOP("Labels", "Cash")),
    (SharePaymentMethod.BANK, QT_TRANSLATE_NOOP("Labels", "Bank transfer")),
    (SharePaymentMethod.WAGE_DEDUCTION, QT_TRANSLATE_NOOP("Labels", "Deduction from wages")),
    (MemberStatus.APPLICANT, QT_TRANSLATE_NOOP("Labels", "Applicant")),
    (MemberStatus.MEMBER, QT_TRANSLATE_NOOP("Labels", "Member")),
    (MemberStatus.FORMER, QT_TRANSLATE_NOOP("Labels", "Former member")),
    (MemberStatus.REJECTED, QT_TRANSLATE_NOOP("Labels", "Not accepted")),
    (AssignmentStatus.REQUESTED, QT_TRANSLATE_NOOP("Labels", "Requested")),
    (AssignmentStatus.SCHEDULED, QT_TRANSLATE_NOOP("Labels", "Scheduled")),
    (AssignmentStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("Labels", "In progress")),
    (AssignmentStatus.DONE, QT_TRANSLATE_NOOP("Labels", "Done")),
    (AssignmentStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
    (SessionKind.GROUP, QT_TRANSLATE_NOOP("Labels", "Group meeting")),
    (SessionKind.INDIVIDUAL, QT_TRANSLATE_NOOP("Labels", "Individual coaching")),
    (SessionKind.TRAINING, QT_TRANSLATE_NOOP("Labels", "Training")),
    (SessionKind.PEER_SUPPORT, QT_TRANSLATE_NOOP("Labels", "Peer-support group")),
    (SessionKind.INFO, QT_TRANSLATE_NOOP("Labels", "Info session")),
    (InvoiceKind.INVOICE, QT_TRANSLATE_NOOP("Labels", "Invoice")),
    (InvoiceKind.CREDIT_NOTE, QT_TRANSLATE_NOOP("Labels", "Credit note")),
    (InvoiceStatus.DRAFT, QT_TRANSLATE_NOOP("Labels", "Draft")),
    (InvoiceStatus.OPEN, QT_TRANSLATE_NOOP("Labels", "Open")),
    (InvoiceStatus.OVERDUE, QT_TRANSLATE_NOOP("Labels", "Overdue")),
    (InvoiceStatus.PARTLY_PAID, QT_TRANSLATE_NOOP("Labels", "Partly paid")),
    (InvoiceStatus.PAID, QT_TRANSLATE_NOOP("Labels", "Paid")),
    (InvoiceStatus.CREDITED, QT_TRANSLATE_NOOP("Labels", "Credited")),
    (InvoiceStatus.CREDIT_NOTE, QT_TRANSLATE_NOOP("Labels", "Credit note")),
)


_LABELS = {(type(member), member.value): text for member, text in _TEXTS_LIST}


def label(value: Enum | None) -> str:
    """The translated name of an enum value; empty for None."""
    if value is None:
        return ""
    text = _LABELS.get((type(value), value.value))
    return QCoreApplication.translate(CONTEXT, text) if text else str(value.value)
