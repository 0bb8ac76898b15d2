"""The month's wage basis adds up (Decimal), as CSV, as XLSX and from the command line."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.domain.enums import Role
from app.services.earnings import MissingRate
from app.services.errors import PermissionDeniedError
from app.services.shares import record_wage_deduction_consent, subscribe_shares
from app.services.uow import Actor, UnitOfWork
from app.services.wage_basis import export_wage_basis, wage_basis
from tests.unit.earnings_world import make_world

TREASURER = Actor("Taru", Role.TREASURER)
FACILITATOR = Actor("Ville", Role.FACILITATOR)
OCTOBER = date(2026, 10, 1)


@pytest.fixture
def world(coop_db):
    w = make_world(coop_db)
    w.member("aino", 1, "Aino", "Aalto")
    w.member("eero", 2, "Eero", "Eskola")
    w.rate("12.50", date(2026, 1, 1), date(2026, 10, 15), service="cleaning")
    w.rate("13.10", date(2026, 10, 16), service="cleaning")
    w.rate("11.05", date(2026, 1, 1), service="yard")
    w.work("aino", date(2026, 10, 2), "3.5", km="12.4")
    w.work("aino", date(2026, 10, 20), "4.25", km="3")  # the new rate
    w.work("aino", date(2026, 10, 21), "2.75", service="yard")
    w.work("aino", date(2026, 10, 22), "5", service="yard", volunteer=True)
    w.work("eero", date(2026, 10, 23), "6.33", substitute_for="aino")
    w.work("eero", date(2026, 11, 2), "8")  # another month
    with UnitOfWork(coop_db, TREASURER) as uow:
        eero = w.members["eero"]
        subscribe_shares(
            uow, eero, 1, date(2026, 8, 1), installment=Decimal("10.00"), first_due_on=OCTOBER
        )
        record_wage_deduction_consent(uow, eero, date(2026, 8, 1))
    return w


def test_the_wage_basis_adds_up_per_member_and_in_all(world):
    with UnitOfWork(world.db, TREASURER, write=False) as uow:
        basis = wage_basis(uow, OCTOBER)
    aino, eero = basis.members
    assert [(ln.service("fi"), ln.rate, ln.hours, ln.gross, ln.volunteer) for ln in aino.lines] == [
        ("Pihatyö", Decimal("11.05"), Decimal("2.75"), Decimal("30.39"), False),  # 30.3875
        ("Pihatyö", None, Decimal("5.00"), Decimal("0.00"), True),
        ("Siivous", Decimal("12.50"), Decimal("3.50"), Decimal("43.75"), False),
        ("Siivous", Decimal("13.10"), Decimal("4.25"), Decimal("55.68"), False),  # 55.675
    ]
    assert (aino.hours, aino.volunteer_hours, aino.gross, aino.km, aino.deduction) == (
        Decimal("10.50"),
        Decimal("5.00"),
        Decimal("129.82"),
        Decimal("15.4"),
        Decimal("0.00"),
    )
    # A substitute's hours are the worker's; the share fee due this month is deducted.
    assert (eero.hours, eero.gross, eero.deduction) == (
        Decimal("6.33"),
        Decimal("82.92"),  # 82.923
        Decimal("10.00"),
    )
    assert basis.total("gross") == Decimal("212.74")
    assert all(isinstance(basis.total(k), Decimal) for k in ("hours", "km", "deduction"))


def test_csv_for_payroll(world, tmp_path):
    out = tmp_path / "palkka.csv"
    with UnitOfWork(world.db, TREASURER, write=False) as uow:
        assert export_wage_basis(uow, OCTOBER, out) == 2
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0][:6] == [
        "Jäsennumero",
        "Nimi",
        "Palvelu",
        "Tunnit",
        "Tuntipalkka (€)",
        "Bruttopalkka (€)",
    ]
    assert ["1", "Aalto, Aino", "Yhteensä", "10,50", "", "129,82", "15,40", "5,00", "0,00"] in rows
    assert ["2", "Eskola, Eero", "Yhteensä", "6,33", "", "82,92", "0,00", "", "10,00"][:6] == rows[
        -2
    ][:6]
    assert rows[-1][1] == "Kaikki yhteensä" and rows[-1][5] == "212,74"
    assert ["1", "Aalto, Aino", "Pihatyö (vapaaehtoistyö)", "", "", "", "0,00", "5,00", ""] in rows


def test_xlsx_for_payroll_in_swedish(world, tmp_path):
    out = tmp_path / "lön.xlsx"
    with UnitOfWork(world.db, TREASURER, write=False) as uow:
        export_wage_basis(uow, OCTOBER, out, lang="sv")
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert sheet.title == "Lönegrund" and rows[0][5] == "Bruttolön (€)"
    assert rows[-1][1] == "Alla totalt"
    assert round(Decimal(str(rows[-1][5])), 2) == Decimal("212.74")
    assert (rows[1][2], float(rows[1][4]), float(rows[1][3])) == ("Gårdsarbete", 11.05, 2.75)


def test_a_missing_rate_stops_the_export_and_names_it(world, tmp_path):
    world.work("aino", date(2026, 9, 30), "2", service="yard")  # September: not asked for
    with UnitOfWork(world.db, TREASURER) as uow:
        from app.domain import WageRate

        uow.session.delete(uow.session.get(WageRate, 3))  # the yard rate
    out = tmp_path / "x.csv"
    with UnitOfWork(world.db, TREASURER, write=False) as uow, pytest.raises(MissingRate) as info:
        export_wage_basis(uow, OCTOBER, out)
    assert info.value.lines() == ["No wage rate for Aino Aalto in Yard work for 10/2026."]
    assert not out.exists()


def test_a_facilitator_gets_no_wage_basis(world, tmp_path):
    with (
        UnitOfWork(world.db, FACILITATOR, write=False) as uow,
        pytest.raises(PermissionDeniedError),
    ):
        export_wage_basis(uow, OCTOBER, tmp_path / "x.csv")


def test_command_line_export(world, tmp_path, cli_user, capsys):
    cli_user("admin", "salasana-1")
    out = tmp_path / "basis.xlsx"
    args = ["export", "wage-basis", "--db", world.db.label, "--month", "2026-10", "--out", str(out)]
    assert main(args) == 0
    assert "2 members written" in capsys.readouterr().out
    assert load_workbook(out).active["B1"].value == "Nimi"
    assert main(args) == 2  # exists: not replaced without --force
    assert main([*args[:-4], "--month", "2026-13", "--out", str(tmp_path / "y.csv")]) == 2
    assert "2026-13 is not a month" in capsys.readouterr().err
    world.work("aino", date(2026, 10, 30), "1", service="yard")
    with world.db.sessions() as session:
        from app.domain import WageRate

        session.delete(session.get(WageRate, 3))
        session.commit()
    missing = tmp_path / "z.csv"
    assert main([*args[:-4], "--month", "2026-10", "--out", str(missing)]) == 2
    err = capsys.readouterr().err
    assert (
        "No wage rate for Aino Aalto in Pihatyö for 10/2026. Add the rate; no file was written."
        in err
    )
    assert not missing.exists()
