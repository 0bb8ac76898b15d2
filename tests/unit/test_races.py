"""Two people at once, as two real processes on one SQLite file: nothing lost, no duplicate,
and whoever loses gets the conflict message (never "something unexpected happened")."""

from __future__ import annotations

import multiprocessing
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from app.db import open_database
from app.domain import Member
from app.domain.enums import MemberStatus, Role
from app.services.errors import ConflictError, ServiceError, StaleError
from app.services.member_form import MemberForm
from app.services.member_import import commit_import, preview_import, read_table
from app.services.members import create_member, get_member, update_member
from app.services.membership import accept_member
from app.services.policy import Actor
from app.services.uow import UnitOfWork

SPAWN = multiprocessing.get_context("spawn")
ACTORS = (Actor("first", Role.TREASURER), Actor("second", Role.TREASURER))
ROUNDS = 25


def outcome(fn) -> str:
    try:
        fn()
    except StaleError:
        return "stale"
    except ConflictError:
        return "conflict"
    except ServiceError as exc:
        return exc.code
    except Exception as exc:  # what the test must never see
        return f"unexpected {type(exc).__name__}: {exc}"
    return "ok"


def accept_all(path: str, who: int, ids: list[int], start, results) -> None:
    db = open_database(path)
    start.wait()
    for member_id in ids:

        def accept(member_id=member_id):
            with UnitOfWork(db, ACTORS[who]) as uow:
                accept_member(uow, member_id, date(2026, 3, 1), "hallitus 3/2026")

        results.put(outcome(accept))
    db.dispose()


def edit_rounds(path: str, who: int, member_id: int, barrier, results) -> None:
    db = open_database(path)
    for round_ in range(ROUNDS):
        with UnitOfWork(db, ACTORS[who], write=False) as uow:
            detail = get_member(uow, member_id)
        barrier.wait()  # both have the same version in their form now
        form = MemberForm(**{**vars(detail.form), "city": f"{who}-{round_}"})

        def save(form=form, version=detail.version):
            with UnitOfWork(db, ACTORS[who]) as uow:
                update_member(uow, member_id, form, expected_version=version)

        results.put((round_, who, outcome(save)))
        barrier.wait()  # the next round starts from what was saved
    db.dispose()


def import_file(path: str, who: int, csv: str, barrier, results) -> None:
    db = open_database(path)
    table = read_table(Path(csv))
    with UnitOfWork(db, ACTORS[who], write=False) as uow:
        preview = preview_import(uow, table, date(2026, 3, 1))
    barrier.wait()

    def commit():
        with UnitOfWork(db, ACTORS[who]) as uow:
            commit_import(uow, preview)

    results.put(outcome(commit))
    db.dispose()


def run_two(target, args_for) -> list:
    results = SPAWN.Queue()
    processes = [SPAWN.Process(target=target, args=(*args_for(who), results)) for who in (0, 1)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=240)
        assert process.exitcode == 0
    found = []
    while not results.empty():
        found.append(results.get())
    return found


def applicants(db, count: int) -> list[int]:
    ids = []
    for n in range(count):
        form = MemberForm(first_name=f"Hakija{n}", last_name="Kilpa", applied_on=date(2026, 1, 5))
        with UnitOfWork(db, ACTORS[0]) as uow:
            ids.append(create_member(uow, form))
    return ids


def test_two_people_accepting_at_once_get_distinct_numbers(coop_db):
    ids = applicants(coop_db, 2 * ROUNDS)
    path = str(coop_db.path)
    coop_db.dispose()
    start = SPAWN.Barrier(2)
    found = run_two(accept_all, lambda who: (path, who, ids[who::2], start))
    assert len(found) == 2 * ROUNDS
    assert set(found) <= {"ok", "conflict"}, found
    db = open_database(path)
    with db.sessions() as session:
        numbers = session.scalars(
            select(Member.member_number).where(Member.status == MemberStatus.MEMBER)
        ).all()
    db.dispose()
    # The write lock makes them take turns: every accept succeeds, numbers in order.
    assert sorted(numbers) == list(range(1, found.count("ok") + 1))
    assert found.count("ok") == 2 * ROUNDS


def test_two_people_saving_one_member_lose_nothing(coop_db):
    [member_id] = applicants(coop_db, 1)
    path = str(coop_db.path)
    coop_db.dispose()
    barrier = SPAWN.Barrier(2)
    found = run_two(edit_rounds, lambda who: (path, who, member_id, barrier))
    assert len(found) == 2 * ROUNDS
    by_round: dict[int, list[str]] = {}
    for round_, _who, result in found:
        by_round.setdefault(round_, []).append(result)
    # Each round: one save wins, the other is told someone else saved first.
    assert all(sorted(results) == ["ok", "stale"] for results in by_round.values()), by_round
    winner = next(who for round_, who, r in found if round_ == ROUNDS - 1 and r == "ok")
    db = open_database(path)
    with db.sessions() as session:
        member = session.get(Member, member_id)
        assert member.city == f"{winner}-{ROUNDS - 1}"
        assert member.version == ROUNDS + 1
    db.dispose()


def test_two_imports_of_one_file_store_each_person_once(coop_db, tmp_path):
    csv = tmp_path / "hakijat.csv"
    rows = "\n".join(f"Hakija{n};Tuonti;5.1.2026" for n in range(150))
    csv.write_text("Etunimi;Sukunimi;Hakemuspäivä\n" + rows + "\n", encoding="utf-8")
    path = str(coop_db.path)
    coop_db.dispose()
    barrier = SPAWN.Barrier(2)
    found = run_two(import_file, lambda who: (path, who, str(csv), barrier))
    assert sorted(found) == ["ok", "register_changed"]
    db = open_database(path)
    with db.sessions() as session:
        assert session.scalar(select(func.count(Member.id))) == 150
    db.dispose()
