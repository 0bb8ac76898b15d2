"""Members' earnings limits per year, their own weekly ceilings, and gross earnings by rates.

Gross earnings = hours × the wage rate valid on the work date. Volunteer hours never count;
a substitute's hours count for the member who worked them (``WorkEntry.member_id``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from app.domain import BenefitLimit, LoadCeiling, Member, Service, WageRate, WorkAssignment
from app.domain import WorkEntry as Entry
from app.domain.enums import BenefitKind

from .errors import ServiceError

ZERO = Decimal("0.00")
CENT = Decimal("0.01")


def cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def month_span(month: date) -> tuple[date, date]:
    """The first day of the month and of the next."""
    first = month.replace(day=1)
    return first, date(first.year + (first.month == 12), first.month % 12 + 1, 1)


# --- limits and ceilings (edited with the member form) ----------------------------------


def limit_for(session: Session, member_id: int, year: int) -> BenefitLimit | None:
    return session.scalar(
        select(BenefitLimit).where(BenefitLimit.member_id == member_id, BenefitLimit.year == year)
    )


def ceiling_on(session: Session, member_id: int, day: date) -> Decimal | None:
    """The weekly hour ceiling the member had chosen on ``day`` (None: no ceiling)."""
    return session.scalar(
        select(LoadCeiling.weekly_hours)
        .where(LoadCeiling.member_id == member_id, LoadCeiling.starts_on <= day)
        .order_by(LoadCeiling.starts_on.desc())
        .limit(1)
    )


def store_limits(
    session: Session,
    member: Member,
    *,
    monthly: Decimal | None,
    yearly: Decimal | None,
    ceiling: Decimal | None,
    today: date,
) -> None:
    """Keep this year's limits and, from today, the weekly ceiling (only what changed).

    The member must have an id (flushed).
    """
    limit = limit_for(session, member.id, today.year)
    if limit is None and (monthly is not None or yearly is not None):
        limit = BenefitLimit(member_id=member.id, year=today.year)
        session.add(limit)
    if limit is not None and monthly is None and yearly is None and not limit.note:
        session.delete(limit)  # both cleared: no limit this year
    elif limit is not None:
        limit.monthly_limit = monthly
        limit.yearly_limit = yearly
        limit.benefit_kind = member.benefit_kind
    if ceiling_on(session, member.id, today) == ceiling:
        return
    same_day = session.scalar(
        select(LoadCeiling).where(
            LoadCeiling.member_id == member.id, LoadCeiling.starts_on == today
        )
    )
    if same_day is not None:
        same_day.weekly_hours = ceiling
    else:
        session.add(LoadCeiling(member_id=member.id, starts_on=today, weekly_hours=ceiling))


# --- wage rates --------------------------------------------------------------------------


@dataclass(frozen=True)
class RateGap:
    member: str
    service_names: dict[str, str]  # by language: fi, sv, en
    month: date

    def service(self, lang: str) -> str:
        return self.service_names.get(lang) or self.service_names["fi"]


class MissingRate(ServiceError):
    """Paid hours with no wage rate valid on their date: names who, which service and month."""

    def __init__(self, gaps: list[RateGap]) -> None:
        self.gaps = gaps
        super().__init__(" ".join(self.lines()), code="missing_rate")

    def lines(self, lang: str = "en") -> list[str]:
        return [
            f"No wage rate for {g.member} in {g.service(lang)} for {g.month:%m/%Y}."
            for g in self.gaps
        ]


class RateBook:
    """The wage rates in force over a span, chosen most specific first for each entry."""

    def __init__(self, session: Session, start: date, end: date) -> None:
        self.rates = session.scalars(
            select(WageRate).where(
                WageRate.valid_from < end,
                (WageRate.valid_until.is_(None)) | (WageRate.valid_until >= start),
            )
        ).all()
        self._by_key: dict[tuple[int | None, int | None], list[WageRate]] = defaultdict(list)
        for rate in self.rates:
            self._by_key[(rate.member_id, rate.service_id)].append(rate)

    def rate(self, member_id: int, service_id: int, day: date) -> Decimal | None:
        for key in ((member_id, service_id), (member_id, None), (None, service_id)):
            for rate in self._by_key.get(key, ()):
                if rate.valid_from <= day and (rate.valid_until is None or day <= rate.valid_until):
                    return rate.hourly_rate
        return None

    def spans(self, start: date, end: date) -> list[tuple[date, date]]:
        """[start, end) cut where any rate begins or ends: within a span no rate changes."""
        cuts = {start, end}
        for rate in self.rates:
            cuts.add(rate.valid_from)
            if rate.valid_until is not None:
                cuts.add(rate.valid_until + timedelta(days=1))
        days = sorted(d for d in cuts if start <= d <= end)
        return list(pairwise(days))


@dataclass(frozen=True)
class EntryLine:
    """A member's hours in one service over a span of days in which no rate changes."""

    member_id: int
    service_id: int
    span_start: date
    hours: Decimal
    km: Decimal
    rate: Decimal | None
    volunteer: bool

    @property
    def gross(self) -> Decimal:
        return ZERO if self.volunteer or self.rate is None else self.hours * self.rate


def entry_lines(
    session: Session, start: date, end: date, member_ids: list[int] | None = None
) -> list[EntryLine]:
    """The hours in [start, end) summed per member, service, kind and rate span, each with
    its rate (None when none is valid; volunteer hours none). One pass over the entries."""
    book = RateBook(session, start, end)
    spans = book.spans(start, end)
    # Which span a day falls in, decided by the database so the sums stay in SQL.
    whens = [(Entry.work_date < upper, index) for index, (_, upper) in enumerate(spans[:-1])]
    span = (case(*whens, else_=len(spans) - 1) if whens else literal(0)).label("span")
    query = (
        select(
            Entry.member_id,
            WorkAssignment.service_id,
            Entry.volunteer,
            span,
            func.sum(Entry.hours).label("hours"),
            func.sum(Entry.km).label("km"),
        )
        .join(WorkAssignment, WorkAssignment.id == Entry.assignment_id)
        .where(Entry.work_date >= start, Entry.work_date < end)
        .group_by(Entry.member_id, WorkAssignment.service_id, Entry.volunteer, span)
    )
    if member_ids is not None:
        query = query.where(Entry.member_id.in_(member_ids))
    lines = []
    for r in session.execute(query):
        first = spans[r.span][0]
        rate = None if r.volunteer else book.rate(r.member_id, r.service_id, first)
        lines.append(EntryLine(r.member_id, r.service_id, first, r.hours, r.km, rate, r.volunteer))
    return lines


def refuse_missing_rates(session: Session, lines: list[EntryLine]) -> None:
    """MissingRate naming each member, service and month whose paid hours have no rate."""
    gaps = sorted(
        {
            (ln.member_id, ln.service_id, ln.span_start.replace(day=1))
            for ln in lines
            if not ln.volunteer and ln.rate is None
        }
    )
    if not gaps:
        return
    names = dict(
        session.execute(
            select(Member.id, Member.first_name + " " + Member.last_name).where(
                Member.id.in_({g[0] for g in gaps})
            )
        ).all()
    )
    services = {
        service.id: {"fi": service.name_fi, "sv": service.name_sv, "en": service.name_en}
        for service in session.scalars(select(Service).where(Service.id.in_({g[1] for g in gaps})))
    }
    raise MissingRate([RateGap(names[m], services[s], month) for m, s, month in gaps])


def benefit_kind_of(session: Session, member_id: int, year: int) -> BenefitKind:
    limit = limit_for(session, member_id, year)
    if limit is not None:
        return limit.benefit_kind
    return session.scalar(select(Member.benefit_kind).where(Member.id == member_id))
