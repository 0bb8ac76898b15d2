"""SQLAlchemy models of the whole domain; importing this package registers every table."""

from .base import Base
from .coaching import (
    Attendance,
    CoachingGroup,
    CoachingSession,
    GroupMembership,
    Participant,
    Project,
    SessionSeries,
)
from .coaching_plans import Goal, ParticipantSensitive, Plan, PlanStep, SupportContact
from .cooperative import Attachment, Cooperative, InvoiceSeries, ReferenceRate, Setting, VatRate
from .customers import Customer, PriceList, PriceListItem, Service
from .impact import (
    FollowUp,
    Outcome,
    ParticipationAnswer,
    ParticipationCertificate,
    ParticipationMeasurement,
    QuestionnaireItem,
    QuestionnaireScale,
)
from .invoices import Invoice, InvoiceLine, Payment, Reminder
from .members import BenefitLimit, Consent, Member
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
    "CoachingGroup",
    "CoachingSession",
    "Consent",
    "Cooperative",
    "Customer",
    "FollowUp",
    "Goal",
    "GroupMembership",
    "Invoice",
    "InvoiceLine",
    "InvoiceSeries",
    "Member",
    "Outcome",
    "Participant",
    "ParticipantSensitive",
    "ParticipationAnswer",
    "ParticipationCertificate",
    "ParticipationMeasurement",
    "Payment",
    "Plan",
    "PlanStep",
    "PriceList",
    "PriceListItem",
    "Project",
    "QuestionnaireItem",
    "QuestionnaireScale",
    "ReferenceRate",
    "Reminder",
    "Service",
    "SessionSeries",
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
