"""Importing camt.053/054 statements: references, batches, suggestions, reversals, refusals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.domain import BankStatement, BankTransaction, Payment, SharePayment, TransactionStatus
from app.fi.camt import parse_camt
from app.services.bank_import import (
    Outcome,
    StatementFileError,
    import_statement,
    preview_statement,
)
from app.services.errors import PermissionDeniedError
from app.services.payments import confirm_suggestion, list_waiting
from app.services.receivables import open_amounts
from app.services.share_ledger import share_ledger
from app.services.uow import UnitOfWork
from tests.payment_world import CAMT, FACILITATOR, TREASURER, build_world

NOVEMBER = (CAMT / "finnish_november.xml").read_bytes()
REVERSAL = (CAMT / "finnish_reversal.xml").read_bytes()


@pytest.fixture
def world(coop_db):
    return build_world(coop_db)


def preview(db, data=NOVEMBER, name="nov.xml"):
    with UnitOfWork(db, TREASURER, write=False) as uow:
        return preview_statement(uow, data, name)


def commit(db, data=NOVEMBER, name="nov.xml"):
    with UnitOfWork(db, TREASURER) as uow:
        return import_statement(uow, data, name)


def opens(db, world):
    with db.sessions() as session:
        amounts = open_amounts(session, world.invoices.values())
    return {number: amounts[i] for number, i in world.invoices.items()}


def count(db, model):
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_the_public_samples_parse_whatever_their_source():
    minimal = parse_camt((CAMT / "camt053.v2.minimal.xml").read_bytes())
    assert minimal.message == "053"
    assert [(i.amount, i.credit, i.payer_name) for i in minimal.items] == [
        (Decimal("8.85"), True, "NAME NAME")
    ]
    multi = parse_camt((CAMT / "camt053.v2.multi.statement.xml").read_bytes())
    assert len(multi.statements) == 2
    assert [i.credit for i in multi.items] == [True, False]


def test_a_batch_entry_gives_one_item_per_transaction_with_its_archive_id():
    items = parse_camt(NOVEMBER).items
    batch = [i for i in items if i.entry_no == 1]
    assert [(i.archive_id, i.amount, i.reference) for i in batch] == [
        ("261102ARCH0001", Decimal("1240.00"), "10016"),  # zero padding gone
        ("261102ARCH0002", Decimal("300.00"), "RF131002"),  # spaces gone
        ("261102ARCH0003", Decimal("50.00"), "80000017"),
    ]


def test_preview_tells_what_each_credit_will_do_and_saves_nothing(world, coop_db):
    result = preview(coop_db)
    outcomes = [(p.item.archive_id, p.outcome) for p in result.items]
    assert outcomes == [
        ("261102ARCH0001", Outcome.INVOICE),
        ("261102ARCH0002", Outcome.INVOICE),
        ("261102ARCH0003", Outcome.SHARE_FEE),
        ("261103ARCH0004", Outcome.SUGGESTED),
        ("261104ARCH0005", Outcome.REFUSED),
        ("261105ARCH0006", Outcome.LISTED),
        ("261106ARCH0007", Outcome.UNMATCHED),
        ("261109ARCH0008", Outcome.INVOICE),
    ]
    by_archive = {p.item.archive_id: p for p in result.items}
    assert by_archive["261102ARCH0002"].warnings == ["partial"]
    assert by_archive["261102ARCH0002"].open_after == Decimal("200.00")
    # The second payment of invoice 2 sees what the first one left.
    assert by_archive["261109ARCH0008"].open_before == Decimal("200.00")
    assert by_archive["261109ARCH0008"].warnings == ["overpaid"]
    assert by_archive["261106ARCH0007"].warnings == ["unknown_reference"]
    assert by_archive["261103ARCH0004"].invoice_id == world.invoices[3]
    assert count(coop_db, BankTransaction) == 0


def test_import_settles_invoices_and_the_share_fee(world, coop_db):
    result = commit(coop_db)
    assert len(result.statement_ids) == 1
    assert opens(coop_db, world) == {
        1: Decimal("0.00"),
        2: Decimal("-100.00"),  # overpaid: a credit balance
        3: Decimal("86.80"),  # only suggested until the user confirms
        4: Decimal("120.00"),
    }
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        ledger = share_ledger(uow, world.member_id)
    assert ledger.open == Decimal("0.00")
    with coop_db.sessions() as session:
        share = session.scalar(select(SharePayment))
        assert (share.amount, share.method.value) == (Decimal("50.00"), "bank")
        statement = session.scalar(select(BankStatement))
        assert statement.account_iban == "FI3715903000000776"
        assert statement.file_name == "nov.xml"
        # The refused dollars and the debit are not booked.
        currencies = set(session.scalars(select(BankTransaction.currency)))
        assert currencies == {"EUR"}
        assert count(coop_db, BankTransaction) == 6


def test_a_suggestion_waits_for_the_user_then_settles(world, coop_db):
    commit(coop_db)
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        waiting = list_waiting(uow).rows
    assert [(r.status, r.amount) for r in waiting] == [
        (TransactionStatus.UNMATCHED, Decimal("99.00")),
        (TransactionStatus.SUGGESTED, Decimal("86.80")),
    ]
    assert waiting[1].suggestion == "3 Virtanen Matti"
    with UnitOfWork(coop_db, TREASURER) as uow:
        confirm_suggestion(uow, waiting[1].id, expected_version=waiting[1].version)
    assert opens(coop_db, world)[3] == Decimal("0.00")
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        assert [r.amount for r in list_waiting(uow).rows] == [Decimal("99.00")]


def test_importing_the_same_file_twice_adds_nothing(world, coop_db):
    commit(coop_db)
    before = (count(coop_db, BankTransaction), count(coop_db, Payment), opens(coop_db, world))
    again = preview(coop_db)
    # Refused and listed entries were never booked: they are reported again, still not booked.
    assert {p.outcome for p in again.items} == {Outcome.DUPLICATE, Outcome.REFUSED, Outcome.LISTED}
    assert again.booked == []
    result = commit(coop_db)
    assert result.transaction_ids == ()
    assert result.statement_ids == ()
    assert (
        count(coop_db, BankTransaction),
        count(coop_db, Payment),
        opens(coop_db, world),
    ) == before
    assert count(coop_db, BankStatement) == 1


def test_a_reversal_undoes_the_match_of_the_credit_it_takes_back(world, coop_db):
    commit(coop_db)
    planned = preview(coop_db, REVERSAL).items
    assert [p.outcome for p in planned] == [Outcome.REVERSAL]
    commit(coop_db, REVERSAL, "dec.xml")
    assert opens(coop_db, world)[1] == Decimal("1240.00")
    with coop_db.sessions() as session:
        original = session.scalar(
            select(BankTransaction).where(BankTransaction.archive_id == "261102ARCH0001")
        )
        assert original.status == TransactionStatus.REVERSED
        assert original.allocations == []
        reversal = session.scalar(
            select(BankTransaction).where(BankTransaction.archive_id == "261210ARCH0009")
        )
        assert (reversal.reversal, reversal.reverses_id) == (True, original.id)


def test_a_reversal_without_its_credit_books_nothing(world, coop_db):
    commit(coop_db, REVERSAL)
    assert opens(coop_db, world)[1] == Decimal("1240.00")
    with coop_db.sessions() as session:
        stored = session.scalar(select(BankTransaction))
        assert stored.status == TransactionStatus.IGNORED


def test_a_later_schema_version_and_camt054_read_the_same(world, coop_db):
    data = (CAMT / "notification_v08.xml").read_bytes()
    planned = preview(coop_db, data).items
    assert [(p.outcome, p.item.payer_name) for p in planned] == [(Outcome.INVOICE, "Liisa Laine")]
    commit(coop_db, data)
    assert opens(coop_db, world)[4] == Decimal("0.00")


def test_a_payment_dated_before_its_invoice_is_warned(world, coop_db):
    early = NOVEMBER.replace(b"2026-11-09", b"2026-10-01")
    by_archive = {p.item.archive_id: p for p in preview(coop_db, early).items}
    assert "before_invoice" in by_archive["261109ARCH0008"].warnings


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (NOVEMBER[: len(NOVEMBER) // 2], "not_xml"),
        (b"Kirjauspaiva;Summa;Viite\n2026-11-02;12,00;10016\n", "not_xml"),
        (b"<?xml version='1.0'?><Finvoice Version='3.0'><InvoiceDetails/></Finvoice>", "not_camt"),
        (b"", "empty"),
        (NOVEMBER.replace(b">86.80<", b">86,80<"), "bad_value"),
    ],
    ids=["truncated", "csv", "finvoice", "empty", "comma-amount"],
)
def test_a_file_that_is_not_a_readable_statement_is_refused(world, coop_db, data, code):
    with pytest.raises(StatementFileError) as caught:
        commit(coop_db, data)
    assert caught.value.code == code
    assert count(coop_db, BankTransaction) == 0
    assert count(coop_db, Payment) == 0


def test_a_facilitator_may_not_import(world, coop_db):
    with pytest.raises(PermissionDeniedError), UnitOfWork(coop_db, FACILITATOR, write=False) as uow:
        preview_statement(uow, NOVEMBER, "x.xml")
    with pytest.raises(PermissionDeniedError), UnitOfWork(coop_db, FACILITATOR) as uow:
        import_statement(uow, NOVEMBER, "x.xml")


def test_a_reversed_share_fee_leaves_the_share_ledger(world, coop_db):
    commit(coop_db)
    share_reversal = (
        REVERSAL.replace(b">1240.00<", b">50.00<")
        .replace(b"<Ref>10016</Ref>", b"<Ref>80000017</Ref>")
        .replace(b"261210ARCH0009", b"261211ARCH0011")
    )
    commit(coop_db, share_reversal, "dec.xml")
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        ledger = share_ledger(uow, world.member_id)
    assert (ledger.paid, ledger.open) == (Decimal("0.00"), Decimal("50.00"))
    assert count(coop_db, SharePayment) == 0
    # The city's payment is untouched.
    assert opens(coop_db, world)[1] == Decimal("0.00")


def test_a_statement_of_another_account_is_flagged(world, coop_db):
    other = NOVEMBER.replace(b"<IBAN>FI3715903000000776</IBAN>", b"<IBAN>FI2112345600000785</IBAN>")
    assert preview(coop_db, other).warnings == ["other_account"]
    assert preview(coop_db).warnings == []


def test_the_database_refuses_to_remove_or_rebook_a_bank_transaction(world, coop_db):
    from sqlalchemy.exc import IntegrityError, OperationalError

    commit(coop_db)
    for statement in (
        "DELETE FROM bank_transaction",
        "UPDATE bank_transaction SET amount = 1",
        "UPDATE bank_transaction SET archive_id = 'x' || id",
        "DELETE FROM bank_statement",
    ):
        with pytest.raises((IntegrityError, OperationalError)), coop_db.engine.begin() as con:
            con.exec_driver_sql(statement)
    assert count(coop_db, BankTransaction) == 6
    # Its status still follows what the treasurer does with it.
    with coop_db.engine.begin() as con:
        con.exec_driver_sql("UPDATE bank_transaction SET status = 'ignored' WHERE id = 1")
