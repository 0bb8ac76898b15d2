"""osuva-admin invoice-run: a month's hours, one issued invoice and PDF per customer."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.cli import main
from app.domain import Invoice
from app.domain.enums import InvoiceState
from app.services.invoice_run import invoice_run_preview
from app.services.uow import UnitOfWork
from tests.invoice_fixtures import add_business

DATA = Path(__file__).parents[1] / "data"


def test_preview_then_commit_issues_whole_invoices_and_writes_pdfs(
    coop_db, tmp_path, cli_user, capsys
):
    add_business(coop_db)
    with UnitOfWork(coop_db, write=False) as uow:
        items = invoice_run_preview(uow, date(2026, 5, 1))
        assert invoice_run_preview(uow, date(2026, 4, 1)) == []
    assert [(i.customer, i.hours) for i in items] == [
        ("Maija Meikäläinen", Decimal("5.50")),
        ("Rakennus Oy", Decimal("5.50")),
        ("Äänekosken kaupunki", Decimal("5.50")),
    ]
    cli_user("admin", "salasana-1")
    out = tmp_path / "laskut"
    args = ["invoice-run", "--month", "2026-05", "--out", str(out), "--db", str(coop_db.path)]
    assert main(args) == 0
    assert not out.exists()  # a preview writes nothing
    # The builder has no business ID for its reverse-charge line: refused, the rest issued.
    assert main([*args, "--date", "2026-06-01", "--commit"]) == 1
    printed = capsys.readouterr().out
    assert "NOT ISSUED Rakennus Oy: missing buyer_vat_id" in printed
    assert sorted(p.name for p in out.iterdir()) == ["lasku-1.pdf", "lasku-2.pdf"]
    with UnitOfWork(coop_db, write=False) as uow:
        issued = [(i.number, i.state) for i in uow.session.scalars(select(Invoice))]
    assert issued == [
        (1, InvoiceState.ISSUED),
        (2, InvoiceState.ISSUED),
    ]
    # Run again: nothing left to invoice but the refused customer's hours.
    assert main([*args, "--commit"]) == 1
    assert len(list(out.iterdir())) == 2


def test_customers_taking_e_invoices_get_a_finvoice_beside_the_pdf(coop_db, tmp_path):
    from lxml import etree

    from app.documents.invoice_batch import issue_month
    from app.domain import Customer
    from app.services.policy import SYSTEM

    ids = add_business(coop_db)
    with UnitOfWork(coop_db) as uow:
        town = uow.session.get(Customer, ids["town"])
        town.einvoice_address, town.einvoice_operator = "003720774740", "003721291126"
    out = tmp_path / "laskut"
    outcome = issue_month(coop_db, SYSTEM, date(2026, 5, 1), date(2026, 6, 1), out)
    # Only the town takes e-invoices; the household and the refused builder get none.
    assert [p.name for p in outcome.einvoices] == ["lasku-2.xml"]
    schema = etree.XMLSchema(etree.parse(str(DATA / "finvoice" / "Finvoice3.0.xsd")))
    finvoice = etree.parse(str(outcome.einvoices[0]))
    assert schema.validate(finvoice), schema.error_log
    assert finvoice.findtext(".//InvoiceNumber") == "2"
    assert finvoice.findtext(".//BuyerOrganisationName") == "Äänekosken kaupunki"
    # The file written is recorded as the invoice's e-invoice sending.
    from app.domain import InvoiceSending

    with UnitOfWork(coop_db, write=False) as uow:
        sent = [(s.channel, s.recipient) for s in uow.session.scalars(select(InvoiceSending))]
    assert sent == [("einvoice", "003720774740 / 003721291126")]
