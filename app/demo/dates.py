"""Calendar helpers: Helsinki wall-clock times as UTC, working days, months."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from app.fi.banking_days import is_banking_day
from app.locale import FINLAND


@lru_cache(maxsize=1 << 16)
def at(day: date, hour: int = 12, minute: int = 0) -> datetime:
    """Helsinki local time on ``day`` as an aware UTC datetime."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=FINLAND).astimezone(UTC)


def is_working_day(day: date) -> bool:
    """Monday to Friday and not a Finnish public holiday: the banks' days."""
    return is_banking_day(day)


def first_working_day(month: date) -> date:
    """The first working day of ``month``'s month."""
    day = month.replace(day=1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def next_month(day: date) -> date:
    """The first day of the month after ``day``'s month."""
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    return next_month(day) - timedelta(days=1)


def add_months(day: date, months: int) -> date:
    """The first day of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def next_monday(day: date) -> date:
    """The Monday after ``day``: hours are approved weekly."""
    return day + timedelta(days=7 - day.weekday())


def days(first: date, last: date) -> list[date]:
    """Every day from ``first`` to ``last`` inclusive."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def months_between(first: date, last: date) -> Iterator[date]:
    """The first day of each month from ``first``'s to ``last``'s, oldest first."""
    month = first.replace(day=1)
    while month <= last:
        yield month
        month = next_month(month)
