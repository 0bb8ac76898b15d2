"""Recurring shifts: an RFC 5545 rule expanded by dateutil, Finnish public holidays skipped."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import holidays
from dateutil.rrule import WEEKLY, rrule, rrulestr, weekday

HELSINKI = ZoneInfo("Europe/Helsinki")
# An open-ended rule is written out this far ahead of its start (or of today).
HORIZON = timedelta(weeks=52)
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class WeeklyRule:
    """Every `interval` weeks on these weekdays (Monday = 0)."""

    interval: int
    weekdays: tuple[int, ...]

    def text(self) -> str:
        days = ",".join(RRULE_DAYS[d] for d in sorted(set(self.weekdays)))
        return f"FREQ=WEEKLY;INTERVAL={self.interval};BYDAY={days}"


def parse_rule(text: str, starts_on: date | None = None) -> WeeklyRule | None:
    """The weekly rule stored on an assignment, or None for one-off dates."""
    if not text:
        return None
    rule = _rule(text, starts_on or date(2000, 1, 3))
    days = tuple(sorted(d.weekday if isinstance(d, weekday) else int(d) for d in rule._byweekday))
    return WeeklyRule(rule._interval, days)


def _rule(text: str, starts_on: date) -> rrule:
    parsed = rrulestr(f"RRULE:{text}", dtstart=datetime.combine(starts_on, time()))
    if not isinstance(parsed, rrule) or parsed._freq != WEEKLY:
        raise ValueError(f"not a weekly rule: {text}")
    return parsed


@cache
def _finnish_holidays(year: int) -> holidays.HolidayBase:
    return holidays.Finland(years=year)


def is_public_holiday(day: date) -> bool:
    return day in _finnish_holidays(day.year)


def occurrences(
    starts_on: date,
    ends_on: date | None,
    rule: str,
    *,
    skip_holidays: bool = True,
    dates: Iterable[date] = (),
    today: date | None = None,
) -> list[date]:
    """The days the assignment's shifts fall on, in order.

    With no rule, the one-off `dates` inside the period. An open-ended rule stops at HORIZON
    after the later of its start and today.
    """
    if rule:
        last = ends_on or max(starts_on, today or date.today()) + HORIZON
        expanded = _rule(rule, starts_on).replace(until=datetime.combine(last, time()))
        days = [d.date() for d in expanded]
    else:
        days = sorted({d for d in dates if d >= starts_on and (ends_on is None or d <= ends_on)})
    if skip_holidays:
        days = [d for d in days if not is_public_holiday(d)]
    return days


def local_times(day: date, start: time, end: time) -> tuple[datetime, datetime]:
    """The shift's start and end as aware Helsinki times: the same wall clock all year."""
    return (
        datetime.combine(day, start, tzinfo=HELSINKI),
        datetime.combine(day, end, tzinfo=HELSINKI),
    )
