"""Employment periods and the employment certificate (työsopimuslaki 6:7) in fi, sv and en."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.cli import main
from app.domain.earnings import EndReason
from app.domain.enums import Language, Role
from app.services.employment import (
    EmploymentForm,
    add_employment_period,
    certificate_pdf,
    employment_of,
    issue_certificate,
    update_employment_period,
)
from app.services.errors import PermissionDeniedError, ServiceError, ValidationError
from app.services.uow import Actor, UnitOfWork
from tests.unit.earnings_world import make_world

TREASURER = Actor("Taru Rahastonhoitaja", Role.TREASURER)
FACILITATOR = Actor("Ville", Role.FACILITATOR)
ISSUED = date(2026, 11, 20)
ASSESSMENT = "Aino on huolellinen ja täsmällinen.\nHän tulee hyvin toimeen asiakkaiden kanssa."


@pytest.fixture
def world(coop_db):
    w = make_world(coop_db)
    w.member("aino", 1, "Aino", "Aalto", language=Language.SV)
    w.work("aino", date(2025, 3, 3), "4", service="yard")
    w.work("aino", date(2025, 3, 4), "6", service="cleaning")
    w.work("aino", date(2025, 3, 5), "3", service="cleaning")
    w.work("aino", date(2026, 11, 5), "8", service="yard", volunteer=True)  # after the period
    with UnitOfWork(coop_db, TREASURER) as uow:
        add_employment_period(
            uow,
            w.members["aino"],
            EmploymentForm(date(2025, 2, 1), date(2026, 10, 31), EndReason.EMPLOYEE_RESIGNED),
        )
    return w


def issue(world, **options) -> str:
    with UnitOfWork(world.db, TREASURER) as uow:
        certificate = issue_certificate(uow, world.members["aino"], today=ISSUED, **options)
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(BytesIO(certificate.pdf)).pages
    )


@pytest.mark.parametrize(
    ("lang", "always", "reason", "assessment"),
    [
        (
            "fi",
            ["Työtodistus", "Aino Aalto", "1.2.2025–31.10.2026", "Siivous, pihatyö", "Y-tunnus"],
            "Työsuhteen päättymisen syy Työntekijä irtisanoutui",
            "Arvio työtaidoista ja käytöksestä",
        ),
        (
            "sv",
            ["Arbetsintyg", "Aino Aalto", "1.2.2025–31.10.2026", "Städning, gårdsarbete"],
            "Arbetstagaren sade upp sig",
            "Omdöme om yrkesskicklighet och uppförande",
        ),
        (
            "en",
            ["Employment certificate", "Aino Aalto", "Cleaning, yard work", "Employer"],
            "The employee resigned",
            "Assessment of skills and conduct",
        ),
    ],
)
def test_the_certificate_states_period_and_tasks_and_the_rest_only_on_request(
    world, lang, always, reason, assessment
):
    plain = issue(world, lang=lang)
    for part in always:
        assert part in plain
    assert reason not in plain and assessment not in plain
    with_reason = issue(world, lang=lang, with_reason=True)
    assert reason in with_reason and assessment not in with_reason
    full = issue(world, lang=lang, with_reason=True, assessment=ASSESSMENT)
    assert reason in full and assessment in full
    assert "Aino on huolellinen ja täsmällinen." in full
    assessed_only = issue(world, lang=lang, assessment=ASSESSMENT)
    assert assessment in assessed_only and reason not in assessed_only


def test_the_certificate_is_in_the_members_language_by_default(world):
    assert "Arbetsintyg" in issue(world)


def test_an_ongoing_employment_and_the_signature(world):
    with UnitOfWork(world.db, TREASURER) as uow:
        [period] = employment_of(uow, world.members["aino"]).periods
        update_employment_period(uow, period.id, EmploymentForm(date(2025, 2, 1)))
    plain = issue(world, lang="fi")
    assert "1.2.2025 alkaen, jatkuu edelleen" in plain
    assert "Osuuskunnan puolesta Osuuskunta Testi" in plain
    assert "20.11.2026" in plain
    with pytest.raises(ValidationError) as info:
        issue(world, lang="fi", with_reason=True)  # nothing has ended: no reason to state
    assert info.value.problems == {"with_reason": "not_ended"}


def test_an_issued_certificate_is_kept_and_cannot_be_changed(world):
    issue(world, lang="fi", assessment=ASSESSMENT)
    with UnitOfWork(world.db, TREASURER) as uow:
        [row] = employment_of(uow, world.members["aino"]).certificates
        assert (row.issued_on, row.language, row.with_reason, row.with_assessment) == (
            ISSUED,
            Language.FI,
            False,
            True,
        )
        assert row.issued_by == TREASURER.name
        stored = certificate_pdf(uow, row.id)
    assert stored.startswith(b"%PDF")
    for statement in (
        "UPDATE employment_certificate SET assessment = 'muutettu'",
        "DELETE FROM employment_certificate",
    ):
        with world.db.engine.begin() as con, pytest.raises(DBAPIError, match="cannot be changed"):
            con.execute(text(statement))
    with world.db.sessions() as session:
        assert session.scalar(text("SELECT count(*) FROM employment_certificate")) == 1


@pytest.mark.parametrize(
    ("form", "problems"),
    [
        (EmploymentForm(None), {"starts_on": "required"}),
        (EmploymentForm(date(2026, 5, 1), date(2026, 4, 30)), {"ends_on": "before_start"}),
        (EmploymentForm(date(2026, 11, 1), None, EndReason.OTHER), {"end_reason": "needs_end"}),
        (EmploymentForm(date(2026, 10, 31)), {"starts_on": "overlap"}),
        (EmploymentForm(date(2024, 1, 1), date(2025, 2, 1)), {"starts_on": "overlap"}),
    ],
)
def test_bad_periods_are_refused(world, form, problems):
    with UnitOfWork(world.db, TREASURER) as uow, pytest.raises(ValidationError) as info:
        add_employment_period(uow, world.members["aino"], form)
    assert info.value.problems == problems


def test_a_member_without_employment_gets_no_certificate(world):
    other = world.member("eero", 2, "Eero", "Eskola")
    with UnitOfWork(world.db, TREASURER) as uow, pytest.raises(ServiceError) as info:
        issue_certificate(uow, other)
    assert info.value.code == "no_employment"


def test_an_empty_assessment_is_refused(world):
    with pytest.raises(ValidationError) as info:
        issue(world, assessment="  ")
    assert info.value.problems == {"assessment": "required"}


def test_a_facilitator_can_neither_issue_nor_see_certificates(world):
    member = world.members["aino"]
    with UnitOfWork(world.db, FACILITATOR) as uow:
        with pytest.raises(PermissionDeniedError):
            issue_certificate(uow, member)
        with pytest.raises(PermissionDeniedError):
            employment_of(uow, member)
        with pytest.raises(PermissionDeniedError):
            add_employment_period(uow, member, EmploymentForm(date(2027, 1, 1)))


def test_command_line_certificate(world, tmp_path, cli_user, capsys):
    cli_user("admin", "salasana-1")
    out = tmp_path / "todistus.pdf"
    base = ["render", "employment-certificate", "1", "--db", world.db.label, "--out", str(out)]
    assert main([*base, "--lang", "fi", "--reason", "--assessment", ASSESSMENT]) == 0
    assert "Employment certificate written" in capsys.readouterr().out
    plain = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Työntekijä irtisanoutui" in plain and "huolellinen" in plain
    assert main([*base[:2], "99", *base[3:]]) == 2
    assert "There is no member number 99." in capsys.readouterr().err


def test_tasks_read_as_a_phrase():
    from app.documents.employment_certificate import task_list

    assert task_list(["Siivous", "Pihatyö", "IT-tuki"]) == "Siivous, pihatyö, IT-tuki"
    assert task_list([]) == ""
