"""Payments by hand, manual allocation of bank credits, open amounts and permissions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain import AuditEntry, BankTransaction, PaymentReference, TransactionStatus
from app.domain.enums import PaymentMethod
from app.services import payments
from app.services.bank_import import import_statement
from app.services.errors import PermissionDeniedError, StaleError, ValidationError
from app.services.payments import (
    Allocation,
    allocate_transaction,
    ignore_transaction,
    list_waiting,
    open_invoices,
    record_payment,
    sync_references,
)
from app.services.receivables import open_amounts
from app.services.share_ledger import share_ledger
from app.services.uow import UnitOfWork
from tests.payment_world import CAMT, FACILITATOR, TREASURER, add_invoice, build_world, d

TODAY = date(2026, 12, 1)


@pytest.fixture
def world(coop_db):
    return build_world(coop_db)


def pay(db, invoice_id, amount, on="2026-10-20"):
    with UnitOfWork(db, TREASURER) as uow:
        return record_payment(
            uow, invoice_id, Decimal(amount), d(on), PaymentMethod.CASH, today=TODAY
        )


def open_of(db, invoice_id):
    with db.sessions() as session:
        return open_amounts(session, [invoice_id])[invoice_id]


def test_a_partial_payment_leaves_the_rest_open(world, coop_db):
    recorded = pay(coop_db, world.invoices[2], "120.00")
    assert recorded.open_amount == Decimal("380.00")
    assert recorded.warnings == ()
    assert open_of(coop_db, world.invoices[2]) == Decimal("380.00")


def test_an_overpayment_shows_as_a_credit_balance(world, coop_db):
    pay(coop_db, world.invoices[3], "50.00")
    recorded = pay(coop_db, world.invoices[3], "50.00")
    assert recorded.open_amount == Decimal("-13.20")
    assert recorded.warnings == ("overpaid",)


def test_a_payment_before_the_invoice_is_warned_but_kept(world, coop_db):
    recorded = pay(coop_db, world.invoices[1], "1240.00", on="2026-09-30")
    assert recorded.warnings == ("before_invoice",)
    assert open_of(coop_db, world.invoices[1]) == Decimal("0.00")


@pytest.mark.parametrize(
    ("amount", "on", "problems"),
    [
        ("0", "2026-10-20", {"amount": "positive"}),
        ("-5", "2026-10-20", {"amount": "positive"}),
        ("10", "2027-01-01", {"paid_on": "future"}),
    ],
)
def test_bad_payments_are_refused_naming_the_field(world, coop_db, amount, on, problems):
    with pytest.raises(ValidationError) as caught:
        pay(coop_db, world.invoices[1], amount, on)
    assert caught.value.problems == problems
    assert open_of(coop_db, world.invoices[1]) == Decimal("1240.00")


def test_a_credit_note_lowers_the_open_amount(world, coop_db):
    with coop_db.sessions() as session:
        add_invoice(
            session, 5, "Rakennus Oy Testi", None, "-79.68", "25.5", "2026-10-20", "2026-10-20",
            reference="", credited_invoice_id=world.invoices[2],
        )  # fmt: skip
        session.commit()
    assert open_of(coop_db, world.invoices[2]) == Decimal("400.00")


def _unmatched(db) -> BankTransaction:
    with UnitOfWork(db, TREASURER) as uow:
        import_statement(uow, (CAMT / "finnish_november.xml").read_bytes(), "nov.xml")
    with UnitOfWork(db, TREASURER, write=False) as uow:
        return next(r for r in list_waiting(uow) if r.status == TransactionStatus.UNMATCHED)


def test_one_credit_is_allocated_by_hand_across_two_invoices(world, coop_db):
    row = _unmatched(coop_db)  # 99,00 € with a reference nobody knows
    with UnitOfWork(coop_db, TREASURER) as uow:
        allocate_transaction(
            uow,
            row.id,
            [
                Allocation(Decimal("86.80"), invoice_id=world.invoices[3]),
                Allocation(Decimal("12.20"), invoice_id=world.invoices[4]),
            ],
            expected_version=row.version,
        )
    assert open_of(coop_db, world.invoices[3]) == Decimal("0.00")
    assert open_of(coop_db, world.invoices[4]) == Decimal("107.80")
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        assert row.id not in [r.id for r in list_waiting(uow)]
        view = payments.transaction_view(uow, row.id)
    assert view.status == TransactionStatus.MATCHED
    assert view.invoices == {
        world.invoices[3]: Decimal("86.80"),
        world.invoices[4]: Decimal("12.20"),
    }
    with coop_db.sessions() as session:
        audited = session.execute(select(AuditEntry.entity, AuditEntry.summary)).all()
    assert any(e == "payment" and "allocate_transaction" in s for e, s in audited), audited[-3:]


def test_allocation_parts_must_add_up_to_the_credit(world, coop_db):
    row = _unmatched(coop_db)
    with pytest.raises(ValidationError) as caught, UnitOfWork(coop_db, TREASURER) as uow:
        allocate_transaction(
            uow, row.id, [Allocation(Decimal("50.00"), invoice_id=world.invoices[3])]
        )
    assert caught.value.problems == {"parts": "sum"}
    assert open_of(coop_db, world.invoices[3]) == Decimal("86.80")


def test_a_credit_can_pay_a_share_fee_by_hand(world, coop_db):
    row = _unmatched(coop_db)
    with UnitOfWork(coop_db, TREASURER) as uow:
        allocate_transaction(
            uow,
            row.id,
            [
                Allocation(Decimal("20.00"), member_id=world.member_id),
                Allocation(Decimal("79.00"), invoice_id=world.invoices[4]),
            ],
        )
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        # 50,00 € came from the batch entry already; these 20,00 € are an overpayment.
        assert share_ledger(uow, world.member_id).paid == Decimal("70.00")


def test_a_stale_allocation_is_refused(world, coop_db):
    row = _unmatched(coop_db)
    with UnitOfWork(coop_db, TREASURER) as uow:
        ignore_transaction(uow, row.id, "palautettu", expected_version=row.version)
    with pytest.raises(StaleError), UnitOfWork(coop_db, TREASURER) as uow:
        allocate_transaction(
            uow,
            row.id,
            [Allocation(Decimal("99.00"), invoice_id=world.invoices[4])],
            expected_version=row.version,
        )


def test_open_invoices_are_offered_oldest_first(world, coop_db):
    pay(coop_db, world.invoices[1], "1240.00")
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        offered = open_invoices(uow)
        assert [o.number for o in offered] == ["2", "3", "4"]
        assert [o.number for o in open_invoices(uow, "virtanen")] == ["3"]


def test_the_registry_knows_invoices_and_share_fees(world, coop_db):
    with coop_db.sessions() as session:
        assert sync_references(session) == 5
        session.commit()
        rows = session.execute(
            select(
                PaymentReference.reference, PaymentReference.invoice_id, PaymentReference.member_id
            )
        ).all()
    assert ("RF131002", world.invoices[2], None) in rows
    assert ("80000017", None, world.member_id) in rows


def test_a_facilitator_gets_permission_denied_from_every_payment_service(world, coop_db):
    calls = [
        lambda uow: record_payment(
            uow, world.invoices[1], Decimal("1"), TODAY, PaymentMethod.CASH, today=TODAY
        ),
        lambda uow: allocate_transaction(uow, 1, []),
        lambda uow: payments.confirm_suggestion(uow, 1),
        lambda uow: ignore_transaction(uow, 1),
        lambda uow: list_waiting(uow),
        lambda uow: open_invoices(uow),
        lambda uow: payments.share_fee_choices(uow),
        lambda uow: payments.invoice_payment_info(uow, world.invoices[1]),
        lambda uow: payments.transaction_view(uow, 1),
    ]
    for call in calls:
        with pytest.raises(PermissionDeniedError), UnitOfWork(coop_db, FACILITATOR) as uow:
            call(uow)


def test_share_fees_still_open_are_offered_for_allocation(world, coop_db):
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        choices = payments.share_fee_choices(uow)
        assert [(c.name, c.open_amount, c.reference) for c in choices] == [
            ("Meikäläinen Maija", Decimal("50.00"), "80000017")
        ]
        assert payments.share_fee_choices(uow, "virtanen") == []
