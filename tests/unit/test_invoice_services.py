"""Drafts from unbilled hours, issuing, credit notes, open amounts and permissions."""

from __future__ import annotations

import inspect
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from app.domain import (
    Invoice,
    InvoiceLine,
    InvoiceSeries,
    Member,
    PaymentReference,
    WorkEntry,
)
from app.domain.enums import InvoiceKind, InvoiceState, Language, PaymentMethod, Role
from app.fi.banking_days import next_banking_day
from app.fi.camt import payment_reference_key
from app.fi.reference import is_valid_fi_reference, is_valid_rf_reference
from app.services import credit_notes, invoice_drafts, invoice_issue, invoicing
from app.services.credit_notes import credit_invoice
from app.services.errors import PermissionDeniedError, ServiceError, ValidationError
from app.services.invoice_drafts import (
    DraftForm,
    LineForm,
    create_draft,
    delete_draft,
    unbilled_hours,
    update_draft,
)
from app.services.invoice_issue import due_date_for, issue_invoice
from app.services.invoice_lines import line_amounts
from app.services.invoice_settings import InvoiceSettings, save_invoice_settings
from app.services.invoicing import InvoiceStatus, list_invoices, receivable_totals
from app.services.listing import ListQuery
from app.services.policy import Actor
from app.services.receivables import open_amounts
from app.services.uow import UnitOfWork
from tests.invoice_fixtures import add_business

ISSUED_ON = date(2026, 6, 1)


@pytest.fixture
def biz(coop_db):
    return coop_db, add_business(coop_db)


def hours_draft(db, customer_id: int, extra: list[LineForm] = ()) -> int:
    with UnitOfWork(db) as uow:
        groups = unbilled_hours(uow, customer_id)
        form = DraftForm(
            customer_id=customer_id,
            invoice_date=ISSUED_ON,
            delivery_from=date(2026, 5, 1),
            delivery_to=date(2026, 5, 31),
            lines=[g.as_line() for g in groups] + list(extra),
        )
        return create_draft(uow, form)


def entry_lines(db, ids) -> list[int | None]:
    with UnitOfWork(db, write=False) as uow:
        return [uow.session.get(WorkEntry, i).invoice_line_id for i in ids]


def test_unbilled_hours_are_grouped_and_skip_unapproved_and_volunteer(biz):
    db, ids = biz
    with UnitOfWork(db, write=False) as uow:
        [group] = unbilled_hours(uow, ids["town"])
    assert group.hours == Decimal("5.50")
    assert group.work_entry_ids == tuple(ids["entries_town"])
    assert group.unit_price == Decimal("30.00")
    assert group.first_day == date(2026, 5, 4) and group.last_day == date(2026, 5, 5)


def test_draft_lines_are_traceable_and_released_when_the_draft_goes(biz):
    db, ids = biz
    draft = hours_draft(db, ids["town"])
    linked = entry_lines(db, ids["entries_town"])
    assert None not in linked and len(set(linked)) == 1
    with UnitOfWork(db, write=False) as uow:
        assert unbilled_hours(uow, ids["town"]) == []
        invoice = uow.session.get(Invoice, draft)
        assert invoice.number is None and invoice.state == InvoiceState.DRAFT
        # 5.5 h × 30 € = 165.00 net, VAT 25.5 % = 42.075 → 42.08 (half up).
        assert (invoice.total_net, invoice.total_vat, invoice.total_gross) == (
            Decimal("165.00"),
            Decimal("42.08"),
            Decimal("207.08"),
        )
    with UnitOfWork(db) as uow:
        delete_draft(uow, draft)
    assert entry_lines(db, ids["entries_town"]) == [None, None]


def test_a_draft_changes_freely_and_a_removed_line_frees_its_hours(biz):
    db, ids = biz
    draft = hours_draft(db, ids["town"])
    manual = LineForm(
        "Tarvikkeet", Decimal("2"), "kpl", Decimal("10.00"), discount_percent=Decimal(10)
    )
    with UnitOfWork(db) as uow:
        update_draft(uow, draft, DraftForm(ids["town"], ISSUED_ON, lines=[manual]))
    assert entry_lines(db, ids["entries_town"]) == [None, None]
    with UnitOfWork(db, write=False) as uow:
        [line] = uow.session.get(Invoice, draft).lines
        assert line.net_amount == Decimal("18.00")
        assert line.discount_percent == Decimal("10.00")


def test_vat_per_line_rounds_half_up_and_follows_the_delivery_date():
    before = line_amounts(Decimal("1"), Decimal("10.02"), Decimal(0), "general", date(2024, 8, 31))
    after = line_amounts(Decimal("1"), Decimal("10.02"), Decimal(0), "general", date(2024, 9, 1))
    assert (before.rate, before.vat) == (Decimal("24"), Decimal("2.40"))  # 2.4048
    assert (after.rate, after.vat) == (Decimal("25.5"), Decimal("2.56"))  # 2.5551
    reduced = line_amounts(Decimal("3"), Decimal("0.70"), Decimal(0), "reduced", date(2026, 1, 1))
    assert (reduced.rate, reduced.net, reduced.vat) == (
        Decimal("13.5"),
        Decimal("2.10"),
        Decimal("0.28"),  # 0.2835
    )
    half = line_amounts(Decimal("1"), Decimal("0.10"), Decimal(0), "general", date(2025, 1, 1))
    assert half.vat == Decimal("0.03")  # 0.0255 → 0.03: half up, not to even


def test_a_due_date_on_midsummer_eve_moves_to_the_next_banking_day():
    # Friday 19.6.2026 is Midsummer Eve, then a weekend: banks pay on Monday 22.6.
    assert due_date_for(date(2026, 6, 5), 14) == date(2026, 6, 22)
    assert next_banking_day(date(2026, 12, 24)) == date(2026, 12, 28)
    assert next_banking_day(date(2026, 6, 18)) == date(2026, 6, 18)


def test_issue_numbers_freezes_and_references(biz):
    db, ids = biz
    first = hours_draft(db, ids["town"])
    second = hours_draft(db, ids["home"])
    with UnitOfWork(db) as uow:
        a = issue_invoice(uow, first, ISSUED_ON)
    with UnitOfWork(db) as uow:
        save_invoice_settings(uow, InvoiceSettings(reference_kind="rf"))
    with UnitOfWork(db) as uow:
        b = issue_invoice(uow, second, ISSUED_ON)
    assert (a.number, b.number) == (1, 2)
    assert is_valid_fi_reference(a.reference) and is_valid_rf_reference(b.reference)
    assert a.due_date == date(2026, 6, 15)
    with UnitOfWork(db) as uow:
        town = uow.session.get(Invoice, first)
        assert town.buyer_name == "Äänekosken kaupunki"
        assert town.seller_snapshot["iban"] == "FI3715903000000776"
        assert town.seller_snapshot["vat_id"] == "FI20774740"
        assert town.late_interest_rate == Decimal("10.50")  # 2.5 + 8 between businesses
        home = uow.session.get(Invoice, second)
        assert home.language == Language.SV
        assert home.late_interest_rate == Decimal("9.50")  # consumer: 2.5 + 7
        assert home.lines[0].household_work_amount == home.lines[0].gross_amount
        # Both references are in the registry the bank statement import reads.
        registry = dict(
            uow.session.execute(
                select(PaymentReference.invoice_id, PaymentReference.reference)
            ).all()
        )
        assert registry == {
            first: payment_reference_key(a.reference),
            second: payment_reference_key(b.reference),
        }


def test_an_association_gets_the_consumer_late_interest_on_its_invoice(biz):
    from app.domain import Customer
    from app.domain.enums import CustomerKind

    db, ids = biz
    with UnitOfWork(db) as uow:
        uow.session.get(Customer, ids["town"]).kind = CustomerKind.ASSOCIATION
    draft = hours_draft(db, ids["town"])
    with UnitOfWork(db) as uow:
        issue_invoice(uow, draft, ISSUED_ON)
    with UnitOfWork(db, write=False) as uow:
        # An association carrying on no business is not an elinkeinonharjoittaja: 2.5 + 7.
        assert uow.session.get(Invoice, draft).late_interest_rate == Decimal("9.50")


def test_issue_is_refused_naming_what_is_missing(biz):
    db, ids = biz
    with UnitOfWork(db) as uow:
        empty = create_draft(uow, DraftForm(ids["nowhere"], ISSUED_ON))
    with pytest.raises(ValidationError) as refused, UnitOfWork(db) as uow:
        issue_invoice(uow, empty, ISSUED_ON)
    assert refused.value.problems == {"lines": "required", "customer_address": "missing"}
    builder = hours_draft(db, ids["builder"])
    with pytest.raises(ValidationError) as refused, UnitOfWork(db) as uow:
        issue_invoice(uow, builder, ISSUED_ON)
    assert refused.value.problems == {"buyer_vat_id": "required_for_reverse_charge"}
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.get(Invoice, builder).number is None
        assert uow.session.scalar(text("SELECT next_number FROM invoice_series")) == 1


def test_a_second_series_never_reuses_the_first_series_references(biz):
    db, ids = biz
    first = hours_draft(db, ids["town"])
    second = hours_draft(db, ids["home"])
    with UnitOfWork(db) as uow:
        uow.session.add(InvoiceSeries(code="B", name="Second", next_number=1))
        uow.session.flush()
        uow.session.get(Invoice, second).series_id = uow.session.scalar(
            select(InvoiceSeries.id).where(InvoiceSeries.code == "B")
        )
    with UnitOfWork(db) as uow:
        a = issue_invoice(uow, first, ISSUED_ON)
    with UnitOfWork(db) as uow:
        b = issue_invoice(uow, second, ISSUED_ON)
    # Both are number 1 of their series, yet the bank can tell them apart.
    assert (a.number, b.number) == (1, 1)
    assert a.reference != b.reference
    assert is_valid_fi_reference(b.reference)
    assert payment_reference_key(a.reference) == "10016"  # 1000 + 1 and its 7-3-1 check digit


def test_issuing_is_refused_when_its_reference_already_belongs_to_another_debt(biz):
    db, ids = biz
    draft = hours_draft(db, ids["town"])
    with UnitOfWork(db) as uow:
        # A share-fee reference that happens to equal the one invoice 1 would get.
        member = uow.session.scalar(select(Member.id).limit(1))
        uow.session.add(PaymentReference(reference="10016", member_id=member))
    with pytest.raises(ServiceError) as refused, UnitOfWork(db) as uow:
        issue_invoice(uow, draft, ISSUED_ON)
    assert refused.value.code == "reference_taken"
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.get(Invoice, draft).number is None


def test_the_database_refuses_to_change_or_delete_an_issued_invoice(biz):
    db, ids = biz
    draft = hours_draft(db, ids["town"])
    with UnitOfWork(db) as uow:
        issue_invoice(uow, draft, ISSUED_ON)
    for statement in (
        f"UPDATE invoice SET total_gross = 1 WHERE id = {draft}",
        f"UPDATE invoice SET state = 'draft' WHERE id = {draft}",
        f"DELETE FROM invoice WHERE id = {draft}",
        f"UPDATE invoice_line SET unit_price = 1 WHERE invoice_id = {draft}",
        f"DELETE FROM invoice_line WHERE invoice_id = {draft}",
    ):
        with db.engine.begin() as con, pytest.raises(DatabaseError, match="cannot be changed"):
            con.execute(text(statement))
    with pytest.raises(ServiceError, match="issued"), UnitOfWork(db) as uow:
        delete_draft(uow, draft)


def test_credit_chosen_lines_settles_them_and_frees_the_hours(biz):
    db, ids = biz
    extra = LineForm("Tarvikkeet", Decimal("1"), "kpl", Decimal("20.00"))
    draft = hours_draft(db, ids["town"], [extra])
    with UnitOfWork(db) as uow:
        issue_invoice(uow, draft, ISSUED_ON)
    with UnitOfWork(db, write=False) as uow:
        original = uow.session.get(Invoice, draft)
        hours_line, _supplies = (line.id for line in original.lines)
        before = {c: getattr(original, c) for c in ("total_gross", "version", "number")}
        before_lines = [(line.quantity, line.gross_amount) for line in original.lines]
    with UnitOfWork(db) as uow:
        note = credit_invoice(uow, draft, [hours_line], date(2026, 6, 3))
    assert note.number == 2 and note.reference == ""
    assert entry_lines(db, ids["entries_town"]) == [None, None]
    with UnitOfWork(db, write=False) as uow:
        credit = uow.session.get(Invoice, note.id)
        assert credit.kind == InvoiceKind.CREDIT_NOTE and credit.credited_invoice_id == draft
        assert credit.total_gross == Decimal("-207.08")
        assert credit.lines[0].credited_line_id == hours_line
        original = uow.session.get(Invoice, draft)
        assert {c: getattr(original, c) for c in before} == before
        assert [(line.quantity, line.gross_amount) for line in original.lines] == before_lines
        assert open_amounts(uow.session, [draft, note.id]) == {
            draft: Decimal("25.10"),  # the supplies line: 20 € + 25.5 %
            note.id: Decimal("0.00"),
        }
        # The hours are billable again; the credited line cannot be credited twice.
        assert unbilled_hours(uow, ids["town"])[0].work_entry_ids == tuple(ids["entries_town"])
    with pytest.raises(ValidationError), UnitOfWork(db) as uow:
        credit_invoice(uow, draft, [hours_line], date(2026, 6, 3))
    with UnitOfWork(db) as uow:
        credit_invoice(uow, draft, None, date(2026, 6, 4))
    with UnitOfWork(db, write=False) as uow:
        rows = {r.id: r for r in list_invoices(uow, ListQuery(), today=date(2026, 6, 5))}
    assert rows[draft].status == InvoiceStatus.CREDITED
    assert rows[draft].open_amount == Decimal("0.00")


def test_open_amount_status_and_totals_follow_payments(biz):
    from app.domain import Payment

    db, ids = biz
    first, second = hours_draft(db, ids["town"]), hours_draft(db, ids["home"])
    with UnitOfWork(db) as uow:
        issue_invoice(uow, first, ISSUED_ON)
        issue_invoice(uow, second, date(2026, 6, 10))
    with UnitOfWork(db) as uow:
        uow.session.add(
            Payment(
                invoice_id=first,
                paid_on=date(2026, 6, 5),
                amount=Decimal("7.08"),
                method=PaymentMethod.BANK,
            )
        )
    today = date(2026, 6, 20)  # the first is overdue (due 15.6.), the second not
    with UnitOfWork(db, write=False) as uow:
        rows = {r.id: r for r in list_invoices(uow, ListQuery(), today=today)}
        totals = receivable_totals(uow, today)
    assert rows[first].open_amount == Decimal("200.00")
    assert rows[first].status == InvoiceStatus.OVERDUE
    assert rows[second].status == InvoiceStatus.OPEN
    assert totals.overdue == Decimal("200.00")
    assert totals.open == Decimal("200.00") + rows[second].total


def test_the_list_shows_when_the_invoice_itself_last_went_to_the_buyer(biz):
    from datetime import UTC, datetime

    from app.domain import InvoiceSending

    db, ids = biz
    first, second = hours_draft(db, ids["town"]), hours_draft(db, ids["home"])
    with UnitOfWork(db) as uow:
        issue_invoice(uow, first, ISSUED_ON)
        issue_invoice(uow, second, ISSUED_ON)

    def sent(invoice_id, at, channel):
        uow.session.add(
            InvoiceSending(invoice_id=invoice_id, sent_at=at, channel=channel, recipient="x")
        )

    with UnitOfWork(db) as uow:
        # 22.30 UTC on 1.6. is already 2.6. in Finland.
        sent(first, datetime(2026, 6, 1, 22, 30, tzinfo=UTC), "email")
        sent(first, datetime(2026, 5, 30, 9, 0, tzinfo=UTC), "einvoice")
        # A reminder is not the invoice being sent.
        sent(second, datetime(2026, 6, 20, 9, 0, tzinfo=UTC), "reminder")
    with UnitOfWork(db, write=False) as uow:
        rows = {r.id: r for r in list_invoices(uow, ListQuery())}
    assert rows[first].sent_on == date(2026, 6, 2)
    assert rows[second].sent_on is None


def _services_with_a_uow():
    for module in (invoice_drafts, invoice_issue, credit_notes, invoicing):
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == module.__name__ and getattr(fn, "permission", "x") != "x":
                yield name, fn


def test_a_facilitator_may_use_no_invoicing_service(biz):
    db, _ = biz
    facilitator = Actor("ohjaaja", Role.FACILITATOR)
    names = []
    for name, fn in _services_with_a_uow():
        params = len(inspect.signature(fn).parameters) - 1
        with pytest.raises(PermissionDeniedError), UnitOfWork(db, facilitator) as uow:
            fn(uow, *([None] * params))
        names.append(name)
    assert {"create_draft", "issue_invoice", "credit_invoice", "list_invoices"} <= set(names)


def test_a_draft_refuses_bad_lines_by_row(biz):
    db, ids = biz
    bad = [
        LineForm("", Decimal("1"), "h", Decimal("1")),
        LineForm("x", Decimal("0"), "h", Decimal("1"), discount_percent=Decimal(120)),
    ]
    with pytest.raises(ValidationError) as refused, UnitOfWork(db) as uow:
        create_draft(uow, DraftForm(ids["town"], ISSUED_ON, lines=bad))
    assert refused.value.problems == {
        "line 1.description": "required",
        "line 2.quantity": "zero",
        "line 2.discount_percent": "range",
    }
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.scalars(select(InvoiceLine)).all() == []
