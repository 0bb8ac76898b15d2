"""Share subscriptions, installments, payments, ledgers, wage deductions and references."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db import Database, open_database
from app.domain import (
    AuditEntry,
    Consent,
    Cooperative,
    ShareInstallment,
    SharePayment,
    ShareSubscription,
)
from app.domain.enums import (
    ConsentKind,
    LeavingReason,
    Role,
    ShareKind,
    SharePaymentMethod,
)
from app.fi.reference import is_valid_fi_reference
from app.services.cooperative import NewCooperative, create_cooperative
from app.services.errors import NotFoundError, ServiceError, ValidationError
from app.services.member_form import MemberForm
from app.services.members import create_member
from app.services.membership import (
    accept_member,
    end_membership,
    mark_refund_paid,
    reject_application,
)
from app.services.share_ledger import share_ledger
from app.services.shares import (
    OverpaymentError,
    member_reference,
    record_share_payment,
    record_wage_deduction_consent,
    split_into_installments,
    subscribe_shares,
)
from app.services.uow import Actor, UnitOfWork
from app.services.wage_deductions import wage_deduction_list

TODAY = date(2026, 1, 5)
TREASURER = Actor("Taru Rahastonhoitaja", Role.TREASURER)
BANK = SharePaymentMethod.BANK
CASH = SharePaymentMethod.CASH
WAGE = SharePaymentMethod.WAGE_DEDUCTION


def d(text: str) -> date:
    return date.fromisoformat(text)


def eur(text: str) -> Decimal:
    return Decimal(text)


# --- fixtures and helpers ---------------------------------------------------------------------


@pytest.fixture
def coop(coop_db) -> Database:
    return coop_db


def applicant(db, first: str = "Maija", last: str = "Meikäläinen") -> int:
    """An applicant: shares are usually subscribed with the application."""
    with UnitOfWork(db, TREASURER) as uow:
        return create_member(uow, MemberForm(first, last, applied_on=TODAY), today=TODAY)


def subscribe(db, member_id: int, count: int = 1, on: str = "2026-01-10", **options) -> int:
    with UnitOfWork(db, TREASURER) as uow:
        return subscribe_shares(uow, member_id, count, d(on), **options)


def pay(db, member_id: int, amount: str, on: str, method=BANK, **options) -> list[int]:
    with UnitOfWork(db, TREASURER) as uow:
        return record_share_payment(uow, member_id, eur(amount), d(on), method, **options)


def consent(db, member_id: int, on: str, note: str = "") -> None:
    with UnitOfWork(db, TREASURER) as uow:
        record_wage_deduction_consent(uow, member_id, d(on), note)


def ledger(db, member_id: int):
    with UnitOfWork(db, TREASURER) as uow:
        return share_ledger(uow, member_id)


def deductions(db, month: str):
    with UnitOfWork(db, TREASURER) as uow:
        return [(r.name, r.amount, r.recorded) for r in wage_deduction_list(uow, d(month))]


def set_coop(db, **values) -> None:
    with db.sessions() as session:
        coop = session.scalar(select(Cooperative))
        for key, value in values.items():
            setattr(coop, key, value)
        session.commit()


def count(db, model) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def payments(db) -> list[tuple[int, Decimal, date, SharePaymentMethod, date | None]]:
    with db.sessions() as session:
        rows = session.scalars(select(SharePayment).order_by(SharePayment.id))
        return [(p.subscription_id, p.amount, p.paid_on, p.method, p.wage_month) for p in rows]


def installments(db, subscription_id: int) -> list[tuple[date, Decimal]]:
    with db.sessions() as session:
        rows = session.scalars(
            select(ShareInstallment)
            .where(ShareInstallment.subscription_id == subscription_id)
            .order_by(ShareInstallment.due_on)
        )
        return [(i.due_on, i.amount) for i in rows]


# --- subscribing ------------------------------------------------------------------------------


def test_subscription_keeps_the_price_of_its_time(coop):
    member_id = applicant(coop)
    first = subscribe(coop, member_id, 2, "2026-01-10")
    set_coop(coop, share_price=eur("60.00"))
    second = subscribe(coop, member_id, 1, "2026-03-01", kind=ShareKind.ADDITIONAL)
    with coop.sessions() as session:
        old, new = session.get(ShareSubscription, first), session.get(ShareSubscription, second)
        assert (old.share_count, old.unit_price, old.amount) == (2, eur("50.00"), eur("100.00"))
        assert (old.kind, old.subscribed_on) == (ShareKind.BASIC, d("2026-01-10"))
        assert (new.share_count, new.unit_price, new.amount) == (1, eur("60.00"), eur("60.00"))
        assert new.kind is ShareKind.ADDITIONAL
        assert old.reference == new.reference == member_reference(member_id)
    book = ledger(coop, member_id)
    assert (book.shares, book.subscribed, book.paid, book.open) == (
        3,
        eur("160.00"),
        eur("0.00"),
        eur("160.00"),
    )


@pytest.mark.parametrize("share_count", [0, -1])
def test_share_count_must_be_positive(coop, share_count):
    member_id = applicant(coop)
    audits = count(coop, AuditEntry)
    with UnitOfWork(coop, TREASURER) as uow, pytest.raises(ValidationError) as info:
        subscribe_shares(uow, member_id, share_count, d("2026-01-10"))
    assert info.value.problems == {"share_count": "positive"}
    assert count(coop, ShareSubscription) == 0
    assert count(coop, AuditEntry) == audits


@pytest.mark.parametrize("installment", [eur("0"), eur("-10")])
def test_installment_must_be_positive(coop, installment):
    member_id = applicant(coop)
    with UnitOfWork(coop, TREASURER) as uow, pytest.raises(ValidationError) as info:
        subscribe_shares(uow, member_id, 1, d("2026-01-10"), installment=installment)
    assert info.value.problems == {"installment": "positive"}
    assert count(coop, ShareSubscription) == 0
    assert count(coop, ShareInstallment) == 0


def test_max_shares_per_member(coop):
    set_coop(coop, max_shares_per_member=3)
    member_id = applicant(coop)
    other = applicant(coop, "Olli", "Toinen")
    subscribe(coop, member_id, 2)
    with UnitOfWork(coop, TREASURER) as uow, pytest.raises(ValidationError) as info:
        subscribe_shares(uow, member_id, 2, d("2026-02-01"))
    assert info.value.problems == {"share_count": "over_limit"}
    # Exactly the maximum is allowed; the limit is per member.
    subscribe(coop, member_id, 1, "2026-02-01")
    subscribe(coop, other, 3, "2026-02-01")
    with UnitOfWork(coop, TREASURER) as uow, pytest.raises(ValidationError) as info:
        subscribe_shares(uow, member_id, 1, d("2026-03-01"))
    assert info.value.problems == {"share_count": "over_limit"}
    assert ledger(coop, member_id).shares == 3


def test_former_and_rejected_cannot_subscribe(coop):
    former = applicant(coop, "Entinen", "Jäsen")
    with UnitOfWork(coop, TREASURER) as uow:
        accept_member(uow, former, d("2026-01-05"))
    with UnitOfWork(coop, TREASURER) as uow:
        end_membership(uow, former, d("2026-03-15"), LeavingReason.RESIGNATION)
    rejected = applicant(coop, "Hylätty", "Hakija")
    with UnitOfWork(coop, TREASURER) as uow:
        reject_application(uow, rejected, d("2026-01-20"))
    for member_id in (former, rejected):
        with UnitOfWork(coop, TREASURER) as uow, pytest.raises(ServiceError) as info:
            subscribe_shares(uow, member_id, 1, d("2026-04-01"))
        assert info.value.code == "former_member"
    with UnitOfWork(coop, TREASURER) as uow, pytest.raises(NotFoundError) as info:
        subscribe_shares(uow, 999, 1, d("2026-04-01"))
    assert info.value.code == "not_found"
    assert count(coop, ShareSubscription) == 0


# --- installments -----------------------------------------------------------------------------


def test_installment_plan_is_saved(coop):
    member_id = applicant(coop)
    sub = subscribe(coop, member_id, 1, installment=eur("10"), first_due_on=d("2026-01-31"))
    assert installments(coop, sub) == [
        (d("2026-01-31"), eur("10.00")),
        (d("2026-02-28"), eur("10.00")),
        (d("2026-03-31"), eur("10.00")),
        (d("2026-04-30"), eur("10.00")),
        (d("2026-05-31"), eur("10.00")),
    ]


def test_installments_in_a_leap_year_fall_on_29_february(coop):
    member_id = applicant(coop)
    sub = subscribe(
        coop, member_id, 1, "2028-01-10", installment=eur("10"), first_due_on=d("2028-01-31")
    )
    assert [due for due, _ in installments(coop, sub)] == [
        d("2028-01-31"),
        d("2028-02-29"),
        d("2028-03-31"),
        d("2028-04-30"),
        d("2028-05-31"),
    ]


def test_first_installment_defaults_to_the_subscription_day(coop):
    member_id = applicant(coop)
    sub = subscribe(coop, member_id, 1, "2026-01-15", installment=eur("25"))
    assert installments(coop, sub) == [
        (d("2026-01-15"), eur("25.00")),
        (d("2026-02-15"), eur("25.00")),
    ]


@pytest.mark.parametrize(
    ("amount", "per_month", "first_due", "plan"),
    [
        ("55", "20", "2026-01-15", "2026-01-15=20 2026-02-15=20 2026-03-15=15"),
        ("55.50", "20", "2026-01-15", "2026-01-15=20 2026-02-15=20 2026-03-15=15.50"),
        ("50", "50", "2026-01-15", "2026-01-15=50"),
        ("50", "60", "2026-01-15", "2026-01-15=50"),
        # Clamped to the month's end, then back to the 30th.
        ("40", "10", "2026-01-30", "2026-01-30=10 2026-02-28=10 2026-03-30=10 2026-04-30=10"),
        # Over the turn of the year, and into a leap year's February.
        ("100", "30", "2026-11-30", "2026-11-30=30 2026-12-30=30 2027-01-30=30 2027-02-28=10"),
        ("100", "30", "2027-12-31", "2027-12-31=30 2028-01-31=30 2028-02-29=30 2028-03-31=10"),
    ],
)
def test_split_into_installments(amount, per_month, first_due, plan):
    expected = [(d(due), eur(part)) for due, part in (item.split("=") for item in plan.split())]
    result = split_into_installments(eur(amount), eur(per_month), d(first_due))
    assert result == expected
    assert sum(part for _, part in result) == eur(amount)


def test_split_needs_a_positive_installment():
    with pytest.raises(ValidationError) as info:
        split_into_installments(eur("50"), eur("0"), d("2026-01-31"))
    assert info.value.problems == {"installment": "positive"}


# --- payments ---------------------------------------------------------------------------------


def test_payments_settle_the_oldest_subscription_first(coop):
    member_id = applicant(coop)
    # Entered second but subscribed earlier: it is the older one.
    newer = subscribe(coop, member_id, 1, "2026-03-01")
    older = subscribe(coop, member_id, 2, "2026-01-10")
    audits = count(coop, AuditEntry)
    assert len(pay(coop, member_id, "30.00", "2026-03-10")) == 1
    assert len(pay(coop, member_id, "100.00", "2026-04-10", CASH)) == 2
    assert payments(coop) == [
        (older, eur("30.00"), d("2026-03-10"), BANK, None),
        (older, eur("70.00"), d("2026-04-10"), CASH, None),
        (newer, eur("30.00"), d("2026-04-10"), CASH, None),
    ]
    assert count(coop, AuditEntry) == audits + 3
    book = ledger(coop, member_id)
    assert (book.subscribed, book.paid, book.open) == (eur("150.00"), eur("130.00"), eur("20.00"))


def test_overpayment_is_refused_with_the_open_amount(coop):
    member_id = applicant(coop)
    subscribe(coop, member_id, 1)
    audits = count(coop, AuditEntry)
    with UnitOfWork(coop, TREASURER) as uow, pytest.raises(OverpaymentError) as info:
        record_share_payment(uow, member_id, eur("60.00"), d("2026-02-01"), BANK)
    assert (info.value.open_amount, info.value.amount) == (eur("50.00"), eur("60.00"))
    assert count(coop, SharePayment) == 0
    assert count(coop, AuditEntry) == audits

    pay(coop, member_id, "30.00", "2026-02-01")
    with UnitOfWork(coop, TREASURER) as uow, pytest.raises(OverpaymentError) as info:
        record_share_payment(uow, member_id, eur("20.01"), d("2026-02-02"), BANK)
    assert info.value.open_amount == eur("20.00")
    # Exactly the open amount is no overpayment.
    pay(coop, member_id, "20.00", "2026-02-02")
    assert ledger(coop, member_id).open == eur("0.00")


def test_confirmed_overpayment_stays_on_the_newest_subscription(coop):
    member_id = applicant(coop)
    older = subscribe(coop, member_id, 1, "2026-01-10")
    newer = subscribe(coop, member_id, 1, "2026-02-10")
    pay(coop, member_id, "20.00", "2026-02-15")
    pay(coop, member_id, "90.00", "2026-03-01", allow_overpayment=True)
    assert [(sub, amount) for sub, amount, *_ in payments(coop)] == [
        (older, eur("20.00")),
        (older, eur("30.00")),
        (newer, eur("50.00")),
        (newer, eur("10.00")),
    ]
    book = ledger(coop, member_id)
    assert (book.subscribed, book.paid) == (eur("100.00"), eur("110.00"))
    assert book.open == eur("0.00")
    # Nothing is open now, and the error says so rather than a negative amount.
    with UnitOfWork(coop, TREASURER) as uow, pytest.raises(OverpaymentError) as info:
        record_share_payment(uow, member_id, eur("5.00"), d("2026-03-02"), BANK)
    assert info.value.open_amount == eur("0.00")


@pytest.mark.parametrize("amount", ["0", "-5.00"])
def test_payment_must_be_positive(coop, amount):
    member_id = applicant(coop)
    subscribe(coop, member_id)
    with UnitOfWork(coop, TREASURER) as uow, pytest.raises(ValidationError) as info:
        record_share_payment(uow, member_id, eur(amount), d("2026-02-01"), CASH)
    assert info.value.problems == {"amount": "positive"}
    assert count(coop, SharePayment) == 0


def test_payment_without_a_subscription(coop):
    member_id = applicant(coop)
    with UnitOfWork(coop, TREASURER) as uow, pytest.raises(ServiceError) as info:
        record_share_payment(uow, member_id, eur("50"), d("2026-02-01"), CASH)
    assert info.value.code == "no_subscription"
    assert not isinstance(info.value, OverpaymentError)
    assert count(coop, SharePayment) == 0


def test_wage_deduction_needs_a_consent(coop):
    member_id = applicant(coop)
    subscribe(coop, member_id)
    audits = count(coop, AuditEntry)
    with UnitOfWork(coop, TREASURER) as uow, pytest.raises(ValidationError) as info:
        record_share_payment(uow, member_id, eur("10"), d("2026-02-25"), WAGE)
    assert info.value.problems == {"method": "no_consent"}
    with UnitOfWork(coop, TREASURER) as uow, pytest.raises(ValidationError) as info:
        record_share_payment(uow, member_id, eur("0"), d("2026-02-25"), WAGE)
    assert info.value.problems == {"amount": "positive", "method": "no_consent"}
    assert count(coop, SharePayment) == 0
    assert count(coop, AuditEntry) == audits


def test_wage_deduction_with_a_written_consent(coop):
    member_id = applicant(coop)
    subscribe(coop, member_id)
    consent(coop, member_id, "2026-02-01", " allekirjoitettu lomake ")
    with coop.sessions() as session:
        [row] = session.scalars(select(Consent)).all()
        assert (row.kind, row.written, row.given_on, row.withdrawn_on) == (
            ConsentKind.WAGE_DEDUCTION,
            True,
            d("2026-02-01"),
            None,
        )
        assert row.note == "allekirjoitettu lomake"
    pay(coop, member_id, "10.00", "2026-02-01", WAGE)
    pay(coop, member_id, "10.00", "2026-03-05", WAGE, wage_month=d("2026-02-17"))
    # Other methods have no payroll month even if one is given.
    pay(coop, member_id, "10.00", "2026-03-06", CASH, wage_month=d("2026-03-01"))
    assert [(method, month) for *_, method, month in payments(coop)] == [
        (WAGE, d("2026-02-01")),
        (WAGE, d("2026-02-01")),
        (CASH, None),
    ]


def test_consent_must_be_valid_on_the_payment_date(coop):
    member_id = applicant(coop)
    subscribe(coop, member_id)
    consent(coop, member_id, "2026-02-01")
    with UnitOfWork(coop, TREASURER) as uow, pytest.raises(ValidationError) as info:
        record_share_payment(uow, member_id, eur("10"), d("2026-01-31"), WAGE)
    assert info.value.problems == {"method": "no_consent"}

    with coop.sessions() as session:
        session.scalar(select(Consent)).withdrawn_on = d("2026-03-01")
        session.commit()
    pay(coop, member_id, "10.00", "2026-02-28", WAGE)
    for paid_on in ("2026-03-01", "2026-03-15"):
        with UnitOfWork(coop, TREASURER) as uow, pytest.raises(ValidationError) as info:
            record_share_payment(uow, member_id, eur("10"), d(paid_on), WAGE)
        assert info.value.problems == {"method": "no_consent"}
    assert len(payments(coop)) == 1


def test_an_unwritten_consent_is_not_enough(coop):
    member_id = applicant(coop)
    subscribe(coop, member_id)
    with coop.sessions() as session:
        session.add(
            Consent(
                member_id=member_id,
                kind=ConsentKind.WAGE_DEDUCTION,
                given_on=d("2026-01-10"),
                written=False,
            )
        )
        session.commit()
    with UnitOfWork(coop, TREASURER) as uow, pytest.raises(ValidationError) as info:
        record_share_payment(uow, member_id, eur("10"), d("2026-02-25"), WAGE)
    assert info.value.problems == {"method": "no_consent"}


# --- share_ledger -----------------------------------------------------------------------------


def test_ledger_totals_and_entries_in_date_order(coop):
    member_id = applicant(coop)
    subscribe(coop, member_id, 2, "2026-01-10")
    # Recorded out of date order.
    pay(coop, member_id, "40.00", "2026-03-15", BANK, reference=" RF18539007547034 ")
    pay(coop, member_id, "20.00", "2026-02-10", CASH)
    subscribe(coop, member_id, 1, "2026-03-01")
    book = ledger(coop, member_id)
    assert [(e.on, e.kind, e.amount, e.method) for e in book.entries] == [
        (d("2026-01-10"), "subscription", eur("100.00"), None),
        (d("2026-02-10"), "payment", eur("20.00"), CASH),
        (d("2026-03-01"), "subscription", eur("50.00"), None),
        (d("2026-03-15"), "payment", eur("40.00"), BANK),
    ]
    assert book.entries[0].description == "2 × 50.00"
    assert book.entries[1].description == member_reference(member_id)
    assert book.entries[3].description == "RF18539007547034"
    assert (book.member_id, book.shares, book.subscribed, book.paid, book.open) == (
        member_id,
        3,
        eur("150.00"),
        eur("60.00"),
        eur("90.00"),
    )
    assert (book.refunded, book.refund_due, book.refund_due_on) == (eur("0"), eur("0"), None)
    assert book.reference == member_reference(member_id)
    assert book.installments == []


def test_ledger_settles_installments_in_due_date_order(coop):
    member_id = applicant(coop)
    subscribe(coop, member_id, 1, installment=eur("10"), first_due_on=d("2026-01-31"))
    pay(coop, member_id, "15.00", "2026-02-01")
    pay(coop, member_id, "10.00", "2026-03-01")
    lines = ledger(coop, member_id).installments
    assert [(i.due_on, i.amount, i.paid, i.settled) for i in lines] == [
        (d("2026-01-31"), eur("10.00"), eur("10.00"), True),
        (d("2026-02-28"), eur("10.00"), eur("10.00"), True),
        (d("2026-03-31"), eur("10.00"), eur("5.00"), False),
        (d("2026-04-30"), eur("10.00"), eur("0.00"), False),
        (d("2026-05-31"), eur("10.00"), eur("0.00"), False),
    ]


def test_ledger_shows_the_refund(coop):
    member_id = applicant(coop)
    with UnitOfWork(coop, TREASURER) as uow:
        accept_member(uow, member_id, d("2026-01-05"))
    subscribe(coop, member_id, 1)
    pay(coop, member_id, "50.00", "2026-01-20")
    with UnitOfWork(coop, TREASURER) as uow:
        refund = end_membership(uow, member_id, d("2026-03-15"), LeavingReason.RESIGNATION)
    book = ledger(coop, member_id)
    assert (book.refunded, book.refund_due, book.refund_due_on) == (
        eur("0.00"),
        eur("50.00"),
        d("2027-12-31"),
    )
    with UnitOfWork(coop, TREASURER) as uow:
        mark_refund_paid(uow, refund.id, d("2028-01-02"))
    book = ledger(coop, member_id)
    assert (book.refunded, book.refund_due, book.refund_due_on) == (eur("50.00"), eur("0"), None)
    assert (book.entries[-1].on, book.entries[-1].kind, book.entries[-1].amount) == (
        d("2028-01-02"),
        "refund",
        eur("-50.00"),
    )
    # What was paid stays paid in the ledger's history.
    assert book.paid == eur("50.00")


def test_ledger_of_an_unknown_member(coop):
    with UnitOfWork(coop, TREASURER) as uow, pytest.raises(NotFoundError) as info:
        share_ledger(uow, 404)
    assert info.value.code == "not_found"


# --- wage_deduction_list ----------------------------------------------------------------------


@pytest.fixture
def payroll(coop) -> dict[str, int]:
    people = {
        name: applicant(coop, first, name)
        for name, first in (
            ("Aalto", "Aino"),
            ("Berg", "Bror"),
            ("Cederberg", "Cecilia"),
            ("Dahl", "Dan"),
            ("Eklund", "Emma"),
            ("Fagerström", "Frida"),
        )
    }
    # Aalto pays 10 € a month from January; the others owe the whole fee at once.
    subscribe(coop, people["Aalto"], 1, installment=eur("10"), first_due_on=d("2026-01-31"))
    for name in ("Berg", "Cederberg", "Dahl", "Eklund", "Fagerström"):
        subscribe(coop, people[name], 1)
    for name in ("Aalto", "Berg", "Dahl", "Fagerström"):
        consent(coop, people[name], "2026-01-05")
    consent(coop, people["Eklund"], "2026-03-01")
    pay(coop, people["Dahl"], "50.00", "2026-01-12")
    with coop.sessions() as session:
        fagerstrom = session.scalar(
            select(Consent).where(Consent.member_id == people["Fagerström"])
        )
        fagerstrom.withdrawn_on = d("2026-01-31")
        session.commit()
    return people


def test_wage_deduction_list_shows_what_is_due_by_the_month_end(coop, payroll):
    assert deductions(coop, "2026-01-01") == [
        ("Aino Aalto", eur("10.00"), eur("0.00")),
        ("Bror Berg", eur("50.00"), eur("0.00")),
        ("Frida Fagerström", eur("50.00"), eur("0.00")),
    ]
    # Any day of the month means that month.
    assert deductions(coop, "2026-02-14") == [
        ("Aino Aalto", eur("20.00"), eur("0.00")),
        ("Bror Berg", eur("50.00"), eur("0.00")),
    ]


def test_wage_deduction_list_after_recording_a_deduction(coop, payroll):
    pay(coop, payroll["Aalto"], "20.00", "2026-02-25", WAGE)
    assert deductions(coop, "2026-02-01") == [
        ("Aino Aalto", eur("0.00"), eur("20.00")),
        ("Bror Berg", eur("50.00"), eur("0.00")),
    ]
    assert deductions(coop, "2026-03-01") == [
        ("Aino Aalto", eur("10.00"), eur("0.00")),
        ("Bror Berg", eur("50.00"), eur("0.00")),
        ("Emma Eklund", eur("50.00"), eur("0.00")),
    ]
    with UnitOfWork(coop, TREASURER) as uow:
        [row, *_] = wage_deduction_list(uow, d("2026-02-01"))
    assert (row.member_id, row.member_number) == (payroll["Aalto"], None)


# --- member_reference -------------------------------------------------------------------------


@pytest.mark.parametrize("member_id", [1, 7, 42, 1234, 999999])
def test_member_reference_is_a_valid_finnish_reference(member_id):
    reference = member_reference(member_id)
    assert is_valid_fi_reference(reference)
    assert reference == member_reference(member_id)


def test_member_references_differ_and_are_stable(coop):
    first, second = applicant(coop), applicant(coop, "Olli", "Toinen")
    assert len({member_reference(m) for m in range(1, 1001)}) == 1000
    subscribe(coop, first, 1, "2026-01-10")
    subscribe(coop, first, 1, "2026-06-10")
    with coop.sessions() as session:
        references = session.scalars(select(ShareSubscription.reference)).all()
    assert references == [member_reference(first)] * 2
    assert ledger(coop, first).reference == member_reference(first)
    assert member_reference(first) != member_reference(second)


def test_first_subscription_is_basic_and_later_ones_additional(tmp_path):
    from app.domain import ShareSubscription
    from app.domain.enums import ShareKind
    from app.services.member_form import MemberForm
    from app.services.members import create_member
    from app.services.shares import subscribe_shares
    from app.services.uow import UnitOfWork

    db = open_database(tmp_path / "kinds.sqlite", create=True)
    with UnitOfWork(db) as uow:
        create_cooperative(
            uow,
            NewCooperative(
                name="Testi",
                business_id="2077474-0",
                iban="FI3715903000000776",
                admin_password="salasana-1",
            ),
        )
    with UnitOfWork(db) as uow:
        member_id = create_member(
            uow, MemberForm("Aino", "Ahola", date(2026, 1, 2)), today=date(2026, 1, 2)
        )
    for on in (date(2026, 1, 3), date(2026, 5, 3)):
        with UnitOfWork(db) as uow:
            subscribe_shares(uow, member_id, 1, on)
    with db.sessions() as session:
        kinds = [s.kind for s in session.query(ShareSubscription).order_by(ShareSubscription.id)]
    assert kinds == [ShareKind.BASIC, ShareKind.ADDITIONAL]
    db.dispose()


def test_no_share_payments_after_the_membership_ended(coop):
    from app.domain.enums import LeavingReason
    from app.services.membership import accept_member, end_membership

    member_id = applicant(coop)
    subscribe(coop, member_id)
    with UnitOfWork(coop) as uow:
        accept_member(uow, member_id, TODAY, today=TODAY)
    with UnitOfWork(coop) as uow:
        end_membership(uow, member_id, TODAY, LeavingReason.RESIGNATION)
    with pytest.raises(ServiceError) as info:
        pay(coop, member_id, "50.00", TODAY.isoformat())
    assert info.value.code == "former_payment"
