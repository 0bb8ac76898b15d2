"""The meeting sheet and the personal plan as PDF, in Finnish and Swedish, and their commands."""

from __future__ import annotations

from datetime import date, time

import pytest
from pypdf import PdfReader

from app.cli import main
from app.documents.coaching_render import render_meeting_sheet, render_plan
from app.domain.enums import GoalStatus, Language, PathStep, Role, SessionKind
from app.services.coaching import SessionForm, create_session
from app.services.coaching_projects import ProjectForm, create_group, create_project, join_group
from app.services.errors import PermissionDeniedError, ServiceError
from app.services.participants import ParticipantForm, create_participant
from app.services.plans import GoalForm, PlanForm, add_goal, move_to_step, save_plan
from app.services.policy import Actor
from app.services.uow import UnitOfWork

FACILITATOR = Actor("Fiia Valmentaja", Role.FACILITATOR)
TREASURER = Actor("Taru Rahastonhoitaja", Role.TREASURER)


def text_of(pdf) -> str:
    reader = PdfReader(str(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def meeting(coop_db):
    with UnitOfWork(coop_db, FACILITATOR) as uow:
        project = create_project(
            uow, ProjectForm("POLKU", "Polku 2026", date(2026, 1, 1), date(2027, 12, 31))
        )
        group = create_group(uow, project, "Maanantairyhmä")
        people = {}
        for first, lang in (("Åsa", Language.SV), ("Pekka", Language.FI), ("Öljä", Language.FI)):
            pid = create_participant(
                uow,
                ParticipantForm(first, "Testinen", date(2026, 9, 1), language=lang),
                today=date(2026, 11, 30),
            )
            people[first] = pid
        for first in ("Åsa", "Pekka"):
            join_group(uow, people[first], group, date(2026, 9, 7))
        create_session(
            uow,
            SessionForm(
                SessionKind.GROUP, date(2026, 11, 16), time(10), 120, group_id=group,
                place="Rauhankatu 22 B", topic="Palkka ja verokortti",
                agenda="Kuulumiset\nPalkkalaskelman lukeminen",
                open_items="Kevään koulutustoiveet",
            ),
        )  # fmt: skip
        create_session(
            uow,
            SessionForm(
                SessionKind.GROUP, date(2026, 11, 23), time(10), 120, group_id=group,
                agenda="Kuulumiset", topic="Ergonomia",
            ),
        )  # fmt: skip
        save_plan(
            uow,
            people["Åsa"],
            PlanForm(date(2026, 9, 8), "Arbetsrytm"),
            PathStep.PARTICIPATION_WORK,
        )
        move_to_step(uow, people["Åsa"], PathStep.SUPPORTED_WORK, date(2026, 11, 2), "Tre dagar")
        add_goal(uow, people["Åsa"], GoalForm("Hygienpass", date(2027, 3, 1)))
        add_goal(
            uow, people["Åsa"],
            GoalForm("Arbetssäkerhetskort", status=GoalStatus.REACHED, status_on=date(2026, 10, 5)),
        )  # fmt: skip
    return coop_db, people


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fi", ["Viikkotapaaminen", "23.11.2026 klo 10.00–12.00", "Asialista", "1. Kuulumiset",
                "Edellisestä tapaamisesta avoimeksi jääneet: Kevään koulutustoiveet",
                "Osallistujat", "Allekirjoitus"]),
        ("sv", ["Veckomöte", "23.11.2026 kl. 10:00–12:00", "Föredragningslista", "Deltagare",
                "Öppna punkter från förra mötet: Kevään koulutustoiveet", "Underskrift"]),
    ],
)  # fmt: skip
def test_meeting_sheet_of_the_week(meeting, tmp_path, lang, words):
    db, _people = meeting
    out = render_meeting_sheet(
        db, date(2026, 11, 26), tmp_path / f"sheet-{lang}.pdf", lang=lang, actor=FACILITATOR
    )
    text = text_of(out)
    assert len(PdfReader(str(out)).pages) == 1
    for word in words:
        assert word in text, word
    # The group on that day is expected, by name; someone outside it is not.
    assert "Åsa Testinen" in text and "Pekka Testinen" in text
    assert "Öljä" not in text


def test_meeting_sheet_refusals(meeting, tmp_path):
    db, _people = meeting
    with pytest.raises(ServiceError) as info:
        render_meeting_sheet(db, date(2026, 12, 9), tmp_path / "x.pdf", actor=FACILITATOR)
    assert info.value.code == "no_meeting"
    with pytest.raises(PermissionDeniedError):
        render_meeting_sheet(db, date(2026, 11, 16), tmp_path / "x.pdf", actor=TREASURER)
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("sv", ["Personlig plan", "Åsa Testinen", "Nuvarande steg", "Coachning och stött arbete",
                "Deltagande arbete", "Tre dagar", "Hygienpass", "Öppet", "Uppnått 5.10.2026",
                "Arbetsrytm"]),
        ("fi", ["Oma suunnitelma", "Vaihe nyt", "Valmennus ja tuettu työ", "Osallistava työ",
                "Avoin", "Saavutettu 5.10.2026"]),
    ],
)  # fmt: skip
def test_plan_in_the_persons_language(meeting, tmp_path, lang, words):
    db, people = meeting
    out = render_plan(
        db, tmp_path / "plan.pdf", participant_id=people["Åsa"],
        lang=None if lang == "sv" else lang, actor=FACILITATOR,
    )  # fmt: skip
    text = text_of(out)
    for word in words:
        assert word in text, word
    with pytest.raises(PermissionDeniedError):
        render_plan(db, tmp_path / "t.pdf", participant_id=people["Åsa"], actor=TREASURER)


def test_render_commands(demo_db, tmp_path, cli_user, capsys):
    cli_user("facilitator")
    sheet = tmp_path / "sheet.pdf"
    db = str(demo_db.path)
    assert main(["render", "meeting-sheet", "--db", db, "--date", "2026-11-16",
                 "--out", str(sheet), "--lang", "sv"]) == 0  # fmt: skip
    assert "Veckomöte" in text_of(sheet)
    assert main(["render", "meeting-sheet", "--db", db, "--date", "2026-07-08",
                 "--out", str(tmp_path / "july.pdf")]) == 2  # fmt: skip
    assert "no group meeting" in capsys.readouterr().err
    from sqlalchemy import select

    from app.domain import Member, Participant, Plan

    with demo_db.sessions() as s:
        number = s.scalar(
            select(Member.member_number)
            .join(Participant, Participant.member_id == Member.id)
            .join(Plan, Plan.participant_id == Participant.id)
            .where(Member.member_number.is_not(None))
            .limit(1)
        )
    plan = tmp_path / "plan.pdf"
    assert (
        main(["render", "plan", str(number), "--db", db, "--out", str(plan), "--lang", "fi"]) == 0
    )
    assert "Oma suunnitelma" in text_of(plan)
    cli_user("treasurer")
    assert main(["render", "plan", str(number), "--db", db, "--out", str(tmp_path / "t.pdf")]) == 2
    assert "may not" in capsys.readouterr().err


def test_meeting_sheet_carries_the_weeks_work_plan_without_prices(demo_db, tmp_path):
    from app.services.week_plan import week_plan

    with UnitOfWork(demo_db, FACILITATOR, write=False) as uow:
        plan = week_plan(uow, date(2026, 11, 16))
    assert plan.rows, "the demo has shifts in that week"
    out = render_meeting_sheet(demo_db, date(2026, 11, 16), tmp_path / "s.pdf", actor=FACILITATOR)
    text = " ".join(text_of(out).split())
    first = plan.rows[0]
    assert first.member_name in text and first.customer_name in text
    assert "€" not in text
    # A real week's work and the whole group with its signature column: still one page.
    assert len(plan.rows) > 50 and len(PdfReader(str(out)).pages) == 1
