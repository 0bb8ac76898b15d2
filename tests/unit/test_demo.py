"""Demo data: reproducible from its seed, internally consistent and realistic enough to show."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.db import Database, open_database
from app.demo import DemoSummary, generate_demo
from app.domain import (
    Base,
    Cooperative,
    Customer,
    Goal,
    Invoice,
    InvoiceLine,
    Member,
    Payment,
    QuestionnaireItem,
    Reminder,
    WorkAssignment,
    WorkEntry,
    assignment_member,
)
from app.domain.enums import CustomerKind, InvoiceKind, InvoiceState, Language, MemberStatus
from app.fi.ids import hetu_birth_date, hetu_gender, is_temporary_hetu, validate_hetu
from app.fi.reference import is_valid_fi_reference

TODAY = date(2026, 3, 15)


def _make(path: Path, *, seed: int = 2026, today: date = TODAY) -> tuple[Database, DemoSummary]:
    db = open_database(path, create=True)
    return db, generate_demo(db, seed=seed, today=today)


def _dump(db: Database) -> dict[str, list[tuple]]:
    """Every table's raw stored rows in primary-key order."""
    tables = {}
    with db.engine.connect() as con:
        for table in Base.metadata.sorted_tables:
            order = ", ".join(c.name for c in table.primary_key.columns)
            rows = con.execute(text(f"SELECT * FROM {table.name} ORDER BY {order}"))
            tables[table.name] = [tuple(row) for row in rows]
    return tables


@pytest.fixture(scope="module", params=[TODAY, date(2025, 9, 1)], ids=["march", "september"])
def demo(request, tmp_path_factory) -> tuple[Database, DemoSummary, date]:
    db, summary = _make(tmp_path_factory.mktemp("demo") / "x.sqlite", today=request.param)
    yield db, summary, request.param
    db.dispose()


def test_same_seed_and_day_give_identical_tables(tmp_path: Path) -> None:
    first, _ = _make(tmp_path / "a.sqlite")
    second, _ = _make(tmp_path / "b.sqlite")
    one, two = _dump(first), _dump(second)
    assert one == two
    assert len(one["work_entry"]) > 1000
    different, _ = _make(tmp_path / "c.sqlite", seed=7)
    assert _names(different) != _names(first)
    for db in (first, second, different):
        db.dispose()


def _names(db: Database) -> list[tuple[str, str]]:
    with db.sessions() as s:
        return list(s.execute(select(Member.first_name, Member.last_name).order_by(Member.id)))


def test_timestamps_follow_the_generated_dates(demo) -> None:
    db, _, today = demo
    latest = f"{today + timedelta(days=1):%Y-%m-%d}"
    with db.engine.connect() as con:
        for table in Base.metadata.sorted_tables:
            if "created_at" not in table.c:
                continue
            wrong = con.scalar(
                text(
                    f"SELECT count(*) FROM {table.name} "
                    "WHERE created_at > updated_at OR updated_at > :latest"
                ),
                {"latest": latest},
            )
            assert wrong == 0, table.name


def test_refuses_a_database_with_a_cooperative(demo) -> None:
    db, _, _ = demo
    with pytest.raises(ValueError, match="already has a cooperative"):
        generate_demo(db, today=TODAY)


def test_nothing_is_left_when_generation_fails(tmp_path: Path, monkeypatch) -> None:
    def broken(ctx) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("app.demo.generator.add_shares", broken)
    db = open_database(tmp_path / "x.sqlite", create=True)
    with pytest.raises(RuntimeError):
        generate_demo(db, today=TODAY)
    assert all(not rows for rows in _dump(db).values())
    db.dispose()


def test_counts_are_in_the_expected_ranges(demo) -> None:
    db, summary, _ = demo
    assert summary.members == 40
    assert 2 <= summary.applicants <= 3
    assert summary.former_members >= 3
    assert 10 <= summary.customers <= 14
    assert 12 <= summary.assignments <= 20
    assert 3000 <= summary.work_entries <= 5000
    assert summary.sessions >= 52
    assert summary.invoices >= 60
    assert summary.credit_notes == 1
    assert summary.draft_invoices == 1
    assert summary.reminders == 1
    with db.sessions() as s:
        assert s.scalar(select(func.count(WorkEntry.id))) == summary.work_entries
        assert s.scalar(select(func.count(Member.id))) == summary.members
        assert s.scalar(select(func.count(Payment.id))) == summary.payments


def test_invoice_numbers_are_gapless_and_in_issue_order(demo) -> None:
    db, _, _ = demo
    with db.sessions() as s:
        issued = s.execute(
            select(Invoice.number, Invoice.issue_date, Invoice.reference)
            .where(Invoice.state == InvoiceState.ISSUED)
            .order_by(Invoice.number)
        ).all()
        drafts = s.scalars(select(Invoice).where(Invoice.state == InvoiceState.DRAFT)).all()
        next_number = s.scalar(text("SELECT next_number FROM invoice_series WHERE code = 'MAIN'"))
    numbers = [row.number for row in issued]
    assert numbers == list(range(1, len(numbers) + 1))
    assert [row.issue_date for row in issued] == sorted(row.issue_date for row in issued)
    assert all(is_valid_fi_reference(row.reference) for row in issued)
    assert len({row.reference for row in issued}) == len(issued)
    assert next_number == len(numbers) + 1
    assert [d.number for d in drafts] == [None]


def test_totals_equal_the_sum_of_lines(demo) -> None:
    db, _, _ = demo
    with db.sessions() as s:
        for invoice in s.scalars(select(Invoice)):
            lines = invoice.lines
            assert lines
            assert invoice.total_net == sum(line.net_amount for line in lines)
            assert invoice.total_vat == sum(line.vat_amount for line in lines)
            assert invoice.total_gross == sum(line.gross_amount for line in lines)
            for line in lines:
                assert line.gross_amount == line.net_amount + line.vat_amount
                assert (line.quantity < 0) == (invoice.kind == InvoiceKind.CREDIT_NOTE)
                if invoice.buyer_kind == CustomerKind.HOUSEHOLD and line.unit == "h":
                    assert line.household_work_amount == line.gross_amount
            if invoice.kind == InvoiceKind.CREDIT_NOTE:
                assert invoice.credited_invoice_id is not None
                assert invoice.total_gross < 0


def test_invoiced_entries_point_to_issued_lines_of_their_customer(demo) -> None:
    db, _, today = demo
    with db.sessions() as s:
        rows = s.execute(
            select(
                WorkEntry.work_date,
                WorkEntry.approved_at,
                WorkAssignment.customer_id,
                Invoice.customer_id,
                Invoice.state,
                Invoice.kind,
                Invoice.delivery_from,
                Invoice.delivery_to,
            )
            .join(WorkAssignment, WorkEntry.assignment_id == WorkAssignment.id)
            .join(InvoiceLine, WorkEntry.invoice_line_id == InvoiceLine.id)
            .join(Invoice, InvoiceLine.invoice_id == Invoice.id)
        ).all()
        uninvoiced = s.execute(
            select(WorkEntry.work_date, WorkEntry.approved_at).where(
                WorkEntry.invoice_line_id.is_(None)
            )
        ).all()
    assert rows
    for row in rows:
        assert row[2] == row[3]
        assert row.state == InvoiceState.ISSUED and row.kind == InvoiceKind.INVOICE
        assert row.delivery_from <= row.work_date <= row.delivery_to
        assert row.approved_at is not None
    # This month's work is not invoiced; the last two weeks are not approved yet.
    assert all(row.work_date < today.replace(day=1) for row in rows)
    recent = [r for r in uninvoiced if r.work_date > today - timedelta(days=14)]
    assert recent and all(r.approved_at is None for r in recent)


def test_some_invoices_are_overdue_and_one_was_reminded(demo) -> None:
    db, _, today = demo
    with db.sessions() as s:
        paid = defaultdict(Decimal)
        for invoice_id, amount in s.execute(select(Payment.invoice_id, Payment.amount)):
            paid[invoice_id] += amount
        invoices = s.scalars(
            select(Invoice).where(
                Invoice.state == InvoiceState.ISSUED, Invoice.kind == InvoiceKind.INVOICE
            )
        ).all()
        reminder = s.scalars(select(Reminder)).one()
        archive_ids = s.scalars(select(Payment.bank_archive_id)).all()
    overdue = [i for i in invoices if i.due_date < today and paid[i.id] < i.total_gross]
    assert len(overdue) >= 2
    assert any(paid[i.id] == 0 for i in overdue)
    assert reminder.invoice_id in {i.id for i in overdue}
    reminded = next(i for i in invoices if i.id == reminder.invoice_id)
    assert reminder.sent_on >= reminded.due_date + timedelta(days=14)
    assert reminder.sent_on <= today
    assert reminder.fee == Decimal("5.00")
    assert len(set(archive_ids)) == len(archive_ids)


def test_personal_ids_are_valid_temporary_codes(demo) -> None:
    db, _, _ = demo
    with db.sessions() as s:
        members = s.scalars(select(Member)).all()
    with_id = [m for m in members if m.personal_id]
    assert 10 <= len(with_id) <= 30
    for member in with_id:
        code = validate_hetu(member.personal_id)
        assert is_temporary_hetu(code)
        assert hetu_birth_date(code) == member.birth_date
        assert hetu_gender(code) == member.gender.value


def test_members_are_numbered_and_bilingual(demo) -> None:
    db, _, _ = demo
    with db.sessions() as s:
        members = s.scalars(select(Member)).all()
    current = [m for m in members if m.status == MemberStatus.MEMBER]
    assert all(m.member_number is not None for m in current)
    numbers = [m.member_number for m in members if m.member_number is not None]
    assert sorted(numbers) == list(range(1, len(numbers) + 1))
    by_number = sorted((m for m in members if m.member_number), key=lambda m: m.member_number)
    assert [m.accepted_on for m in by_number] == sorted(m.accepted_on for m in by_number)
    assert sum(m.language == Language.SV for m in members) >= 5
    assert any(m.language == Language.EN for m in members)
    assert all(m.applied_on <= (m.accepted_on or m.applied_on) for m in members)
    for m in members:
        if m.status == MemberStatus.FORMER:
            assert m.left_on is not None and m.leaving_reason is not None


def test_work_entries_are_plausible(demo) -> None:
    db, _, today = demo
    with db.sessions() as s:
        assigned = {tuple(row) for row in s.execute(select(assignment_member))}
        members = {m.id: m for m in s.scalars(select(Member))}
        entries = s.scalars(select(WorkEntry)).all()
        customers = s.scalars(select(Customer)).all()
    assert sum(1 for e in entries if e.substitute_for_id) >= 3
    for entry in entries:
        assert Decimal(1) <= entry.hours <= Decimal(6)
        assert entry.hours * 4 == int(entry.hours * 4)
        assert today - timedelta(days=366) <= entry.work_date <= today
        assert (entry.assignment_id, entry.member_id) in assigned
        if entry.substitute_for_id:
            assert (entry.assignment_id, entry.substitute_for_id) in assigned
        member = members[entry.member_id]
        assert member.accepted_on <= entry.work_date
        assert member.left_on is None or entry.work_date < member.left_on
    assert {c.kind for c in customers} == set(CustomerKind)
    assert all(c.customer_number >= 1001 for c in customers)


def test_questionnaire_holds_only_placeholders(demo) -> None:
    db, _, _ = demo
    with db.sessions() as s:
        items = s.scalars(select(QuestionnaireItem).order_by(QuestionnaireItem.position)).all()
        settled = s.scalars(select(Goal).where(Goal.status != "open")).all()
        coop = s.scalars(select(Cooperative)).one()
    assert [i.position for i in items] == list(range(1, 11))
    assert all("THL" in i.text_fi and "THL" in i.text_sv and i.placeholder for i in items)
    assert settled and all(g.status_on is not None for g in settled)
    assert coop.business_id == "1618033-3" and coop.share_price == Decimal("50.00")
