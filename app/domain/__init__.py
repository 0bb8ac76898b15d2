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
from .customers import (
    Customer,
    CustomerPrice,
    PriceList,
    PriceListItem,
    Service,
    ServicePrice,
)
from .earnings import EmploymentCertificate, EmploymentPeriod, LoadCeiling, WageRate
from .invoices import Invoice, InvoiceLine
from .members import BenefitLimit, Consent, Member, MemberSensitive, SupportContact
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
    "CoachingSession",
    "Consent",
    "Cooperative",
    "Customer",
    "CustomerPrice",
    "EmploymentCertificate",
    "EmploymentPeriod",
    "Goal",
    "Invoice",
    "InvoiceLine",
    "InvoiceSeries",
    "LoadCeiling",
    "Member",
    "MemberSensitive",
    "Outcome",
    "ParticipationAnswer",
    "ParticipationMeasurement",
    "Payment",
    "PaymentReference",
    "Plan",
    "PlanReview",
    "PlannedShift",
    "PriceList",
    "PriceListItem",
    "QuestionnaireItem",
    "ReferenceRate",
    "Reminder",
    "Service",
    "ServicePrice",
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
