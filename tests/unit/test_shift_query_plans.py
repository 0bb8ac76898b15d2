"""The week plan, the hours grid and the unbilled hours read a slice by index, never a whole
large table: a regional network has millions of hours and thousands of assignments."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.services.hours import grid_choices, unbilled_hours, week_grid
from app.services.uow import UnitOfWork
from app.services.week_plan import week_plan
from tests.unit.test_query_plans import LARGE, statements

WEEK = date(2026, 11, 23)
TABLES = (*LARGE, "planned_shift", "work_assignment")
FULL_SCAN = re.compile(rf"^SCAN ({'|'.join(TABLES)})\b(?!.*\bUSING (COVERING )?INDEX\b)")

READS = {
    "week plan": lambda uow: week_plan(uow, WEEK),
    "week plan of a member": lambda uow: week_plan(uow, WEEK, member_id=9),
    "grid of everyone": lambda uow: week_grid(uow, WEEK),
    "grid of a member": lambda uow: week_grid(uow, WEEK, member_id=9),
    "grid of an assignment": lambda uow: week_grid(uow, WEEK, assignment_id=5),
    "unbilled hours": lambda uow: unbilled_hours(uow),
    "unbilled hours of a customer": lambda uow: unbilled_hours(uow, customer_id=3),
}


@pytest.mark.parametrize("name", READS)
def test_no_scan_of_a_large_table(demo_db, name):
    with statements(demo_db) as seen, UnitOfWork(demo_db) as uow:
        READS[name](uow)
    assert seen
    with demo_db.engine.connect() as con:
        for statement, parameters in seen:
            plan = con.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            scans = [row[-1] for row in plan if FULL_SCAN.match(row[-1])]
            assert not scans, (name, statement, scans)


def test_the_grid_choices_read_open_assignments_by_date(demo_db):
    with UnitOfWork(demo_db) as uow:
        members, assignments = grid_choices(uow, WEEK)
    assert members and assignments
