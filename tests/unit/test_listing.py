"""Paged list services: search, filters, sorting, offsets and counts, all in SQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain import (
    Attendance,
    CoachingSession,
    Customer,
    Invoice,
    InvoiceSeries,
    Member,
    Participant,
    Payment,
    Service,
    WorkAssignment,
    WorkEntry,
)
from app.domain.enums import (
    AttendanceStatus,
    CustomerKind,
    InvoiceState,
    MemberKind,
    MemberStatus,
    PaymentMethod,
    SessionKind,
)
from app.services.coaching import list_sessions
from app.services.invoicing import list_invoices
from app.services.listing import ListQuery, Page, search_key
from app.services.members import list_members, member_row_position
from app.services.uow import UnitOfWork
from app.services.work import list_assignments

# (last, first, status, kind, number, municipality)
PEOPLE = [
    ("Åberg", "Anna", MemberStatus.MEMBER, MemberKind.WORKING, 1, "Espoo"),
    ("Ahola", "Pekka", MemberStatus.MEMBER, MemberKind.WORKING, 2, "Helsinki"),
    ("Zetterberg", "Erik", MemberStatus.APPLICANT, MemberKind.WORKING, None, "Vantaa"),
    ("Ängel", "Maria", MemberStatus.FORMER, MemberKind.WORKING, 3, "Espoo"),
    ("Östman", "Väinö", MemberStatus.MEMBER, MemberKind.SUPPORTING, 4, "Turku"),
    ("ÖSTERBERG", "Ville", MemberStatus.MEMBER, MemberKind.WORKING, 5, "Oulu"),
    ("ahonen", "aaro", MemberStatus.APPLICANT, MemberKind.WORKING, None, "Lahti"),
    ("Virtanen", "Åsa", MemberStatus.MEMBER, MemberKind.WORKING, 6, "Espoo"),
]
# Finnish and Swedish order: å, ä, ö after z; case does not matter.
BY_NAME = [
    "Ahola, Pekka",
    "ahonen, aaro",
    "Virtanen, Åsa",
    "Zetterberg, Erik",
    "Åberg, Anna",
    "Ängel, Maria",
    "ÖSTERBERG, Ville",
    "Östman, Väinö",
]


@pytest.fixture
def people(coop_db):
    with UnitOfWork(coop_db) as uow:
        for last, first, status, kind, number, municipality in PEOPLE:
            accepted = date(2025, 1, 1) + timedelta(days=number or 0) if number else None
            uow.session.add(
                Member(
                    last_name=last,
                    first_name=first,
                    status=status,
                    kind=kind,
                    member_number=number,
                    municipality=municipality,
                    applied_on=date(2024, 12, 1),
                    accepted_on=accepted,
                    left_on=date(2025, 6, 1) if status == MemberStatus.FORMER else None,
                )
            )
        uow.session.commit()
    return coop_db


def names(db, **query) -> list[str]:
    with UnitOfWork(db) as uow:
        return [r.name for r in list_members(uow, ListQuery(**query))]


def test_search_key_casefolds_and_composes():
    assert search_key("ÖSTERBERG ", " Ville") == "österberg ville"
    # "ä" as "a" + combining diaeresis (pasted from a Mac) is the same letter.
    assert search_key("A\u0308ngel") == "ängel"
    assert search_key("") == ""
    # Stored so that plain code-point order is the Finnish and Swedish one.
    keys = [search_key(n) for n in ("Öberg", "Zetterberg", "äng", "ÅS", "Aho")]
    assert sorted(keys) == [search_key(n) for n in ("Aho", "Zetterberg", "ÅS", "äng", "Öberg")]
    assert search_key("åsa") == search_key("ÅSA")


def test_names_sort_in_the_finnish_and_swedish_order(people):
    assert names(people, filter=None) == BY_NAME
    assert names(people, sort="name", descending=True) == BY_NAME[::-1]


def test_search_ignores_case_and_keeps_a_ring_and_dots_apart(people):
    assert names(people, search="åb") == ["Åberg, Anna"]
    assert names(people, search="ÅB") == ["Åberg, Anna"]
    # Å, Ä and Ö are letters of their own: "a" or "o" does not find them.
    assert names(people, search="ab") == []
    assert names(people, search="ö") == ["ÖSTERBERG, Ville", "Östman, Väinö"]
    assert names(people, search="O") == []
    assert names(people, search="AHO") == ["Ahola, Pekka", "ahonen, aaro"]


def test_search_finds_first_name_first_and_member_number(people):
    assert names(people, search="väinö ö") == ["Östman, Väinö"]
    assert names(people, search="  ville   öst") == ["ÖSTERBERG, Ville"]
    assert names(people, search="åsa") == ["Virtanen, Åsa"]
    assert names(people, search="4") == ["Östman, Väinö"]


def test_filters(people):
    assert names(people, filter="current") == [
        "Ahola, Pekka",
        "Virtanen, Åsa",
        "Åberg, Anna",
        "ÖSTERBERG, Ville",
        "Östman, Väinö",
    ]
    assert names(people, filter="applicants") == ["ahonen, aaro", "Zetterberg, Erik"]
    assert names(people, filter="former") == ["Ängel, Maria"]
    assert names(people, filter="supporting") == ["Östman, Väinö"]
    assert names(people, filter="current", search="ö") == ["ÖSTERBERG, Ville", "Östman, Väinö"]


def test_sorts_by_each_sortable_column(people):
    with UnitOfWork(people) as uow:
        for key, value in (
            ("number", lambda r: r.member_number),
            ("joined", lambda r: r.joined_on),
            ("municipality", lambda r: r.municipality),
            ("status", lambda r: r.status.value),
            ("kind", lambda r: r.kind.value),
        ):
            for descending in (False, True):
                rows = list_members(
                    uow, ListQuery(filter="current", sort=key, descending=descending)
                )
                values = [value(r) for r in rows]
                assert values == sorted(values, reverse=descending), key


def test_pages_and_total(people):
    with UnitOfWork(people) as uow:
        first = list_members(uow, ListQuery(limit=3))
        second = list_members(uow, ListQuery(limit=3, offset=3))
        last = list_members(uow, ListQuery(limit=3, offset=6))
        empty = list_members(uow, ListQuery(limit=3, offset=9))
        only_count = list_members(uow, ListQuery(filter="current", limit=0))
    assert isinstance(first, Page)
    assert [r.name for r in (*first, *second, *last)] == BY_NAME
    assert (first.total, second.total, last.total, empty.total) == (8, 8, 8, 8)
    assert first.has_more and second.has_more and not last.has_more
    assert len(empty) == 0 and not empty.has_more
    assert only_count.total == 5 and only_count.rows == []


def test_row_position_follows_sort_and_filter(people):
    with UnitOfWork(people) as uow:
        ids = {r.name: r.id for r in list_members(uow)}
        östman = ids["Östman, Väinö"]
        assert member_row_position(uow, ListQuery(), östman) == 7
        assert member_row_position(uow, ListQuery(sort="name", descending=True), östman) == 0
        assert member_row_position(uow, ListQuery(filter="current"), östman) == 4
        assert member_row_position(uow, ListQuery(filter="applicants"), östman) is None
        assert member_row_position(uow, ListQuery(search="åb"), östman) is None


def test_renaming_a_member_updates_the_search_key(people):
    with UnitOfWork(people) as uow:
        member = uow.session.scalars(select(Member).where(Member.last_name == "Ahola")).one()
        member.last_name = "Öhman"
        uow.session.commit()
    assert names(people, search="öh") == ["Öhman, Pekka"]
    assert names(people, search="aho") == ["ahonen, aaro"]


def test_share_totals_belong_to_their_page(coop_db):
    from tests.unit.test_member_services import accept, add, pay_shares

    ids = [add(coop_db, first_name=f"Jäsen{i:02}", last_name="Koe") for i in range(5)]
    for member_id in ids:
        accept(coop_db, member_id)
    pay_shares(coop_db, ids[3], 2, "30.00", date(2026, 2, 10))
    with UnitOfWork(coop_db) as uow:
        page = list_members(uow, ListQuery(limit=2, offset=2))
    assert [r.id for r in page] == ids[2:4]
    assert [(r.shares, r.paid) for r in page] == [(0, Decimal("0.00")), (2, Decimal("30.00"))]


# --- the other lists --------------------------------------------------------------------------


@pytest.fixture
def business(coop_db):
    """Two customers, three assignments with hours, two sessions and two invoices."""
    with UnitOfWork(coop_db) as uow:
        s = uow.session
        member = Member(
            first_name="Aino",
            last_name="Koe",
            status=MemberStatus.MEMBER,
            member_number=1,
            applied_on=date(2025, 1, 1),
            accepted_on=date(2025, 1, 2),
        )
        service = Service(code="SIIV", name_fi="Siivous", unit_price=Decimal("30.00"))
        s.add_all([member, service])
        äänekoski = Customer(
            customer_number=1, kind=CustomerKind.MUNICIPALITY, name="Äänekosken kaupunki"
        )
        aalto = Customer(customer_number=2, kind=CustomerKind.COMPANY, name="aalto oy")
        s.add_all([äänekoski, aalto])
        s.flush()
        assignments = [
            WorkAssignment(
                customer_id=äänekoski.id,
                service_id=service.id,
                title="Pihatyöt",
                starts_on=date(2026, 3, 1),
            ),
            WorkAssignment(
                customer_id=aalto.id,
                service_id=service.id,
                title="Ikkunanpesu",
                starts_on=date(2026, 4, 1),
            ),
            WorkAssignment(
                customer_id=aalto.id,
                service_id=service.id,
                title="Öljyntarkistus",
                starts_on=date(2026, 5, 1),
            ),
        ]
        s.add_all(assignments)
        s.flush()
        for day, hours in ((1, "2.50"), (2, "3.00")):
            s.add(
                WorkEntry(
                    assignment_id=assignments[0].id,
                    member_id=member.id,
                    work_date=date(2026, 3, day),
                    hours=Decimal(hours),
                )
            )
        person = Participant(
            member_id=member.id, first_name="A", last_name="B", intake_on=date(2026, 1, 1)
        )
        s.add(person)
        for offset, topic in ((0, "Ryhmätapaaminen"), (1, "Älykäs työnhaku")):
            session = CoachingSession(
                kind=SessionKind.GROUP,
                starts_at=datetime(2026, 2, 1 + offset, 10, tzinfo=UTC),
                duration_minutes=60,
                topic=topic,
            )
            s.add(session)
            s.flush()
            s.add(
                Attendance(
                    session_id=session.id,
                    participant_id=person.id,
                    status=AttendanceStatus.PRESENT,
                )
            )
        series = s.scalars(select(InvoiceSeries)).first() or InvoiceSeries(code="L", name="Laskut")
        s.add(series)
        s.flush()
        for number, customer in ((101, äänekoski), (102, aalto)):
            invoice = Invoice(
                series_id=series.id,
                number=number,
                state=InvoiceState.ISSUED,
                customer_id=customer.id,
                issue_date=date(2026, 6, number - 100),
                due_date=date(2026, 6, 20),
                reference=f"{number}3",
                total_gross=Decimal("100.00"),
            )
            s.add(invoice)
            s.flush()
        s.add(
            Payment(
                invoice_id=invoice.id,
                paid_on=date(2026, 6, 10),
                amount=Decimal("40.00"),
                method=PaymentMethod.BANK,
            )
        )
        uow.session.commit()
    return coop_db


def test_assignments_page_search_and_hours(business):
    with UnitOfWork(business) as uow:
        everything = list_assignments(uow, ListQuery())
        assert [r.title for r in everything] == ["Öljyntarkistus", "Ikkunanpesu", "Pihatyöt"]
        assert everything[2].hours == Decimal("5.50")
        assert everything[0].hours == Decimal("0.00")
        by_customer = list_assignments(uow, ListQuery(search="ÄÄNE"))
        assert [r.title for r in by_customer] == ["Pihatyöt"]
        by_title = list_assignments(uow, ListQuery(search="öl"))
        assert [r.title for r in by_title] == ["Öljyntarkistus"]
        by_title = list_assignments(uow, ListQuery(sort="title"))
        assert [r.title for r in by_title] == ["Ikkunanpesu", "Pihatyöt", "Öljyntarkistus"]
        second = list_assignments(uow, ListQuery(limit=1, offset=1))
        assert (second.total, [r.title for r in second]) == (3, ["Ikkunanpesu"])


def test_sessions_page_and_search(business):
    with UnitOfWork(business) as uow:
        sessions = list_sessions(uow, ListQuery())
        assert [r.topic for r in sessions] == ["Älykäs työnhaku", "Ryhmätapaaminen"]
        assert (sessions[0].present, sessions[0].invited) == (1, 1)
        assert [r.topic for r in list_sessions(uow, ListQuery(search="ÄLY"))] == ["Älykäs työnhaku"]
        assert [r.topic for r in list_sessions(uow, ListQuery(sort="topic"))] == [
            "Ryhmätapaaminen",
            "Älykäs työnhaku",
        ]


def test_invoices_search_by_number_reference_and_customer(business):
    with UnitOfWork(business) as uow:

        def numbers(**query):
            return [r.number for r in list_invoices(uow, ListQuery(**query))]

        assert numbers() == ["102", "101"]
        assert numbers(search="101") == ["101"]
        assert numbers(search="1023") == ["102"]  # the reference
        assert numbers(search="äänekosken") == ["101"]
        assert numbers(search="AALTO") == ["102"]
        assert numbers(sort="customer") == ["102", "101"]  # aalto before Äänekoski
        still_open = {r.number: r.open_amount for r in list_invoices(uow, ListQuery())}
        assert still_open == {"101": Decimal("100.00"), "102": Decimal("60.00")}
        assert numbers(sort="open") == ["102", "101"]


def test_row_positions_of_the_other_lists(business):
    from app.services.coaching import session_row_position
    from app.services.invoicing import invoice_row_position
    from app.services.work import assignment_row_position

    with UnitOfWork(business) as uow:
        for service, position, key in (
            (list_assignments, assignment_row_position, "title"),
            (list_sessions, session_row_position, "topic"),
            (list_invoices, invoice_row_position, "number"),
        ):
            for query in (ListQuery(), ListQuery(sort=key, descending=True)):
                rows = list(service(uow, query))
                assert [position(uow, query, r.id) for r in rows] == list(range(len(rows)))
            assert position(uow, ListQuery(search="zz"), rows[0].id) is None


def test_the_planner_hint_is_sqlite_only():
    from sqlalchemy.dialects import postgresql, sqlite

    from app.services.members import _member_base

    query = _member_base(ListQuery(filter="current", search="vi"))
    on_sqlite = str(query.compile(dialect=sqlite.dialect()))
    on_postgresql = str(query.compile(dialect=postgresql.dialect()))
    assert "WHERE likelihood(member.status = ?, 0.9) AND" in on_sqlite
    assert "= 1" not in on_sqlite  # a comparison would keep the status index unused
    assert "likelihood" not in on_postgresql and "member.status = %(status_1)s" in on_postgresql
    plain = str(_member_base(ListQuery(filter="applicants", search="vi")).compile())
    assert "likelihood" not in plain
