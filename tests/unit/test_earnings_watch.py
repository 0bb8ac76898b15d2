"""Gross earnings by dated rates, the 80 % / 100 % warnings, the 0.50 € rule and the ceiling."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.enums import BenefitKind, Role
from app.services.earnings import MissingRate, entry_lines, refuse_missing_rates
from app.services.errors import PermissionDeniedError, ValidationError
from app.services.load_watch import benefit_cut, level_of, monthly_overview, warnings_for
from app.services.uow import Actor, UnitOfWork
from app.services.wage_rates import (
    WageRateForm,
    add_wage_rate,
    delete_wage_rate,
    list_wage_rates,
    update_wage_rate,
)
from tests.unit.earnings_world import make_world

TREASURER = Actor("Taru", Role.TREASURER)
FACILITATOR = Actor("Ville", Role.FACILITATOR)
OCTOBER = date(2026, 10, 1)


@pytest.fixture
def world(coop_db):
    w = make_world(coop_db)
    w.member("aino", 1, "Aino", "Aalto", monthly_limit="1000.00", ceiling="12")
    w.member("eero", 2, "Eero", "Eskola", benefit=BenefitKind.ADJUSTED_UNEMPLOYMENT)
    w.rate("10.00", date(2026, 1, 1), service="cleaning")
    return w


def overview(world, month=OCTOBER, actor=TREASURER):
    with UnitOfWork(world.db, actor, write=False) as uow:
        return {row.member_id: row for row in monthly_overview(uow, month)}


@pytest.mark.parametrize(
    ("hours", "level", "percent"),
    [
        ("15.99", "none", "79.9"),
        ("16", "80", "80.0"),
        ("19.99", "80", "99.9"),
        ("20", "100", "100.0"),
    ],
)
def test_warning_levels_at_exactly_80_and_100_percent(world, hours, level, percent):
    world.rate("50.00", date(2026, 1, 1), member="aino")
    world.work("aino", date(2026, 10, 5), hours)
    row = overview(world)[world.members["aino"]]
    assert row.gross == Decimal(hours) * 50
    assert (row.level, row.percent) == (level, Decimal(percent))


def test_level_rules_on_their_own():
    assert level_of(Decimal("799.99"), Decimal("1000")) == "none"
    assert level_of(Decimal("800.00"), Decimal("1000")) == "80"
    assert level_of(Decimal("1000.00"), Decimal("1000")) == "100"
    assert level_of(Decimal("5000"), None) == "none"


def test_adjusted_unemployment_benefit_is_cut_by_half_of_gross_in_exact_cents(world):
    world.rate("11.35", date(2026, 1, 1), member="eero")
    world.work("eero", date(2026, 10, 6), "7.25")  # 82.2875 € → 82.29 €
    row = overview(world)[world.members["eero"]]
    assert row.gross == Decimal("82.29")
    assert row.benefit_cut == Decimal("41.15")  # 41.145 rounded half up
    assert row.limit is None and row.level == "none"
    assert overview(world)[world.members["aino"]].benefit_cut is None


def test_the_half_euro_rule_starts_in_april_2024():
    cut = benefit_cut(Decimal("100.01"), BenefitKind.ADJUSTED_UNEMPLOYMENT, date(2024, 4, 1))
    assert cut == Decimal("50.01")  # 50.005 half up
    assert benefit_cut(Decimal("100"), BenefitKind.ADJUSTED_UNEMPLOYMENT, date(2024, 3, 1)) is None
    assert benefit_cut(Decimal("100"), BenefitKind.DISABILITY_PENSION_KELA, OCTOBER) is None


def test_the_most_specific_rate_valid_on_the_day_is_used(world):
    world.rate("12.00", date(2026, 10, 10), date(2026, 10, 20), member="aino")
    world.rate("15.00", date(2026, 10, 15), date(2026, 10, 15), member="aino", service="cleaning")
    for day in (9, 10, 15, 20, 21):
        world.work("aino", date(2026, 10, day), "1")
    with world.db.sessions() as session:
        lines = entry_lines(session, OCTOBER, date(2026, 11, 1))
    # One line per span in which no rate changes, summed in the database.
    rates = {ln.span_start.day: (ln.rate, ln.hours) for ln in lines}
    # The service's 10 €, the personal 12 € from its first to its last day, 15 € on the 15th.
    assert rates == {
        1: (Decimal("10.00"), Decimal("1.00")),
        10: (Decimal("12.00"), Decimal("1.00")),
        15: (Decimal("15.00"), Decimal("1.00")),
        16: (Decimal("12.00"), Decimal("1.00")),
        21: (Decimal("10.00"), Decimal("1.00")),
    }
    assert sum(ln.gross for ln in lines) == Decimal("59.00")


def test_a_missing_rate_names_the_member_service_and_month(world):
    world.work("aino", date(2026, 10, 5), "2", service="yard")
    world.work("aino", date(2026, 10, 6), "2", service="yard", volunteer=True)
    with world.db.sessions() as session:
        lines = entry_lines(session, OCTOBER, date(2026, 11, 1))
        with pytest.raises(MissingRate) as info:
            refuse_missing_rates(session, lines)
    assert info.value.lines() == ["No wage rate for Aino Aalto in Yard work for 10/2026."]
    assert info.value.lines("fi") == ["No wage rate for Aino Aalto in Pihatyö for 10/2026."]
    row = overview(world)[world.members["aino"]]
    assert (row.gross, row.unrated_hours) == (Decimal("0.00"), Decimal("2.00"))


def test_volunteer_hours_never_earn_and_substitutes_earn_for_who_worked(world):
    world.work("aino", date(2026, 10, 5), "3", volunteer=True)
    world.work("eero", date(2026, 10, 6), "4", substitute_for="aino")
    rows = overview(world)
    aino, eero = rows[world.members["aino"]], rows[world.members["eero"]]
    assert (aino.hours, aino.volunteer_hours, aino.gross) == (
        Decimal("0"),
        Decimal("3.00"),
        Decimal("0.00"),
    )
    assert (eero.hours, eero.gross) == (Decimal("4.00"), Decimal("40.00"))


def test_weekly_ceiling_warns_only_beyond_it(world):
    world.work("aino", date(2026, 10, 5), "6")  # Monday
    world.work("aino", date(2026, 10, 7), "4", volunteer=True)  # volunteer work is load too
    world.work("aino", date(2026, 10, 12), "8")  # next week
    with world.db.sessions() as session:
        member = world.members["aino"]
        assert warnings_for(session, member, date(2026, 10, 11), Decimal("2")) == []
        [warning] = warnings_for(session, member, date(2026, 10, 11), Decimal("2.5"))
    assert warning.kind == "weekly_ceiling"
    assert (warning.value, warning.limit, warning.period) == (
        Decimal("12.50"),
        Decimal("12.00"),
        date(2026, 10, 5),
    )


def test_assigning_hours_warns_before_the_limit_is_passed(world):
    for day in range(1, 6):
        world.work("aino", date(2026, 10, day), "15")
    member, service = world.members["aino"], world.services["cleaning"]
    with world.db.sessions() as session:
        assert warnings_for(session, member, date(2026, 10, 20), Decimal("4.99"), service) == []
        [w80] = warnings_for(session, member, date(2026, 10, 20), Decimal("5"), service)
        both = warnings_for(session, member, date(2026, 10, 20), Decimal("25"), service)
        # Without earnings (a facilitator's view) only the ceiling warns.
        plain = warnings_for(
            session, member, date(2026, 10, 20), Decimal("25"), service, include_earnings=False
        )
    assert [w.kind for w in plain] == ["weekly_ceiling"]
    ceiling, w100 = both
    assert ceiling.kind == "weekly_ceiling"
    assert (w80.kind, w80.value, w80.limit, w80.period) == (
        "earnings_80",
        Decimal("800.00"),
        Decimal("1000.00"),
        OCTOBER,
    )
    assert (w100.kind, w100.value, w100.percent) == ("earnings_100", Decimal("1000.00"), 100)


def test_rates_for_one_service_and_member_may_not_overlap(world):
    form = WageRateForm(Decimal("11.00"), date(2026, 12, 31), service_id=world.services["cleaning"])
    with UnitOfWork(world.db, TREASURER) as uow, pytest.raises(ValidationError) as info:
        add_wage_rate(uow, form)
    assert info.value.problems == {"valid_from": "overlap"}
    with UnitOfWork(world.db, TREASURER) as uow:
        [old] = list_wage_rates(uow)
        # Ending the old rate the day before makes room for the new one.
        update_wage_rate(
            uow,
            old.id,
            WageRateForm(
                old.hourly_rate, old.valid_from, date(2026, 12, 30), service_id=old.service_id
            ),
        )
        new_id = add_wage_rate(uow, form)
        assert len(list_wage_rates(uow)) == 2
        delete_wage_rate(uow, new_id)


@pytest.mark.parametrize(
    ("form", "problems"),
    [
        (WageRateForm(Decimal("10"), date(2026, 1, 1)), {"service_id": "required"}),
        (
            WageRateForm(None, None, member_id=1),
            {"hourly_rate": "required", "valid_from": "required"},
        ),
        (WageRateForm(Decimal("-1"), date(2026, 1, 1), member_id=1), {"hourly_rate": "negative"}),
        (
            WageRateForm(Decimal("10"), date(2026, 2, 1), date(2026, 1, 31), member_id=1),
            {"valid_until": "before_start"},
        ),
    ],
)
def test_bad_rates_are_refused_with_the_field_named(world, form, problems):
    with UnitOfWork(world.db, TREASURER) as uow, pytest.raises(ValidationError) as info:
        add_wage_rate(uow, form)
    assert info.value.problems == problems


def test_a_facilitator_sees_no_earnings_nor_rates(world):
    with pytest.raises(PermissionDeniedError):
        overview(world, actor=FACILITATOR)
    with UnitOfWork(world.db, FACILITATOR) as uow:
        with pytest.raises(PermissionDeniedError):
            list_wage_rates(uow)
        with pytest.raises(PermissionDeniedError):
            add_wage_rate(uow, WageRateForm(Decimal("9"), date(2027, 1, 1), member_id=1))


def test_the_overview_counts_weeks_beyond_the_members_own_ceiling(world):
    # Aino's ceiling is 12 h: the week of 28.9. reaches into October and goes over.
    world.work("aino", date(2026, 9, 28), "8")
    world.work("aino", date(2026, 10, 1), "5")
    world.work("aino", date(2026, 10, 5), "12")  # exactly the ceiling: not over
    world.work("aino", date(2026, 10, 26), "10")
    world.work("aino", date(2026, 11, 1), "3")  # Sunday of the same week: 13 h
    world.work("aino", date(2026, 11, 2), "20")  # a November week: not counted
    row = overview(world)[world.members["aino"]]
    assert row.weeks_over_ceiling == 2


def test_an_edited_entry_is_not_counted_twice(world):
    entry = world.work("aino", date(2026, 10, 5), "10")
    member, service = world.members["aino"], world.services["cleaning"]
    for day in range(12, 17):
        world.work("aino", date(2026, 10, day), "14")  # 700 € more in another week
    with world.db.sessions() as session:
        # Changing the 10 h to 11 h: 11 h in the week (ceiling 12), 810 € in the month.
        [near] = warnings_for(
            session, member, date(2026, 10, 5), Decimal("11"), service, replacing=[entry]
        )
        assert (near.kind, near.value) == ("earnings_80", Decimal("810.00"))
        # Counted twice it would be 21 h and 910 €.
        twice = warnings_for(session, member, date(2026, 10, 5), Decimal("11"), service)
        assert [w.kind for w in twice] == ["weekly_ceiling", "earnings_80"]
        assert twice[0].value == Decimal("21.00") and twice[1].value == Decimal("910.00")
