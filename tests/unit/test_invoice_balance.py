"""The stored invoice balances follow every payment, allocation, reversal and credit note,
and the invoice list and the receivable totals read them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import insert, select, text

from app.db.migrate import alembic_config
from app.domain import Invoice, InvoiceBalance, Payment
from app.domain.enums import PaymentMethod
from app.services.credit_notes import credit_invoice
from app.services.invoice_drafts import DraftForm, create_draft, delete_draft, unbilled_hours
from app.services.invoice_issue import issue_invoice
from app.services.invoicing import InvoiceStatus, list_invoices, receivable_totals
from app.services.listing import ListQuery
from app.services.payments import confirm_suggestion, list_waiting, record_payment
from app.services.receivables import ZERO, credited_amounts, open_amounts, paid_amounts
from app.services.uow import UnitOfWork
from tests.invoice_fixtures import add_business
from tests.payment_world import CAMT, TREASURER, build_world

NOVEMBER = (CAMT / "finnish_november.xml").read_bytes()
REVERSAL = (CAMT / "finnish_reversal.xml").read_bytes()
TODAY = date(2026, 11, 20)  # invoices 1–3 are past due, invoice 4 (due 9.11.) too


def stored(db) -> dict[int, tuple[Decimal, Decimal, Decimal]]:
    with db.sessions() as session:
        rows = session.execute(
            select(
                InvoiceBalance.invoice_id,
                InvoiceBalance.paid,
                InvoiceBalance.credited,
                InvoiceBalance.open_amount,
            )
        )
        return {invoice_id: tuple(amounts) for invoice_id, *amounts in rows}


def computed(db) -> dict[int, tuple[Decimal, Decimal, Decimal]]:
    """The same figures from the payments and credit notes themselves."""
    with db.sessions() as session:
        ids = list(session.scalars(select(Invoice.id)))
        paid, credited = paid_amounts(session, ids), credited_amounts(session, ids)
        opens = open_amounts(session, ids)
    return {i: (paid.get(i, ZERO), credited.get(i, ZERO), opens[i]) for i in ids}


def assert_balances_right(db) -> dict[int, tuple[Decimal, Decimal, Decimal]]:
    balances = stored(db)
    assert balances == computed(db)
    return balances


def import_statement(db, data: bytes, name: str) -> None:
    from app.services.bank_import import import_statement as book

    with UnitOfWork(db, TREASURER) as uow:
        book(uow, data, name)


@pytest.fixture
def world(coop_db):
    return build_world(coop_db)


def test_payments_by_hand_from_the_bank_and_reversals_move_the_balance(world, coop_db):
    invoices = world.invoices
    balances = assert_balances_right(coop_db)
    assert balances[invoices[4]] == (ZERO, ZERO, Decimal("120.00"))
    with UnitOfWork(coop_db, TREASURER) as uow:
        record_payment(
            uow, invoices[4], Decimal("20.00"), date(2026, 11, 2), PaymentMethod.CASH, today=TODAY
        )
    assert stored(coop_db)[invoices[4]] == (Decimal("20.00"), ZERO, Decimal("100.00"))

    # A batch entry, a partial and an overpayment; one credit only suggested.
    import_statement(coop_db, NOVEMBER, "nov.xml")
    balances = assert_balances_right(coop_db)
    assert balances[invoices[1]][2] == ZERO
    assert balances[invoices[2]][2] == Decimal("-100.00")
    assert balances[invoices[3]][2] == Decimal("86.80")
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        suggested = list_waiting(uow).rows[1]
    with UnitOfWork(coop_db, TREASURER) as uow:
        confirm_suggestion(uow, suggested.id, expected_version=suggested.version)
    assert assert_balances_right(coop_db)[invoices[3]][2] == ZERO

    # The bank takes the batch's credit back: its allocation goes and invoice 1 is open again.
    import_statement(coop_db, REVERSAL, "dec.xml")
    assert assert_balances_right(coop_db)[invoices[1]] == (ZERO, ZERO, Decimal("1240.00"))


def test_rows_written_without_the_services_are_followed_too(world, coop_db):
    # The demo generator and imports write payments in bulk, past the ORM.
    with coop_db.sessions() as session:
        session.execute(
            insert(Payment.__table__),
            [
                {
                    "invoice_id": world.invoices[1],
                    "paid_on": date(2026, 10, 10),
                    "amount": Decimal("240.00"),
                    "method": PaymentMethod.BANK,
                    "reference": "",
                    "payer_name": "",
                    "note": "",
                },
            ],
        )
        session.commit()
    assert assert_balances_right(coop_db)[world.invoices[1]][2] == Decimal("1000.00")


def test_credit_notes_settle_their_original_and_drafts_come_and_go(coop_db):
    ids = add_business(coop_db)
    with UnitOfWork(coop_db) as uow:
        lines = [g.as_line() for g in unbilled_hours(uow, ids["town"])]
        draft = create_draft(uow, DraftForm(ids["town"], date(2026, 6, 1), lines=lines))
    # A draft has nothing open, whatever its total.
    assert assert_balances_right(coop_db)[draft] == (ZERO, ZERO, ZERO)
    with UnitOfWork(coop_db) as uow:
        issue_invoice(uow, draft, date(2026, 6, 1))
    assert stored(coop_db)[draft] == (ZERO, ZERO, Decimal("207.08"))
    with UnitOfWork(coop_db) as uow:
        note = credit_invoice(uow, draft, None, date(2026, 6, 3))
    balances = assert_balances_right(coop_db)
    assert balances[draft] == (ZERO, Decimal("207.08"), ZERO)
    assert balances[note.id] == (ZERO, ZERO, ZERO)
    with UnitOfWork(coop_db, write=False) as uow:
        rows = {r.id: r for r in list_invoices(uow, ListQuery(), today=date(2026, 6, 5))}
    assert rows[draft].status == InvoiceStatus.CREDITED
    assert rows[note.id].status == InvoiceStatus.CREDIT_NOTE

    with UnitOfWork(coop_db) as uow:
        lines = [g.as_line() for g in unbilled_hours(uow, ids["town"])]
        second = create_draft(uow, DraftForm(ids["town"], date(2026, 6, 8), lines=lines))
    assert second in stored(coop_db)
    with UnitOfWork(coop_db) as uow:
        delete_draft(uow, second)
    assert second not in assert_balances_right(coop_db)


def test_the_list_sorts_by_open_amount_and_the_totals_add_up(world, coop_db):
    import_statement(coop_db, NOVEMBER, "nov.xml")
    with UnitOfWork(coop_db, TREASURER) as uow:
        # Two invoices open by the same amount: the id breaks the tie.
        record_payment(
            uow,
            world.invoices[4],
            Decimal("33.20"),
            date(2026, 11, 12),
            PaymentMethod.CASH,
            today=TODAY,
        )
    opens = {i: balance[2] for i, balance in assert_balances_right(coop_db).items()}
    assert sorted(opens.values()) == [Decimal("-100.00"), ZERO, Decimal("86.80"), Decimal("86.80")]
    by_open = sorted(opens, key=lambda i: (opens[i], i))
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        ascending = list_invoices(uow, ListQuery(sort="open"), today=TODAY)
        descending = list_invoices(uow, ListQuery(sort="open", descending=True), today=TODAY)
        second_page = list_invoices(uow, ListQuery(sort="open", offset=2, limit=2), today=TODAY)
        totals = receivable_totals(uow, TODAY)
        before_due = receivable_totals(uow, date(2026, 10, 20))
    assert [r.id for r in ascending] == by_open
    assert [r.open_amount for r in ascending] == [opens[i] for i in by_open]
    assert [r.id for r in descending] == by_open[::-1]
    assert [r.id for r in second_page] == by_open[2:]
    # The credit balance lowers what is owed in all; everything is past due on 20.11.
    assert totals.open == totals.overdue == Decimal("73.60")
    # On 20.10. only invoices 1 and 2 were due: 2 has a credit balance of 100 €.
    assert before_due.overdue == Decimal("-100.00")


def test_the_upgrade_fills_in_the_balances_of_existing_invoices(world, coop_db):
    import_statement(coop_db, NOVEMBER, "nov.xml")
    before = assert_balances_right(coop_db)
    config = alembic_config()
    below = ScriptDirectory.from_config(config).get_revision("0013").down_revision
    with coop_db.engine.begin() as con:
        config.attributes["connection"] = con
        command.downgrade(config, below)
        command.upgrade(config, "head")
    assert assert_balances_right(coop_db) == before
    # The triggers are back as well.
    with UnitOfWork(coop_db, TREASURER) as uow:
        record_payment(
            uow, world.invoices[4], Decimal("120.00"), date(2026, 11, 2), PaymentMethod.CASH
        )
    assert assert_balances_right(coop_db)[world.invoices[4]][2] == ZERO


def test_the_database_check_finds_a_balance_that_disagrees(world, coop_db):
    from app.services.integrity import check_database

    def balance_problems() -> list[str]:
        # The hand-made invoices skip the series counter, which the check also reports.
        return [p for p in check_database(coop_db).problems if "balances" in p]

    import_statement(coop_db, NOVEMBER, "nov.xml")
    assert balance_problems() == []
    with coop_db.engine.begin() as con:
        con.execute(
            text("UPDATE invoice_balance SET open_amount = 0 WHERE invoice_id = :id"),
            {"id": world.invoices[3]},
        )
    assert balance_problems() == [
        f"invoice balances disagree with their payments: invoices {[world.invoices[3]]}"
    ]


def test_a_row_stands_where_the_list_shows_it_in_every_sort(world, coop_db):
    from app.services.invoicing import invoice_list, invoice_row_position

    import_statement(coop_db, NOVEMBER, "nov.xml")
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        for sort in invoice_list().sorts:
            for descending in (False, True):
                for search in ("", "laine"):
                    query = ListQuery(search=search, sort=sort, descending=descending, limit=None)
                    shown = [r.id for r in list_invoices(uow, query, today=TODAY)]
                    assert len(shown) == (4 if not search else 1)
                    where = [invoice_row_position(uow, query, i) for i in world.invoices.values()]
                    expected = [
                        shown.index(i) if i in shown else None for i in world.invoices.values()
                    ]
                    assert where == expected, query


def test_choosers_and_reports_offer_only_what_is_still_open(world, coop_db):
    from app.services.money_reports import aging
    from app.services.payments import open_invoices
    from app.services.reminders import overdue_invoices

    import_statement(coop_db, NOVEMBER, "nov.xml")  # 1 paid, 2 overpaid by 100 €
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        assert [o.number for o in open_invoices(uow)] == ["3", "4"]
        assert [o.number for o in open_invoices(uow, limit=1)] == ["3"]
        assert [(r.number, r.open_amount) for r in overdue_invoices(uow, TODAY)] == [
            ("3", Decimal("86.80")),
            ("4", Decimal("120.00")),
        ]
        table = aging(uow, TODAY)
    # The credit balance stays in the aging, as the customer's money we hold.
    assert table.rows[-1][-1] == Decimal("106.80")
