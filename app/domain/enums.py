"""Closed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    FI = "fi"
    SV = "sv"
    EN = "en"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class MemberKind(StrEnum):
    WORKING = "working"
    SUPPORTING = "supporting"


class MemberStatus(StrEnum):
    APPLICANT = "applicant"
    MEMBER = "member"
    FORMER = "former"
    REJECTED = "rejected"


class LeavingReason(StrEnum):
    RESIGNATION = "resignation"
    EXPULSION = "expulsion"
    DEATH = "death"
    OTHER = "other"


class ReferralSource(StrEnum):
    TE_SERVICES = "te_services"
    MUNICIPAL_SOCIAL = "municipal_social"
    MENTAL_HEALTH = "mental_health"
    DISABILITY_SERVICES = "disability_services"
    PARISH = "parish"
    FRIEND = "friend"
    OTHER = "other"


class BenefitKind(StrEnum):
    NONE = "none"
    ADJUSTED_UNEMPLOYMENT = "adjusted_unemployment"
    DISABILITY_PENSION_EARNINGS = "disability_pension_earnings"
    DISABILITY_PENSION_KELA = "disability_pension_kela"
    REHABILITATION_SUBSIDY = "rehabilitation_subsidy"
    OTHER = "other"


class LabourMarketStatus(StrEnum):
    """Status at the start of participation, as ESF reporting asks."""

    UNEMPLOYED = "unemployed"
    LONG_TERM_UNEMPLOYED = "long_term_unemployed"
    INACTIVE = "inactive"
    EMPLOYED = "employed"


class EducationLevel(StrEnum):
    ISCED_0_2 = "isced_0_2"
    ISCED_3_4 = "isced_3_4"
    ISCED_5_8 = "isced_5_8"


class ConsentKind(StrEnum):
    DATA_PROCESSING = "data_processing"
    PHOTO = "photo"
    CONTACT = "contact"
    WAGE_DEDUCTION = "wage_deduction"


class ShareKind(StrEnum):
    BASIC = "basic"
    ADDITIONAL = "additional"


class SharePaymentMethod(StrEnum):
    CASH = "cash"
    BANK = "bank"
    WAGE_DEDUCTION = "wage_deduction"


class CustomerKind(StrEnum):
    MUNICIPALITY = "municipality"
    COMPANY = "company"
    HOUSEHOLD = "household"
    ASSOCIATION = "association"


class AssignmentStatus(StrEnum):
    REQUESTED = "requested"
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class Recurrence(StrEnum):
    """NONE: one-off dates; WEEKLY: the assignment's rule (an RRULE) gives the dates."""

    NONE = "none"
    WEEKLY = "weekly"


class SessionKind(StrEnum):
    GROUP = "group"
    INDIVIDUAL = "individual"
    # Osuuskuntavalmennus: learning how a cooperative works.
    TRAINING = "training"
    PEER_SUPPORT = "peer_support"
    # Attendees are counted, not registered: they are not participants (ESF).
    INFO = "info"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class PathStep(StrEnum):
    """Steps on the path from participation work towards the open labour market."""

    PARTICIPATION_WORK = "participation_work"
    SUPPORTED_WORK = "supported_work"
    PAID_WORK = "paid_work"
    OPEN_LABOUR_MARKET = "open_labour_market"
    EDUCATION = "education"
    ENTREPRENEURSHIP = "entrepreneurship"
    OTHER = "other"


class GoalStatus(StrEnum):
    OPEN = "open"
    REACHED = "reached"
    DROPPED = "dropped"


class MeasurementPhase(StrEnum):
    START = "start"
    END = "end"


class Destination(StrEnum):
    """Where a participant went on leaving, as the funder's report counts it."""

    OPEN_FULL_TIME = "open_full_time"
    OPEN_PART_TIME = "open_part_time"
    EDUCATION = "education"
    # Their own business or another cooperative.
    OWN_BUSINESS = "own_business"
    OTHER_SERVICES = "other_services"
    PENSION = "pension"
    UNKNOWN = "unknown"


class InvoiceKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class InvoiceState(StrEnum):
    """Stored state; paid / overdue are derived from payments and dates."""

    DRAFT = "draft"
    ISSUED = "issued"


class PaymentMethod(StrEnum):
    BANK = "bank"
    CASH = "cash"
    OTHER = "other"


class Role(StrEnum):
    ADMIN = "admin"
    TREASURER = "treasurer"
    FACILITATOR = "facilitator"
