"""The funder's report on a small project counted by hand (see impact_data)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from io import BytesIO

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from app.cli import main
from app.domain.enums import Role
from app.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from app.services.funder_report import age_band, funder_report, funder_reports
from app.services.small_cells import Cell, breakdown, cell
from app.services.uow import Actor, UnitOfWork

from .impact_data import END, START, build

FACILITATOR = Actor("valmentaja", Role.FACILITATOR)
TREASURER = Actor("rahastonhoitaja", Role.TREASURER)


@pytest.fixture
def data(coop_db):
    return build(coop_db)


def report(db, actor=FACILITATOR, start=START, end=END):
    with UnitOfWork(db, actor, write=False) as uow:
        return funder_report(uow, "IMP-1", start, end)


def test_planned_against_realised_with_women(coop_db, data):
    r = report(coop_db)
    figures = {f.key: f for f in r.figures}
    started = figures["started"]
    assert (started.planned, started.planned_women) == (60, 0)
    # P1–P8, P11, P12 started in the period, six of them women: but 10 − 6 would print
    # the four others, so the six is hidden too.
    assert started.period == Cell(10)
    assert started.period_women.hidden and started.period_women.text() == ".."
    # P1–P13 since the project's start; P13 is the seventh woman.
    assert (started.to_date, started.to_date_women) == (Cell(13), Cell(7))
    jobs = figures["new_jobs"]
    assert (jobs.planned, jobs.planned_women) == (6, 3)
    # One new job (P7): fewer than five people are never printed as a number.
    assert jobs.period.hidden and jobs.period.text() == "< 5"
    assert figures["new_businesses"].planned == 2
    assert figures["qualifications"].to_date.hidden


def test_breakdowns_have_an_unknown_row_and_hide_small_cells(coop_db, data):
    r = report(coop_db)
    by = {b.key: b for b in r.breakdowns}
    gender = by["gender"]
    assert list(gender.rows) == ["female", "male", "other", "unknown"]
    assert gender.total == Cell(12)
    assert gender.rows["female"] == Cell(6)
    assert all(gender.rows[k].hidden for k in ("male", "other", "unknown"))
    assert "unknown" in by["labour_market_status"].rows
    assert "unknown" in by["education"].rows
    assert "unknown" in by["track"].rows


def test_age_bands_are_counted_on_the_periods_first_day(coop_db, data):
    age = {b.key: b for b in report(coop_db).breakdowns}["age"]
    assert list(age.rows) == ["under_25", "25_54", "over_54", "unknown"]
    # P2 turned 25 on 1.1.2027 and P3 is still 54; P1 is 24 and P4 is 55.
    assert age.rows["25_54"] == Cell(8)
    assert age.total == Cell(12)


@pytest.mark.parametrize(
    ("born", "year", "band"),
    [
        (date(2002, 1, 1), None, "25_54"),
        (date(2002, 1, 2), None, "under_25"),
        (date(1972, 1, 2), None, "25_54"),
        (date(1972, 1, 1), None, "over_54"),
        (None, 2003, "under_25"),
        (None, 1972, "over_54"),
        (None, None, "unknown"),
    ],
)
def test_age_band(born, year, band):
    assert age_band(born, year, date(2027, 1, 1)) == band


def test_a_lone_small_cell_takes_another_with_it():
    total, rows = breakdown({"active": 10, "ended": 2})
    assert total == Cell(12)
    assert rows["ended"].text() == "< 5"
    # 12 − 10 would give the 2 back: the larger one is hidden too, marked "..".
    assert rows["active"].hidden and rows["active"].text() == ".."
    total, rows = breakdown({"a": 3, "b": 1})
    assert total.hidden and all(r.hidden for r in rows.values())
    total, rows = breakdown({"a": 6, "b": 7, "c": 8})
    assert [r.value for r in rows.values()] == [6, 7, 8]
    assert cell(4).hidden and cell(5) == Cell(5)


def test_status_hours_and_attendance(coop_db, data):
    r = report(coop_db)
    assert r.status.total == Cell(12)
    assert r.status.rows["ended"].text() == "< 5"
    assert r.status.rows["active"].text() == ".."
    # Two group meetings held (the cancelled one and July's are not), one individual hour.
    assert r.group_hours == Decimal("4.00")
    assert r.individual_hours == Decimal("1.00")
    assert r.attendance_rate == Decimal("83.3")


def test_outcomes_in_the_period(coop_db, data):
    r = report(coop_db)
    assert r.destinations.total.hidden
    assert list(r.destinations.rows)[-1] == "unknown"
    assert [f.months for f in r.followups] == [3, 6]


def test_period_must_not_end_before_it_starts(coop_db, data):
    with pytest.raises(ValidationError) as caught:
        report(coop_db, start=date(2027, 6, 30), end=date(2027, 1, 1))
    assert caught.value.problems == {"to": "before_start"}


def test_unknown_project(coop_db, data):
    with UnitOfWork(coop_db, FACILITATOR, write=False) as uow, pytest.raises(NotFoundError):
        funder_report(uow, "NOPE", START, END)


def test_treasurer_may_not_see_the_report(coop_db, data):
    with pytest.raises(PermissionDeniedError):
        report(coop_db, TREASURER)
    with UnitOfWork(coop_db, TREASURER, write=False) as uow, pytest.raises(PermissionDeniedError):
        funder_reports(uow, None, START, END)


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fi", ["Raportti rahoittajalle", "Aloittaneet osallistujat", "joista naisia",
                "Ei tiedossa", "< 5", "Alle 25", "83,3 %", "Läsnäoloaste"]),
        ("sv", ["Rapport till finansiären", "Deltagare som inlett", "varav kvinnor",
                "Okänt", "< 5", "Under 25", "83,3 %", "Närvarograd"]),
    ],
)  # fmt: skip
def test_pdf_text(coop_db, data, lang, expected):
    from app.documents.funder_output import funder_report_bytes

    with UnitOfWork(coop_db, FACILITATOR, write=False) as uow:
        pdf, count = funder_report_bytes(uow, "IMP-1", START, END, "pdf", lang)
    assert count == 1
    text = _pdf_text(pdf)
    for phrase in expected:
        assert phrase in text, phrase
    assert "Impact test (IMP-1)" in text


def test_cli_writes_xlsx_and_pdf_of_every_project(coop_db, data, tmp_path, monkeypatch):
    monkeypatch.setenv("OSUVA_USER", "admin")
    monkeypatch.setenv("OSUVA_PASSWORD", "salasana-1")
    out = tmp_path / "raportti.xlsx"
    path = coop_db.url
    assert main(["render", "funder-report", "--db", path, "--from", "2027-01-01",
                 "--to", "2027-06-30", "--out", str(out), "--lang", "fi"]) == 0  # fmt: skip
    sheet = load_workbook(out)["IMP-1"]
    rows = [tuple(r)[:4] for r in sheet.iter_rows(values_only=True)]
    assert ("Aloittaneet osallistujat", 60, 10, 13) in rows
    assert ("  joista naisia", 0, "..", 7) in rows
    assert ("Uudet työpaikat", 6, "< 5", "< 5") in rows
    assert ("  Ei tiedossa", "< 5", None, None) in rows
    pdf = tmp_path / "raportti.pdf"
    assert main(["render", "funder-report", "--db", path, "--from", "2027-01-01",
                 "--to", "2027-06-30", "--out", str(pdf), "--lang", "sv"]) == 0  # fmt: skip
    assert "Rapport till finansiären" in _pdf_text(pdf.read_bytes())


def test_cli_refuses_a_backwards_period_and_an_unknown_project(coop_db, data, tmp_path, capsys,
                                                               monkeypatch):  # fmt: skip
    monkeypatch.setenv("OSUVA_USER", "admin")
    monkeypatch.setenv("OSUVA_PASSWORD", "salasana-1")
    path = coop_db.url
    out = str(tmp_path / "r.pdf")
    assert main(["render", "funder-report", "--db", path, "--from", "2027-06-30",
                 "--to", "2027-01-01", "--out", out]) == 2  # fmt: skip
    assert "before --from" in capsys.readouterr().err
    assert main(["render", "funder-report", "--db", path, "--project", "X", "--from",
                 "2027-01-01", "--to", "2027-06-30", "--out", out]) == 2  # fmt: skip
    assert "no project with the code X" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_questionnaire_change_of_a_group_of_five(coop_db, data):
    from app.domain.enums import MeasurementPhase
    from app.services.questionnaire import AnswerSheet, record_answers, statements

    with UnitOfWork(coop_db, FACILITATOR) as uow:
        items = statements(uow)
        for n in range(1, 6):
            for phase, day, value in (
                (MeasurementPhase.START, date(2027, 1, 12), 2),
                (MeasurementPhase.END, date(2027, 6, 14), 4),
            ):
                sheet = AnswerSheet(data.people[n], data.groups["A"], phase, day, day,
                                    {s.id: value for s in items})  # fmt: skip
                record_answers(uow, sheet)
    r = report(coop_db)
    group_a, group_b = r.questionnaire
    assert (group_a.group_name, group_a.respondents, group_a.shown) == ("Maanantairyhmä", 5, True)
    assert group_a.items[0].change == Decimal("2.00")
    assert not group_b.shown
    from app.documents.funder_output import funder_report_bytes

    with UnitOfWork(coop_db, FACILITATOR, write=False) as uow:
        pdf, _ = funder_report_bytes(uow, "IMP-1", START, END, "pdf", "fi")
    text = _pdf_text(pdf)
    assert "Maanantairyhmä: 5 vastaajaa alussa ja lopussa" in text
    assert "+2,00" in text
    assert "jätetään pois vain kyseisen" in text


def test_no_health_or_plan_notes_in_the_report(demo_db):
    from app.documents.funder_output import funder_report_bytes
    from app.domain import Participant, ParticipantSensitive

    with demo_db.sessions() as session:
        private = [
            *session.scalars(select(ParticipantSensitive.work_ability_notes)),
            *session.scalars(select(ParticipantSensitive.support_needs)),
            *(n for n in session.scalars(select(Participant.intake_note)) if n),
        ]
        names = list(session.scalars(select(Participant.last_name)))
    assert private
    with UnitOfWork(demo_db, FACILITATOR, write=False) as uow:
        pdf, _ = funder_report_bytes(uow, None, date(2025, 11, 22), date(2026, 11, 22), "pdf", "fi")
    text = " ".join(_pdf_text(pdf).split())
    assert not [p for p in private if " ".join(p.split())[:40] in text]
    assert not [n for n in names if f" {n} " in text]


def test_cli_period_without_projects(coop_db, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OSUVA_USER", "admin")
    monkeypatch.setenv("OSUVA_PASSWORD", "salasana-1")
    out = tmp_path / "tyhjä.pdf"
    assert main(["render", "funder-report", "--db", coop_db.url, "--from", "2027-01-01",
                 "--to", "2027-06-30", "--out", str(out), "--lang", "sv"]) == 0  # fmt: skip
    assert "0 projects" in capsys.readouterr().out
    assert "Inga projekt under perioden." in _pdf_text(out.read_bytes())
