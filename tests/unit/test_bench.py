"""osuva-admin bench at a tiny scale, and the register PDF's progress and cancel."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.documents.base import Cancelled
from app.documents.member_register import MemberRegisterRenderer
from app.documents.render import render_document
from app.domain.enums import MemberKind
from app.services.register import Register, RegisterEntry
from tests.conftest import DEMO_TODAY


def long_register(count: int) -> Register:
    entries = [
        RegisterEntry(
            member_number=n,
            first_name="Aino",
            # Every seventh name is too long for its column and must wrap, not be cut.
            last_name=f"Virtanen{n}" + ("-Kärkkäinen-Lindqvist-Östman" if n % 7 == 0 else ""),
            street=f"Mannerheimintie {n}",
            postal_code="00100",
            city="Helsinki",
            municipality="Helsinki",
            kind=MemberKind.WORKING,
            joined_on=date(2020, 1, 1) + timedelta(days=n),
            left_on=date(2026, 1, 1) if n % 10 == 0 else None,
            shares=1 + n % 3,
            paid=Decimal("50.00"),
            refund_due_on=date(2027, 1, 1) if n % 20 == 0 else None,
        )
        for n in range(1, count + 1)
    ]
    return Register("Osuuskunta Testi", "2077474-0", "Helsinki", Decimal("50.00"), entries)


def test_register_reports_progress_page_by_page_and_keeps_every_row():
    register = long_register(120)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return False

    buffer = BytesIO()
    renderer = MemberRegisterRenderer(register, "fi", public=False, printed_on=DEMO_TODAY)
    renderer.render(buffer, progress)
    pages = [page.extract_text() for page in PdfReader(buffer).pages]
    assert len(pages) > 3
    assert len(calls) >= len(pages) - 1
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1] == (120, 120)
    text = "\n".join(pages).replace("\n", " ")
    for entry in register.entries:
        # A long name wraps inside its column; its parts are all printed.
        for part in entry.last_name.split("-"):
            assert part in text
        assert entry.street in text
    for page in pages:
        assert "Nimi" in page and "Maksettu" in page


def test_cancelling_the_register_stops_it_and_writes_no_file(demo_db, tmp_path):
    out = tmp_path / "register.pdf"
    seen: list[int] = []

    def cancel_after_first_page(done: int, total: int) -> bool:
        seen.append(done)
        return True

    with pytest.raises(Cancelled):
        render_document(
            demo_db,
            "member-register",
            None,
            out,
            "fi",
            today=DEMO_TODAY,
            progress=cancel_after_first_page,
        )
    assert len(seen) == 1
    assert not out.exists()


# --- osuva-admin bench ------------------------------------------------------------------

FIGURES = (
    "start-up to a visible window, demo database",
    "start-up, scale-2 database",
    "open the Members tab",
    "open the Work tab",
    "open the Coaching tab",
    "open the Invoicing tab",
    "refresh every list (View > Refresh), scale 2",
    "one keystroke in the Members search, 80 members",
    "one keystroke, 600 members",
    "scroll to the end of the members list, 600 members",
    "sort the members list by name, 600 members",
    "whole-program peak RSS, 600 members",
    "member register PDF",
    "longest GUI stall, register PDF from the UI",
    "longest GUI stall, backup from the UI",
)


def test_bench_measures_every_figure_next_to_its_floor(tmp_path, capsys):
    from app.cli import main

    out = tmp_path / "bench"
    assert main(["bench", "--quick", "--runs", "1", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    rows = {line.split(" | ")[0].lstrip("| "): line for line in printed.splitlines()}
    for figure in FIGURES:
        line = next((row for name, row in rows.items() if name.startswith(figure)), None)
        assert line is not None, f"{figure!r} missing from:\n{printed}"
        cells = [cell.strip() for cell in line.strip("| ").split(" | ")]
        osuva, floor, ratio = cells[1], cells[2], cells[3]
        assert "error" not in osuva and any(ch.isdigit() for ch in osuva), line
        assert any(ch.isdigit() for ch in floor), line
        assert ratio.endswith("×"), line
    assert "Machine: " in printed and "cores" in printed
    # The databases are kept: a second build reuses them instead of generating again.
    files = {p.name: p.stat().st_mtime_ns for p in out.glob("*.sqlite")}
    assert len(files) == 3
    from app.bench.databases import build

    messages: list[str] = []
    build(out, scale=2, many_members=600, log=messages.append)
    assert messages == []
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.sqlite")} == files


def test_many_member_copy_reaches_the_count_with_unique_numbers(demo_template, tmp_path):
    import shutil
    import sqlite3

    from app.bench.databases import add_members

    path = tmp_path / "many.sqlite"
    shutil.copy(demo_template, path)
    add_members(path, 1000)
    con = sqlite3.connect(path)
    try:
        count, numbers, distinct, ids = con.execute(
            "SELECT count(*), count(member_number), count(DISTINCT member_number), "
            "count(DISTINCT id) FROM member"
        ).fetchone()
        personal_ids = con.execute(
            "SELECT count(personal_id), count(DISTINCT personal_id) FROM member"
        ).fetchone()
        problems = con.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        con.close()
    assert count == ids == 1000
    assert numbers == distinct
    assert personal_ids[0] == personal_ids[1]
    assert problems == []
