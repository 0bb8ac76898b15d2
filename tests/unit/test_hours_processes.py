"""Two people save the same week's hours at the same moment, from two real processes on one
SQLite file: exactly one save goes in whole, the other is refused whole and told which rows."""

from __future__ import annotations

import json
import subprocess
import sys
import time as clock
from dataclasses import replace
from datetime import date, time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.domain import WorkEntry
from app.domain.enums import AssignmentStatus
from app.services.hours import save_entries, week_grid
from app.services.hours_versions import LoadedWeek
from app.services.policy import SYSTEM
from app.services.shifts import AssignmentForm, save_assignment
from app.services.uow import UnitOfWork
from tests.work_data import TREASURER, add_work_data

ROOT = Path(__file__).resolve().parents[2]
MONDAY = date(2026, 3, 2)

# Loads the week, says so, waits for the signal, then confirms every planned row and gives
# every row its own hours, as a user filling in the grid would.
SAVER = """
import json, sys, time
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.db import open_database
from app.services.hours import save_entries, week_grid
from app.services.hours_versions import HoursChangedError, LoadedWeek
from app.services.uow import UnitOfWork
from tests.work_data import TREASURER

db = open_database(sys.argv[1])
hours, ready, go = Decimal(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
monday = date.fromisoformat(sys.argv[5])
with UnitOfWork(db, TREASURER, write=False) as uow:
    rows = week_grid(uow, monday)
loaded = LoadedWeek(monday, versions={r.entry_id: r.version for r in rows if r.entry_id})
typed = [replace(r.as_input(), hours=hours, starts_at=None, ends_at=None) for r in rows]
ready.write_text("ready")
while not go.exists():
    time.sleep(0.005)
try:
    with UnitOfWork(db, TREASURER) as uow:
        save_entries(uow, typed, loaded=loaded)
    result = {"saved": True}
except HoursChangedError as error:
    result = {
        "saved": False,
        "rows": sorted([r.change.value, r.member_id, r.work_date.isoformat()] for r in error.rows),
    }
db.dispose()
print(json.dumps(result))
"""


def saver(path: Path, hours: str, ready: Path, go: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", SAVER, str(path), hours, str(ready), str(go), MONDAY.isoformat()],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen) -> dict:
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return json.loads(out)


def week_entries(db) -> list[tuple]:
    with UnitOfWork(db, SYSTEM, write=False) as uow:
        columns = (WorkEntry.member_id, WorkEntry.work_date, WorkEntry.hours)
        return sorted(uow.session.execute(select(*columns)))


def test_two_processes_save_the_same_week_one_wins_the_other_is_told(coop_db, tmp_path):
    work = add_work_data(coop_db)
    with UnitOfWork(coop_db, SYSTEM) as uow:
        save_assignment(
            uow,
            AssignmentForm(
                customer_id=work.customer_id,
                service_id=work.service_id,
                title="Kirjaston siivous",
                status=AssignmentStatus.IN_PROGRESS,
                member_ids=list(work.member_ids),
                starts_on=date(2026, 3, 1),
                recurring=True,
                weekdays=[0, 2],
                shift_start=time(9),
                shift_end=time(12),
            ),
        )
    # Monday is logged already; Wednesday is planned.
    with UnitOfWork(coop_db, TREASURER) as uow:
        monday = [r.as_input() for r in week_grid(uow, MONDAY) if r.work_date == MONDAY]
        save_entries(uow, monday)
    path = coop_db.path
    coop_db.dispose()

    go = tmp_path / "go"
    readies = [tmp_path / "ready-4", tmp_path / "ready-5"]
    processes = {
        "4": saver(path, "4", readies[0], go),
        "5": saver(path, "5", readies[1], go),
    }
    deadline = clock.monotonic() + 60
    while not all(r.exists() for r in readies):
        assert clock.monotonic() < deadline, "the savers did not load the week"
        clock.sleep(0.01)
    go.write_text("go")  # both have loaded the same week: now both save
    results = {hours: finish(p) for hours, p in processes.items()}

    winners = [h for h, r in results.items() if r["saved"]]
    assert len(winners) == 1
    [winner] = winners
    loser = "5" if winner == "4" else "4"
    # The refused save names every row: Monday's entries changed, Wednesday's logged.
    assert results[loser]["rows"] == sorted(
        [["changed", m, MONDAY.isoformat()] for m in work.member_ids]
        + [["added", m, "2026-03-04"] for m in work.member_ids]
    )
    # The winner's week is all there, once; nothing of the refused save is.
    days = (MONDAY, date(2026, 3, 4))
    assert week_entries(coop_db) == sorted(
        (m, d, Decimal(winner)) for m in work.member_ids for d in days
    )

    # The one refused reads the week again and saves what they typed over it.
    with UnitOfWork(coop_db, TREASURER, write=False) as uow:
        rows = week_grid(uow, MONDAY)
    loaded = LoadedWeek(MONDAY, versions={r.entry_id: r.version for r in rows if r.entry_id})
    typed = [
        replace(r.as_input(), hours=Decimal(loser), starts_at=None, ends_at=None) for r in rows
    ]
    with UnitOfWork(coop_db, TREASURER) as uow:
        save_entries(uow, typed, loaded=loaded)
    assert week_entries(coop_db) == sorted(
        (m, d, Decimal(loser)) for m in work.member_ids for d in days
    )
