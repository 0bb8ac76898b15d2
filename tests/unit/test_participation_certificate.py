"""The participation certificate: what was attended, signed by the facilitator, stored."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.cli import main
from app.documents.participation_certificate import issue_participation_certificate
from app.domain import ParticipationCertificate
from app.domain.enums import Role
from app.services.errors import ConflictError, PermissionDeniedError, ValidationError
from app.services.participation_certificate import attended, certificate_data
from app.services.uow import Actor, UnitOfWork

from .impact_data import END, START, build

FACILITATOR = Actor("Valma Valmentaja", Role.FACILITATOR)
TREASURER = Actor("rahastonhoitaja", Role.TREASURER)


@pytest.fixture
def data(coop_db):
    return build(coop_db)


def test_counts_sessions_present_in_the_period(coop_db, data):
    with UnitOfWork(coop_db, FACILITATOR, write=False) as uow:
        a = attended(uow, data.people[1], START, END)
    # Two group meetings and one individual session; July's meeting is after the period.
    assert (a.sessions, a.group_sessions, a.individual_sessions) == (3, 2, 1)
    assert a.hours == Decimal("5.00")
    # The individual session's own topic stays private.
    assert a.topics == ("Tutustuminen", "Työturvallisuus")
    with UnitOfWork(coop_db, FACILITATOR, write=False) as uow:
        # P2 was absent from the second meeting: only the first counts.
        assert attended(uow, data.people[2], START, END).sessions == 1


def _text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(BytesIO(path.read_bytes())).pages)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fi", ["Todistus valmennukseen osallistumisesta", "P1 Testi", "1.1.2027–30.6.2027",
                "Valmennuskertoja", "Käsitellyt aiheet", "Työturvallisuus", "Yksilövalmennus",
                "Valmentajan lausunto", "Aktiivinen osallistuja.", "Valma Valmentaja"]),
        ("sv", ["Intyg över deltagande i coachning", "P1 Testi", "Coachningstillfällen",
                "Behandlade teman", "Individuell coachning", "Coachens utlåtande",
                "Valma Valmentaja"]),
    ],
)  # fmt: skip
def test_certificate_pdf_is_stored_as_issued(coop_db, data, tmp_path, lang, expected):
    out = tmp_path / f"todistus-{lang}.pdf"
    issue_participation_certificate(
        coop_db, FACILITATOR, data.people[1], START, END, out, lang=lang,
        statement="Aktiivinen osallistuja.", today=date(2027, 7, 1),
    )  # fmt: skip
    text = _text(out)
    for phrase in expected:
        assert phrase in text, phrase
    with UnitOfWork(coop_db, FACILITATOR, write=False) as uow:
        stored = uow.session.scalars(select(ParticipationCertificate)).one()
        assert (stored.sessions, stored.hours, stored.language) == (3, Decimal("5.00"), lang)
        assert stored.facilitator_name == "Valma Valmentaja"
        assert stored.topics == "Tutustuminen\nTyöturvallisuus"


def test_period_must_not_end_before_it_starts(coop_db, data):
    with UnitOfWork(coop_db, FACILITATOR, write=False) as uow, pytest.raises(ValidationError) as e:
        certificate_data(uow, data.people[1], END, START)
    assert e.value.problems == {"period_to": "before_start"}


def test_treasurer_cannot_issue_one(coop_db, data, tmp_path):
    with pytest.raises(PermissionDeniedError):
        issue_participation_certificate(
            coop_db, TREASURER, data.people[1], START, END, tmp_path / "x.pdf"
        )
    assert not (tmp_path / "x.pdf").exists()


def test_cli_by_member_number(demo_db, tmp_path, cli_user, capsys):
    from app.domain import Member, Participant

    with demo_db.sessions() as session:
        number = session.scalar(
            select(Member.member_number).join(Participant, Participant.member_id == Member.id)
        )
    cli_user("facilitator")
    out = tmp_path / "todistus.pdf"
    args = [
        "render",
        "participation-certificate",
        str(number),
        "--db",
        demo_db.url,
        "--from",
        "2026-01-01",
        "--to",
        "2026-06-30",
        "--out",
        str(out),
        "--lang",
        "sv",
    ]
    assert main(args) == 0  # fmt: skip
    assert "Intyg över deltagande i coachning" in _text(out)
    cli_user("treasurer")
    assert main([*args[:-4], "--out", str(tmp_path / "t.pdf")]) == 2
    assert "may not do that" in capsys.readouterr().err
    cli_user("facilitator")
    assert main(["render", "participation-certificate", "999999", "--db", demo_db.url,
                 "--from", "2026-01-01", "--to", "2026-06-30",
                 "--out", str(tmp_path / "n.pdf")]) == 2  # fmt: skip
    assert "not a coaching participant" in capsys.readouterr().err


def test_an_issued_certificate_cannot_be_changed(coop_db, data, tmp_path):
    issue_participation_certificate(
        coop_db, FACILITATOR, data.people[1], START, END, tmp_path / "t.pdf"
    )
    with pytest.raises(ConflictError), UnitOfWork(coop_db, FACILITATOR) as uow:
        stored = uow.session.scalars(select(ParticipationCertificate)).one()
        stored.sessions = 99
    with UnitOfWork(coop_db, FACILITATOR, write=False) as uow:
        assert uow.session.scalars(select(ParticipationCertificate)).one().sessions == 3
