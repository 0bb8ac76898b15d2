"""Swedish documents name bilingual municipalities in Swedish: Borgå, not Porvoo."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import select

from app.documents.fonts import resources_dir
from app.documents.places import place_name
from app.domain import Member
from app.domain.enums import MemberStatus
from tests.unit.test_documents import render


def test_bilingual_municipalities_have_their_swedish_names():
    assert place_name("Porvoo", "sv") == "Borgå"
    assert place_name("sipoo", "sv") == "Sibbo"
    assert place_name("Helsinki", "sv") == "Helsingfors"
    assert place_name("Maarianhamina", "sv") == "Mariehamn"
    assert place_name("Pedersören kunta", "sv") == "Pedersöre"
    # A name with no Swedish form, a Swedish name and other languages stay as written.
    assert place_name("Kuopio", "sv") == "Kuopio"
    assert place_name("Borgå", "sv") == "Borgå"
    assert place_name("Porvoo", "fi") == place_name("Porvoo", "en") == "Porvoo"


def test_the_data_file_names_its_source_and_licence():
    folder = resources_dir() / "municipalities"
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "Statistics Finland" in readme and "CC BY 4.0" in readme
    with (folder / "municipalities_sv.csv").open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file, delimiter=";"))
    assert 40 <= len(rows) <= 80
    assert len({r["code"] for r in rows}) == len(rows)
    assert all(len(r["code"]) == 3 and r["fi"] != r["sv"] for r in rows)


@pytest.mark.parametrize(("lang", "place"), [("sv", "Borgå"), ("fi", "Porvoo")])
def test_register_and_certificate_print_the_municipality_in_their_language(
    demo_db, tmp_path, lang, place
):
    _, pages = render(demo_db, tmp_path, "member-register", lang=lang, public=True)
    text = "\n".join(pages)
    assert place in text
    other = {"Borgå": "Porvoo", "Porvoo": "Borgå"}[place]
    assert other not in text
    with demo_db.sessions() as session:
        number = session.scalar(
            select(Member.member_number).where(Member.status == MemberStatus.MEMBER).limit(1)
        )
    _, pages = render(demo_db, tmp_path, "membership-certificate", str(number), lang=lang)
    assert place in pages[0]
