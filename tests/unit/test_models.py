"""Models round-trip exactly on SQLite, and the database itself enforces the domain's rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError

from app.domain import (
    Attendance,
    CoachingSession,
    Customer,
    Goal,
    Invoice,
    InvoiceLine,
    InvoiceSeries,
    Member,
    Participant,
    Payment,
    Plan,
    Service,
    ShareInstallment,
    SharePayment,
    ShareSubscription,
    WorkAssignment,
    WorkEntry,
)
from app.domain.base import Fixed, Money, UTCDateTime
from app.domain.enums import (
    AssignmentStatus,
    AttendanceStatus,
    CustomerKind,
    GoalStatus,
    InvoiceKind,
    InvoiceState,
    Language,
    MemberKind,
    MemberStatus,
    PathStep,
    PaymentMethod,
    Recurrence,
    SessionKind,
    ShareKind,
    SharePaymentMethod,
)

# Helsinki winter time: stored as UTC, read back as the same instant in UTC.
EET = timezone(timedelta(hours=2))


def new_member(number: int | None = None, **values) -> Member:
    values.setdefault("first_name", "Aino")
    values.setdefault("last_name", "Virtanen")
    values.setdefault("applied_on", date(2026, 1, 5))
    return Member(member_number=number, **values)


def series_id(session) -> int:
    return session.scalar(select(InvoiceSeries.id).where(InvoiceSeries.code == "MAIN"))


def new_customer(number: int = 1) -> Customer:
    return Customer(customer_number=number, kind=CustomerKind.MUNICIPALITY, name="Testilän kunta")


@pytest.fixture
def ids(coop_db) -> dict[str, int]:
    """One of everything, written in one session; returns the ids."""
    with coop_db.sessions() as session:
        member = new_member(
            7,
            status=MemberStatus.MEMBER,
            kind=MemberKind.WORKING,
            accepted_on=date(2026, 2, 1),
            language=Language.SV,
            personal_id="010190-123M",
        )
        substitute = new_member(8, first_name="Eero", status=MemberStatus.MEMBER)
        subscription = ShareSubscription(
            member=member,
            subscribed_on=date(2026, 2, 1),
            kind=ShareKind.BASIC,
            share_count=3,
            unit_price=Decimal("411.50"),
            reference="10016",
        )
        subscription.installments = [
            ShareInstallment(due_on=date(2026, 3, 1), amount=Decimal("617.25")),
            ShareInstallment(due_on=date(2026, 4, 1), amount=Decimal("617.25")),
        ]
        subscription.payments = [
            SharePayment(
                paid_on=date(2026, 3, 31),
                amount=Decimal("1234.50"),
                method=SharePaymentMethod.WAGE_DEDUCTION,
                wage_month=date(2026, 3, 1),
            ),
        ]
        customer = new_customer()
        service = Service(
            code="SIIV", name_fi="Siivous", name_sv="Städning", unit_price=Decimal("38.90")
        )
        assignment = WorkAssignment(
            customer=customer,
            service=service,
            title="Kirjaston siivous",
            starts_on=date(2026, 3, 2),
            recurrence=Recurrence.WEEKLY,
            weekday=0,
            status=AssignmentStatus.IN_PROGRESS,
            estimated_hours=Decimal("120.5"),
            members=[member, substitute],
        )
        entry = WorkEntry(
            assignment=assignment,
            member=substitute,
            substitute_for=member,
            work_date=date(2026, 3, 9),
            hours=Decimal("7.25"),
            km=Decimal("12.4"),
            approved_at=datetime(2026, 3, 10, 9, 30, tzinfo=EET),
        )
        coaching = CoachingSession(
            kind=SessionKind.GROUP,
            starts_at=datetime(2026, 3, 3, 10, 0, tzinfo=EET),
            duration_minutes=90,
            topic="Työnhaku",
        )
        person = Participant(
            member=member, first_name="Aino", last_name="Ahonen", intake_on=date(2026, 1, 15)
        )
        newcomer = Participant(first_name="Ville", last_name="Uusi", intake_on=date(2026, 2, 1))
        coaching.attendance = [
            Attendance(participant=person, status=AttendanceStatus.PRESENT),
            Attendance(participant=newcomer, status=AttendanceStatus.EXCUSED, note="lääkäri"),
        ]
        plan = Plan(participant=person, started_on=date(2026, 2, 1), step=PathStep.SUPPORTED_WORK)
        plan.goals = [
            Goal(
                text="Trukkikortti",
                target_on=date(2026, 6, 30),
                status=GoalStatus.REACHED,
                status_on=date(2026, 5, 20),
            )
        ]
        session.add_all([member, substitute, assignment, entry, coaching, plan])
        session.flush()
        invoice = Invoice(
            series_id=series_id(session),
            number=1,
            kind=InvoiceKind.INVOICE,
            state=InvoiceState.ISSUED,
            customer=customer,
            issue_date=date(2026, 4, 1),
            due_date=date(2026, 4, 15),
            reference="10016",
            seller_snapshot={"name": "Osuuskunta Testi", "iban": "FI3715903000000776"},
            total_net=Decimal("282.03"),
            total_vat=Decimal("71.92"),
            total_gross=Decimal("353.95"),
            issued_at=datetime(2026, 4, 1, 8, 0, tzinfo=UTC),
            lines=[
                InvoiceLine(
                    position=1,
                    description="Siivous 3/2026",
                    quantity=Decimal("7.250"),
                    unit_price=Decimal("38.90"),
                    vat_code="general",
                    vat_rate=Decimal("25.5"),
                    net_amount=Decimal("282.03"),
                    vat_amount=Decimal("71.92"),
                    gross_amount=Decimal("353.95"),
                    service_id=service.id,
                    delivery_date=date(2026, 3, 9),
                )
            ],
        )
        invoice.payments = [
            Payment(paid_on=date(2026, 4, 10), amount=Decimal("100.01"), method=PaymentMethod.BANK)
        ]
        session.add(invoice)
        session.flush()
        entry.invoice_line_id = invoice.lines[0].id
        result = {
            "member": member.id,
            "substitute": substitute.id,
            "subscription": subscription.id,
            "assignment": assignment.id,
            "entry": entry.id,
            "coaching": coaching.id,
            "participant": person.id,
            "newcomer": newcomer.id,
            "plan": plan.id,
            "invoice": invoice.id,
            "customer": customer.id,
            "service": service.id,
        }
        session.commit()
    return result


# --- round trips ----------------------------------------------------------------------------


def test_member_and_shares_round_trip(coop_db, ids):
    with coop_db.sessions() as session:
        member = session.get(Member, ids["member"])
        assert member.member_number == 7
        assert member.status is MemberStatus.MEMBER
        assert member.kind is MemberKind.WORKING
        assert member.language is Language.SV
        assert member.accepted_on == date(2026, 2, 1)
        assert member.personal_id == "010190-123M"
        assert member.created_at.tzinfo is UTC
        [subscription] = member.subscriptions
        assert subscription.share_count == 3
        assert subscription.unit_price == Decimal("411.50")
        assert str(subscription.unit_price) == "411.50"
        assert subscription.amount == Decimal("1234.50")
        assert [(i.due_on, i.amount) for i in subscription.installments] == [
            (date(2026, 3, 1), Decimal("617.25")),
            (date(2026, 4, 1), Decimal("617.25")),
        ]
        [payment] = subscription.payments
        assert payment.amount == Decimal("1234.50")
        assert payment.method is SharePaymentMethod.WAGE_DEDUCTION
        assert payment.wage_month == date(2026, 3, 1)


def test_amounts_are_stored_as_scaled_integers(coop_db, ids):
    with coop_db.engine.connect() as con:
        raw = con.execute(
            text("SELECT unit_price, typeof(unit_price) FROM share_subscription WHERE id = :id"),
            {"id": ids["subscription"]},
        ).one()
        assert tuple(raw) == (41150, "integer")
        hours = con.execute(
            text("SELECT hours, km FROM work_entry WHERE id = :id"), {"id": ids["entry"]}
        ).one()
        assert tuple(hours) == (725, 124)
        quantity = con.execute(text("SELECT quantity FROM invoice_line")).scalar()
        assert quantity == 7250


def test_work_round_trip(coop_db, ids):
    with coop_db.sessions() as session:
        assignment = session.get(WorkAssignment, ids["assignment"])
        assert assignment.customer.name == "Testilän kunta"
        assert assignment.service.name("sv") == "Städning"
        assert assignment.service.unit_price == Decimal("38.90")
        assert assignment.recurrence is Recurrence.WEEKLY
        assert assignment.status is AssignmentStatus.IN_PROGRESS
        assert assignment.estimated_hours == Decimal("120.50")
        assert sorted(m.member_number for m in assignment.members) == [7, 8]
        entry = session.get(WorkEntry, ids["entry"])
        assert entry.hours == Decimal("7.25")
        assert entry.km == Decimal("12.4")
        assert entry.member_id == ids["substitute"]
        assert entry.substitute_for.id == ids["member"]
        assert entry.work_date == date(2026, 3, 9)
        assert entry.approved_at == datetime(2026, 3, 10, 7, 30, tzinfo=UTC)
        assert entry.approved_at.tzinfo is UTC
        assert entry.invoice_line_id is not None


def test_coaching_round_trip(coop_db, ids):
    with coop_db.sessions() as session:
        coaching = session.get(CoachingSession, ids["coaching"])
        assert coaching.kind is SessionKind.GROUP
        assert coaching.starts_at == datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
        assert coaching.starts_at.tzinfo is UTC
        assert coaching.duration_minutes == 90
        statuses = {a.participant_id: (a.status, a.note) for a in coaching.attendance}
        assert statuses == {
            ids["participant"]: (AttendanceStatus.PRESENT, ""),
            ids["newcomer"]: (AttendanceStatus.EXCUSED, "lääkäri"),
        }
        assert coaching.attendance[0].participant.member.id == ids["member"]
        plan = session.get(Plan, ids["plan"])
        assert plan.step is PathStep.SUPPORTED_WORK
        assert plan.participant.gender == "unknown"
        assert [(g.text, g.status, g.status_on) for g in plan.goals] == [
            ("Trukkikortti", GoalStatus.REACHED, date(2026, 5, 20))
        ]


def test_invoice_round_trip(coop_db, ids):
    with coop_db.sessions() as session:
        invoice = session.get(Invoice, ids["invoice"])
        assert invoice.number == 1
        assert invoice.state is InvoiceState.ISSUED
        assert invoice.kind is InvoiceKind.INVOICE
        assert (invoice.issue_date, invoice.due_date) == (date(2026, 4, 1), date(2026, 4, 15))
        assert invoice.total_gross == Decimal("353.95")
        assert invoice.total_net + invoice.total_vat == invoice.total_gross
        assert invoice.seller_snapshot == {
            "name": "Osuuskunta Testi",
            "iban": "FI3715903000000776",
        }
        assert invoice.issued_at == datetime(2026, 4, 1, 8, 0, tzinfo=UTC)
        [line] = invoice.lines
        assert line.quantity == Decimal("7.250")
        assert line.vat_rate == Decimal("25.50")
        assert (line.net_amount, line.vat_amount, line.gross_amount) == (
            Decimal("282.03"),
            Decimal("71.92"),
            Decimal("353.95"),
        )
        assert line.household_work_amount is None
        [payment] = invoice.payments
        assert payment.amount == Decimal("100.01")
        assert payment.method is PaymentMethod.BANK
        entry = session.get(WorkEntry, ids["entry"])
        assert entry.invoice_line_id == line.id


# --- column types -----------------------------------------------------------------------------


def test_fixed_rounds_half_up_and_refuses_float():
    money = Money()
    assert money.process_bind_param(Decimal("0.005"), None) == 1
    assert money.process_bind_param(Decimal("-0.005"), None) == -1
    assert money.process_bind_param(Decimal("1234.50"), None) == 123450
    assert money.process_bind_param(12, None) == 1200
    assert money.process_result_value(123450, None) == Decimal("1234.50")
    assert Fixed(3).process_result_value(7250, None) == Decimal("7.250")
    with pytest.raises(TypeError):
        money.process_bind_param(0.1, None)


def test_utc_datetime_refuses_naive():
    column = UTCDateTime()
    with pytest.raises(ValueError):
        column.process_bind_param(datetime(2026, 1, 1, 12, 0), None)
    stored = column.process_bind_param(datetime(2026, 7, 1, 12, 0, tzinfo=EET), None)
    assert stored == datetime(2026, 7, 1, 10, 0)
    assert stored.tzinfo is None


def test_float_amount_is_refused_on_flush(coop_db):
    with coop_db.sessions() as session:
        member = new_member(1)
        session.add(member)
        session.flush()
        session.add(
            ShareSubscription(
                member_id=member.id, subscribed_on=date(2026, 1, 5), share_count=1, unit_price=50.0
            )
        )
        with pytest.raises(StatementError) as info:
            session.flush()
        assert isinstance(info.value.orig, TypeError)
        session.rollback()
    with coop_db.sessions() as session:
        assert session.scalar(select(ShareSubscription.id)) is None


def test_naive_datetime_is_refused_on_flush(coop_db):
    with coop_db.sessions() as session:
        session.add(
            CoachingSession(
                kind=SessionKind.INFO, starts_at=datetime(2026, 3, 3, 10, 0), duration_minutes=60
            )
        )
        with pytest.raises(StatementError) as info:
            session.flush()
        assert isinstance(info.value.orig, ValueError)
        session.rollback()


# --- constraints ------------------------------------------------------------------------------


def expect_rejected(db, build, error=IntegrityError) -> None:
    """`build(session)` adds something invalid; the flush fails and nothing is saved."""
    with db.sessions() as session:
        build(session)
        with pytest.raises(error):
            session.flush()
        session.rollback()


def test_duplicate_invoice_number_in_series(coop_db, ids):
    def build(session):
        session.add(
            Invoice(
                series_id=series_id(session),
                number=1,
                state=InvoiceState.ISSUED,
                issue_date=date(2026, 4, 2),
                customer_id=ids["customer"],
            )
        )

    expect_rejected(coop_db, build)
    with coop_db.sessions() as session:
        assert session.scalar(select(Invoice.id).where(Invoice.number == 1)) == ids["invoice"]
        # The same number in another series is fine.
        other = InvoiceSeries(code="B", name="Other", next_number=2)
        session.add(other)
        session.flush()
        session.add(
            Invoice(
                series_id=other.id,
                number=1,
                state=InvoiceState.ISSUED,
                issue_date=date(2026, 4, 2),
                customer_id=ids["customer"],
            )
        )
        session.flush()
        session.rollback()


def test_issued_invoice_needs_a_number(coop_db, ids):
    def build(session):
        session.add(
            Invoice(
                series_id=series_id(session),
                number=None,
                state=InvoiceState.ISSUED,
                issue_date=date(2026, 4, 2),
                customer_id=ids["customer"],
            )
        )

    expect_rejected(coop_db, build)
    # A draft without a number is what drafts are.
    with coop_db.sessions() as session:
        draft = Invoice(series_id=series_id(session), customer_id=ids["customer"])
        session.add(draft)
        session.flush()
        assert draft.state is InvoiceState.DRAFT
        assert draft.number is None
        session.rollback()


def test_credit_note_must_refer_to_an_invoice(coop_db, ids):
    def build(session):
        session.add(
            Invoice(
                series_id=series_id(session),
                kind=InvoiceKind.CREDIT_NOTE,
                customer_id=ids["customer"],
            )
        )

    expect_rejected(coop_db, build)


def test_negative_share_count(coop_db):
    def build(session):
        member = new_member(1)
        session.add(member)
        session.flush()
        session.add(
            ShareSubscription(
                member_id=member.id,
                subscribed_on=date(2026, 1, 5),
                share_count=-1,
                unit_price=Decimal("50.00"),
            )
        )

    expect_rejected(coop_db, build)


@pytest.mark.parametrize("hours", [Decimal("0"), Decimal("-1.5"), Decimal("24.01")])
def test_work_hours_out_of_range(coop_db, ids, hours):
    def build(session):
        session.add(
            WorkEntry(
                assignment_id=ids["assignment"],
                member_id=ids["member"],
                work_date=date(2026, 3, 10),
                hours=hours,
            )
        )

    expect_rejected(coop_db, build)


def test_work_entry_for_a_missing_member(coop_db, ids):
    def build(session):
        session.add(
            WorkEntry(
                assignment_id=ids["assignment"],
                member_id=99999,
                work_date=date(2026, 3, 10),
                hours=Decimal("2"),
            )
        )

    expect_rejected(coop_db, build)


def test_attendance_status_outside_the_enum(coop_db, ids):
    def build(session):
        session.add(
            Attendance(session_id=ids["coaching"], participant_id=ids["participant"], status="late")
        )

    # The enum type refuses it before SQL (it is in the primary key, so delete and re-add).
    with coop_db.sessions() as session:
        session.execute(text("DELETE FROM attendance"))
        build(session)
        with pytest.raises(StatementError) as info:
            session.flush()
        assert isinstance(info.value.orig, LookupError)
        session.rollback()
    # And the database's own CHECK refuses it when the ORM is bypassed.
    with coop_db.engine.connect() as con:
        con.execute(text("DELETE FROM attendance"))
        with pytest.raises(IntegrityError):
            con.execute(
                text(
                    "INSERT INTO attendance (session_id, participant_id, status, note) "
                    "VALUES (:s, :m, 'late', '')"
                ),
                {"s": ids["coaching"], "m": ids["participant"]},
            )
        con.rollback()


def test_member_status_member_needs_a_number(coop_db):
    expect_rejected(
        coop_db, lambda session: session.add(new_member(None, status=MemberStatus.MEMBER))
    )
    # An applicant has no number yet.
    with coop_db.sessions() as session:
        session.add(new_member(None, status=MemberStatus.APPLICANT))
        session.flush()
        session.rollback()


def test_former_member_needs_left_on(coop_db):
    expect_rejected(coop_db, lambda session: session.add(new_member(3, status=MemberStatus.FORMER)))


def test_member_number_and_personal_id_are_unique(coop_db, ids):
    expect_rejected(coop_db, lambda session: session.add(new_member(7)))
    expect_rejected(coop_db, lambda session: session.add(new_member(99, personal_id="010190-123M")))


def test_wage_deduction_needs_a_month(coop_db, ids):
    def build(session):
        session.add(
            SharePayment(
                subscription_id=ids["subscription"],
                paid_on=date(2026, 5, 1),
                amount=Decimal("10.00"),
                method=SharePaymentMethod.WAGE_DEDUCTION,
            )
        )

    expect_rejected(coop_db, build)


def test_rejected_rows_leave_the_data_unchanged(coop_db, ids):
    expect_rejected(coop_db, lambda session: session.add(new_member(None, status="member")))
    with coop_db.sessions() as session:
        assert session.scalar(text("SELECT count(*) FROM member")) == 2
        assert session.scalar(text("SELECT count(*) FROM work_entry")) == 1
        assert session.scalar(text("SELECT count(*) FROM attendance")) == 2
