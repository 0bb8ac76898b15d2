"""Services: setting up the cooperative, invoice status, and the lists the tabs show."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from app.domain import (
    AuditEntry,
    Cooperative,
    InvoiceSeries,
    ReferenceRate,
    User,
    VatRate,
)
from app.domain.enums import (
    AttendanceStatus,
    InvoiceKind,
    InvoiceState,
    Language,
    MemberStatus,
    Role,
)
from app.fi.ids import bic_for_iban
from app.fi.vat import DEFAULT_VAT_TABLE
from app.services.coaching import list_sessions
from app.services.cooperative import (
    NewCooperative,
    create_cooperative,
    get_cooperative,
    is_set_up,
)
from app.services.errors import NotFoundError, ValidationError
from app.services.invoicing import InvoiceStatus, derive_status, list_invoices
from app.services.members import MemberRow, list_members
from app.services.uow import UnitOfWork
from app.services.work import list_assignments
from tests.conftest import DEMO_TODAY

VALID = {
    "name": "Osuuskunta Testi",
    "business_id": "2077474-0",
    "iban": "FI3715903000000776",
    "admin_password": "salasana-1",
}
CENT = Decimal("0.01")


def form(**changes) -> NewCooperative:
    return NewCooperative(**{**VALID, **changes})


def count(db, model) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def cents(value) -> Decimal:
    """A scaled-integer sum from SQL as euros."""
    return (Decimal(int(value or 0)) / 100).quantize(CENT)


# --- create_cooperative: validation ------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"business_id": "2077474-1"}, "business_id", "checksum"),
        ({"business_id": "2077474"}, "business_id", "length"),
        ({"business_id": "   "}, "business_id", "required"),
        ({"iban": "FI3815903000000776"}, "iban", "checksum"),
        ({"iban": "FI37159030"}, "iban", "length"),
        ({"iban": ""}, "iban", "required"),
        ({"name": ""}, "name", "required"),
        ({"name": "  \t"}, "name", "required"),
        ({"share_price": Decimal("-0.01")}, "share_price", "negative"),
    ],
)
def test_invalid_cooperative_is_refused(db, changes, field, code):
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as info:
        create_cooperative(uow, form(**changes))
    assert info.value.problems == {field: code}
    assert count(db, Cooperative) == 0
    assert count(db, AuditEntry) == 0


def test_every_problem_is_reported_at_once(db):
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as info:
        create_cooperative(
            uow,
            NewCooperative(
                name="",
                business_id="2077474-1",
                iban="FI37159030",
                share_price=Decimal("-1"),
            ),
        )
    assert info.value.problems == {
        "name": "required",
        "business_id": "checksum",
        "iban": "length",
        "share_price": "negative",
        "admin_password": "too_short",
    }
    assert "business_id: checksum" in str(info.value)


def test_nothing_is_saved_after_a_validation_error(db):
    with UnitOfWork(db) as uow:
        with pytest.raises(ValidationError):
            create_cooperative(uow, form(iban="FI3815903000000776"))
        # The same unit of work is still usable and has nothing pending.
        assert not uow.session.new
    for model in (Cooperative, AuditEntry, VatRate, InvoiceSeries, User, ReferenceRate):
        assert count(db, model) == 0, model.__name__
    with UnitOfWork(db) as uow:
        assert not is_set_up(uow)


# --- create_cooperative: what a valid one writes ----------------------------------------------


def test_valid_cooperative_is_set_up(db):
    with UnitOfWork(db) as uow:
        coop_id = create_cooperative(
            uow,
            form(
                name="  Osuuskunta Testi  ",
                business_id=" 2077474-0 ",
                iban="fi37 1590 3000 0007 76",
                city="Tampere",
                admin_name="Liisa Ylläpitäjä",
                default_language=Language.SV,
                share_price=Decimal("40.00"),
            ),
        )
    assert isinstance(coop_id, int)
    with db.sessions() as session:
        coop = session.get(Cooperative, coop_id)
        assert coop.name == "Osuuskunta Testi"
        assert coop.business_id == "2077474-0"
        assert coop.iban == "FI3715903000000776"
        assert coop.bic == bic_for_iban("FI3715903000000776") == "NDEAFIHH"
        assert coop.home_municipality == "Tampere"
        assert coop.share_price == Decimal("40.00")
        assert coop.default_language is Language.SV
        assert coop.payment_term_days == 14

        vat_rows = {
            (r.code, r.rate, r.valid_from, r.valid_to) for r in session.scalars(select(VatRate))
        }
        expected = {(r.code.value, r.rate, r.valid_from, r.valid_to) for r in DEFAULT_VAT_TABLE}
        assert vat_rows == expected
        assert count(db, VatRate) == len(DEFAULT_VAT_TABLE)

        [series] = session.scalars(select(InvoiceSeries)).all()
        assert series.next_number == 1
        assert series.code == "MAIN"

        [user] = session.scalars(select(User)).all()
        assert (user.username, user.roles, user.full_name) == (
            "admin",
            {Role.ADMIN},
            "Liisa Ylläpitäjä",
        )
        assert user.active

        entries = session.scalars(select(AuditEntry)).all()
        [entry] = [e for e in entries if e.entity == "cooperative"]
        assert {e.entity for e in entries} >= {"cooperative", "user_account", "user_role"}
        assert all(e.actor == "osuva" for e in entries)
        assert entry.action == "insert"
        assert entry.entity == "cooperative"
        assert entry.entity_id == coop_id
        assert entry.before is None
        after = json.loads(entry.after)
        assert after["business_id"] == "2077474-0"
        assert after["share_price"] == "40.00"
        assert entry.at.tzinfo is not None
    with UnitOfWork(db) as uow:
        assert is_set_up(uow)
        info = get_cooperative(uow)
        assert (info.name, info.business_id, info.city) == (
            "Osuuskunta Testi",
            "2077474-0",
            "Tampere",
        )


def test_audit_entry_is_in_the_same_transaction(db):
    """If the unit of work fails, neither the cooperative nor its audit rows stay."""
    with pytest.raises(RuntimeError), UnitOfWork(db) as uow:
        create_cooperative(uow, form())
        # Both are flushed in this one transaction...
        assert uow.session.scalar(select(func.count(Cooperative.id))) == 1
        assert uow.session.scalar(select(func.count(AuditEntry.id))) > 1
        # ...and invisible to any other connection until it commits.
        with db.engine.connect() as other:
            assert other.execute(text("SELECT count(*) FROM audit_log")).scalar() == 0
        raise RuntimeError("power cut")
    assert count(db, Cooperative) == 0
    assert count(db, AuditEntry) == 0


def test_second_cooperative_is_refused(coop_db):
    before = {m.__name__: count(coop_db, m) for m in (VatRate, InvoiceSeries, User, AuditEntry)}
    with UnitOfWork(coop_db) as uow, pytest.raises(ValidationError) as info:
        create_cooperative(uow, form(name="Toinen osuuskunta"))
    assert info.value.problems == {"name": "exists"}
    assert count(coop_db, Cooperative) == 1
    after = {m.__name__: count(coop_db, m) for m in (VatRate, InvoiceSeries, User, AuditEntry)}
    assert after == before
    assert before["AuditEntry"] > 1


def test_get_cooperative_before_set_up(db):
    with UnitOfWork(db) as uow, pytest.raises(NotFoundError):
        get_cooperative(uow)


# --- derived invoice status -------------------------------------------------------------------

TODAY = date(2026, 11, 22)
D = Decimal


@pytest.mark.parametrize(
    ("state", "kind", "total", "paid", "due", "expected"),
    [
        (InvoiceState.DRAFT, InvoiceKind.INVOICE, D("100"), D("0"), None, InvoiceStatus.DRAFT),
        # A draft stays a draft, however old its due date or whatever was paid.
        (InvoiceState.DRAFT, InvoiceKind.INVOICE, D("100"), D("100"), TODAY - timedelta(30),
         InvoiceStatus.DRAFT),
        (InvoiceState.ISSUED, InvoiceKind.INVOICE, D("100"), D("100"), TODAY - timedelta(30),
         InvoiceStatus.PAID),
        (InvoiceState.ISSUED, InvoiceKind.INVOICE, D("100"), D("120"), TODAY, InvoiceStatus.PAID),
        (InvoiceState.ISSUED, InvoiceKind.INVOICE, D("100"), D("0"), TODAY - timedelta(1),
         InvoiceStatus.OVERDUE),
        (InvoiceState.ISSUED, InvoiceKind.INVOICE, D("100"), D("40"), TODAY - timedelta(1),
         InvoiceStatus.OVERDUE),
        # Due today is not yet late.
        (InvoiceState.ISSUED, InvoiceKind.INVOICE, D("100"), D("0"), TODAY, InvoiceStatus.OPEN),
        (InvoiceState.ISSUED, InvoiceKind.INVOICE, D("100"), D("99.99"), TODAY + timedelta(3),
         InvoiceStatus.PARTLY_PAID),
        (InvoiceState.ISSUED, InvoiceKind.INVOICE, D("100"), D("0"), TODAY + timedelta(14),
         InvoiceStatus.OPEN),
        (InvoiceState.ISSUED, InvoiceKind.INVOICE, D("100"), D("0"), None, InvoiceStatus.OPEN),
        (InvoiceState.ISSUED, InvoiceKind.CREDIT_NOTE, D("-100"), D("0"), TODAY - timedelta(9),
         InvoiceStatus.CREDIT_NOTE),
        (InvoiceState.DRAFT, InvoiceKind.CREDIT_NOTE, D("-100"), D("0"), None,
         InvoiceStatus.DRAFT),
    ],
)  # fmt: skip
def test_derive_status(state, kind, total, paid, due, expected):
    assert derive_status(state, kind, total, paid, due, TODAY) is expected


# --- lists over the demo cooperative ----------------------------------------------------------


def sql_rows(db, query: str) -> list[tuple]:
    with db.engine.connect() as con:
        return [tuple(r) for r in con.execute(text(query))]


def sql_value(db, query: str):
    [(value,)] = sql_rows(db, query)
    return value


def test_list_members_agrees_with_sql(demo_db):
    with UnitOfWork(demo_db) as uow:
        rows = list_members(uow)
    assert rows
    assert len(rows) == sql_value(demo_db, "SELECT count(*) FROM member")
    assert len({r.id for r in rows}) == len(rows)

    paid = dict(
        sql_rows(
            demo_db,
            "SELECT s.member_id, sum(p.amount) FROM share_payment p "
            "JOIN share_subscription s ON s.id = p.subscription_id GROUP BY s.member_id",
        )
    )
    subscribed = {
        m: (shares, amount)
        for m, shares, amount in sql_rows(
            demo_db,
            "SELECT member_id, sum(share_count), sum(share_count * unit_price) "
            "FROM share_subscription GROUP BY member_id",
        )
    }
    total_paid = sql_value(demo_db, "SELECT sum(amount) FROM share_payment")
    assert total_paid, "the demo has share payments"
    assert sum((r.paid for r in rows), Decimal(0)) == cents(total_paid)
    for row in rows:
        assert row.paid == cents(paid.get(row.id)), row
        shares, amount = subscribed.get(row.id, (0, 0))
        assert row.shares == shares, row
        assert row.subscribed == cents(amount), row
        assert row.open_fee == row.subscribed - row.paid
        assert row.paid.as_tuple().exponent == -2

    # Sorted by last name, then first name.
    names = dict(
        (i, (last, first))
        for i, last, first in sql_rows(demo_db, "SELECT id, last_name, first_name FROM member")
    )
    assert [names[r.id] for r in rows] == sorted(names[r.id] for r in rows)
    # Accepted members have numbers; the status comes from the register.
    statuses = dict(sql_rows(demo_db, "SELECT id, status FROM member"))
    assert all(r.status == MemberStatus(statuses[r.id]) for r in rows)
    assert all(r.member_number is not None for r in rows if r.status is MemberStatus.MEMBER)


def test_member_rows_never_expose_the_identity_code(demo_db):
    fields = {f.name for f in dataclasses.fields(MemberRow)}
    assert not fields & {"personal_id", "hetu", "identity_code", "ssn", "birth_date"}
    with UnitOfWork(demo_db) as uow:
        rows = list_members(uow)
    codes = [c for (c,) in sql_rows(demo_db, "SELECT personal_id FROM member") if c]
    assert codes, "the demo has identity codes to hide"
    shown = repr(rows)
    assert not [c for c in codes if c in shown]


def test_list_assignments_agrees_with_sql(demo_db):
    with UnitOfWork(demo_db) as uow:
        rows = list_assignments(uow)
    assert rows
    assert len(rows) == sql_value(demo_db, "SELECT count(*) FROM work_assignment")
    hours = {
        a: (h, o)
        for a, h, o in sql_rows(
            demo_db,
            "SELECT assignment_id, sum(hours), "
            "sum(CASE WHEN invoice_line_id IS NULL THEN hours ELSE 0 END) "
            "FROM work_entry GROUP BY assignment_id",
        )
    }
    members = dict(
        sql_rows(
            demo_db, "SELECT assignment_id, count(*) FROM assignment_member GROUP BY assignment_id"
        )
    )
    assert any(h for h, _ in hours.values()), "the demo has logged hours"
    for row in rows:
        logged, open_hours = hours.get(row.id, (0, 0))
        assert row.hours == cents(logged), row
        assert row.uninvoiced_hours == cents(open_hours), row
        assert row.uninvoiced_hours <= row.hours
        assert row.members == members.get(row.id, 0), row
        assert row.customer
        assert row.service("fi")
    total = sql_value(demo_db, "SELECT sum(hours) FROM work_entry")
    assert sum((r.hours for r in rows), Decimal(0)) == cents(total)
    # Newest first.
    assert [r.starts_on for r in rows] == sorted((r.starts_on for r in rows), reverse=True)


def test_list_sessions_agrees_with_sql(demo_db):
    with UnitOfWork(demo_db) as uow:
        rows = list_sessions(uow)
    assert rows
    assert len(rows) == sql_value(demo_db, "SELECT count(*) FROM coaching_session")
    counts = {
        s: (invited, present)
        for s, invited, present in sql_rows(
            demo_db,
            "SELECT session_id, count(*), "
            f"sum(CASE WHEN status = '{AttendanceStatus.PRESENT.value}' THEN 1 ELSE 0 END) "
            "FROM attendance GROUP BY session_id",
        )
    }
    for row in rows:
        invited, present = counts.get(row.id, (0, 0))
        assert (row.invited, row.present) == (invited, present), row
        assert row.present <= row.invited
        assert row.starts_at.tzinfo is not None
        assert row.duration_minutes > 0
    present = sql_value(demo_db, "SELECT count(*) FROM attendance WHERE status = 'present'")
    assert sum(r.present for r in rows) == present
    assert [r.starts_at for r in rows] == sorted((r.starts_at for r in rows), reverse=True)


def test_list_invoices_agrees_with_sql(demo_db):
    with UnitOfWork(demo_db) as uow:
        rows = list_invoices(uow, today=DEMO_TODAY)
    assert rows
    assert len(rows) == sql_value(demo_db, "SELECT count(*) FROM invoice")
    paid = dict(
        sql_rows(
            demo_db,
            "SELECT invoice_id, sum(amount) FROM payment WHERE invoice_id IS NOT NULL "
            "GROUP BY invoice_id",
        )
    )
    stored = {
        i: (number, state, total, prefix)
        for i, number, state, total, prefix in sql_rows(
            demo_db,
            "SELECT i.id, i.number, i.state, i.total_gross, s.prefix FROM invoice i "
            "JOIN invoice_series s ON s.id = i.series_id",
        )
    }
    credited = dict(
        sql_rows(
            demo_db,
            "SELECT credited_invoice_id, -sum(total_gross) FROM invoice "
            "WHERE kind = 'credit_note' AND state = 'issued' GROUP BY credited_invoice_id",
        )
    )
    for row in rows:
        number, state, total, prefix = stored[row.id]
        assert row.paid == cents(paid.get(row.id)), row
        assert row.total == cents(total), row
        if row.kind == InvoiceKind.CREDIT_NOTE or state == InvoiceState.DRAFT.value:
            assert row.open_amount == 0
        else:
            assert row.open_amount == row.total - row.paid - cents(credited.get(row.id)), row
        if state == InvoiceState.DRAFT.value:
            assert row.number == ""
            assert row.status is InvoiceStatus.DRAFT
        else:
            assert row.number == f"{prefix}{number}"
            assert row.issue_date is not None
        # Each status means what it says.
        if row.status is InvoiceStatus.PAID:
            assert row.open_amount <= 0
        elif row.status is InvoiceStatus.OVERDUE:
            assert row.due_date < DEMO_TODAY
            assert row.open_amount > 0
        elif row.status is InvoiceStatus.OPEN:
            assert row.paid == 0 and row.open_amount == row.total
            assert row.due_date is None or row.due_date >= DEMO_TODAY
        elif row.status is InvoiceStatus.PARTLY_PAID:
            assert 0 < row.open_amount < row.total
        elif row.status is InvoiceStatus.CREDITED:
            assert row.open_amount <= 0 and row.paid < row.total
        elif row.status is InvoiceStatus.CREDIT_NOTE:
            assert row.kind is InvoiceKind.CREDIT_NOTE
    total_paid = sql_value(demo_db, "SELECT sum(amount) FROM payment WHERE invoice_id IS NOT NULL")
    assert sum((r.paid for r in rows), Decimal(0)) == cents(total_paid)
    issued = [r for r in rows if r.status is not InvoiceStatus.DRAFT]
    assert issued, "the demo has issued invoices"
    assert {InvoiceStatus.PAID, InvoiceStatus.OVERDUE} & {r.status for r in rows}


def test_list_invoices_status_follows_today(demo_db):
    """The same invoices seen on an earlier day: what is overdue now was not overdue then."""
    with UnitOfWork(demo_db) as uow:
        now = list_invoices(uow, today=DEMO_TODAY)
        overdue = [r for r in now if r.status is InvoiceStatus.OVERDUE]
        assert overdue, "the demo has overdue invoices on DEMO_TODAY"
        earlier_day = min(r.due_date for r in overdue)
        earlier = {r.id: r for r in list_invoices(uow, today=earlier_day)}
        later = {r.id: r for r in list_invoices(uow, today=DEMO_TODAY + timedelta(days=3650))}
    assert set(earlier) == set(later) == {r.id for r in now}
    for row in now:
        before, after = earlier[row.id], later[row.id]
        if row.status is InvoiceStatus.OVERDUE:
            partly = row.open_amount < row.total
            expected = InvoiceStatus.PARTLY_PAID if partly else InvoiceStatus.OPEN
            if row.due_date == earlier_day:
                assert before.status is expected, row
            assert after.status is InvoiceStatus.OVERDUE
        elif row.status in (InvoiceStatus.OPEN, InvoiceStatus.PARTLY_PAID):
            assert after.status is (InvoiceStatus.OVERDUE if row.due_date else row.status)
        else:
            # Paid, draft and credit notes do not depend on the day.
            assert before.status is row.status is after.status, row


def test_a_conflict_at_commit_saves_nothing_and_says_so(coop_db):
    """Two people accepting at once would both take the same number: the second is refused."""
    from datetime import date

    from app.domain import Member
    from app.domain.enums import MemberStatus
    from app.services.errors import ServiceError
    from app.services.uow import UnitOfWork

    with UnitOfWork(coop_db) as uow:
        uow.session.add(
            Member(
                first_name="A",
                last_name="A",
                applied_on=date(2026, 1, 1),
                status=MemberStatus.MEMBER,
                member_number=1,
                accepted_on=date(2026, 1, 2),
            )
        )
        uow.flush()
    with pytest.raises(ServiceError) as info, UnitOfWork(coop_db) as uow:
        uow.session.add(
            Member(
                first_name="B",
                last_name="B",
                applied_on=date(2026, 1, 1),
                status=MemberStatus.MEMBER,
                member_number=1,
                accepted_on=date(2026, 1, 2),
            )
        )
    assert info.value.code == "conflict"
    with UnitOfWork(coop_db, write=False) as uow:
        assert [m.first_name for m in uow.session.query(Member)] == ["A"]


def test_the_sign_in_window_names_the_cooperative_and_tells_the_demo_apart(db, coop_db, demo_db):
    from app.services.users import SignInInfo, sign_in_info

    with UnitOfWork(db) as uow:
        assert sign_in_info(uow) == SignInInfo(cooperative_name="", is_demo=False)
    with UnitOfWork(coop_db) as uow:
        assert sign_in_info(uow) == SignInInfo(cooperative_name="Osuuskunta Testi", is_demo=False)
    with UnitOfWork(demo_db) as uow:
        info = sign_in_info(uow)
    assert info.is_demo and info.cooperative_name
