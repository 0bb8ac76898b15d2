"""osuva-admin import camt, render reminder and export invoice-journal."""

from __future__ import annotations

import pytest

from app.cli import main
from tests.payment_world import CAMT, build_world


@pytest.fixture
def world(coop_db, cli_user):
    cli_user("admin", "salasana-1")
    return build_world(coop_db)


def test_import_camt_previews_then_books_once(world, coop_db, capsys):
    statement = str(CAMT / "finnish_november.xml")
    assert main(["import", "camt", statement, "--db", str(coop_db.path)]) == 0
    out = capsys.readouterr().out
    assert "settles invoice 1 Esimerkin kaupunki" in out
    assert "REFUSED (only euros are booked)" in out
    assert "Nothing was booked" in out
    assert main(["import", "camt", statement, "--db", str(coop_db.path), "--commit"]) == 0
    assert "Booked 6 bank transactions." in capsys.readouterr().out
    assert main(["import", "camt", statement, "--db", str(coop_db.path), "--commit"]) == 0
    out = capsys.readouterr().out
    assert "already imported" in out
    assert "Booked 0 bank transactions." in out


def test_import_camt_refuses_a_truncated_file(world, coop_db, tmp_path, capsys):
    broken = tmp_path / "cut.xml"
    broken.write_bytes((CAMT / "finnish_november.xml").read_bytes()[:900])
    assert main(["import", "camt", str(broken), "--db", str(coop_db.path), "--commit"]) == 2
    err = capsys.readouterr().err
    assert "cut.xml is not a complete XML file" in err
    assert "Nothing was booked." in err
