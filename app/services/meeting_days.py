"""The dates a recurring meeting falls on: a weekly rule, Finnish public holidays left out."""

from __future__ import annotations

from datetime import date, datetime

import holidays
from dateutil.rrule import WEEKLY, rrule


def finnish_holidays(first: date, last: date) -> holidays.HolidayBase:
    return holidays.Finland(years=range(first.year, last.year + 1))


def meeting_days(
    starts_on: date, until_on: date, weekday: int, interval: int = 1, skip_holidays: bool = True
) -> list[date]:
    """Every `interval`-th week's `weekday` from `starts_on` to `until_on`, both included."""
    rule = rrule(
        WEEKLY,
        dtstart=datetime.combine(starts_on, datetime.min.time()),
        until=datetime.combine(until_on, datetime.min.time()),
        interval=interval,
        byweekday=weekday,
    )
    days = [moment.date() for moment in rule]
    if not skip_holidays or not days:
        return days
    closed = finnish_holidays(days[0], days[-1])
    return [day for day in days if day not in closed]
