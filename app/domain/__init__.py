"""SQLAlchemy models of the whole domain; importing this package registers every table."""

from .balances import InvoiceBalance
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
from .customers import (
    Customer,
    CustomerPrice,
    PriceList,
    PriceListItem,
    Service,
    ServicePrice,
)
from .earnings import EmploymentCertificate, EmploymentPeriod, LoadCeiling, WageRate
from .impact import (
    FollowUp,
    Outcome,
    ParticipationAnswer,
    ParticipationCertificate,
    ParticipationMeasurement,
    QuestionnaireItem,
    QuestionnaireScale,
)
from .invoices import Invoice, InvoiceLine, InvoiceSending
from .members import BenefitLimit, Consent, Member
from .payments import (
    BankStatement,
    BankTransaction,
    Payment,
    PaymentReference,
    Reminder,
    TransactionStatus,
)
from .shares import ShareInstallment, SharePayment, ShareRefund, ShareSubscription
from .users import AuditEntry, AuditPersonal, User, UserRole
from .work import PlannedShift, WorkAssignment, WorkEntry, assignment_member

__all__ = [
    "Attachment",
    "Attendance",
    "AuditEntry",
    "AuditPersonal",
    "BankStatement",
    "BankTransaction",
    "Base",
    "BenefitLimit",
    "CoachingGroup",
    "CoachingSession",
    "Consent",
    "Cooperative",
    "Customer",
    "CustomerPrice",
    "EmploymentCertificate",
    "EmploymentPeriod",
    "FollowUp",
    "Goal",
    "GroupMembership",
    "Invoice",
    "InvoiceBalance",
    "InvoiceLine",
    "InvoiceSending",
    "InvoiceSeries",
    "LoadCeiling",
    "Member",
    "Outcome",
    "Participant",
    "ParticipantSensitive",
    "ParticipationAnswer",
    "ParticipationCertificate",
    "ParticipationMeasurement",
    "Payment",
    "PaymentReference",
    "Plan",
    "PlanStep",
    "PlannedShift",
    "PriceList",
    "PriceListItem",
    "Project",
    "QuestionnaireItem",
    "QuestionnaireScale",
    "ReferenceRate",
    "Reminder",
    "Service",
    "ServicePrice",
    "SessionSeries",
    "Setting",
    "ShareInstallment",
    "SharePayment",
    "ShareRefund",
    "ShareSubscription",
    "SupportContact",
    "TransactionStatus",
    "User",
    "UserRole",
    "VatRate",
    "WageRate",
    "WorkAssignment",
    "WorkEntry",
    "assignment_member",
]
