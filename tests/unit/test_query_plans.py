"""Every list query is served by an index, and a page costs a fixed number of statements."""

from __future__ import annotations

import re
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from app.services import coaching, customers, invoicing, members, work
from app.services.listing import ListQuery
from app.services.uow import UnitOfWork

# Tables that grow with the years: reading one whole is what a list must never do.
LARGE = (
    "member",
    "work_entry",
    "invoice",
    "invoice_balance",
    "payment",
    "coaching_session",
    "attendance",
)
FULL_SCAN = re.compile(rf"^SCAN ({'|'.join(LARGE)})\b(?!.*\bUSING (COVERING )?INDEX\b)")

# (service, its sorts, named filters, searches: words, a number, a reference)
LISTS = [
    (members.list_members, members.MEMBER_LIST, [None, *members.MEMBER_FILTERS], ["vi", "12"]),
    (work.list_assignments, work.ASSIGNMENT_LIST, [None], ["pi", "Ää"]),
    (coaching.list_sessions, coaching.SESSION_LIST, [None], ["ry"]),
    (invoicing.list_invoices, invoicing.invoice_list(), [None], ["po", "101", "RF12"]),
    (
        customers.list_customers,
        customers.CUSTOMER_LIST,
        [None, *customers.CUSTOMER_FILTERS],
        ["po", "1001", "1174274-"],
    ),
]


@contextmanager
def statements(db):
    """Collect the SELECT statements (with their parameters) run inside the block."""
    seen: list[tuple[str, object]] = []

    def grab(_conn, _cursor, statement, parameters, _context, _executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", grab)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", grab)


def queries(spec, filters, searches):
    for name in filters:
        for search in ("", *searches):
            for key in spec.sorts:
                for descending in (False, True):
                    yield ListQuery(
                        search=search, filter=name, sort=key, descending=descending, offset=20
                    )


@pytest.mark.parametrize(("service", "spec", "filters", "searches"), LISTS)
def test_no_list_query_scans_a_large_table(demo_db, service, spec, filters, searches):
    checked = 0
    for query in queries(spec, filters, searches):
        with statements(demo_db) as seen, UnitOfWork(demo_db) as uow:
            service(uow, query)
        with demo_db.engine.connect() as con:
            for statement, parameters in seen:
                plan = con.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
                scans = [row[-1] for row in plan if FULL_SCAN.match(row[-1])]
                assert not scans, (query, statement, scans)
                checked += 1
    assert checked >= 2 * len(spec.sorts)


def test_the_scan_check_tells_a_scan_from_an_index(demo_db):
    with demo_db.engine.connect() as con:
        plain = con.exec_driver_sql("EXPLAIN QUERY PLAN SELECT * FROM invoice").all()
        indexed = con.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT * FROM invoice ORDER BY issue_date"
        ).all()
    assert any(FULL_SCAN.match(row[-1]) for row in plain)
    assert not any(FULL_SCAN.match(row[-1]) for row in indexed)


@pytest.mark.parametrize(("service", "spec", "filters", "searches"), LISTS)
def test_a_page_costs_the_same_statements_whatever_its_size(
    demo_db, service, spec, filters, searches
):
    counts = []
    for limit in (1, 3, 10):
        with statements(demo_db) as seen, UnitOfWork(demo_db) as uow:
            page = service(uow, ListQuery(limit=limit))
        assert len(page) == limit
        counts.append(len(seen))
    # The count, the page and one statement for the page's totals: never one per row.
    assert counts[0] == counts[1] == counts[2] <= 4, counts
