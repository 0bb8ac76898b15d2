"""Dated hourly wage rates per service and personal rates per member (WORK_ENTRIES only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.domain import Member, Service, WageRate
from app.domain.enums import MemberStatus

from .errors import NotFoundError, ValidationError
from .policy import Permission, requires
from .uow import UnitOfWork

MAX_RATE = Decimal("1000.00")


@dataclass
class WageRateForm:
    """A rate for a service, for a member (all services) or for a member in one service."""

    hourly_rate: Decimal | None
    valid_from: date | None
    valid_until: date | None = None
    service_id: int | None = None
    member_id: int | None = None


@dataclass(frozen=True)
class WageRateRow:
    id: int
    service_id: int | None
    service_names: dict[str, str] | None  # fi, sv, en
    member_id: int | None
    member_name: str
    hourly_rate: Decimal
    valid_from: date
    valid_until: date | None

    def service(self, lang: str) -> str:
        if self.service_names is None:
            return ""
        return self.service_names.get(lang) or self.service_names["fi"]


@dataclass(frozen=True)
class Choice:
    id: int
    names: dict[str, str]

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names["fi"]


def _names(service: Service) -> dict[str, str]:
    return {"fi": service.name_fi, "sv": service.name_sv, "en": service.name_en}


@requires(Permission.WORK_ENTRIES)
def list_wage_rates(uow: UnitOfWork) -> list[WageRateRow]:
    """Every rate: service rates first, then personal ones, each newest first."""
    rates = uow.session.scalars(select(WageRate)).all()
    rows = [
        WageRateRow(
            id=r.id,
            service_id=r.service_id,
            service_names=_names(r.service) if r.service else None,
            member_id=r.member_id,
            member_name=r.member.full_name if r.member else "",
            hourly_rate=r.hourly_rate,
            valid_from=r.valid_from,
            valid_until=r.valid_until,
        )
        for r in rates
    ]
    rows.sort(key=lambda r: (r.member_id is not None, r.member_name, r.service("fi")))
    return rows


@requires(Permission.WORK_ENTRIES)
def wage_rate_choices(uow: UnitOfWork) -> tuple[list[Choice], list[Choice]]:
    """The services (hourly ones first) and the current members a rate can be for."""
    services = uow.session.scalars(
        select(Service).where(Service.active.is_(True)).order_by(Service.name_fi)
    ).all()
    members = uow.session.execute(
        select(Member.id, Member.first_name, Member.last_name)
        .where(Member.status.in_([MemberStatus.MEMBER, MemberStatus.APPLICANT]))
        .order_by(Member.last_name, Member.first_name)
    ).all()
    return (
        [Choice(s.id, _names(s)) for s in services],
        [Choice(m.id, {"fi": f"{m.last_name}, {m.first_name}"}) for m in members],
    )


def _validate(uow: UnitOfWork, form: WageRateForm, rate_id: int | None) -> None:
    problems: dict[str, str] = {}
    if form.service_id is None and form.member_id is None:
        problems["service_id"] = "required"
    if form.hourly_rate is None:
        problems["hourly_rate"] = "required"
    elif form.hourly_rate < 0:
        problems["hourly_rate"] = "negative"
    elif form.hourly_rate > MAX_RATE:
        problems["hourly_rate"] = "range"
    if form.valid_from is None:
        problems["valid_from"] = "required"
    elif form.valid_until is not None and form.valid_until < form.valid_from:
        problems["valid_until"] = "before_start"
    if form.service_id is not None and uow.session.get(Service, form.service_id) is None:
        problems["service_id"] = "unknown"
    if form.member_id is not None and uow.session.get(Member, form.member_id) is None:
        problems["member_id"] = "unknown"
    if not problems:
        same = uow.session.scalars(
            select(WageRate).where(
                WageRate.service_id.is_(None)
                if form.service_id is None
                else WageRate.service_id == form.service_id,
                WageRate.member_id.is_(None)
                if form.member_id is None
                else WageRate.member_id == form.member_id,
            )
        ).all()
        end = form.valid_until or date.max
        for other in same:
            if other.id == rate_id:
                continue
            if other.valid_from <= end and form.valid_from <= (other.valid_until or date.max):
                problems["valid_from"] = "overlap"
                break
    if problems:
        raise ValidationError(problems)


def _apply(rate: WageRate, form: WageRateForm) -> None:
    rate.service_id = form.service_id
    rate.member_id = form.member_id
    rate.hourly_rate = form.hourly_rate
    rate.valid_from = form.valid_from
    rate.valid_until = form.valid_until


@requires(Permission.WORK_ENTRIES)
def add_wage_rate(uow: UnitOfWork, form: WageRateForm) -> int:
    """A new rate; its dates may not overlap another rate for the same service and member."""
    _validate(uow, form, None)
    rate = WageRate()
    _apply(rate, form)
    uow.session.add(rate)
    uow.session.flush()
    return rate.id


def _require(uow: UnitOfWork, rate_id: int) -> WageRate:
    rate = uow.session.get(WageRate, rate_id)
    if rate is None:
        raise NotFoundError("wage rate", rate_id)
    return rate


@requires(Permission.WORK_ENTRIES)
def update_wage_rate(uow: UnitOfWork, rate_id: int, form: WageRateForm) -> None:
    rate = _require(uow, rate_id)
    _validate(uow, form, rate_id)
    _apply(rate, form)


@requires(Permission.WORK_ENTRIES)
def delete_wage_rate(uow: UnitOfWork, rate_id: int) -> None:
    uow.session.delete(_require(uow, rate_id))
