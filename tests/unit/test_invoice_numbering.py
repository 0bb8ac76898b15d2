"""Gapless invoice numbers with real processes on one SQLite file: a writer killed between
taking a number and committing leaves no gap, and two writers at once never share one."""

from __future__ import annotations

import multiprocessing
import os
import signal
from datetime import date

from sqlalchemy import select

from app.db import open_database
from app.domain import Invoice
from app.domain.enums import InvoiceState, Role
from app.services.errors import ConflictError
from app.services.invoice_drafts import DraftForm, LineForm, create_draft
from app.services.invoice_issue import issue_invoice
from app.services.policy import Actor
from app.services.uow import UnitOfWork
from tests.invoice_fixtures import add_business

SPAWN = multiprocessing.get_context("spawn")
TREASURER = Actor("rahastonhoitaja", Role.TREASURER)


def drafts(db, customer_id: int, count: int) -> list[int]:
    line = LineForm("Siivous", 1, "h", 30)
    with UnitOfWork(db) as uow:
        return [
            create_draft(uow, DraftForm(customer_id, date(2026, 6, 1), lines=[line]))
            for _ in range(count)
        ]


def issue_and_hang(path: str, invoice_id: int, taken) -> None:
    db = open_database(path)
    with UnitOfWork(db, TREASURER) as uow:
        issue_invoice(uow, invoice_id, date(2026, 6, 1))
        taken.set()  # the number is taken, the transaction not committed
        signal.pause()


def issue_all(path: str, ids: list[int], start, results) -> None:
    db = open_database(path)
    start.wait()
    for invoice_id in ids:
        for _attempt in range(50):
            try:
                with UnitOfWork(db, TREASURER) as uow:
                    results.put(issue_invoice(uow, invoice_id, date(2026, 6, 1)).number)
                break
            except ConflictError:
                continue  # the other one held the lock past the busy timeout: try again
    db.dispose()


def issued_numbers(db) -> list[int]:
    with UnitOfWork(db, write=False) as uow:
        return sorted(
            uow.session.scalars(select(Invoice.number).where(Invoice.state == InvoiceState.ISSUED))
        )


def test_a_killed_writer_leaves_no_gap(coop_db):
    ids = add_business(coop_db)
    first, second = drafts(coop_db, ids["town"], 2)
    path = str(coop_db.path)
    taken = SPAWN.Event()
    child = SPAWN.Process(target=issue_and_hang, args=(path, first, taken))
    child.start()
    assert taken.wait(60), "the child never took a number"
    os.kill(child.pid, signal.SIGKILL)  # a crash, a power cut: no rollback, no clean-up
    child.join(30)
    with UnitOfWork(coop_db, TREASURER) as uow:
        assert issue_invoice(uow, second, date(2026, 6, 1)).number == 1
    with UnitOfWork(coop_db, TREASURER) as uow:
        assert issue_invoice(uow, first, date(2026, 6, 1)).number == 2
    assert issued_numbers(coop_db) == [1, 2]


def test_two_writers_at_once_share_no_number_and_leave_no_gap(coop_db):
    ids = add_business(coop_db)
    mine = drafts(coop_db, ids["town"], 8)
    path = str(coop_db.path)
    start, results = SPAWN.Event(), SPAWN.Queue()
    workers = [
        SPAWN.Process(target=issue_all, args=(path, mine[i::2], start, results)) for i in range(2)
    ]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    numbers = sorted(results.get(timeout=5) for _ in mine)
    assert numbers == list(range(1, 9))
    assert issued_numbers(coop_db) == numbers
