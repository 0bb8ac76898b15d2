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
