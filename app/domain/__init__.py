"""SQLAlchemy models of the whole domain; importing this package registers every table."""

from .base import Base
from .coaching import (
    Attendance,
    CoachingSession,
    Goal,
    Outcome,
    ParticipationAnswer,
    ParticipationMeasurement,
    Plan,
    PlanReview,
    QuestionnaireItem,
)
from .cooperative import Attachment, Cooperative, InvoiceSeries, ReferenceRate, Setting, VatRate
from .customers import Customer, PriceList, PriceListItem, Service
from .invoices import Invoice, InvoiceLine, InvoiceSending, Payment, Reminder
from .members import BenefitLimit, Consent, Member, MemberSensitive, SupportContact
from .shares import ShareInstallment, SharePayment, ShareRefund, ShareSubscription
from .users import AuditEntry, AuditPersonal, User, UserRole
from .work import WorkAssignment, WorkEntry, assignment_member

__all__ = [
    "Attachment",
    "Attendance",
    "AuditEntry",
    "AuditPersonal",
    "Base",
    "BenefitLimit",
    "CoachingSession",
    "Consent",
    "Cooperative",
    "Customer",
    "Goal",
    "Invoice",
    "InvoiceLine",
    "InvoiceSending",
    "InvoiceSeries",
    "Member",
    "MemberSensitive",
    "Outcome",
    "ParticipationAnswer",
    "ParticipationMeasurement",
    "Payment",
    "Plan",
    "PlanReview",
    "PriceList",
    "PriceListItem",
    "QuestionnaireItem",
    "ReferenceRate",
    "Reminder",
    "Service",
    "Setting",
    "ShareInstallment",
    "SharePayment",
    "ShareRefund",
    "ShareSubscription",
    "SupportContact",
    "User",
    "UserRole",
    "VatRate",
    "WorkAssignment",
    "WorkEntry",
    "assignment_member",
]
