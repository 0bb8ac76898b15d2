"""Recurring shifts expand by the rule: every second week, several weekdays, holidays, DST."""

from __future__ import annotations

from datetime import date, time, timedelta

from app.services.recurrence import WeeklyRule, local_times, occurrences, parse_rule

TUESDAY = 1
THURSDAY = 3
FRIDAY = 4


def test_every_tuesday_until_the_end_of_may():
    days = occurrences(date(2026, 3, 1), date(2026, 5, 31), WeeklyRule(1, (TUESDAY,)).text())
    assert days[0] == date(2026, 3, 3)
    assert days[-1] == date(2026, 5, 26)
    assert all(d.weekday() == TUESDAY for d in days)
    assert len(days) == 13


def test_every_second_week_on_two_weekdays():
    rule = WeeklyRule(2, (TUESDAY, THURSDAY)).text()
    assert rule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"
    days = occurrences(date(2026, 9, 1), date(2026, 9, 30), rule)
    # Week 36 (the start), week 38 and week 40; never the weeks between.
    assert days == [
        date(2026, 9, 1),
        date(2026, 9, 3),
        date(2026, 9, 15),
        date(2026, 9, 17),
        date(2026, 9, 29),
    ]
    assert parse_rule(rule) == WeeklyRule(2, (TUESDAY, THURSDAY))


def test_finnish_public_holidays_are_skipped_unless_asked_not_to():
    rule = WeeklyRule(1, (THURSDAY, FRIDAY)).text()
    ascension, midsummer_eve = date(2026, 5, 14), date(2026, 6, 19)
    skipped = occurrences(date(2026, 5, 1), date(2026, 6, 30), rule)
    assert ascension not in skipped and midsummer_eve not in skipped
    assert date(2026, 5, 15) in skipped and date(2026, 6, 18) in skipped
    kept = occurrences(date(2026, 5, 1), date(2026, 6, 30), rule, skip_holidays=False)
    assert ascension in kept and midsummer_eve in kept
    # May Day (Friday 1 May) is a public holiday too.
    assert set(kept) - set(skipped) == {date(2026, 5, 1), ascension, midsummer_eve}


def test_one_off_dates_outside_the_period_are_left_out():
    days = occurrences(
        date(2026, 3, 2),
        date(2026, 3, 31),
        "",
        dates=[date(2026, 3, 10), date(2026, 3, 3), date(2026, 4, 2), date(2026, 3, 3)],
    )
    assert days == [date(2026, 3, 3), date(2026, 3, 10)]


def test_an_open_ended_rule_stops_at_the_horizon():
    monday = "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO"
    days = occurrences(date(2026, 1, 5), None, monday, today=date(2026, 1, 5))
    assert days[-1] <= date(2026, 1, 5) + timedelta(weeks=52)
    assert len(days) >= 50


def test_dst_weeks_keep_the_wall_clock_times():
    rule = WeeklyRule(1, (TUESDAY,)).text()
    # Helsinki moves to summer time on 29 March and back on 25 October 2026.
    days = occurrences(date(2026, 3, 17), date(2026, 11, 3), rule)
    around = [d for d in days if d in {date(2026, 3, 24), date(2026, 3, 31)}]
    around += [d for d in days if d in {date(2026, 10, 20), date(2026, 10, 27)}]
    assert len(around) == 4
    for day in around:
        start, end = local_times(day, time(9), time(12))
        assert (start.hour, end.hour) == (9, 12)
        assert end - start == timedelta(hours=3)
    winter, summer = (local_times(d, time(9), time(12))[0] for d in around[:2])
    assert winter.utcoffset() == timedelta(hours=2)
    assert summer.utcoffset() == timedelta(hours=3)
    autumn_summer, autumn_winter = (local_times(d, time(9), time(12))[0] for d in around[2:])
    assert autumn_summer.utcoffset() == timedelta(hours=3)
    assert autumn_winter.utcoffset() == timedelta(hours=2)
