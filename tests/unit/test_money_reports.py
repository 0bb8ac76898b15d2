"""Receivables aging, sales per customer and per service, VAT per rate and the invoice journal:
totals computed by hand from the small cooperative's invoices."""

from __future__ import annotations

import csv
from decimal import Decimal

import openpyxl
import pytest

from app.cli import main
from app.domain.enums import CustomerKind, PaymentMethod
from app.services import money_reports as reports
from app.services.errors import PermissionDeniedError
from app.services.payments import record_payment
from app.services.uow import UnitOfWork
from tests.payment_world import FACILITATOR, TREASURER, add_invoice, build_world, d

OCTOBER = (d("2026-10-01"), d("2026-10-31"))


def eur(text: str) -> Decimal:
    return Decimal(text)


@pytest.fixture
def world(coop_db):
    world = build_world(coop_db)
    with coop_db.sessions() as session:
        # A credit note of 100,00 € (79,68 + 20,32 VAT) on invoice 2.
        credit = add_invoice(
            session, 5, "Rakennus Oy Testi", CustomerKind.COMPANY, "-79.68", "25.5",
            "2026-10-20", "2026-10-20", reference="", credited_invoice_id=world.invoices[2],
        )  # fmt: skip
        session.commit()
        world.invoices[5] = credit.id
    with UnitOfWork(coop_db, TREASURER) as uow:
        record_payment(
            uow, world.invoices[1], eur("1240.00"), d("2026-10-14"), PaymentMethod.BANK,
            today=d("2026-12-01"),
        )  # fmt: skip
    return world


def run(db, fn, *args):
    with UnitOfWork(db, TREASURER, write=False) as uow:
        return fn(uow, *args)


def test_vat_summary_per_rate_from_invoices_and_credit_notes(world, coop_db):
    table = run(coop_db, reports.vat_summary, *OCTOBER)
    assert table.rows == [
        # 398,41 + 69,16 + 95,62 − 79,68 net; 101,59 + 17,64 + 24,38 − 20,32 VAT
        [eur("25.50"), "general", eur("483.51"), eur("123.29")],
        [eur("0.00"), "exempt_social", eur("1240.00"), eur("0.00")],
        ["Yhteensä", "", eur("1723.51"), eur("123.29")],
    ]


def test_sales_per_customer_nets_the_credit_note(world, coop_db):
    table = run(coop_db, reports.sales_per_customer, *OCTOBER)
    assert table.rows == [
        ["Esimerkin kaupunki", eur("1240.00"), eur("0.00"), eur("1240.00")],
        ["Laine Liisa", eur("95.62"), eur("24.38"), eur("120.00")],
        ["Rakennus Oy Testi", eur("318.73"), eur("81.27"), eur("400.00")],
        ["Virtanen Matti", eur("69.16"), eur("17.64"), eur("86.80")],
        ["Yhteensä", eur("1723.51"), eur("123.29"), eur("1846.80")],
    ]


def test_sales_per_service_puts_lines_without_a_service_under_other(world, coop_db):
    table = run(coop_db, reports.sales_per_service, *OCTOBER)
    assert table.rows[-1] == ["Yhteensä", eur("1723.51"), eur("123.29"), eur("1846.80")]
    assert table.rows[0][0] == "Muut rivit"


def test_aging_puts_each_open_amount_in_its_bucket(world, coop_db):
    table = run(coop_db, reports.aging, d("2026-11-20"))
    zero = eur("0.00")
    assert table.rows == [
        # Invoice 4: due 9.11., 11 days late.
        ["Laine Liisa", zero, eur("120.00"), zero, zero, zero, eur("120.00")],
        # Invoice 2: 500,00 − 100,00 credited, due 19.10., 32 days late.
        ["Rakennus Oy Testi", zero, zero, zero, eur("400.00"), zero, eur("400.00")],
        # Invoice 3: due 24.10., 27 days late.
        ["Virtanen Matti", zero, zero, eur("86.80"), zero, zero, eur("86.80")],
        ["Yhteensä", zero, eur("120.00"), eur("86.80"), eur("400.00"), zero, eur("606.80")],
    ]
    assert table.headers[1:6] == ["Ei erääntynyt", "0–14 pv", "15–30 pv", "31–60 pv", "yli 60 pv"]


def test_invoice_journal_has_vat_per_rate_paid_and_open(world, coop_db):
    table = run(coop_db, reports.invoice_journal, *OCTOBER, "sv")
    assert table.headers == [
        "Nummer", "Typ", "Fakturadatum", "Förfallodag", "Kund", "Netto", "Moms 25,5 %",
        "Moms 0 %", "Brutto", "Betalt", "Öppet",
    ]  # fmt: skip
    assert [row[0] for row in table.rows] == ["1", "2", "3", "4", "5", "Totalt"]
    assert table.rows[0][5:] == [eur("1240.00"), eur("0.00"), eur("0.00"), eur("1240.00"),
                                 eur("1240.00"), eur("0.00")]  # fmt: skip
    assert table.rows[4][1] == "Kreditnota"
    assert table.rows[-1][5:] == [eur("1723.51"), eur("123.29"), eur("0.00"), eur("1846.80"),
                                  eur("1240.00"), eur("606.80")]  # fmt: skip


def test_export_invoice_journal_as_csv_and_xlsx(world, coop_db, cli_user, tmp_path, capsys):
    cli_user("admin", "salasana-1")
    base = ["export", "invoice-journal", "--from", "2026-10-01", "--to", "2026-10-31"]
    out = tmp_path / "journal.csv"
    assert main([*base, "--out", str(out), "--db", str(coop_db.path)]) == 0
    assert "5 invoices and credit notes written" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0][:3] == ["Numero", "Laji", "Laskun pvm"]
    assert rows[1][:5] == ["1", "Lasku", "1.10.2026", "15.10.2026", "Esimerkin kaupunki"]
    assert rows[-1][-1] == "606,80"
    book = tmp_path / "journal.xlsx"
    assert main([*base, "--out", str(book), "--db", str(coop_db.path)]) == 0
    sheet = openpyxl.load_workbook(book).active
    assert sheet["A2"].value == "1"
    assert Decimal(str(sheet.cell(row=7, column=11).value)) == eur("606.80")
    assert main([*base, "--out", str(book), "--db", str(coop_db.path)]) == 2


def test_a_facilitator_gets_permission_denied_from_every_report(world, coop_db):
    for fn, args in (
        (reports.aging, (d("2026-11-20"),)),
        (reports.sales_per_customer, OCTOBER),
        (reports.sales_per_service, OCTOBER),
        (reports.vat_summary, OCTOBER),
        (reports.invoice_journal, OCTOBER),
    ):
        with pytest.raises(PermissionDeniedError), UnitOfWork(coop_db, FACILITATOR) as uow:
            fn(uow, *args)
