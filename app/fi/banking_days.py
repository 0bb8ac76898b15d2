"""Finnish banking days: a due date on a weekend or public holiday moves to the next one."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=16)
def _holidays(year: int) -> frozenset[date]:
    # holidays.Finland includes Midsummer Eve and Christmas Eve, when banks are closed too.
    return frozenset(holidays.Finland(years=year))


def is_banking_day(day: date) -> bool:
    """Whether Finnish banks settle payments on ``day`` (not a weekend or public holiday)."""
    return day.weekday() < 5 and day not in _holidays(day.year)


def next_banking_day(day: date) -> date:
    """``day`` itself when it is a banking day, else the first banking day after it."""
    while not is_banking_day(day):
        day += timedelta(days=1)
    return day
