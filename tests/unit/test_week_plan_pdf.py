"""The week plan PDF in Finnish and Swedish, and `osuva-admin render week-plan`."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.cli import main
from app.documents.base import Letterhead
from app.documents.week_plan import WeekPlanRenderer
from app.services.uow import UnitOfWork
from app.services.week_plan import WeekPlan, week_plan

WEEK_48 = date(2026, 11, 23)


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(BytesIO(data)).pages]


@pytest.fixture
def demo_plan(demo_db) -> WeekPlan:
    with UnitOfWork(demo_db, write=False) as uow:
        return week_plan(uow, WEEK_48)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fi", ("Viikkosuunnitelma", "Viikko 48: 23.11.2026–29.11.2026", "Maanantai 23.11.",
                "Tekijä", "Asiakas", "Työtehtävä")),
        ("sv", ("Veckoplan", "Vecka 48: 23.11.2026–29.11.2026", "Måndag 23.11.",
                "Utförare", "Kund", "Arbetsuppdrag")),
    ],
)  # fmt: skip
def test_the_week_plan_names_who_works_where_and_no_money(demo_plan, lang, words):
    assert len(demo_plan.rows) > 20
    head = Letterhead("Osuuskunta Testi", "2077474-0")
    pages = pdf_text(WeekPlanRenderer(demo_plan, lang, head).render_bytes())
    # Long names wrap in their column: compare with the line breaks as spaces.
    text = " ".join(" ".join(pages).split())
    for word in words:
        assert word in text
    first = demo_plan.rows[0]
    assert first.member_name in text and first.customer_name in text
    assert f"{first.start.hour}.{first.start.minute:02d}" in text
    assert "€" not in text and "EUR" not in text
    # Each page starts its table with the column headings.
    if len(pages) > 1:
        assert all(("Tekijä" if lang == "fi" else "Utförare") in p for p in pages)


def test_an_empty_week_says_so():
    head = Letterhead("Osuuskunta Testi", "2077474-0")
    text = "\n".join(pdf_text(WeekPlanRenderer(WeekPlan(WEEK_48, []), "sv", head).render_bytes()))
    assert "Inga arbetspass är planerade för den här veckan." in text


def test_the_cli_prints_the_week_plan_for_the_facilitator(demo_db, tmp_path, capsys, cli_user):
    cli_user("facilitator")
    out = tmp_path / "viikko.pdf"
    db = str(demo_db.path)
    assert main(["render", "week-plan", "--db", db, "--week", "2026-W48", "--out", str(out)]) == 0
    assert "written to" in capsys.readouterr().out
    assert "Viikkosuunnitelma" in "".join(pdf_text(out.read_bytes()))
    sv = tmp_path / "vecka.pdf"
    args = ["render", "week-plan", "--db", db, "--week", "2026-w48", "--out", str(sv)]
    assert main([*args, "--lang", "sv"]) == 0
    assert "Veckoplan" in "".join(pdf_text(sv.read_bytes()))


@pytest.mark.parametrize("week", ["2026-48", "2026-W54", "next week"])
def test_a_bad_week_is_one_plain_line(demo_db, tmp_path, capsys, cli_user, week):
    out = tmp_path / "x.pdf"
    code = main(
        ["render", "week-plan", "--db", str(demo_db.path), "--week", week, "--out", str(out)]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is not an ISO week; write it as 2026-W48." in err
    assert not out.exists()
