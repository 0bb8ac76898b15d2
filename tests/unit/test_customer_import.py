"""Customers from a spreadsheet: preview with each row's problems, then all or nothing."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.cli import main
from app.domain import Customer
from app.domain.enums import CustomerKind, Language, Role
from app.services.customer_form import CustomerForm
from app.services.customer_import import (
    commit_customer_import,
    preview_customer_import,
    read_table,
)
from app.services.customers import save_customer
from app.services.errors import PermissionDeniedError, ServiceError
from app.services.member_import_read import ImportFileError
from app.services.uow import Actor, UnitOfWork

FI_EXCEL = Path(__file__).parents[1] / "data" / "customers_fi_excel.csv"
TREASURER = Actor("Katja", Role.TREASURER)


def preview(db, path=FI_EXCEL, actor=TREASURER):
    with UnitOfWork(db, actor, write=False) as uow:
        return preview_customer_import(uow, read_table(path))


def count(db) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count(Customer.id)))


def test_the_preview_names_each_rows_problems(coop_db):
    result = preview(coop_db)
    assert [r.row_number for r in result.ok_rows] == [2, 3, 4]
    assert {r.row_number: r.problems for r in result.rows if not r.ok} == {
        5: {"name": "required"},
        6: {"business_id": "checksum"},
        7: {"kind": "unknown"},
        8: {"business_id": "duplicate"},
    }
    assert result.rows[6].duplicate_of == "row 2"
    assert "row 8: business_id: duplicate (row 2)" in result.problem_lines()
    town, golf, home = (r.form for r in result.ok_rows)
    assert (town.kind, town.street, town.postal_code, town.city) == (
        CustomerKind.MUNICIPALITY,
        "Mannerheiminkatu 4",
        "07900",
        "Loviisa",
    )
    assert (town.einvoice_address, town.einvoice_operator, town.payment_term_days) == (
        "003701317878",
        "BAWCFI22",
        21,
    )
    assert (golf.language, golf.city, golf.payment_term_days) == (Language.SV, "Borgå", 14)
    assert home.household_tax_credit is True and home.business_id == ""
    assert home.notes == "Avain naapurilla"
    assert count(coop_db) == 0


def test_commit_saves_nothing_while_rows_have_problems(coop_db):
    result = preview(coop_db)
    with pytest.raises(ServiceError) as caught, UnitOfWork(coop_db, TREASURER) as uow:
        commit_customer_import(uow, result)
    assert caught.value.code == "import_problems"
    assert count(coop_db) == 0
    with UnitOfWork(coop_db, TREASURER) as uow:
        assert commit_customer_import(uow, result, skip_problem_rows=True) == 3
    with coop_db.sessions() as session:
        numbers = session.execute(
            select(Customer.customer_number, Customer.name).order_by(Customer.customer_number)
        ).all()
    assert [tuple(n) for n in numbers] == [
        (1001, "Loviisan kaupunki"),
        (1002, "Borgå Golfklubb rf"),
        (1003, "Maija Meikäläinen"),
    ]


def test_an_xlsx_file_and_a_business_id_already_in_the_register(coop_db, tmp_path):
    with UnitOfWork(coop_db, TREASURER) as uow:
        save_customer(
            uow, CustomerForm(name="Golf", kind=CustomerKind.ASSOCIATION, business_id="1443357-9")
        )
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Namn", "Typ", "FO-nummer", "Gatuadress", "Postnummer", "Ort", "Betalningstid"])
    sheet.append(
        ["Borgå Golfklubb rf", "förening", "1443357-9", "Strandv. 2", "06100", "Borgå", 14]
    )
    sheet.append(["Stina Åberg", "hushåll", None, "Byvägen 1", "06200", "Borgå", 7])
    path = tmp_path / "kunder.xlsx"
    book.save(path)
    result = preview(coop_db, path)
    golf, stina = result.rows
    assert golf.problems == {"business_id": "duplicate"}
    assert golf.duplicate_of == "1001 Golf"
    assert stina.ok and stina.form.kind == CustomerKind.HOUSEHOLD
    assert stina.form.payment_term_days == 7
    with UnitOfWork(coop_db, TREASURER) as uow:
        assert commit_customer_import(uow, result, skip_problem_rows=True) == 1
    assert count(coop_db) == 2


def test_a_file_without_a_name_column_is_refused(coop_db, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("Y-tunnus;Osoite\n2077474-0;Katu 1\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        preview(coop_db, path)
    assert caught.value.code == "customer_columns"


def test_the_register_changing_after_the_preview_stops_the_commit(coop_db):
    result = preview(coop_db)
    with UnitOfWork(coop_db, TREASURER) as uow:
        save_customer(uow, CustomerForm(name="Uusi", kind=CustomerKind.HOUSEHOLD))
    with pytest.raises(ServiceError) as caught, UnitOfWork(coop_db, TREASURER) as uow:
        commit_customer_import(uow, result, skip_problem_rows=True)
    assert caught.value.code == "register_changed"


def test_a_facilitator_cannot_import_customers(coop_db):
    with pytest.raises(PermissionDeniedError):
        preview(coop_db, actor=Actor("Mikael", Role.FACILITATOR))


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_previews_and_commits_only_when_asked(coop_db, capsys, cli_user):
    cli_user("admin", "salasana-1")
    db = ["--db", str(coop_db.path)]
    code, out, err = run(capsys, "import", "customers", str(FI_EXCEL), *db)
    assert code == 1, err
    lines = out.splitlines()
    assert "7 rows: 3 ok, 4 with problems" in lines[0]
    assert "row 6: business_id: checksum" in lines
    assert "row 8: business_id: duplicate (row 2)" in lines
    assert lines[-1] == "Would import 3 customers."
    code, out, _ = run(capsys, "import", "customers", str(FI_EXCEL), "--commit", *db)
    assert code == 1 and "Nothing was imported" in out
    assert count(coop_db) == 0
    code, out, _ = run(
        capsys, "import", "customers", str(FI_EXCEL), "--commit", "--skip-errors", *db
    )
    assert code == 0
    assert out.splitlines()[-1] == "Imported 3 customers."
    assert count(coop_db) == 3


def test_cli_names_a_file_it_cannot_import(coop_db, tmp_path, capsys, cli_user):
    cli_user("admin", "salasana-1")
    path = tmp_path / "lista.csv"
    path.write_text("Y-tunnus\n2077474-0\n", encoding="utf-8")
    code, _, err = run(capsys, "import", "customers", str(path), "--db", str(coop_db.path))
    assert code == 2
    assert "lista.csv needs a column for the customer's name" in err
