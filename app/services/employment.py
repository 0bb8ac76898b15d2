"""Employment periods and employment certificates (työtodistus, työsopimuslaki 6:7).

A certificate always states the period(s) and the nature of the tasks; the reason the
employment ended and an assessment of skills and conduct only when the employee asks.
An issued certificate is stored as given and never changed: a correction is a new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from app.domain import (
    Cooperative,
    EmploymentCertificate,
    EmploymentPeriod,
    Member,
    Service,
    WorkAssignment,
    WorkEntry,
)
from app.domain.earnings import EndReason
from app.domain.enums import Language

from .errors import NotFoundError, ServiceError, ValidationError
from .policy import Permission, requires
from .uow import UnitOfWork

MAX_ASSESSMENT = 3000


@dataclass
class EmploymentForm:
    starts_on: date | None
    ends_on: date | None = None
    end_reason: EndReason | None = None


@dataclass(frozen=True)
class PeriodRow:
    id: int
    starts_on: date
    ends_on: date | None
    end_reason: EndReason | None


@dataclass(frozen=True)
class CertificateRow:
    id: int
    issued_on: date
    language: Language
    with_reason: bool
    with_assessment: bool
    issued_by: str


@dataclass(frozen=True)
class Employment:
    """A member's employment periods and the certificates issued to them."""

    member_id: int
    name: str
    language: Language
    periods: list[PeriodRow]
    certificates: list[CertificateRow]


def _member(uow: UnitOfWork, member_id: int) -> Member:
    member = uow.session.get(Member, member_id)
    if member is None:
        raise NotFoundError("member", member_id)
    return member


@requires(Permission.WORK_ENTRIES)
def employment_of(uow: UnitOfWork, member_id: int) -> Employment:
    member = _member(uow, member_id)
    periods = uow.session.scalars(
        select(EmploymentPeriod)
        .where(EmploymentPeriod.member_id == member_id)
        .order_by(EmploymentPeriod.starts_on)
    ).all()
    certificates = uow.session.execute(
        select(
            EmploymentCertificate.id,
            EmploymentCertificate.issued_on,
            EmploymentCertificate.language,
            EmploymentCertificate.with_reason,
            EmploymentCertificate.with_assessment,
            EmploymentCertificate.issued_by,
        )
        .where(EmploymentCertificate.member_id == member_id)
        .order_by(EmploymentCertificate.id.desc())
    ).all()
    return Employment(
        member.id,
        member.full_name,
        member.language,
        [PeriodRow(p.id, p.starts_on, p.ends_on, p.end_reason) for p in periods],
        [CertificateRow(*row) for row in certificates],
    )


def _validate(uow: UnitOfWork, member_id: int, form: EmploymentForm, period_id: int | None):
    problems: dict[str, str] = {}
    if form.starts_on is None:
        problems["starts_on"] = "required"
    elif form.ends_on is not None and form.ends_on < form.starts_on:
        problems["ends_on"] = "before_start"
    if form.end_reason is not None and form.ends_on is None:
        problems["end_reason"] = "needs_end"
    if not problems:
        others = uow.session.scalars(
            select(EmploymentPeriod).where(
                EmploymentPeriod.member_id == member_id, EmploymentPeriod.id != (period_id or 0)
            )
        )
        end = form.ends_on or date.max
        for other in others:
            if other.starts_on <= end and form.starts_on <= (other.ends_on or date.max):
                problems["starts_on"] = "overlap"
                break
    if problems:
        raise ValidationError(problems)


@requires(Permission.WORK_ENTRIES)
def add_employment_period(uow: UnitOfWork, member_id: int, form: EmploymentForm) -> int:
    """A new employment; periods of one member may not overlap."""
    _member(uow, member_id)
    _validate(uow, member_id, form, None)
    period = EmploymentPeriod(
        member_id=member_id,
        starts_on=form.starts_on,
        ends_on=form.ends_on,
        end_reason=form.end_reason,
    )
    uow.session.add(period)
    uow.session.flush()
    return period.id


def _period(uow: UnitOfWork, period_id: int) -> EmploymentPeriod:
    period = uow.session.get(EmploymentPeriod, period_id)
    if period is None:
        raise NotFoundError("employment period", period_id)
    return period


@requires(Permission.WORK_ENTRIES)
def update_employment_period(uow: UnitOfWork, period_id: int, form: EmploymentForm) -> None:
    period = _period(uow, period_id)
    _validate(uow, period.member_id, form, period_id)
    period.starts_on = form.starts_on
    period.ends_on = form.ends_on
    period.end_reason = form.end_reason


@requires(Permission.WORK_ENTRIES)
def delete_employment_period(uow: UnitOfWork, period_id: int) -> None:
    """Remove a period entered by mistake; certificates already issued stay as they were."""
    uow.session.delete(_period(uow, period_id))


@dataclass(frozen=True)
class CertificateContent:
    """What one certificate states, gathered read-only; rendered by the document."""

    coop_name: str
    business_id: str
    member_name: str
    language: str
    periods: list[PeriodRow]
    # The services the member did paid work in during the periods, most hours first.
    tasks: list[str]
    with_reason: bool
    assessment: str
    place: str
    issued_on: date
    signer: str
    signer_title: str


def _tasks(uow: UnitOfWork, member_id: int, periods: list[PeriodRow], lang: str) -> list[str]:
    hours: dict[int, Decimal] = {}
    for period in periods:
        query = (
            select(WorkAssignment.service_id, func.sum(WorkEntry.hours))
            .join(WorkAssignment, WorkAssignment.id == WorkEntry.assignment_id)
            .where(
                WorkEntry.member_id == member_id,
                WorkEntry.volunteer.is_(False),
                WorkEntry.work_date >= period.starts_on,
            )
            .group_by(WorkAssignment.service_id)
        )
        if period.ends_on is not None:
            query = query.where(WorkEntry.work_date <= period.ends_on)
        for service_id, total in uow.session.execute(query):
            hours[service_id] = hours.get(service_id, Decimal(0)) + Decimal(total or 0)
    services = {s.id: s for s in uow.session.scalars(select(Service).where(Service.id.in_(hours)))}
    ordered = sorted(hours, key=lambda sid: (-hours[sid], services[sid].name(lang)))
    return [services[sid].name(lang) for sid in ordered]


@requires(Permission.WORK_ENTRIES)
def certificate_content(
    uow: UnitOfWork,
    member_id: int,
    *,
    lang: str | None = None,
    with_reason: bool = False,
    assessment: str | None = None,
    today: date | None = None,
) -> CertificateContent:
    """The certificate as it would be issued today; refuses what the law does not allow."""
    employment = employment_of(uow, member_id)
    lang = lang or employment.language.value
    if lang not in ("fi", "sv", "en"):
        raise ValidationError({"language": "unsupported"})
    if not employment.periods:
        raise ServiceError("the member has no employment periods", code="no_employment")
    problems: dict[str, str] = {}
    if with_reason and not any(p.end_reason for p in employment.periods):
        problems["with_reason"] = "not_ended"
    text = (assessment or "").strip()
    if assessment is not None and not text:
        problems["assessment"] = "required"
    elif len(text) > MAX_ASSESSMENT:
        problems["assessment"] = "too_long"
    if problems:
        raise ValidationError(problems)
    coop = uow.session.scalar(select(Cooperative).limit(1))
    if coop is None:
        raise NotFoundError("cooperative", 1)
    return CertificateContent(
        coop_name=coop.name,
        business_id=coop.business_id,
        member_name=employment.name,
        language=lang,
        periods=employment.periods,
        tasks=_tasks(uow, member_id, employment.periods, lang),
        with_reason=with_reason,
        assessment=text,
        place=coop.city or coop.home_municipality,
        issued_on=today or date.today(),
        signer=coop.board_representative,
        signer_title=coop.board_representative_title,
    )


@dataclass(frozen=True)
class IssuedCertificate:
    id: int
    pdf: bytes


@requires(Permission.WORK_ENTRIES)
def issue_certificate(
    uow: UnitOfWork,
    member_id: int,
    *,
    lang: str | None = None,
    with_reason: bool = False,
    assessment: str | None = None,
    today: date | None = None,
) -> IssuedCertificate:
    """Render the certificate and keep it, exactly as given, for later copies."""
    from app.documents.base import letterhead
    from app.documents.employment_certificate import EmploymentCertificateRenderer

    content = certificate_content(
        uow, member_id, lang=lang, with_reason=with_reason, assessment=assessment, today=today
    )
    pdf = EmploymentCertificateRenderer(content, letterhead(uow)).render_bytes()
    certificate = EmploymentCertificate(
        member_id=member_id,
        issued_on=content.issued_on,
        language=Language(content.language),
        with_reason=with_reason,
        with_assessment=bool(content.assessment),
        assessment=content.assessment,
        issued_by=uow.actor.name[:100],
        pdf=pdf,
    )
    uow.session.add(certificate)
    uow.session.flush()
    return IssuedCertificate(certificate.id, pdf)


@requires(Permission.WORK_ENTRIES)
def certificate_pdf(uow: UnitOfWork, certificate_id: int) -> bytes:
    """A copy of an issued certificate, byte for byte as it was given."""
    pdf = uow.session.scalar(
        select(EmploymentCertificate.pdf).where(EmploymentCertificate.id == certificate_id)
    )
    if pdf is None:
        raise NotFoundError("employment certificate", certificate_id)
    return pdf
