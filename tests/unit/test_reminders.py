"""Late interest per half-year and after partial payments; reminder rules for consumers and
businesses; reference rates as data."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.enums import CustomerKind, PaymentMethod
from app.services.errors import PermissionDeniedError, ServiceError, ValidationError
from app.services.late_interest import calculate
from app.services.payments import record_payment
from app.services.receivables import Settlement
from app.services.reminders import (
    add_reference_rate,
    list_reference_rates,
    next_banking_day,
    overdue_invoices,
    plan_reminder,
    send_reminder,
)
from app.services.uow import UnitOfWork
from tests.payment_world import FACILITATOR, TREASURER, add_invoice, build_world, d

RATES = {date(2025, 1, 1): Decimal("3.50"), date(2025, 7, 1): Decimal("2.50")}


def eur(text: str) -> Decimal:
    return Decimal(text)


# --- the calculation, hand-computed -----------------------------------------------------------


def test_interest_across_a_half_year_boundary():
    # Due 20.6.2025, interest to 20.7.2025 on 1 000,00 € (consumer, +7 pp):
    # 21.6.–30.6.: 10 days × 10,5 % → 1000 × 0.105 × 10 / 365 = 2.876… → 2,88
    # 1.7.–20.7.: 20 days × 9,5 % → 1000 × 0.095 × 20 / 365 = 5.205… → 5,21
    result = calculate(eur("1000.00"), d("2025-06-20"), d("2025-07-20"), [], RATES, eur("7"))
    assert [(x.start, x.end, x.days, x.rate, x.interest) for x in result.lines] == [
        (d("2025-06-21"), d("2025-06-30"), 10, eur("10.50"), eur("2.88")),
        (d("2025-07-01"), d("2025-07-20"), 20, eur("9.50"), eur("5.21")),
    ]
    assert result.total == eur("8.09")


def test_interest_after_a_partial_payment_keeps_what_had_accrued():
    # 400,00 € paid on 10.7.: 1.7.–10.7. on 1 000,00 € (10 d → 2.602… → 2,60), then
    # 11.7.–20.7. on 600,00 € (10 d × 9,5 % → 1.561… → 1,56); before it 2,88 as above.
    paid = [Settlement(d("2025-07-10"), eur("400.00"))]
    result = calculate(eur("1000.00"), d("2025-06-20"), d("2025-07-20"), paid, RATES, eur("7"))
    assert [(x.days, x.amount, x.interest) for x in result.lines] == [
        (10, eur("1000.00"), eur("2.88")),
        (10, eur("1000.00"), eur("2.60")),
        (10, eur("600.00"), eur("1.56")),
    ]
    assert result.total == eur("7.04")


def test_between_businesses_the_margin_is_eight_points():
    # 1.7.–30.7.2025: 30 days × (2,5 + 8) % on 500,00 € = 4.315… → 4,32
    result = calculate(eur("500.00"), d("2025-06-30"), d("2025-07-30"), [], RATES, eur("8"))
    assert [(x.rate, x.interest) for x in result.lines] == [(eur("10.50"), eur("4.32"))]


def test_a_half_year_without_a_rate_is_reported_not_guessed():
    result = calculate(eur("100.00"), d("2025-12-20"), d("2026-01-10"), [], RATES, eur("7"))
    assert result.missing_rates == (d("2026-01-01"),)
    assert len(result.lines) == 1


def test_a_fully_paid_invoice_stops_accruing():
    paid = [Settlement(d("2025-07-01"), eur("1000.00"))]
    result = calculate(eur("1000.00"), d("2025-06-20"), d("2025-12-31"), paid, RATES, eur("7"))
    assert [x.days for x in result.lines] == [10, 1]


# --- reminders on a small cooperative ---------------------------------------------------------


@pytest.fixture
def world(coop_db):
    world = build_world(coop_db)
    with coop_db.sessions() as session:
        # A household invoice sent only 7 days before its due date: no reminder fee.
        short = add_invoice(
            session, 6, "Nieminen Pia", CustomerKind.HOUSEHOLD, "50.00", "25.5",
            "2026-10-20", "2026-10-27",
        )  # fmt: skip
        old = add_invoice(
            session, 7, "Korhonen Aino", CustomerKind.HOUSEHOLD, "1000.00", "0",
            "2025-06-01", "2025-06-20",
        )  # fmt: skip
        session.commit()
        world.invoices[6], world.invoices[7] = short.id, old.id
    with UnitOfWork(coop_db, TREASURER) as uow:
        # Later half-years are entered by the user (here: as if Suomen Pankki had kept 2,5 %).
        add_reference_rate(uow, d("2026-07-01"), eur("2.50"))
    return world


def plan(db, invoice_id, on):
    with UnitOfWork(db, TREASURER, write=False) as uow:
        return plan_reminder(uow, invoice_id, d(on))


def send(db, invoice_id, on):
    with UnitOfWork(db, TREASURER) as uow:
        return send_reminder(uow, invoice_id, d(on))


def test_consumer_first_reminder_no_earlier_than_14_days_after_due(world, coop_db):
    # Invoice 3: due 24.10.2026, sent 14 days before it: a 5 € fee is allowed.
    early = plan(coop_db, world.invoices[3], "2026-11-06")
    assert early.not_before == d("2026-11-07")
    assert not early.allowed
    with pytest.raises(ServiceError) as caught:
        send(coop_db, world.invoices[3], "2026-11-06")
    assert caught.value.code == "too_early"
    first = plan(coop_db, world.invoices[3], "2026-11-07")
    assert (first.allowed, first.fee, first.fee_kind, first.level) == (True, eur("5.00"), "fee", 1)
    send(coop_db, world.invoices[3], "2026-11-07")
    # The second one waits 14 days after the first.
    assert not plan(coop_db, world.invoices[3], "2026-11-20").allowed
    second = plan(coop_db, world.invoices[3], "2026-11-21")
    assert (second.allowed, second.level, second.fee) == (True, 2, eur("5.00"))


def test_no_fee_when_the_invoice_was_sent_less_than_14_days_before_due(world, coop_db):
    reminder = plan(coop_db, world.invoices[6], "2026-11-10")
    assert (reminder.fee, reminder.no_fee_reason) == (eur("0.00"), "late_sending")


def test_the_consumer_fee_never_exceeds_five_euros(world, coop_db):
    from sqlalchemy import select

    from app.domain import Cooperative

    with coop_db.sessions() as session:
        session.scalar(select(Cooperative)).reminder_fee = eur("12.00")
        session.commit()
    assert plan(coop_db, world.invoices[3], "2026-11-07").fee == eur("5.00")


def test_a_business_pays_the_40_euro_compensation_once(world, coop_db):
    # Invoice 2 (a company), due 19.10.2026.
    first = plan(coop_db, world.invoices[2], "2026-10-20")
    assert (first.allowed, first.fee, first.fee_kind) == (True, eur("40.00"), "compensation")
    send(coop_db, world.invoices[2], "2026-10-20")
    second = plan(coop_db, world.invoices[2], "2026-10-27")
    assert (second.allowed, second.fee, second.no_fee_reason) == (True, eur("0.00"), "compensated")


def test_the_reminder_claims_interest_to_its_date_on_the_open_amount(world, coop_db):
    # Invoice 3: 86,80 € due 24.10.2026; 25.10.–23.11.: 30 days × 9,5 % → 0.677… → 0,68.
    reminder = plan(coop_db, world.invoices[3], "2026-11-23")
    assert reminder.interest.total == eur("0.68")
    assert reminder.total == eur("86.80") + eur("5.00") + eur("0.68")
    # A new due date two weeks later, on a banking day (7.12.2026 is a Monday).
    assert reminder.new_due_date == d("2026-12-07")


def test_a_partial_payment_keeps_the_interest_accrued_before_it(world, coop_db):
    with UnitOfWork(coop_db, TREASURER) as uow:
        record_payment(
            uow, world.invoices[7], eur("400.00"), d("2025-07-10"), PaymentMethod.BANK,
            today=d("2026-12-01"),
        )  # fmt: skip
    reminder = plan(coop_db, world.invoices[7], "2025-07-20")
    assert reminder.open_amount == eur("600.00")
    assert reminder.interest.total == eur("7.04")


def test_overdue_list_shows_open_invoices_and_when_they_may_be_reminded(world, coop_db):
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        rows = overdue_invoices(uow, d("2026-11-10"))
    assert [(r.number, r.open_amount, r.next_allowed) for r in rows] == [
        ("7", eur("1000.00"), d("2025-07-04")),
        ("1", eur("1240.00"), d("2026-10-16")),
        ("2", eur("500.00"), d("2026-10-20")),
        ("3", eur("86.80"), d("2026-11-07")),
        ("6", eur("62.75"), d("2026-11-10")),
        ("4", eur("120.00"), d("2026-11-23")),
    ]


def test_next_banking_day_skips_weekends_and_finnish_holidays():
    assert next_banking_day(d("2026-12-05")) == d("2026-12-07")  # Saturday → Monday
    assert next_banking_day(d("2026-12-06")) == d("2026-12-07")  # Independence Day, a Sunday
    assert next_banking_day(d("2026-12-24")) == d("2026-12-28")


def test_reference_rates_are_data_the_user_adds(world, coop_db):
    with UnitOfWork(coop_db, TREASURER) as uow:
        add_reference_rate(uow, d("2027-01-01"), eur("2.00"))
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        assert list_reference_rates(uow)[-1].rate == eur("2.00")
    for valid_from, rate, problems in (
        ("2027-01-01", "2.00", {"valid_from": "duplicate"}),
        ("2026-08-01", "2.00", {"valid_from": "half_year"}),
        ("2027-07-01", "40", {"rate": "range"}),
    ):
        with pytest.raises(ValidationError) as caught, UnitOfWork(coop_db, TREASURER) as uow:
            add_reference_rate(uow, d(valid_from), eur(rate))
        assert caught.value.problems == problems


def test_a_facilitator_gets_permission_denied_from_every_reminder_service(world, coop_db):
    calls = [
        lambda uow: plan_reminder(uow, world.invoices[3], d("2026-11-20")),
        lambda uow: send_reminder(uow, world.invoices[3], d("2026-11-20")),
        lambda uow: overdue_invoices(uow, d("2026-11-20")),
        lambda uow: list_reference_rates(uow),
        lambda uow: add_reference_rate(uow, d("2027-01-01"), eur("2")),
    ]
    for call in calls:
        with pytest.raises(PermissionDeniedError), UnitOfWork(coop_db, FACILITATOR) as uow:
            call(uow)


def test_a_sent_reminder_prints_again_as_it_was_sent(world, coop_db):
    send(coop_db, world.invoices[2], "2026-10-20")
    again = plan(coop_db, world.invoices[2], "2026-10-20")
    assert (again.recorded, again.level, again.fee, again.fee_kind) == (
        True, 1, eur("40.00"), "compensation"
    )  # fmt: skip
    with pytest.raises(ServiceError) as caught:
        send(coop_db, world.invoices[2], "2026-10-20")
    assert caught.value.code == "already_sent"


def test_an_association_is_reminded_as_a_consumer_and_a_municipality_as_a_business(world, coop_db):
    # Invoice 8: an association (ry), due 19.10.2026 like the company's invoice 2.
    with coop_db.sessions() as session:
        club = add_invoice(
            session, 8, "Kylätoimikunta ry", CustomerKind.ASSOCIATION, "200.00", "0",
            "2026-10-05", "2026-10-19",
        )  # fmt: skip
        session.commit()
        world.invoices[8] = club.id
    assert not plan(coop_db, world.invoices[8], "2026-10-20").allowed  # waits 14 days
    club = plan(coop_db, world.invoices[8], "2026-11-02")
    assert (club.consumer, club.allowed, club.fee, club.fee_kind) == (
        True, True, eur("5.00"), "fee"
    )  # fmt: skip
    assert {line.rate for line in club.interest.lines} == {eur("9.50")}  # 2,5 + 7, not + 8
    # Invoice 1: a municipality paying a business: the 40 € and + 8 points.
    town = plan(coop_db, world.invoices[1], "2026-11-02")
    assert (town.consumer, town.fee, town.fee_kind) == (False, eur("40.00"), "compensation")
    assert {line.rate for line in town.interest.lines} == {eur("10.50")}
    rows = {row.number: row for row in overdue(coop_db, "2026-11-02")}
    assert (rows["8"].consumer, rows["8"].next_allowed) == (True, d("2026-11-02"))
    assert (rows["1"].consumer, rows["1"].next_allowed) == (False, d("2026-10-16"))


def overdue(db, on):
    with UnitOfWork(db, TREASURER, write=False) as uow:
        return overdue_invoices(uow, d(on))
